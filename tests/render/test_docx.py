"""The .docx renderer: styles, contents, fields, properties, links, reference documents."""

from __future__ import annotations

import dataclasses
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from briefer.compose import VARIANTS, build_document
from briefer.errors import RenderError
from briefer.exporting import export
from briefer.library.sample import sample_briefing_path
from briefer.model import Briefing, RecordEntry, Statement, briefingfile
from briefer.render.registry import RENDERERS
from briefer.render.template import find_template, load_template
from tests.render.docxcheck import (
    convert_to_pdf,
    headings,
    instructions,
    part,
    soffice,
)
from tests.render.pdfcheck import read
from tests.render.test_pdf import MARKUP, hostile

TEMPLATES = ("ministerial-brief", "press-digest", "speaking-notes")
CASES = [(t, v) for t in TEMPLATES for v in VARIANTS]


def sample() -> Briefing:
    return briefingfile.load(sample_briefing_path())


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("docx")
    files = {}
    for template, variant in CASES:
        path = folder / f"{template}-{variant}.docx"
        export(sample(), "docx", path, find_template(template), variant)  # type: ignore[arg-type]
        files[template, variant] = path
    return files


@pytest.mark.parametrize(("template", "variant"), CASES)
def test_headings_use_word_heading_styles_in_order(
    exported: dict[tuple[str, str], Path], template: str, variant: str
) -> None:
    document = build_document(sample(), find_template(template), variant)  # type: ignore[arg-type]
    assert headings(exported[template, variant]) == [h.label for h in document.headings()]


@pytest.mark.parametrize(("template", "variant"), CASES)
def test_labels_meta_lines_and_headings_keep_with_what_follows(
    exported: dict[tuple[str, str], Path], template: str, variant: str
) -> None:
    word = docx.Document(str(exported[template, variant]))
    kept = {p.style.name for p in word.paragraphs if p.style is not None}
    for name in kept & {"Briefer Lead-in", "Briefer Meta", "Heading 1", "Heading 2"}:
        assert word.styles[name].paragraph_format.keep_with_next, name
    assert "Briefer Meta" in kept


@pytest.mark.parametrize(("template", "variant"), CASES)
def test_roles_have_named_styles(
    exported: dict[tuple[str, str], Path], template: str, variant: str
) -> None:
    word = docx.Document(str(exported[template, variant]))
    used = {p.style.name for p in word.paragraphs if p.style is not None}
    assert {"Quote", "Briefer Attribution", "Briefer Meta"} <= used
    assert "List Bullet" in used
    if template != "press-digest":
        assert "Briefer Source" in used
    if find_template(template).cover:
        assert {"Title", "Briefer Cover Label", "Briefer Cover Value"} <= used


@pytest.mark.parametrize(("template", "variant"), CASES)
def test_statements_are_verbatim_and_internal_notes_only_internal(
    exported: dict[tuple[str, str], Path], template: str, variant: str
) -> None:
    text = "\n".join(p.text for p in docx.Document(str(exported[template, variant])).paragraphs)
    flat = " ".join(text.split())
    for entry in sample().entries():
        if isinstance(entry, RecordEntry) and isinstance(entry.record, Statement):
            words = " ".join(entry.record.text.split())
            if template == "speaking-notes":
                words = " ".join(words.split()[:20])
            assert words in flat
    assert ("confirm with the Japan desk" in flat) == (variant == "internal")
    assert "茂木敏充" in flat


def test_the_contents_is_a_field_that_is_not_empty(exported: dict[tuple[str, str], Path]) -> None:
    path = exported["ministerial-brief", "internal"]
    word = docx.Document(str(path))
    body = word.element.body
    assert any(i.strip().startswith('TOC \\o "1-2" \\h') for i in instructions(body))
    entries = [
        p for p in word.paragraphs if p.style is not None and re.fullmatch(r"TOC \d", p.style.name)
    ]
    expected = build_document(sample(), find_template("ministerial-brief")).headings(2)
    assert [p.text.split("\t")[0] for p in entries] == [h.label for h in expected]
    pdf_pages = {h: page for _, h, page in read_pdf_outline()}
    for paragraph, heading in zip(entries, expected, strict=True):
        assert paragraph.text.split("\t")[1] == str(pdf_pages[heading.label])
    assert '<w:updateFields w:val="true"/>' in part(path, "word/settings.xml")
    anchors = set(re.findall(r'w:anchor="([^"]+)"', part(path, "word/document.xml")))
    bookmarks = set(
        re.findall(r'w:bookmarkStart w:id="\d+" w:name="([^"]+)"', part(path, "word/document.xml"))
    )
    assert anchors and anchors <= bookmarks


def read_pdf_outline() -> list[tuple[int, str, int]]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "brief.pdf"
        export(sample(), "pdf", pdf, find_template("ministerial-brief"))
        return read(pdf).outline


@pytest.mark.parametrize(("template", "variant"), CASES)
def test_header_marking_and_page_fields(
    exported: dict[tuple[str, str], Path], template: str, variant: str
) -> None:
    word = docx.Document(str(exported[template, variant]))
    section = word.sections[0]
    header = section.header
    footer = section.footer
    assert header.paragraphs[0].text == "VS-NUR FÜR DEN DIENSTGEBRAUCH"
    assert "VS-NUR" not in footer.paragraphs[-1].text  # VS-NfD: the top only (VSA Anlage IV)
    fields = [i.strip() for i in instructions(footer._element)]
    assert fields == ["PAGE", "NUMPAGES"]
    assert "Page" in footer.paragraphs[0].text and "of" in footer.paragraphs[0].text
    cover = find_template(template).cover
    assert section.different_first_page_header_footer == cover
    if cover:
        assert section.first_page_header.paragraphs[0].text == "VS-NUR FÜR DEN DIENSTGEBRAUCH"
        # the cover has its marking at the top, and no page number
        assert instructions(section.first_page_footer._element) == []
    width, height = find_template(template).page_size
    assert abs(section.page_width.pt - width) < 1 and abs(section.page_height.pt - height) < 1
    assert abs(section.left_margin.pt - find_template(template).margins[3]) < 1


def test_a_header_with_no_centre_slot_has_no_centre_tab(
    exported: dict[tuple[str, str], Path],
) -> None:
    # a title long enough to pass the middle would send the date's second tab to a new line
    word = docx.Document(str(exported["speaking-notes", "internal"]))
    line = word.sections[0].header.paragraphs[-1]._element
    stops = [t.get(qn("w:val")) for t in line.iter(qn("w:tab")) if t.get(qn("w:val"))]
    tabs = [t for t in line.iter(qn("w:tab")) if t.get(qn("w:val")) is None]
    assert stops == ["right"] and len(tabs) == 1


def test_document_properties(exported: dict[tuple[str, str], Path]) -> None:
    core = docx.Document(str(exported["ministerial-brief", "shareable"])).core_properties
    assert core.title == "Germany–Japan “2+2” consultations"
    assert core.author == "Asia-Pacific Division"
    assert "VS-NUR FÜR DEN DIENSTGEBRAUCH" in core.subject
    assert "VS-NUR FÜR DEN DIENSTGEBRAUCH" in core.keywords and core.language == "en"


def test_east_asian_text_has_a_japanese_font(exported: dict[tuple[str, str], Path]) -> None:
    path = exported["ministerial-brief", "internal"]
    styles = part(path, "word/styles.xml")
    assert 'w:eastAsia="IPAexGothic"' in styles and 'w:eastAsia="ja-JP"' in styles
    document = part(path, "word/document.xml")
    assert re.search(
        r'<w:rFonts w:hint="eastAsia"/><w:lang w:eastAsia="ja-JP"/></w:rPr><w:t[^>]*>[^<]*茂木敏充',
        document,
    )


def test_markup_prints_literally_and_urls_are_hyperlinks(tmp_path: Path) -> None:
    path = tmp_path / "hostile.docx"
    export(hostile(), "docx", path, find_template("press-digest"))
    word = docx.Document(str(path))
    flat = " ".join("\n".join(p.text for p in word.paragraphs).split())
    assert flat.count(" ".join(MARKUP.split())) >= 5
    links = [r.target_ref for r in word.part.rels.values() if r.is_external]
    assert "https://example.org/a?b=1&c=<2>" in links
    assert "<w:hyperlink r:id=" in part(path, "word/document.xml")


def make_reference(folder: Path) -> Path:
    """Write a house template as a ministry might: Heading 1 in red DejaVu Serif."""
    reference = docx.Document()
    heading = reference.styles["Heading 1"]
    heading.font.name = "DejaVu Serif"
    heading.font.color.rgb = RGBColor(0xB0, 0x00, 0x00)
    heading.font.size = Pt(20)
    fonts = heading.element.rPr.rFonts
    for theme in ("w:asciiTheme", "w:hAnsiTheme"):  # else the theme's font would win
        fonts.attrib.pop(qn(theme), None)
    reference.add_paragraph("The ministry's own sample text, which must not appear.")
    path = folder / "reference.docx"
    reference.save(str(path))
    return path


def as_dotx(source: Path, target: Path) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            new.writestr(item, data)
    return target


def house_template(folder: Path, reference: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / reference.name).write_bytes(reference.read_bytes())
    (folder / "template.toml").write_text(f'[word]\nreference = "{reference.name}"\n')
    return folder


@pytest.mark.parametrize("kind", ["docx", "dotx", "libreoffice"])
def test_a_reference_document_gives_its_fonts_and_colours(tmp_path: Path, kind: str) -> None:
    reference = make_reference(tmp_path)
    if kind == "dotx":
        reference = as_dotx(reference, tmp_path / "reference.dotx")
    elif kind == "libreoffice":
        if soffice() is None:
            pytest.skip("LibreOffice is not installed")
        converted = tmp_path / "lo"
        converted.mkdir()
        import subprocess

        subprocess.run(
            [
                soffice() or "soffice",
                f"-env:UserInstallation=file://{tmp_path}/p",
                "--headless",
                "--convert-to",
                "docx",
                "--outdir",
                str(converted),
                str(reference),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        reference = converted / "reference.docx"
    template = load_template(house_template(tmp_path / "house", reference))
    path = tmp_path / "out.docx"
    export(sample(), "docx", path, template)
    word = docx.Document(str(path))
    heading = next(
        s
        for s in word.styles
        if s.type == WD_STYLE_TYPE.PARAGRAPH and s.name.casefold() == "heading 1"
    )
    assert heading.font.name == "DejaVu Serif"
    assert heading.font.color.rgb == RGBColor(0xB0, 0x00, 0x00)
    texts = [p.text for p in word.paragraphs]
    assert "The ministry's own sample text, which must not appear." not in texts
    assert headings(path)[0] == "1\u2002The consultations"


def test_a_damaged_reference_document_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "reference.docx"
    bad.write_bytes(b"not a zip at all")
    template = load_template(house_template(tmp_path / "house", bad))
    target = tmp_path / "out.docx"
    with pytest.raises(RenderError, match=r"reference\.docx cannot be used as a Word reference"):
        RENDERERS["docx"].render(build_document(sample(), template), template, target)
    assert not target.exists()


def test_the_docx_and_the_pdf_say_the_same_in_the_same_order(tmp_path: Path) -> None:
    for template in TEMPLATES:
        pdf, word = tmp_path / f"{template}.pdf", tmp_path / f"{template}.docx"
        export(sample(), "pdf", pdf, find_template(template))
        export(sample(), "docx", word, find_template(template))
        outline = [title for _, title, _ in read(pdf).outline if title != "Contents"]
        assert headings(word) == outline
        pdf_text = read(pdf).flat()
        word_text = " ".join("\n".join(p.text for p in docx.Document(str(word)).paragraphs).split())
        for entry in sample().entries():
            if isinstance(entry, RecordEntry) and isinstance(entry.record, Statement):
                opening = " ".join(entry.record.text.split()[:15])
                assert opening in pdf_text and opening in word_text


@pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("template", TEMPLATES)
def test_libreoffice_opens_and_converts_it(
    exported: dict[tuple[str, str], Path], tmp_path: Path, template: str
) -> None:
    pdf = convert_to_pdf(exported[template, "internal"], tmp_path)
    reading = read(pdf)
    flat = reading.flat()
    for heading in headings(exported[template, "internal"]):
        assert " ".join(heading.split()) in flat
    for entry in sample().entries():
        if isinstance(entry, RecordEntry) and isinstance(entry.record, Statement):
            assert " ".join(entry.record.text.split()[:12]) in flat
    assert all("VS-NUR FÜR DEN DIENSTGEBRAUCH" in page for page in reading.pages)
    total = len(reading.pages)
    assert f"Page {total} of {total}" in reading.pages[-1]


def test_control_characters_pasted_into_the_title_do_not_break_the_file(tmp_path: Path) -> None:
    from dataclasses import replace

    briefing = sample()
    briefing = replace(briefing, meta=replace(briefing.meta, title="Line one\vLine two"))
    path = tmp_path / "vt.docx"
    export(briefing, "docx", path)
    assert docx.Document(str(path)).core_properties.title == "Line one Line two"


def test_a_zip_bomb_as_word_reference_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    folder = tmp_path / "templates" / "bomb"
    folder.mkdir(parents=True)
    with zipfile.ZipFile(folder / "reference.docx", "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", b"\0" * 200_000_000)  # 200 MB of zeros, 200 KB packed
    (folder / "template.toml").write_text('[word]\nreference = "reference.docx"\n', "utf-8")
    with pytest.raises(
        RenderError, match=r"reference document: it is compressed suspiciously well .*times larger"
    ):
        export(sample(), "docx", tmp_path / "out.docx", load_template(folder / "template.toml"))
    assert not (tmp_path / "out.docx").exists()


def test_a_long_heading_breaks_in_the_contents_where_the_pdf_breaks_it(tmp_path: Path) -> None:
    """Word's copy of the contents breaks a heading into the PDF's lines, so the last line
    keeps room for its page number, never pushed to a line of its own."""
    briefing = sample()
    long_title = (
        "Besuch von Verteidigungsministerin Dr. Ursula von der Leyen in Bratislava und "
        "Gespräche mit dem slowakischen Verteidigungsminister über die Zusammenarbeit"
    )
    first = dataclasses.replace(briefing.sections[0], title=long_title)
    briefing = dataclasses.replace(briefing, sections=(first, *briefing.sections[1:]))
    template = find_template("ministerial-brief")
    export(briefing, "docx", tmp_path / "brief.docx", template)
    export(briefing, "pdf", tmp_path / "brief.pdf", template)
    word = docx.Document(str(tmp_path / "brief.docx"))
    entry = next(p for p in word.paragraphs if long_title[:30] in p.text)
    lines, page = entry.text.split("\t")
    assert len(lines.split("\n")) >= 2
    contents = [" ".join(p.split()) for p in read(tmp_path / "brief.pdf").pages[1].splitlines()]
    for line in lines.split("\n"):  # each line of Word's entry is a line of the PDF's
        assert any(printed.startswith(" ".join(line.split())) for printed in contents), line
    assert lines.split() == ["1", *long_title.split()]  # the whole heading, nothing lost
    assert page.isdigit()
