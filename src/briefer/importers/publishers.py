"""Publishers: the one a release names at its top, in its headline or in its footer."""

from __future__ import annotations

import functools
import re

# Offices that issue releases: how they name themselves, and their country.
PUBLISHERS: dict[str, str] = {
    "Federal Foreign Office": "Germany",
    "Auswärtiges Amt": "Germany",
    "Federal Ministry of Defence": "Germany",
    "Bundesministerium der Verteidigung": "Germany",
    "Federal Government": "Germany",
    "Press and Information Office of the Federal Government": "Germany",
    "Presse- und Informationsamt der Bundesregierung": "Germany",
    "Die Bundesregierung": "Germany",
    "Bundesregierung": "Germany",
    "Ministry of Foreign Affairs of Japan": "Japan",
    "Ministry of Defense of Japan": "Japan",
    "Prime Minister's Office of Japan": "Japan",
    "U.S. Department of State": "United States",
    "US Department of State": "United States",
    "Department of State": "United States",
    "U.S. Department of Defense": "United States",
    "The White House": "United States",
    "Foreign, Commonwealth & Development Office": "United Kingdom",
    "Foreign, Commonwealth and Development Office": "United Kingdom",
    "Ministry of Defence": "United Kingdom",
    "Prime Minister's Office, 10 Downing Street": "United Kingdom",
    "European External Action Service": "European Union",
    "Council of the European Union": "European Union",
    "European Commission": "European Union",
    "NATO": "NATO",
    "North Atlantic Treaty Organization": "NATO",
    "Global Affairs Canada": "Canada",
    "Department of National Defence": "Canada",
    "Department of Foreign Affairs and Trade": "Australia",
    "Ministry of External Affairs": "India",
    "Ministère de l'Europe et des Affaires étrangères": "France",
    "Ministry for Europe and Foreign Affairs": "France",
}

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
