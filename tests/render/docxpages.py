"""How the Word layout paginates next to the PDF's: a .docx converted by LibreOffice, its
headings' pages compared with those the contents names (the PDF layout's)."""

from __future__ import annotations

import itertools
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from briefer.compose import build_document
from briefer.exporting import export
from briefer.importing import draft_file
from briefer.model import Briefing, BriefingMeta, RecordEntry, Section
from briefer.render import document as model
from briefer.render.pagination import heading_pages
from briefer.render.template import find_template
from tests.importers.corpus import entries
from tests.render.docxcheck import convert_all
from tests.render.pdfcheck import read


@dataclass(frozen=True)
class Agreement:
    """Where the Word layout (as LibreOffice draws it) puts headings, against the PDF's."""

    name: str
    headings: int
    same: int
    off_by_one: int
    stranded: tuple[str, ...]  # headings and meta lines last on their page
    word_pages: int
    pdf_pages: int
    # of those, the ones before a block kept whole: a quote, or a heading or meta line,
    # which the Word layout keeps whole after a heading as the PDF does (keepLines on what
    # follows a keep-with-next paragraph). LibreOffice leaves a paragraph that keeps with
    # the next alone when the next is kept whole and cannot start on the page (see
    # test_docxpages); Word moves the two together
    before_kept_whole: tuple[str, ...] = ()

    def line(self) -> str:
        """Return the figures as one line of a table."""
        return (
            f"{self.name:38} {self.headings:4} headings: {self.same:4} same page, "
            f"{self.off_by_one:3} off by one, {self.headings - self.same - self.off_by_one:3} "
            f"further; pages Word {self.word_pages}, PDF {self.pdf_pages}; "
            f"{len(self.stranded)} last on a page ({len(self.before_kept_whole)} before a "
            "block kept whole)"
        )


def corpus_briefing(least: int = 48) -> Briefing:
    """Return a briefing of at least least entries from the real releases of the corpus: a
    section per release, holding its meeting and its statements."""
    sections: list[Section] = []
    count = 0
    for entry in entries("tuning"):
        draft = draft_file(entry.text_path)
        records = [r for r in (draft.consultation, *draft.statements) if r is not None]
        if not records:
            continue
        sections.append(
            Section(draft.source.title or entry.name, tuple(RecordEntry(r) for r in records))
        )
        count += len(records)
        if count >= least:
            break
    meta = BriefingMeta(
        title="Partners' consultations and statements",
        occasion="Real releases of the corpus",
        reference="CORPUS-1",
        classification="VS-NUR FÜR DEN DIENSTGEBRAUCH",
    )
    return Briefing(meta=meta, sections=tuple(sections))


def measure(cases: dict[str, tuple[Briefing, str]], folder: Path) -> list[Agreement]:
    """Export each case (briefing, template) as .docx and PDF, convert the .docx files with
    one start of LibreOffice, and compare."""
    words = []
    for name, (briefing, template) in cases.items():
        export(briefing, "docx", folder / f"{name}.docx", find_template(template))
        export(briefing, "pdf", folder / f"{name}-pdf.pdf", find_template(template))
        words.append(folder / f"{name}.docx")
    converted = convert_all(words, folder)
    return [
        _compare(name, briefing, template, pdf, folder / f"{name}-pdf.pdf")
        for (name, (briefing, template)), pdf in zip(cases.items(), converted, strict=True)
    ]


def _compare(name: str, briefing: Briefing, template: str, word: Path, pdf: Path) -> Agreement:
    document = build_document(briefing, find_template(template))
    expected = heading_pages(document, find_template(template)).headings
    reading = read(word)
    shown = [page for _, _, page in reading.outline]
    headings = document.headings()
    assert [_flat(t) for _, t, _ in reading.outline] == [_flat(h.label) for h in headings]
    differences = [abs(p - expected[h.anchor]) for h, p in zip(headings, shown, strict=True)]
    stranded = _stranded(document, _page_texts(word), shown[0] - 1 if shown else 0)
    return Agreement(
        name,
        len(headings),
        differences.count(0),
        differences.count(1),
        tuple(text for text, _ in stranded),
        len(reading.pages),
        len(read(pdf).pages),
        tuple(text for text, after in stranded if isinstance(after, _KEPT_WHOLE)),
    )


_KEPT_WHOLE = (model.Quote, model.Heading, model.MetaLine)


def _page_texts(pdf: Path) -> list[str]:
    """Return each page's text as pdftotext reads it (pypdf splits some accented words)."""
    out = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [_flat(page) for page in out.split("\f")]


def _stranded(
    document: model.Document, pages: list[str], first: int
) -> list[tuple[str, model.Block]]:
    """Return the headings and meta lines whose next block starts on a later page, with that
    block, found in order from the page of the first heading on (the contents list them all
    before)."""
    page, offset = first, 0
    stranded = []
    blocks = [b for b in document.blocks if _opening(b)]
    for block, after in itertools.pairwise(blocks):
        found = _find(pages, _opening(block), page, offset)
        if found is None:
            continue
        page, offset = found
        if isinstance(block, model.Heading | model.MetaLine):
            following = _find(pages, _opening(after), page, offset)
            if following is not None and following[0] != page:
                stranded.append((_opening(block), after))
    return stranded


def _find(pages: list[str], text: str, page: int, offset: int) -> tuple[int, int] | None:
    """Return (page, end) of the first occurrence of text from page and offset on."""
    for number in range(page, len(pages)):
        at = pages[number].find(text, offset if number == page else 0)
        if at >= 0:
            return number, at + len(text)
    return None


def _opening(block: model.Block) -> str:
    """Return the first few words a block prints, as a PDF's text shows them."""
    match block:
        case model.Heading():
            text = block.label
        case model.Paragraph() | model.SourceNote():
            text = model.runs_text(block.runs)
        case model.MetaLine():
            text = model.runs_text(tuple(block.runs()))
        case model.Quote():
            text = block.paragraphs[0] if block.paragraphs else ""
        case model.BulletList():
            text = model.runs_text(block.items[0].runs) if block.items else ""
        case _:
            text = ""
    return " ".join(_flat(text).split()[:3])


def _flat(text: str) -> str:
    """Return text with runs of white space as one space, composed as typed (a PDF's text
    may hold "a" and a combining diaeresis for "ä")."""
    return " ".join(unicodedata.normalize("NFKC", text).split())
