"""Conventions of real briefings, read back from both formats, in English and German."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pypdf
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from briefer.compose import VARIANTS
from briefer.compose.markings import level_for
from briefer.exporting import export
from briefer.library.sample import sample_briefing_path
from briefer.model import (
    Briefing,
    BriefingMeta,
    Consultation,
    Person,
    RecordEntry,
    Section,
    Source,
    Statement,
    TextEntry,
    TextKind,
    briefingfile,
)
from briefer.render.document import Marking
from briefer.render.template import find_template
from tests.compose.test_build import digest_across_sections
from tests.render.docxcheck import convert_to_pdf, headings, soffice
from tests.render.pdfcheck import Page, Word, overlapping, read, words

TEMPLATES = ("ministerial-brief", "press-digest", "speaking-notes")
LANGUAGES = ("en", "de")
FORMATS = ("pdf", "docx")
CASES = [(t, v, lang) for t in TEMPLATES for v in VARIANTS for lang in LANGUAGES]
Files = dict[tuple[str, str, str, str], Path]

VERSION_LINES = {
    ("internal", "en"): "Internal version: contains internal notes",
    ("internal", "de"): "Interne Fassung: enthält interne Vermerke",
    ("shareable", "en"): "Version for distribution",
    ("shareable", "de"): "Fassung zur Weitergabe",
}
FOOTER_VERSIONS = {
    ("internal", "en"): "Internal version",
    ("internal", "de"): "Interne Fassung",
    ("shareable", "en"): "Version for distribution",
    ("shareable", "de"): "Fassung zur Weitergabe",
}


def sample(language: str = "en") -> Briefing:
    briefing = briefingfile.load(sample_briefing_path())
    return replace(briefing, meta=replace(briefing.meta, language=language))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Files:
    folder = tmp_path_factory.mktemp("conventions")
    files = {}
    for template, variant, language in CASES:
        for fmt in FORMATS:
            path = folder / f"{template}-{variant}-{language}.{fmt}"
            export(sample(language), fmt, path, find_template(template), variant)  # type: ignore[arg-type]
            files[template, variant, language, fmt] = path
    return files


def docx_first_page(path: Path) -> str:
    """Return the text a .docx prints before its first page break (or first Heading 1)."""
    lines = []
    for paragraph in docx.Document(str(path)).paragraphs:
        element = paragraph._p
        if paragraph.style is not None and paragraph.style.name == "Heading 1":
            break
        lines.append(paragraph.text)
        breaks = element.iter(qn("w:br"))
        if any(b.get(qn("w:type")) == "page" for b in breaks):
            break
    return "\n".join(lines)


def docx_footer(path: Path) -> str:
    section = docx.Document(str(path)).sections[0]
    return "\n".join(p.text for p in section.footer.paragraphs)


def first_page(files: Files, template: str, variant: str, language: str, fmt: str) -> str:
    path = files[template, variant, language, fmt]
    if fmt == "pdf":
        return " ".join(read(path).pages[0].split())
    return " ".join(docx_first_page(path).split())


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("template", "variant", "language"), CASES)
def test_the_first_page_names_the_briefing_and_its_version(
    exported: Files, template: str, variant: str, language: str, fmt: str
) -> None:
    meta = sample(language).meta
    page = first_page(exported, template, variant, language, fmt)
    for value in (meta.title, meta.occasion, meta.prepared_for, meta.prepared_by):
        assert " ".join(value.split()) in page
    assert meta.reference in page
    assert ("14 April 2021" if language == "en" else "14. April 2021") in page
    assert VERSION_LINES[variant, language] in page


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("template", "variant", "language"), CASES)
def test_the_footer_says_which_version_this_is(
    exported: Files, template: str, variant: str, language: str, fmt: str
) -> None:
    path = exported[template, variant, language, fmt]
    wanted = FOOTER_VERSIONS[variant, language]
    if fmt == "docx":
        assert wanted in docx_footer(path)
        return
    pages = read(path).pages
    body = pages[1:] if template == "ministerial-brief" else pages  # the cover has no footer
    assert body and all(wanted in page for page in body)
    other = FOOTER_VERSIONS["shareable" if variant == "internal" else "internal", language]
    assert not any(other in page for page in pages)


# -- markings ------------------------------------------------------------------------------

TEN_MM = 10 * 72 / 25.4
MARKED = [
    (template, classification)
    for template in TEMPLATES
    for classification in ("VS-NUR FÜR DEN DIENSTGEBRAUCH", "GEHEIM", "SECRET UK EYES ONLY")
]


def classified(classification: str) -> Briefing:
    briefing = sample("de" if classification.startswith(("VS", "GEHEIM")) else "en")
    return replace(briefing, meta=replace(briefing.meta, classification=classification))


def lines(page: Page) -> dict[float, list[Word]]:
    """Return a page's words by line (their top, rounded)."""
    found: dict[float, list[Word]] = {}
    for word in page.words:
        found.setdefault(round(word.y0, 1), []).append(word)
    return found


def font_sizes(reader_page: pypdf.PageObject) -> Counter[float]:
    """Return how many characters the page prints at each font size."""
    sizes: Counter[float] = Counter()

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        sizes[round(size * tm[3] * cm[3], 2)] += len(text.strip())

    reader_page.extract_text(visitor_text=visit)
    return sizes


@pytest.mark.parametrize(("template", "classification"), MARKED)
def test_the_pdf_marking_is_legible_and_clear_of_the_paper_edge(
    tmp_path: Path, template: str, classification: str
) -> None:
    path = tmp_path / "marked.pdf"
    export(classified(classification), "pdf", path, find_template(template))
    marking = marking_of(classification)
    pages = words(path)
    reader = pypdf.PdfReader(str(path))
    sizes = sum((font_sizes(page) for page in reader.pages), Counter[float]())
    body = max(sizes, key=lambda size: sizes[size])  # the size most text is printed in
    for number, page in enumerate(pages):
        marked = [
            line
            for line in lines(page).values()
            if " ".join(w.text for w in line) == marking.printed
            and not 100 < line[0].y0 < page.height - 100  # the page's, not the cover's
        ]
        assert len(marked) == (2 if marking.bottom else 1), f"page {number + 1}"
        for line in marked:
            assert min(w.x0 for w in line) >= TEN_MM
            assert max(w.x1 for w in line) <= page.width - TEN_MM
            assert min(w.y0 for w in line) >= TEN_MM  # the font's ascent, not just its ink
            assert page.height - max(w.y1 for w in line) >= TEN_MM
            others = [w for w in page.words if w not in line]
            top, bottom = line[0].ink()
            assert not [w.text for w in others if w.ink()[0] < bottom and top < w.ink()[1]]
        assert marked_size(reader.pages[number], marking.printed) >= body


def marked_size(reader_page: pypdf.PageObject, printed: str) -> float:
    """Return the smallest size the marking is printed in at the page's top or bottom."""
    sizes = []
    height = float(reader_page.mediabox.height)

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip() == printed and not 100 < cm[5] + tm[5] < height - 100:
            sizes.append(size * tm[3] * cm[3])

    reader_page.extract_text(visitor_text=visit)
    assert sizes
    return min(sizes)


def marking_of(classification: str) -> Marking:
    level = level_for(classification)
    assert level is not None
    return level.marking


@pytest.mark.parametrize(("template", "classification"), MARKED)
def test_the_word_marking_is_legible_and_clear_of_the_paper_edge(
    tmp_path: Path, template: str, classification: str
) -> None:
    path = tmp_path / "marked.docx"
    export(classified(classification), "docx", path, find_template(template))
    marking = marking_of(classification)
    word = docx.Document(str(path))
    section = word.sections[0]
    assert section.header_distance is not None and section.header_distance >= Mm(10)
    assert section.footer_distance is not None and section.footer_distance >= Mm(10)
    body = word.styles["Normal"].font.size
    top = section.header.paragraphs[0]
    last = section.footer.paragraphs[-1]
    assert top.text == marking.printed
    assert (last.text == marking.printed) == marking.bottom
    assert top.style is not None and top.style.font.size >= body
    printed = next(run for run in top.runs if run.text)  # the field's result, where it is one
    colour = printed.font.color.rgb
    assert colour is not None and f"#{colour}".lower() == marking.color


@pytest.mark.parametrize(("template", "variant", "language"), CASES)
def test_no_text_overlaps_other_text(
    exported: Files, template: str, variant: str, language: str
) -> None:
    for number, page in enumerate(words(exported[template, variant, language, "pdf"]), start=1):
        clashes = [(a.text, b.text) for a, b in overlapping(page)]
        assert not clashes, f"page {number}: {clashes[:5]}"


# -- language ------------------------------------------------------------------------------

QUOTE_MARKS = {
    "en": ("“So that Germany", "human rights.”"),
    "de": ("„So that Germany", "human rights.“"),
}
LABELS = {
    "en": ("Participants", "14 April 2021", "Sources"),
    "de": ("Teilnehmende", "14. April 2021", "Quellen"),
}


def document_text(path: Path) -> str:
    """Return all the text of a PDF or .docx, its white space collapsed."""
    if path.suffix == ".pdf":
        return read(path).flat()
    word = docx.Document(str(path))
    return " ".join(" ".join(p.text for p in word.paragraphs).split())


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_quotation_marks_labels_and_dates_follow_the_language(
    exported: Files, language: str, fmt: str
) -> None:
    text = document_text(exported["ministerial-brief", "internal", language, fmt])
    opening, closing = QUOTE_MARKS[language]
    assert opening in text and closing in text
    for label in LABELS[language]:
        assert label in text
    other = LABELS["de" if language == "en" else "en"]
    assert not any(label in text for label in other)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_french_briefing_prints_french_marks_labels_and_dates(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"fr.{fmt}"
    export(sample("fr"), fmt, path, find_template("ministerial-brief"))
    text = document_text(path)  # white space collapsed, the narrow no-break space with it
    assert "« So that Germany" in text and "human rights. »" in text
    raw = (
        "".join(read(path).pages)
        if fmt == "pdf"
        else "".join(p.text for p in docx.Document(str(path)).paragraphs)
    )
    assert "«\u202fSo that Germany" in raw  # set off by a narrow no-break space
    for label in ("Participants", "Thèmes", "14 avril 2021", "Sommaire", "Version interne"):
        assert label in text
    assert not any(label in text for label in ("Topics", "14 April 2021", "Teilnehmende"))


# -- the press digest ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_digest_prints_in_time_order_with_a_line_per_day(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"digest.{fmt}"
    export(digest_across_sections(), fmt, path, find_template("press-digest"))
    text = document_text(path)
    lines = [h for _, h, _ in read(path).outline] if fmt == "pdf" else headings(path)
    said = ["D 2014", "C 2018", "A 2021", "E 2021", "B 2022", "Undated words"]
    where = [text.index(f"„{words}") for words in said]
    assert where == sorted(where)
    days = ["9. Januar 2014", "5. März 2018", "13. April 2021", "15. April 2021", "1. Juli 2022"]
    assert [line for line in lines if line in days] == days
    assert lines.index("Ohne Datum") > lines.index("1. Juli 2022")


# -- sources and long addresses ------------------------------------------------------------

URL = (
    "https://www.auswaertiges-amt.de/en/newsroom/news/germany-japan-2plus2-consultations-"
    "foreign-and-defence-ministers/2454344?utm_source=newsletter&utm_medium=email"
    "&utm_campaign=asia-pacific-2021"
)
RETRIEVED = {"en": "retrieved 20 April 2021", "de": "abgerufen am 20. April 2021"}


def long_addresses(language: str = "en") -> Briefing:
    """A briefing with a long web address in every place text goes: headings, quotes, lists,
    meta lines, summaries and sources."""
    release = Source.from_text(
        "Text",
        title=f"Release at {URL}",
        publisher="Federal Foreign Office",
        url=URL,
        date_published=date(2021, 4, 13),
        date_retrieved=date(2021, 4, 20),
    )
    meeting = Consultation(
        title=f"Meeting {URL}",
        date=date(2021, 4, 13),
        summary=f"Summary {URL}",
        source=release,
        participants=(Person("Heiko Maas", URL),),
        topics=(URL,),
    )
    said = Statement(
        speaker=Person("Erika Muster", "Minister"),
        text=f"She said {URL} and more.\n{URL}",
        date=date(2021, 4, 14),
        occasion=URL,
        source=release,
    )
    return Briefing(
        BriefingMeta(
            f"Title {URL}", reference="AP-1", classification="OFFICIAL", language=language
        ),
        (
            Section(
                f"Section {URL}",
                (
                    TextEntry.from_plain(
                        TextKind.BACKGROUND, f"See {URL} for more.", title=f"On {URL}"
                    ),
                    TextEntry.from_plain(TextKind.TALKING_POINTS, f"Point {URL}"),
                    RecordEntry(meeting, 1),
                    RecordEntry(said, 2),
                ),
                id="s",
            ),
        ),
    )


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_sources_give_their_retrieval_date(
    tmp_path: Path, language: str, template: str, fmt: str
) -> None:
    path = tmp_path / f"sources.{fmt}"
    export(long_addresses(language), fmt, path, find_template(template))
    assert RETRIEVED[language] in document_text(path)


def past_the_right_margin(path: Path, template: str) -> list[tuple[int, str, float]]:
    """Return the words of a PDF that end past the template's right margin, and by how far."""
    right = find_template(template).margins[1]
    return [
        (number, word.text, round(word.x1 - (page.width - right), 1))
        for number, page in enumerate(words(path), start=1)
        for word in page.words
        if word.x1 > page.width - right + 0.5
    ]


@pytest.mark.parametrize("template", TEMPLATES)
def test_no_pdf_text_runs_past_the_right_margin(
    tmp_path: Path, exported: Files, template: str
) -> None:
    path = tmp_path / "long.pdf"
    export(long_addresses(), "pdf", path, find_template(template))
    assert past_the_right_margin(path, template) == []
    for variant, language in ((v, lang) for v in VARIANTS for lang in LANGUAGES):
        assert past_the_right_margin(exported[template, variant, language, "pdf"], template) == []
    pieces = [line for page in words(path) for line in lines_of_text(page) if line in URL]
    joined = [(a, b) for a, b in itertools.pairwise(pieces) if a + b in URL and len(a) > 8]
    assert joined  # the address did need breaking
    for before, after in joined:  # after a "/", before a "?" or "&", else after a hyphen
        assert before.endswith(("/", "-")) or after.startswith(("?", "&")), (before, after)


def lines_of_text(page: Page) -> list[str]:
    return [" ".join(w.text for w in line) for line in lines(page).values()]


@pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("template", TEMPLATES)
def test_no_word_text_runs_past_the_right_margin(tmp_path: Path, template: str) -> None:
    path = tmp_path / "long.docx"
    export(long_addresses(), "docx", path, find_template(template))
    drawn = convert_to_pdf(path, tmp_path)
    assert past_the_right_margin(drawn, template) == []


# -- typography ----------------------------------------------------------------------------


def quote_fonts(path: Path, opening: str) -> set[str]:
    """Return the fonts a PDF prints the quotation beginning with opening in."""
    found: set[str] = set()

    def visit(text: str, cm: object, tm: object, font: object, size: float) -> None:
        if text.startswith(opening) and isinstance(font, dict):
            found.add(str(font.get("/BaseFont")))

    for page in pypdf.PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("template", TEMPLATES)
def test_long_quotes_are_roman_beside_a_rule(exported: Files, template: str) -> None:
    fonts = quote_fonts(exported[template, "internal", "en", "pdf"], "“So that")
    assert fonts and not any("Italic" in name for name in fonts)
    word = docx.Document(str(exported[template, "internal", "en", "docx"]))
    quotes = [p for p in word.paragraphs if p.style is not None and p.style.name == "Quote"]
    assert quotes and all(not p.style.font.italic for p in quotes)  # type: ignore[union-attr]
    assert all(not run.italic for p in quotes for run in p.runs)


def spaced() -> Briefing:
    """A meeting with no date, format or place, and text typed with double spaces."""
    meeting = Consultation(title="Talks  by  phone", summary="They  spoke   at  length.")
    said = Statement(Person("A  Speaker"), "Words  with   gaps.", date=date(2021, 4, 13))
    note = TextEntry.from_plain(TextKind.BACKGROUND, "Our  own   text.")
    return Briefing(
        BriefingMeta("Spacing", date=date(2021, 4, 14)),
        (Section("Events", (note, RecordEntry(meeting, 1), RecordEntry(said, 2))),),
    )


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("template", TEMPLATES)
def test_no_double_spaces_and_no_gap_for_a_missing_date(
    tmp_path: Path, template: str, fmt: str
) -> None:
    path = tmp_path / f"spaced.{fmt}"
    export(spaced(), fmt, path, find_template(template))
    if fmt == "docx":
        paragraphs = docx.Document(str(path)).paragraphs
        assert not [p.text for p in paragraphs if "  " in p.text]
        meta = [
            p.text for p in paragraphs if p.style is not None and p.style.name == "Briefer Meta"
        ]
        assert all(text.strip() for text in meta)  # no empty meta line under the meeting
        text = " ".join(p.text for p in paragraphs)
    else:
        text = " ".join(read(path).pages)
        drawn = [line for page in words(path) for line in lines_of_text(page)]
        heading = next(n for n, line in enumerate(drawn) if line.endswith("Talks by phone"))
        assert drawn[heading + 1].startswith(("They spoke", "Summary"))  # nothing between
    for typed in ("They spoke at length.", "Words with gaps.", "Our own text."):
        assert typed in text
