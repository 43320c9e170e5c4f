"""The .docx as Word users expect it: breaks, lists, numbering and keep rules as in the PDF."""

from __future__ import annotations

import itertools
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from briefer.compose import build_document
from briefer.exporting import export
from briefer.library.sample import sample_briefing_path
from briefer.model import Briefing, briefingfile
from briefer.render.template import find_template
from tests.render.docxcheck import part

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
    paragraphs = word.paragraphs
    for above, below in itertools.pairwise(paragraphs):
        if below.style.name != "Heading 2" or above.style.name != "Normal":
            continue
        spacing = own(below, "w:spacing")
        gap = int(spacing.get(qn("w:before"))) / 20 + template.styles["body"].space_after
        assert gap == pytest.approx(
            max(template.styles["h2"].space_before, template.styles["body"].space_after), abs=0.05
        )
        return
    pytest.fail("no Heading 2 after body text")
