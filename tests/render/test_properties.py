"""Document properties stay within each format's limits, however long the briefing's text."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pypdf
import pytest
from lxml import etree

from briefer.exporting import export
from briefer.model import Briefing, BriefingMeta, RecordEntry, Section
from briefer.render.template import find_template
from tests.factories import statement
from tests.render.docxcheck import part
from tests.render.pdfcheck import qpdf_ok

TEMPLATES = ("ministerial-brief", "press-digest", "speaking-notes")
WORDS = "Consultations on maritime security and economic resilience in the Indo-Pacific"
TITLE = " ".join([WORDS] * 8)[:600].rstrip()
REFERENCE = " ".join(["Az. 202-321.00/2024"] * 16)[:300].rstrip()
SPEAKERS = [f"Speaker {number} Beispiel-Mustermann" for number in range(1, 81)]


def long_briefing() -> Briefing:
    entries = tuple(
        RecordEntry(statement(f"Statement {index}.", speaker=name), record_id=index)
        for index, name in enumerate(SPEAKERS, start=1)
    )
    meta = BriefingMeta(
        title=TITLE,
        reference=REFERENCE,
        prepared_by=" ".join(["Referat 202 Sicherheitspolitik"] * 12),
        occasion=" ".join(["Two plus two"] * 40),
        classification="VS-NUR FÜR DEN DIENSTGEBRAUCH",
    )
    return Briefing(meta, (Section("Statements", entries),))


def shortened(value: str, full: str, limit: int) -> None:
    """value is full cut at a word boundary and ended with "…", within limit."""
    assert len(value) <= limit
    assert value.endswith("…")
    kept = value[:-1]
    assert full.startswith(kept)
    assert full[len(kept)] in " ,"


@pytest.mark.parametrize("template", TEMPLATES)
def test_long_text_fits_the_word_properties(tmp_path: Path, template: str) -> None:
    target = tmp_path / "long.docx"
    export(long_briefing(), "docx", target, find_template(template))
    core = docx.Document(str(target)).core_properties
    shortened(core.title, TITLE, 255)
    keywords = ", ".join(["VS-NUR FÜR DEN DIENSTGEBRAUCH", REFERENCE, *SPEAKERS])
    shortened(core.keywords, keywords, 255)
    for value in (core.subject, core.author, core.last_modified_by, core.category):
        assert len(value) <= 255
    assert full_keywords(target) == keywords


def full_keywords(path: Path) -> str:
    """The whole keyword list, from the custom properties (docProps/custom.xml)."""
    root = etree.fromstring(part(path, "docProps/custom.xml").encode())
    values = {prop.get("name"): prop[0].text for prop in root if prop[0].tag.endswith("}lpwstr")}
    assert all(len(name) <= 255 and len(value) <= 255 for name, value in values.items())
    count = sum(1 for name in values if name.startswith("Keywords "))
    assert sorted({int(p.get("pid")) for p in root}) == list(range(2, len(root) + 2))
    return " ".join(values[f"Keywords {number}"] for number in range(1, count + 1))


@pytest.mark.parametrize("template", TEMPLATES)
def test_long_text_is_kept_whole_in_the_pdf_info(tmp_path: Path, template: str) -> None:
    target = tmp_path / "long.pdf"
    export(long_briefing(), "pdf", target, find_template(template))
    assert qpdf_ok(target)
    info = pypdf.PdfReader(str(target)).metadata
    assert info is not None
    assert info.title == TITLE
    assert SPEAKERS[-1] in str(info["/Keywords"])


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_title_longer_than_a_page_still_exports(tmp_path: Path, fmt: str) -> None:
    title = " ".join([WORDS] * 500)  # 40,000 characters, more than a page even in small type
    briefing = long_briefing()
    briefing = Briefing(replace(briefing.meta, title=title), briefing.sections)
    target = tmp_path / f"huge.{fmt}"
    export(briefing, fmt, target, find_template("ministerial-brief"))
    if fmt == "pdf":
        assert qpdf_ok(target)
        info = pypdf.PdfReader(str(target)).metadata
        assert info is not None
        shortened(info.title, title, 32767 // 2 - 1)
    else:
        shortened(docx.Document(str(target)).core_properties.title, title, 255)


def test_a_heading_of_fifty_thousand_characters_keeps_the_outline_within_limits(
    tmp_path: Path,
) -> None:
    heading = " ".join([WORDS] * 625)  # 50,000 characters
    entries = (RecordEntry(statement("Statement."), record_id=1),)
    briefing = Briefing(BriefingMeta(title="Long heading"), (Section(heading, entries),))
    target = tmp_path / "heading.pdf"
    export(briefing, "pdf", target, find_template("ministerial-brief"))
    assert qpdf_ok(target)
    titles = [
        item.title for item in pypdf.PdfReader(str(target)).outline if not isinstance(item, list)
    ]
    long = [title for title in titles if title.startswith("1")]
    assert long and all(len(title) <= 400 and title.endswith("…") for title in long)


def test_a_reference_document_keeps_its_own_custom_properties_and_loses_old_keywords(
    tmp_path: Path,
) -> None:
    from briefer.render.template import load_template
    from tests.render.test_docx import house_template

    earlier = tmp_path / "earlier.docx"  # an export with the whole keyword list in pieces
    export(long_briefing(), "docx", earlier, find_template("ministerial-brief"))
    with (
        zipfile.ZipFile(earlier) as source,
        zipfile.ZipFile(tmp_path / "reference.docx", "w") as reference,
    ):
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "docProps/custom.xml":  # one property of the ministry's own
                content = content.replace(b'name="Keywords 2"', b'name="Dossier"')
            reference.writestr(item, content)
    template = load_template(house_template(tmp_path / "house", tmp_path / "reference.docx"))
    target = tmp_path / "short.docx"
    short = Briefing(BriefingMeta(title="Short", reference="Az. 1"), long_briefing().sections[:0])
    export(short, "docx", target, template)
    root = etree.fromstring(part(target, "docProps/custom.xml").encode())
    # the ministry's own, then the two the header fields show
    assert [prop.get("name") for prop in root] == ["Dossier", "Reference", "Classification"]
    assert [prop.get("pid") for prop in root] == ["2", "3", "4"]
