"""The fonts briefer embeds, and splitting text into runs each font can draw."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from briefer import paths
from briefer.errors import RenderError

_FACES = {
    "Regular": (False, False),
    "Bold": (True, False),
    "Italic": (False, True),
    "BoldItalic": (True, True),
}
_FAMILIES = {"Noto Serif": "NotoSerif", "Noto Sans": "NotoSans"}
FALLBACK = "IPAexGothic"
# Ideographs and kana may break a line between any two characters.
CJK = re.compile(
    r"[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff\uff00-\uffef]"
)


def face(family: str, bold: bool = False, italic: bool = False) -> str:
    """Return the font name for a family ("Noto Serif") and a face.

    The font is loaded only when first measured or drawn (`ensure`): each face costs a
    megabyte of memory, and most documents use few of them.
    """
    stem = _FAMILIES[family]
    suffix = next(name for name, flags in _FACES.items() if flags == (bold, italic))
    return stem if suffix == "Regular" else f"{stem}-{suffix}"


def fallback() -> str:
    """Return the font for characters the Latin families lack (Japanese)."""
    return ensure(FALLBACK)


@functools.cache
def ensure(name: str) -> str:
    """Load and register the font called name (once); return the name."""
    filename = (
        "IPAexGothic.ttf"
        if name == FALLBACK
        else (f"{name}.ttf" if "-" in name else f"{name}-Regular.ttf")
    )
    path = paths.resources_dir() / "fonts" / filename
    try:
        pdfmetrics.registerFont(TTFont(name, str(path)))
    except (OSError, TTFError) as error:
        raise RenderError(
            f"The font {filename} cannot be loaded ({error}); reinstall briefer"
        ) from None
    return name


@functools.cache
def _coverage(name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(ensure(name))
    return frozenset(font.face.charToGlyph)


def split_by_coverage(text: str, name: str) -> Iterator[tuple[str, str]]:
    """Yield (text, font) pieces: the font where it has the glyphs, the fallback elsewhere.

    A character neither font has stays with the main font (it will show as a missing glyph,
    which tests look for), rather than vanishing.
    """
    if covers(text, name):
        yield text, name
        return
    covered = _coverage(name)
    other = fallback()
    spare = _coverage(other)
    start = 0
    current = name
    for index, char in enumerate(text):
        code = ord(char)
        wanted = name if code in covered or code not in spare or char.isspace() else other
        if wanted != current and index > start:
            yield text[start:index], current
            start = index
        current = wanted
    yield text[start:], current


def width(text: str, name: str, size: float) -> float:
    """Return the width of text in a font at a size."""
    return measurer(name, size)(text)


@functools.cache
def measurer(name: str, size: float) -> Callable[[str], float]:
    """Return a function that measures text in one font and size, remembering every word:
    words repeat a great deal, and measuring a TrueType string is slow."""
    known: dict[str, float] = {}
    string_width = pdfmetrics.getFont(ensure(name)).stringWidth

    def measure(text: str) -> float:
        found = known.get(text)
        if found is None:
            found = known[text] = string_width(text, size)
        return found

    return measure


def covers(text: str, name: str) -> bool:
    """Return whether the font has a glyph for every character of text."""
    return text.isascii() or _uncovered(name).search(text) is None


@functools.cache
def _uncovered(name: str) -> re.Pattern[str]:
    """Return a pattern matching any character the font has no glyph for."""
    ranges: list[str] = []
    codes = sorted(c for c in _coverage(name) if c > 32)
    start = previous = codes[0]
    for code in [*codes[1:], -1]:
        if code != previous + 1:
            ranges.append(
                re.escape(chr(start)) + (f"-{re.escape(chr(previous))}" if previous > start else "")
            )
            start = code
        previous = code
    return re.compile(f"[^\\s{''.join(ranges)}]")


def missing_glyphs(text: str, name: str) -> str:
    """Return the characters of text that neither the font nor the fallback can draw."""
    covered = _coverage(name) | _coverage(fallback())
    return "".join(sorted({c for c in text if ord(c) not in covered and not c.isspace()}))
