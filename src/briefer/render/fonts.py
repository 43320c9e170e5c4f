"""The fonts briefer embeds, and splitting text into runs each font can draw."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts

from briefer import paths
from briefer.errors import RenderError
from briefer.i18n import _
from briefer.render import fontcache

_FACES = {
    "Regular": (False, False),
    "Bold": (True, False),
    "Italic": (False, True),
    "BoldItalic": (True, True),
}
_FAMILIES = {"Noto Serif": "NotoSerif", "Noto Sans": "NotoSans"}
# Fonts with no "-Regular" file name, and the one that stands in for characters no font has.
_FILES = {
    "IPAexGothic": "IPAexGothic.ttf",
    "NanumGothic": "NanumGothic.ttf",
    "DroidSansFallback": "DroidSansFallbackFull.ttf",
    "MissingGlyph": "NotoSans-Regular.ttf",
}
MISSING = "MissingGlyph"
# The language a fallback font's characters are taken to be in, for a tagged PDF: the font
# was chosen by script, and kanji are drawn in their Japanese forms.
LANGUAGES = {
    "IPAexGothic": "ja",
    "NanumGothic": "ko",
    "DroidSansFallback": "zh",
    "NotoSansGeorgian": "ka",
    "NotoSerifGeorgian": "ka",
    "NotoSansArmenian": "hy",
    "NotoSerifArmenian": "hy",
}
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


def fallbacks(name: str) -> tuple[str, ...]:
    """Return the fonts tried, in order, for characters the font called name lacks.

    IPAexGothic comes first so that kanji take their Japanese forms; NanumGothic adds Hangul
    (and hanja), Droid Sans Fallback the Chinese characters neither has, and Noto the
    Georgian and Armenian alphabets in the family's own style. None of them has a bold face.
    """
    style = "NotoSerif" if name.startswith("NotoSerif") else "NotoSans"
    return (
        "IPAexGothic",
        "NanumGothic",
        "DroidSansFallback",
        f"{style}Georgian",
        f"{style}Armenian",
    )


def font_file(name: str) -> Path:
    """Return the bundled file of the font called name ("NotoSerif-Bold", "IPAexGothic")."""
    filename = _FILES.get(name) or (f"{name}.ttf" if "-" in name else f"{name}-Regular.ttf")
    return paths.resources_dir() / "fonts" / filename


@functools.cache
def ensure(name: str) -> str:
    """Load and register the font called name (once); return the name."""
    path = font_file(name)
    try:
        font = fontcache.font(name, path)
    except (OSError, ttfonts.TTFError) as error:
        raise RenderError(
            _("The font {name} cannot be loaded ({error}); reinstall briefer").format(
                name=path.name, error=error
            )
        ) from None
    if name == MISSING:
        font.face.charToGlyph = _EveryCharacterMissing()
        # ReportLab hands out the first font registered with a face name for any other
        font.face.name = ttfonts.TTFNameBytes(b"MissingGlyph")
    pdfmetrics.registerFont(font)
    return name


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """Return ReportLab's ToUnicode map of a font subset, with characters beyond U+FFFF
    written as UTF-16 surrogate pairs (ReportLab writes U+1F600 as five digits, which PDF
    readers take as U+1F60: the character would leave the text layer)."""
    lines = _reportlab_cmap(fontname, subset).split("\n")
    start = f"{len(subset)} beginbfchar"
    if start not in lines:  # a ReportLab that writes its maps otherwise: leave them be
        return "\n".join(lines)
    first = lines.index(start) + 1
    lines[first : first + len(subset)] = [
        f"<{index:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
        for index, code in enumerate(subset)
    ]
    return "\n".join(lines)


_reportlab_cmap = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap


class _EveryCharacterMissing(dict[int, int]):
    """A character map that draws every character as the missing-glyph box (glyph 0), so
    that a character no font has is still written, and kept in the text layer."""

    def __contains__(self, code: object) -> bool:
        return True

    def __missing__(self, code: int) -> int:
        return 0


@functools.cache
def _coverage(name: str) -> frozenset[int]:
    font = pdfmetrics.getFont(ensure(name))
    return frozenset(font.face.charToGlyph)


@functools.cache
def font_for(code: int, name: str) -> str:
    """Return the font that draws the character with code point code: the font called name
    if it can, else the first fallback that can, else MISSING."""
    if code in _coverage(name):
        return name
    for other in fallbacks(name):
        if code in _coverage(other):
            return other
    return MISSING


def split_by_coverage(text: str, name: str) -> Iterator[tuple[str, str]]:
    """Yield (text, font) pieces: the font where it has the glyphs, a fallback elsewhere."""
    if covers(text, name):
        yield text, name
        return
    yield from group(text, assign(text, name))


def assign(text: str, name: str) -> list[str]:
    """Return the font for each character of text: the font called name where it has the
    glyph, else a fallback, else MISSING (the character prints as a box and stays in the text
    layer, rather than vanishing).

    The characters between two spaces or characters the font has take one fallback if one
    can draw them all: a Chinese name is not set half in Japanese forms.
    """
    chosen = [name] * len(text)
    covered = _coverage(name)
    start = None
    for index, char in enumerate([*text, " "]):
        if ord(char) not in covered and not char.isspace():
            start = index if start is None else start
            continue
        if start is not None:
            chosen[start:index] = _fallback_for(text[start:index], name)
            start = None
    return chosen


def _fallback_for(text: str, name: str) -> list[str]:
    codes = {ord(char) for char in text}
    for other in fallbacks(name):
        if codes <= _coverage(other):
            return [other] * len(text)
    return [font_for(ord(char), name) for char in text]


def group(text: str, chosen: list[str]) -> Iterator[tuple[str, str]]:
    """Yield (text, font) pieces of text, a font for each character given."""
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or chosen[index] != chosen[start]:
            yield text[start:index], chosen[start]
            start = index


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
    """Return the characters of text (once each, in order) that neither the font nor a
    fallback can draw."""
    if covers(text, name):
        return ""
    return "".join(
        char
        for char in dict.fromkeys(text)
        if not char.isspace() and font_for(ord(char), name) == MISSING
    )
