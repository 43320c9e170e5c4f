"""Which template style draws each role of the document model: one table for every renderer."""

from __future__ import annotations

from briefer.render.document import ListItem, ListRole, ParagraphRole
from briefer.render.template import Style, StyleRole

PARAGRAPH_STYLES: dict[ParagraphRole, StyleRole] = {
    "body": "body",
    "lead-in": "h3",  # looks like a minor heading, but is not one: not in contents or outline
    "note": "note",
    "source": "source",
}
LIST_STYLES: dict[ListRole, StyleRole] = {
    "bullets": "bullet",
    "topics": "bullet",
    "note": "note",
}
_HEADINGS: tuple[StyleRole, ...] = ("h1", "h2", "h3")
_CONTENTS: tuple[StyleRole, ...] = ("toc1", "toc2", "toc3")


def heading_style(level: int) -> StyleRole:
    """Return the style of a heading of level (1-based; deeper levels look like the third)."""
    return _HEADINGS[min(level, 3) - 1]


def contents_style(level: int) -> StyleRole:
    """Return the style of a contents line for a heading of level."""
    return _CONTENTS[min(level, 3) - 1]


BULLETS = ("•", "–", "•")  # a point's bullet by its level; topics have a dash
NUMBER_FORMATS = ("decimal", "lowerLetter", "lowerRoman")  # a numbered point's, by level
_SUB_POINT = 1.6  # ems a sub-point's text starts right of its point's
_MARK_ROOM = 1.3  # ems left of a point's text for its mark, where the style has no indent
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def list_mark(role: ListRole, item: ListItem) -> str:
    """Return the mark before a list item: its bullet, or its number by level ("1.",
    "a.", "i."), as Word's list numbering prints it."""
    if role == "topics":
        return "–"
    level = min(item.level, len(BULLETS) - 1)
    if not item.number:
        return BULLETS[level]
    if NUMBER_FORMATS[level] == "lowerLetter":
        return f"{_letters(item.number)}."
    if NUMBER_FORMATS[level] == "lowerRoman":
        return f"{_roman(item.number)}."
    return f"{item.number}."


def list_indent(style: Style, level: int) -> float:
    """Return where a list item's text starts, in points from the left edge of the text:
    at the style's indent (or, in a style without one, past room for the mark), and
    further in for each level below a point."""
    first = style.indent_left or _MARK_ROOM * style.size
    return first + level * _SUB_POINT * style.size


def _letters(number: int) -> str:
    """Return a number as Word counts in letters: a … z, aa … zz, aaa …"""
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def _roman(number: int) -> str:
    out = []
    for value, digits in _ROMAN:
        count, number = divmod(number, value)
        out.append(digits * count)
    return "".join(out)
