"""The .docx as Word users expect it: breaks, lists, numbering and keep rules as in the PDF."""

from __future__ import annotations

import io
import itertools
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from fontTools.ttLib import TTFont
from lxml import etree

from briefer.compose import build_document
from briefer.exporting import export
from briefer.library.sample import sample_briefing_path
from briefer.model import Briefing, RecordEntry, Statement, briefingfile
from briefer.model.briefing import Entry
from briefer.render.docxfonts import obfuscate
from briefer.render.fonts import CJK
from briefer.render.template import find_template
from tests.render.docxcheck import embedded_fonts, part

TEMPLATES = ("ministerial-brief", "press-digest", "speaking-notes")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def sample() -> Briefing:
    return briefingfile.load(sample_briefing_path())


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("word")
    files = {}
    for template in TEMPLATES:
        files[template] = folder / f"{template}.docx"
        export(sample(), "docx", files[template], find_template(template))
    return files


def body(path: Path) -> list[docx.text.paragraph.Paragraph]:
    return docx.Document(str(path)).paragraphs


def own(paragraph: docx.text.paragraph.Paragraph, tag: str) -> object | None:
    """Return the paragraph's own property tag (not its style's), or None."""
    properties = paragraph._p.pPr
    return None if properties is None else properties.find(qn(tag))


@pytest.mark.parametrize("template", TEMPLATES)
def test_pages_start_by_a_property_not_by_an_empty_paragraph(
    exported: dict[str, Path], template: str
) -> None:
    document = part(exported[template], "word/document.xml")
    assert 'w:type="page"' not in document
    paragraphs = body(exported[template])
    assert all(p.text.strip() or p._p.find(qn("w:r")) is not None for p in paragraphs)
    starts = [p.text for p in paragraphs if own(p, "w:pageBreakBefore") is not None]
    model = build_document(sample(), find_template(template))
    breaks = sum(type(block).__name__ == "PageBreak" for block in model.blocks)
    contents = any(type(block).__name__ == "TableOfContents" for block in model.blocks)
    assert len(starts) == breaks + contents
    if template == "speaking-notes":  # a section to a page
        after = [b for a, b in itertools.pairwise(model.blocks) if type(a).__name__ == "PageBreak"]
        assert starts == [getattr(b, "text", "") for b in after]
        assert len(starts) == 2


@pytest.mark.parametrize("template", TEMPLATES)
def test_list_items_hang_their_mark_as_in_the_pdf(exported: dict[str, Path], template: str) -> None:
    word = docx.Document(str(exported[template]))
    numbering = word.part.numbering_part.element
    marks = {}
    for num in numbering.findall(qn("w:num")):
        abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        definition = next(
            a
            for a in numbering.findall(qn("w:abstractNum"))
            if a.get(qn("w:abstractNumId")) == abstract
        )
        level = definition.find(qn("w:lvl"))
        marks[num.get(qn("w:numId"))] = (
            level.find(qn("w:numFmt")).get(qn("w:val")),
            level.find(qn("w:lvlText")).get(qn("w:val")),
        )
    look = find_template(template).styles["bullet"]
    items = [p for p in word.paragraphs if p.style is not None and p.style.name == "List Bullet"]
    assert items
    seen = set()
    for item in items:
        number = own(item, "w:numPr").find(qn("w:numId")).get(qn("w:val"))
        kind, mark = marks[number]
        seen.add(mark)
        assert kind == "bullet"
        indent = own(item, "w:ind")
        assert int(indent.get(qn("w:left"))) == round(look.indent_left * 20)
        assert int(indent.get(qn("w:hanging"))) == round(0.45 * look.size * 20)
    # topics are dashes, as the PDF draws them, in the consultation's full layout
    assert seen == ({"•", "–"} if template == "ministerial-brief" else {"•"})
    style = word.styles["List Bullet"]
    assert style.paragraph_format.space_after.pt == look.space_after
    assert style.element.pPr.find(qn("w:contextualSpacing")) is None  # spaced like the PDF


def test_heading_numbers_are_word_numbering_bound_to_the_heading_styles(
    exported: dict[str, Path],
) -> None:
    word = docx.Document(str(exported["ministerial-brief"]))
    numbering = word.part.numbering_part.element
    bound = {}
    for definition in numbering.findall(qn("w:abstractNum")):
        for level in definition.findall(qn("w:lvl")):
            style = level.find(qn("w:pStyle"))
            if style is not None and style.get(qn("w:val")).startswith("Heading"):
                bound[style.get(qn("w:val"))] = level.find(qn("w:lvlText")).get(qn("w:val"))
    assert bound == {
        "Heading1": "%1\u2002",
        "Heading2": "%1.%2\u2002",
        "Heading3": "%1.%2.%3\u2002",
    }
    for name in ("Heading 1", "Heading 2"):
        assert word.styles[name].element.pPr.find(qn("w:numPr")) is not None
    texts = [p.text for p in word.paragraphs if p.style.name in ("Heading 1", "Heading 2")]
    assert "The consultations" in texts and "Sources" in texts
    assert not any(text[:1].isdigit() for text in texts)  # no typed numbers
    sources = next(p for p in word.paragraphs if p.text == "Sources")
    assert own(sources, "w:numPr").find(qn("w:numId")).get(qn("w:val")) == "0"  # unnumbered
    contents = next(p for p in word.paragraphs if p.style.name == "TOC Heading")
    assert own(contents, "w:numPr").find(qn("w:numId")).get(qn("w:val")) == "0"


def test_unnumbered_templates_number_nothing(exported: dict[str, Path]) -> None:
    for template in ("press-digest", "speaking-notes"):
        word = docx.Document(str(exported[template]))
        for name in ("Heading 1", "Heading 2", "Heading 3"):
            assert word.styles[name].element.pPr.find(qn("w:numPr")) is None


@pytest.mark.parametrize("template", TEMPLATES)
def test_whole_paragraphs_and_lines_kept_as_the_pdf_keeps_them(
    exported: dict[str, Path], template: str
) -> None:
    word = docx.Document(str(exported[template]))
    for name in ("Heading 1", "Heading 2", "Heading 3", "Briefer Source", "TOC 1"):
        assert word.styles[name].paragraph_format.keep_together, name
    defaults = word.styles.element.find(qn("w:docDefaults")).find(qn("w:pPrDefault"))
    assert defaults.find(qn("w:pPr")).find(qn("w:widowControl")) is not None


def test_space_between_paragraphs_is_the_larger_of_the_two_as_in_the_pdf(
    exported: dict[str, Path],
) -> None:
    template = find_template("ministerial-brief")
    word = docx.Document(str(exported["ministerial-brief"]))
    checked = 0
    for above, below in itertools.pairwise(word.paragraphs):
        if below.style.name != "Heading 2" or above.style.name != "Normal":
            continue
        # the whole gap is space before (Word adds the two spaces, LibreOffice takes the
        # larger): both engines then leave what the PDF leaves
        gap = int(own(below, "w:spacing").get(qn("w:before"))) / 20
        assert gap == max(template.styles["h2"].space_before, template.styles["body"].space_after)
        assert own(above, "w:spacing").get(qn("w:after")) == "0"
        checked += 1
    assert checked


def test_title_reference_and_marking_are_fields_bound_to_the_properties(
    exported: dict[str, Path],
) -> None:
    path = exported["ministerial-brief"]
    word = docx.Document(str(path))
    header = word.sections[0].header._element
    results = {}
    for paragraph in header.iter(qn("w:p")):
        instruction = ""
        for run in paragraph.iter(qn("w:r")):
            text = run.find(qn("w:instrText"))
            char = run.find(qn("w:fldChar"))
            if text is not None:
                instruction = text.text.strip()
            elif char is not None and char.get(qn("w:fldCharType")) == "end":
                instruction = ""
            elif instruction and run.find(qn("w:t")) is not None:
                results[instruction] = results.get(instruction, "") + run.find(qn("w:t")).text
    custom = part(path, "docProps/custom.xml")
    assert results["TITLE"] == word.core_properties.title == "Germany–Japan “2+2” consultations"
    # the file reference ends in the marking's short form (VSA Anlage 4 Nr. 1.3)
    assert results["DOCPROPERTY Reference"] == "AP-341-2021-0414\N{NO-BREAK SPACE}VS-NfD"
    assert results["DOCPROPERTY Classification"] == "VS-NUR FÜR DEN DIENSTGEBRAUCH"
    assert 'name="Reference"' in custom and ">AP-341-2021-0414\N{NO-BREAK SPACE}VS-NfD<" in custom
    assert 'name="Classification"' in custom and ">VS-NUR FÜR DEN DIENSTGEBRAUCH<" in custom


@pytest.mark.parametrize("template", TEMPLATES)
def test_word_2013_layout_and_no_leftovers_of_the_blank_document(
    exported: dict[str, Path], template: str
) -> None:
    path = exported[template]
    settings = part(path, "word/settings.xml")
    assert (
        '<w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>' in settings
    )
    assert "proofState" not in settings and "savePreviewPicture" not in settings
    app = part(path, "docProps/app.xml")
    assert "<Application>briefer " in app
    assert "Macintosh" not in app and "<Pages>" not in app and "<Words>" not in app
    assert "python-docx" not in part(path, "docProps/core.xml")
    with zipfile.ZipFile(path) as package:
        assert not [n for n in package.namelist() if "thumbnail" in n]
        assert "thumbnail" not in package.read("_rels/.rels").decode()


def german(briefing: Briefing) -> Briefing:
    return replace(briefing, meta=replace(briefing.meta, language="de"))


def with_statements_in(briefing: Briefing, language: str) -> Briefing:
    def relabel(entry: Entry) -> Entry:
        if isinstance(entry, RecordEntry) and isinstance(entry.record, Statement):
            return replace(entry, record=replace(entry.record, language=language))
        return entry

    return replace(
        briefing,
        sections=tuple(
            replace(s, entries=tuple(relabel(e) for e in s.entries)) for s in briefing.sections
        ),
    )


@pytest.mark.parametrize(("language", "tag"), [("en", "en-GB"), ("de", "de-DE")])
def test_the_document_and_its_styles_are_proofed_in_the_briefings_language(
    tmp_path: Path, language: str, tag: str
) -> None:
    path = tmp_path / "brief.docx"
    briefing = replace(sample(), meta=replace(sample().meta, language=language))
    export(briefing, "docx", path, find_template("ministerial-brief"))
    styles = etree.fromstring(part(path, "word/styles.xml").encode())
    defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert defaults.get(f"{W}val") == tag and defaults.get(f"{W}eastAsia") == "ja-JP"
    assert {lang.get(f"{W}val") for lang in styles.iter(f"{W}lang")} - {None} == {tag}
    assert f'<w:themeFontLang w:val="{tag}"' in part(path, "word/settings.xml")


def test_passages_in_another_language_carry_theirs(tmp_path: Path) -> None:
    path = tmp_path / "brief.docx"
    export(
        german(with_statements_in(sample(), "en")), "docx", path, find_template("ministerial-brief")
    )
    document = etree.fromstring(part(path, "word/document.xml").encode())
    tagged: dict[str | None, str] = {}
    for run in document.iter(f"{W}r"):
        lang = run.find(f"{W}rPr/{W}lang")
        text = "".join(t.text or "" for t in run.iter(f"{W}t"))
        if lang is not None:
            for attribute in ("val", "eastAsia"):
                if lang.get(f"{W}{attribute}"):
                    tagged[lang.get(f"{W}{attribute}")] = (
                        tagged.get(lang.get(f"{W}{attribute}"), "") + text
                    )
    assert "So that Germany and Europe can continue" in tagged["en-GB"]  # an English quote
    assert "茂木敏充" in tagged["ja-JP"]  # a Japanese name
    assert "Background" not in tagged.get("en-GB", "")  # the briefing's own text is German


def test_quotes_in_the_briefings_language_carry_no_tag_of_their_own(
    exported: dict[str, Path],
) -> None:
    document = part(exported["ministerial-brief"], "word/document.xml")
    assert 'w:lang w:val="' not in document


def printed(path: Path) -> str:
    """Return every character in the .docx's text runs, body, headers and footers."""
    text = []
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                root = etree.fromstring(package.read(name))
                text += [t.text or "" for t in root.iter(f"{W}t")]
    return "".join(text)


@pytest.mark.parametrize("template", TEMPLATES)
def test_fonts_travel_with_the_file_subset_and_obfuscated(
    exported: dict[str, Path], template: str
) -> None:
    path = exported[template]
    found = embedded_fonts(path)
    families = {find_template(template).body_font, find_template(template).heading_font}
    faces = {"embedRegular", "embedBold", "embedItalic", "embedBoldItalic"}
    assert {(family, face) for family in families for face in faces} <= set(found)
    text = {ch for ch in printed(path) if not ch.isspace()}
    japanese = {ch for ch in text if CJK.match(ch)}
    assert japanese  # the sample's names in kanji
    for (family, _), data in found.items():
        font = TTFont(io.BytesIO(data))  # a valid font once deobfuscated
        assert font["name"].getDebugName(1) == family
        covered = set(map(chr, font.getBestCmap()))
        if family == "IPAexGothic":
            assert japanese <= covered
        else:
            assert text - japanese <= covered
            assert len(font.getGlyphOrder()) < 600  # a subset: Noto has over 3,000 glyphs
            # European letters whatever the document holds: an editor can type them, and
            # LibreOffice, keeping the first embedded "Noto Sans" of a session, has them
            assert set("äöüßÄÖÜéèçłœ€…") <= covered
    settings = part(path, "word/settings.xml")
    assert "<w:embedTrueTypeFonts" in settings and "<w:saveSubsetFonts" in settings
    assert path.stat().st_size < 1_000_000  # small enough to e-mail


def test_obfuscation_is_its_own_inverse_and_keyed_by_the_guid() -> None:
    data = bytes(range(64))
    key = "{302EE813-EB4A-4642-A93A-89EF99B2457E}"
    hidden = obfuscate(data, key)
    assert hidden[32:] == data[32:] and hidden[:32] != data[:32]
    # ECMA-376 Part 1 §17.8.1: the key's last byte (0x7E) goes with the font's first byte
    assert hidden[0] == data[0] ^ 0x7E and hidden[15] == data[15] ^ 0x30
    assert hidden[16] == data[16] ^ 0x7E
    assert obfuscate(hidden, key) == data


@pytest.mark.parametrize("template", TEMPLATES)
def test_rules_under_headings_and_beside_quotes_as_in_the_pdf(
    exported: dict[str, Path], template: str
) -> None:
    house = find_template(template)
    word = docx.Document(str(exported[template]))
    accent = house.accent[1:].upper()
    for name, role, side in (
        ("Heading 1", "h1", "bottom"),
        ("Heading 2", "h2", "bottom"),
        ("Quote", "quote", "left"),
        ("Title", "title", "bottom"),
    ):
        borders = word.styles[name].element.pPr.find(qn("w:pBdr"))
        if not house.styles[role].rule:
            assert borders is None, name
            continue
        line = borders.find(qn(f"w:{side}"))
        assert line.get(qn("w:val")) == "single" and line.get(qn("w:color")) == accent, name
    # the PDF rules the running header of every page but the cover, whatever the template
    header = word.sections[0].header.paragraphs[-1]
    assert header.style is not None and header.style.name == "Header"
    line = header.style.element.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
    assert line.get(qn("w:color")) == accent and line.get(qn("w:sz")) == "4"
