"""Rich own text in the PDF and the .docx: faces, live links, points and their numbers."""

from __future__ import annotations

from pathlib import Path

import docx
import pypdf
import pytest
from docx.oxml.ns import qn

from briefer.exporting import export
from briefer.model import Briefing, BriefingMeta, Section, TextEntry, TextKind
from briefer.model.richtext import Marker, Para, RichText, Span
from briefer.render.template import find_template
from tests.render.pdfcheck import read, words

LINK = "https://www.auswaertiges-amt.de/en/newsroom/2plus2"
MARKUP = "<b>x</b> **y** &amp; {title}"


def para(*spans: Span, marker: Marker = "", level: int = 0) -> Para:
    return Para(spans, marker, level)


TEXT = RichText(
    (
        para(Span("We "), Span("welcome", bold=True), Span(" the "), Span("talks", italic=True)),
        para(Span("Security", bold=True, italic=True), Span(" cooperation"), marker="bullet"),
        para(Span("Monitoring the embargo"), marker="number", level=1),
        para(Span("Read "), Span("the release", link=LINK), marker="number", level=1),
        para(Span("Trade"), marker="bullet"),
        para(Span("Supply chains"), marker="number", level=1),
        para(Span(MARKUP), marker="bullet"),
        para(Span("We re"), Span("write", bold=True), Span(" the plan")),
    )
)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("rich")
    entry = TextEntry(TextKind.TALKING_POINTS, TEXT, title="Points", id="tp")
    briefing = Briefing(BriefingMeta("Rich points"), (Section("Talks", (entry,), id="s"),))
    files = {}
    for fmt in ("pdf", "docx"):
        files[fmt] = folder / f"rich.{fmt}"
        export(briefing, fmt, files[fmt], find_template("ministerial-brief"), invariant=True)
    return files


def _fonts_of_words(path: Path) -> dict[str, str]:
    """Return the font each word of the PDF is drawn in, by its base name."""
    found: dict[str, str] = {}

    def visit(text: str, cm: object, tm: object, font: dict | None, size: float) -> None:  # type: ignore[type-arg]
        name = str(font["/BaseFont"]).split("+")[-1] if font else ""
        for word in text.split():
            found.setdefault(word, name)

    for page in pypdf.PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return found


def test_the_pdf_prints_bold_and_italic_in_the_template_faces(exported: dict[str, Path]) -> None:
    fonts = _fonts_of_words(exported["pdf"])
    assert fonts["welcome"].endswith("-Bold")
    assert fonts["talks"].endswith("-Italic")
    assert fonts["Security"].endswith("-BoldItalic")
    assert not any(style in fonts["cooperation"] for style in ("Bold", "Italic"))
    family = fonts["cooperation"].split("-")[0]
    assert all(fonts[w].startswith(family) for w in ("welcome", "talks", "Security"))


def test_the_pdf_links_the_linked_words_live(exported: dict[str, Path]) -> None:
    reader = pypdf.PdfReader(str(exported["pdf"]))
    uris = [
        annotation.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annotation in page.get("/Annots", [])
        if "/URI" in annotation.get_object().get("/A", {})
    ]
    assert uris == [LINK]  # "the release": one link over both words and the space


def test_the_pdf_hangs_numbers_and_bullets_before_indented_points(
    exported: dict[str, Path],
) -> None:
    text = read(exported["pdf"]).flat()
    assert "• Security cooperation a. Monitoring the embargo b. Read the release" in text
    assert "• Trade a. Supply chains" in text  # counted from a again under the next point
    assert f"• {MARKUP}" in text  # typed markup prints as typed
    found = {w.text: w for page in words(exported["pdf"]) for w in page.words}
    point, sub_point = found["Security"], found["Monitoring"]
    assert sub_point.x0 > point.x0 + 10  # a sub-point's text starts further in
    assert found["a."].x1 < sub_point.x0 and found["a."].x0 > point.x0 - 2  # its mark hangs
    assert found["•"].x1 < point.x0
    assert found["We"].x0 < found["•"].x0  # a paragraph starts at the margin


def _paragraph(document: docx.document.Document, start: str) -> docx.text.paragraph.Paragraph:
    return next(p for p in document.paragraphs if p.text.startswith(start))


def test_word_has_bold_and_italic_runs_and_a_hyperlink(exported: dict[str, Path]) -> None:
    document = docx.Document(str(exported["docx"]))
    runs = {run.text: run for run in _paragraph(document, "We welcome").runs}
    assert (runs["welcome"].bold, runs["welcome"].italic) == (True, None)
    assert (runs["talks"].bold, runs["talks"].italic) == (None, True)
    assert not runs["We "].bold and not runs["We "].italic
    security = _paragraph(document, "Security").runs[0]
    assert (security.text, security.bold, security.italic) == ("Security", True, True)
    (link,) = _paragraph(document, "Read the release").hyperlinks
    assert (link.text, link.url) == ("the release", LINK)
    assert _paragraph(document, "<b>").text == MARKUP


def test_word_numbers_the_sub_points_with_its_own_list_numbering(
    exported: dict[str, Path],
) -> None:
    document = docx.Document(str(exported["docx"]))
    numbering = document.part.numbering_part.element
    formats = {
        a.get(qn("w:abstractNumId")): (
            a.find(qn("w:lvl")).find(qn("w:numFmt")).get(qn("w:val")),
            a.find(qn("w:lvl")).find(qn("w:lvlText")).get(qn("w:val")),
        )
        for a in numbering.findall(qn("w:abstractNum"))
    }
    nums = {n.get(qn("w:numId")): n for n in numbering.findall(qn("w:num"))}

    def listed(start: str) -> tuple[str, tuple[str, str], int]:
        properties = _paragraph(document, start)._p.pPr
        num = properties.find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
        abstract = nums[num].find(qn("w:abstractNumId")).get(qn("w:val"))
        left = int(properties.find(qn("w:ind")).get(qn("w:left")))
        return num, formats[abstract], left

    security, monitoring, release = listed("Security"), listed("Monitoring"), listed("Read")
    trade, supply = listed("Trade"), listed("Supply")
    assert security[1] == trade[1] == ("bullet", "•")
    assert monitoring[1] == supply[1] == ("lowerLetter", "%1.")
    assert monitoring[0] == release[0]  # one list: a., b.
    assert supply[0] != monitoring[0]  # under the next point, a list of its own …
    restart = nums[supply[0]].find(qn("w:lvlOverride")).find(qn("w:startOverride"))
    assert restart.get(qn("w:val")) == "1"  # … that Word counts from a again
    assert monitoring[2] > security[2] == trade[2]  # sub-points further in


def test_a_word_partly_in_bold_is_one_word_to_search_for(exported: dict[str, Path]) -> None:
    assert "rewrite" in TEXT.plain().split()
    found = [w.text for page in words(exported["pdf"]) for w in page.words]
    assert "rewrite" in found  # one word to a PDF viewer's search, not "re" and "write"
    document = docx.Document(str(exported["docx"]))
    assert "We rewrite the plan" in [p.text for p in document.paragraphs]
