"""Publishers: the one a release names at its top, in its headline or in its footer."""

from __future__ import annotations

import functools
import re

from briefer.importers.lexicon import (
    PUBLISHERS,
)

PUBLISHER_PATTERN = "|".join(sorted((re.escape(p) for p in PUBLISHERS), key=len, reverse=True))
FOOTER_LINES = 15


@functools.lru_cache(maxsize=4096)  # asked of the same lines by several passes
def known_publisher(text: str, whole: bool = False) -> str:
    """Return the publisher named at the start of text (or as the whole text), canonical."""
    match = (_PUBLISHER_WHOLE if whole else _PUBLISHER_FIRST).match(text)
    if not match:
        return ""
    return _CANONICAL[match.group(1).casefold()]


_CANONICAL = {name.casefold(): name for name in PUBLISHERS}
_PUBLISHER_FIRST = re.compile(rf"\s*(?:the\s+)?({PUBLISHER_PATTERN})\b", re.IGNORECASE)
_PUBLISHER_WHOLE = re.compile(rf"\s*(?:the\s+)?({PUBLISHER_PATTERN})\s*$", re.IGNORECASE)
_PUBLISHER_NAMED = re.compile(rf"\b({PUBLISHER_PATTERN})\b", re.IGNORECASE)
_PUBLISHER_WITH_CASE = re.compile(rf"\b({PUBLISHER_PATTERN})\b")


def named_in(text: str) -> str:
    """Return the first publisher named anywhere in text (a web page's header and footer)."""
    match = _PUBLISHER_NAMED.search(text)
    return _CANONICAL[match.group(1).casefold()] if match else ""


def footer_publisher(paragraphs: list[str]) -> str:
    """Return a publisher named in the page's last lines ("© 2025 Presse- und …")."""
    for paragraph in reversed(paragraphs[-FOOTER_LINES:]):
        if len(paragraph.split()) <= 16:
            match = _PUBLISHER_WITH_CASE.search(paragraph)
            if match:
                return _CANONICAL[match.group(1).casefold()]
    return ""
