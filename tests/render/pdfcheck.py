"""Reading back the PDFs briefer writes, as a user's tools would see them."""

from __future__ import annotations

import html
import itertools
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pypdf


@dataclass
class Reading:
    pages: list[str]
    outline: list[tuple[int, str, int]]  # level, title, page (1-based)
    reader: pypdf.PdfReader

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    def flat(self) -> str:
        """All text with line breaks and runs of spaces as single spaces."""
        return " ".join(self.text.split())


def read(path: Path) -> Reading:
    reader = pypdf.PdfReader(str(path))
    outline: list[tuple[int, str, int]] = []

    def walk(items: list, level: int) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                outline.append((level, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return Reading([page.extract_text() for page in reader.pages], outline, reader)


def fonts(path: Path) -> list[tuple[str, bool]]:
    """Return (font name, embedded) for every font pdffonts lists."""
    out = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    rows = []
    for line in out:
        parts = line.split()
        # name type [type2] encoding emb sub uni object ID: emb is the 5th field from the end
        rows.append((parts[0], parts[-5] == "yes"))
    return rows


def qpdf_ok(path: Path) -> bool:
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    return result.returncode == 0 and "No syntax or stream encoding errors" in result.stdout


def toc_numbers(page_text: str) -> dict[str, int]:
    """Return {heading label: printed page} from a contents page's text."""
    numbers: dict[str, int] = {}
    lines = [line.strip() for line in page_text.splitlines() if line.strip()]
    for label, number in itertools.pairwise(lines):
        if re.fullmatch(r"\d+", number) and not re.fullmatch(r"\d+", label):
            numbers[label] = int(number)
    return numbers


@dataclass(frozen=True)
class Word:
    """A word as poppler places it: its box in points from the page's top left corner."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    def ink(self) -> tuple[float, float]:
        """Return the top and bottom of the word's capitals and x-height: poppler's box runs
        from the font's ascent to its descent, which neighbouring lines share."""
        height = self.y1 - self.y0
        return self.y0 + 0.26 * height, self.y1 - 0.215 * height

    def overlaps(self, other: Word) -> bool:
        top, bottom = self.ink()
        other_top, other_bottom = other.ink()
        return (
            self.x0 < other.x1 - 0.5
            and other.x0 < self.x1 - 0.5
            and top < other_bottom
            and other_top < bottom
        )


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    words: list[Word]


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def words(path: Path) -> list[Page]:
    """Return every page's words with their boxes (pdftotext -bbox)."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for width, height, body in _PAGE.findall(out):
        found = [
            Word(html.unescape(text), float(a), float(b), float(c), float(d))
            for a, b, c, d, text in _WORD.findall(body)
        ]
        pages.append(Page(float(width), float(height), found))
    return pages


def overlapping(page: Page) -> list[tuple[Word, Word]]:
    """Return the pairs of words on a page whose boxes overlap."""
    return [(a, b) for a, b in itertools.combinations(page.words, 2) if a.overlaps(b)]
