"""Which template style draws each role of the document model: one table for every renderer."""

from __future__ import annotations

from briefer.render.document import ListRole, ParagraphRole
from briefer.render.template import StyleRole

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
