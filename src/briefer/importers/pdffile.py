"""Text-based PDFs: lines with their positions, rebuilt into paragraphs without page furniture."""

from __future__ import annotations

import io
import itertools
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from pypdf import PageObject, PasswordType, PdfReader

from briefer.errors import ImportFailed
from briefer.i18n import _
from briefer.importers import textfile
from briefer.importers.document import TextDocument

# pypdf logs what it finds wrong; briefer says it once, in its own words
logging.getLogger("pypdf").setLevel(logging.ERROR)

_PAGE_NUMBER = re.compile(
    r"(?:page|seite|p\.)?\s*[-–—]?\s*\d{1,4}\s*(?:(?:/|of|von|de)\s*\d{1,4})?\s*[-–—]?",
    re.IGNORECASE,
)
# Bullets as PDFs show them (Word's Symbol-font bullets are private-use characters); numbers
# are left out, as a German date ("13. April") may begin any line.
_BULLET = re.compile(r"[•▪◦·●‣\uf0a7\uf0b7]\s")
_SENTENCE_END = re.compile(r"[.!?:][\"'”’“»«)\]]*$")
_EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be running heads
_GAP_FACTOR = 1.3  # a gap this many times the usual line spacing separates paragraphs
_SIZE_CHANGE = 0.05  # lines of one paragraph share a font size; a dateline may be 10pt to 11pt
_INDENT_FACTOR = 0.8  # a line starting this many font sizes further right is indented
_SHORT_LINE = 0.6  # a sentence ending on a line this much shorter than the longest ends a paragraph


@dataclass
class _Line:
    text: str
    size: float
    # Where the line starts on the page (y is the baseline); None where pypdf gave no position.
    x: float | None
    y: float | None


def read_pdf(data: bytes, name: str, url: str) -> TextDocument:
    """Read a text-based PDF into paragraphs and its document information."""
    try:
        reader = PdfReader(io.BytesIO(data))
        _unlock(reader, name)
        pages = _read_pages(reader, name)
        meta = _document_info(reader)
    except ImportFailed:
        raise
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise ImportFailed(
            _(
                "{name} is damaged or not a PDF. Open it in a PDF viewer and save or print it as"
                " a new PDF, or copy its text and paste it."
            ).format(name=name)
        ) from exc
    if not pages:
        raise ImportFailed(
            _(
                "{name} has no pages. Open it in a PDF viewer to check it, or copy its text and"
                " paste it."
            ).format(name=name)
        )
    if not any(line.text.strip() for page in pages for line in page):
        raise ImportFailed(
            _(
                "{name} holds no text, only images: it is probably a scan. Run it through OCR"
                " (text recognition, e.g. OCRmyPDF) first and import the result."
            ).format(name=name)
        )
    return TextDocument(
        textfile.finish(_paragraphs(_drop_running_heads(pages)), name),
        origin=name,
        format="pdf",
        title=meta.get("title", ""),
        url=url,
        author=meta.get("author", ""),
        meta=meta,
    )


def _unlock(reader: PdfReader, name: str) -> None:
    if not reader.is_encrypted:
        return
    try:
        unlocked = reader.decrypt("") != PasswordType.NOT_DECRYPTED
    except Exception as exc:  # e.g. AES without a cryptography library
        raise ImportFailed(
            _(
                "{name} is encrypted in a way briefer cannot open. Save an unprotected copy and"
                " import that."
            ).format(name=name)
        ) from exc
    if not unlocked:
        raise ImportFailed(
            _(
                "{name} is password-protected. Open it with its password, save an unprotected"
                " copy and import that."
            ).format(name=name)
        )


def _read_pages(reader: PdfReader, name: str) -> list[list[_Line]]:
    pages: list[list[_Line]] = []
    chars = 0
    for page in reader.pages:
        pages.append(_page_lines(page))
        chars += sum(len(line.text) for line in pages[-1])
        textfile.check_length(chars, name)
    return pages


def _page_lines(page: PageObject) -> list[_Line]:
    """Return the page's lines in content order."""
    collector = _LineCollector()
    page.extract_text(visitor_text=collector.visit)
    collector.close()
    return collector.lines


class _LineCollector:
    """Collects the pieces of text pypdf reports into lines placed where their text starts."""

    def __init__(self) -> None:
        self.lines: list[_Line] = []
        self._parts: list[str] = []
        self._start: tuple[float, float | None, float | None] | None = None

    def visit(
        self, text: str, cm: Sequence[float], tm: Sequence[float], font: object, size: float
    ) -> None:
        """Take one piece of text shown with the given matrices and font size."""
        for index, piece in enumerate(text.split("\n")):
            if index:
                self.close()
            if piece.strip() and self._start is None:
                scaled = abs(size * tm[3] * cm[3])
                if index == 0:
                    x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                    y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                    self._start = (scaled, x, y)
                else:  # pypdf places only the first line of a piece, at the text matrix
                    self._start = (scaled, None, None)
            self._parts.append(piece)

    def close(self) -> None:
        """End the current line."""
        text = textfile.clean(textfile.normalise("".join(self._parts)))
        if text and self._start is not None:
            self.lines.append(_Line(text, *self._start))
        self._parts.clear()
        self._start = None


def _drop_running_heads(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Drop page numbers, and lines repeated at the same place at the top or bottom of pages."""
    edges = [_edge_lines(page) for page in pages]
    counts = Counter(key for edge in edges for key in {_place(line) for line in edge})
    repeated = {key for key, count in counts.items() if count >= 2 and 2 * count >= len(pages)}
    return [
        [
            line
            for line in page
            if not (
                any(line is edge_line for edge_line in edge)
                and (_PAGE_NUMBER.fullmatch(line.text) or _place(line) in repeated)
            )
        ]
        for page, edge in zip(pages, edges, strict=True)
    ]


def _edge_lines(page: list[_Line]) -> list[_Line]:
    placed = sorted((line for line in page if line.y is not None), key=lambda line: line.y or 0.0)
    if len(placed) <= 2 * _EDGE_LINES:
        return placed
    return placed[:_EDGE_LINES] + placed[-_EDGE_LINES:]


def _place(line: _Line) -> tuple[str, int]:
    """Return what a running head keeps from page to page: its words and height, not numbers."""
    return re.sub(r"\d+", "#", line.text.casefold()), round(line.y or 0.0)


@dataclass(frozen=True)
class _PageShape:
    spacing: float  # usual baseline distance, in font sizes
    longest: int  # characters in the page's longest line
    margin: float | None  # where most lines start


def _paragraphs(pages: list[list[_Line]]) -> list[str]:
    spacing = _line_spacing(pages)
    paragraphs: list[str] = []
    for page in pages:
        starts = Counter(round(line.x) for line in page if line.x is not None)
        shape = _PageShape(
            spacing,
            longest=max((len(line.text) for line in page), default=0),
            margin=starts.most_common(1)[0][0] if starts else None,
        )
        for index, line in enumerate(page):
            if index:
                continues = not _breaks(page[index - 1], line, shape)
            else:
                continues = bool(paragraphs) and _runs_over_page(paragraphs[-1], line.text)
            if continues:
                paragraphs[-1] = textfile.join_lines(paragraphs[-1], line.text)
            else:
                paragraphs.append(line.text)
    return paragraphs


def _line_spacing(pages: list[list[_Line]]) -> float:
    """Return the usual baseline distance as a multiple of the font size.

    That is the smallest spacing found at least twice, as gaps between paragraphs are wider.
    """
    ratios = Counter(
        round((above.y - below.y) / below.size, 1)
        for page in pages
        for above, below in itertools.pairwise(page)
        if above.y is not None and below.y is not None and below.size > 0 and above.y > below.y
    )
    # Closer than 0.8 font sizes are superscripts or overprinting, not lines of text.
    plausible = {ratio: count for ratio, count in ratios.items() if ratio >= 0.8}
    recurring = [ratio for ratio, count in plausible.items() if count >= 2]
    return min(recurring or plausible or [1.2])


def _breaks(above: _Line, below: _Line, page: _PageShape) -> bool:
    """Tell whether below starts a new paragraph.

    It does after a wide gap, at a new font size, at a bullet, where it is indented from the
    margin (unless above starts with a bullet: that is a hanging indent), and after a short line
    ending a sentence.
    """
    if abs(above.size - below.size) > _SIZE_CHANGE * max(above.size, below.size):
        return True
    if above.y is not None and below.y is not None:
        gap = above.y - below.y
        if gap <= 0 or gap > _GAP_FACTOR * page.spacing * max(below.size, 1.0):
            return True
    if _BULLET.match(below.text):
        return True
    if (
        page.margin is not None
        and above.x is not None
        and below.x is not None
        and abs(above.x - page.margin) < 1
        and below.x - page.margin > _INDENT_FACTOR * below.size
        and not _BULLET.match(above.text)
    ):
        return True
    return len(above.text) < _SHORT_LINE * page.longest and bool(_SENTENCE_END.search(above.text))


def _runs_over_page(paragraph: str, first_line: str) -> bool:
    return not _SENTENCE_END.search(paragraph) and first_line[:1].islower()


def _document_info(reader: PdfReader) -> dict[str, str]:
    try:
        info = reader.metadata
        if info is None:
            return {}
        created = info.creation_date
        found = {
            "title": info.title,
            "author": info.author,
            "subject": info.subject,
            "created": created.isoformat() if created else "",
        }
    except Exception:  # a damaged /Info dictionary is no reason to refuse the text
        return {}
    return {
        key: textfile.clean(textfile.normalise(value))
        for key, value in found.items()
        if isinstance(value, str) and value.strip()
    }
