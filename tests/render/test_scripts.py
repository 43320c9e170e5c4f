"""Text in every script diplomats meet is printed, embedded and searchable in the PDF; what no
font can print is reported, never dropped."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest

from briefer.exporting import export
from briefer.model import Briefing, BriefingMeta, Section, TextEntry, TextKind, briefingfile
from briefer.render.template import find_template
from tests.render.pdfcheck import fonts, qpdf_ok
from tests.test_export_cli import run

TEMPLATES = ("ministerial-brief", "press-digest", "speaking-notes")
SCRIPTS = {
    "Latin": "Čaputová Łódź Øresund Ærø œuvre Straße Gümüşhane Țuca Đorđe Ėglė Ąžuolas "
    "Įvykis Ūla Ősz Űr Ñuñoa Çà é î ô ÿ Ķīļņģ ŘŤŽ Þór Ŵ",
    "Greek": "Ελληνική Δημοκρατία Μητσοτάκης",
    "Cyrillic": "Российская Федерация Україна Ґудзь Ђорђе Џеповић Ѓорѓи Ќ Ў Є Ї",
    "Chinese": "习近平 王毅 中华人民共和国外交部发言人",
    "Japanese": "岸田文雄 ひらがな カタカナ 外務省",
    "Korean": "박진 대한민국 외교부 장관",
    "Georgian": "საქართველოს საგარეო საქმეთა სამინისტრო",
    "Armenian": "Հայաստանի Հանրապետության արտաքին գործերի նախարարություն",
}
KOREAN = "박진"  # also in the title, which the page header repeats
UNPRINTABLE = "ﺍ مرحبا 😀 \ue000"


def briefing(scripts: dict[str, str]) -> Briefing:
    """A section per script: its text in a heading (the heading font) and a paragraph (body)."""
    return Briefing(
        BriefingMeta(title=f"Scripts {KOREAN}", occasion="Test"),
        tuple(
            Section(
                f"{script} {text}", (TextEntry.from_plain(TextKind.BACKGROUND, text, title=script),)
            )
            for script, text in scripts.items()
        ),
    )


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_script_is_printed_embedded_and_in_the_text_layer(
    tmp_path: Path, template: str
) -> None:
    path = tmp_path / "scripts.pdf"
    warnings = export(briefing(SCRIPTS), "pdf", path, find_template(template))
    assert warnings == ()
    assert qpdf_ok(path)
    text = pdf_text(path)
    for script, sample in SCRIPTS.items():
        missing = {char for char in sample if not char.isspace() and char not in text}
        assert not missing, f"{script}: {sorted(missing)} not in the text layer"
    assert text.count(KOREAN) >= 3  # the cover or first heading, the text, the page headers
    used = fonts(path)
    assert all(embedded for _, embedded in used)
    names = " ".join(name for name, _ in used)
    for font in ("NanumGothic", "DroidSansFallback", "Georgian", "Armenian", "IPAexGothic"):
        assert font in names


@pytest.mark.parametrize("template", TEMPLATES)
def test_characters_no_font_has_are_kept_and_reported_by_place(
    tmp_path: Path, template: str
) -> None:
    path = tmp_path / "arabic.pdf"
    scripts = {"Arabic greeting": UNPRINTABLE}
    warnings = export(briefing(scripts), "pdf", path, find_template(template))
    assert qpdf_ok(path)
    text = pdf_text(path)
    assert all(char in text for char in UNPRINTABLE if not char.isspace())
    assert warnings and all("“Arabic greeting" in w for w in warnings)
    assert '"ﺍ" (U+FE8D)' in " ".join(warnings) and "U+E000" in " ".join(warnings)
    assert "empty box" in warnings[0]
    assert export(briefing(scripts), "docx", tmp_path / "arabic.docx") == ()


def test_the_command_line_prints_the_warnings_and_succeeds(tmp_path: Path) -> None:
    source = tmp_path / "arabic.briefing"
    briefingfile.save(source, briefing({"Arabic greeting": UNPRINTABLE}))
    code, out, err = run("export", str(source), "-o", str(tmp_path / "arabic.pdf"))
    assert code == 0 and out.startswith("Wrote")
    lines = err.splitlines()
    assert lines and all(line.startswith("warning: No embedded font can print") for line in lines)


BLOCKS = {  # whole alphabets, not just the samples above
    "Latin-1 and Latin Extended-A and -B": (0x00C0, 0x024F),
    "Greek (without the Coptic letters)": (0x0370, 0x03E1),
    "Cyrillic": (0x0400, 0x04FF),
    "Armenian": (0x0531, 0x058A),
    "Georgian": (0x10D0, 0x10FF),
    "Hiragana and Katakana": (0x3041, 0x30FF),
    "Hangul syllables": (0xAC00, 0xD7A3),
}


@pytest.mark.parametrize("face", ["NotoSerif", "NotoSans-Bold", "NotoSerif-Italic"])
def test_whole_alphabets_have_a_font(face: str) -> None:
    from briefer.render import fonts as font_files

    for block, (first, last) in BLOCKS.items():
        letters = "".join(
            chr(code)
            for code in range(first, last + 1)
            if unicodedata.category(chr(code))[0] in "LNPS"
        )
        assert font_files.missing_glyphs(letters, face) == "", block
    ideographs = "".join(chr(code) for code in range(0x4E00, 0x9FA6))  # Unicode 4.1's
    assert font_files.missing_glyphs(ideographs, face) == ""
