"""What a search asks for, what it returns, and its translation to FTS5 syntax."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from briefer.library.folding import fold, has_cjk, tokens
from briefer.model.records import RecordKind

_TERM = re.compile(r'"([^"]*)"|(\S+)')


@dataclass(frozen=True)
class SearchQuery:
    """Free text plus facet filters; empty fields do not filter."""

    text: str = ""
    kind: RecordKind | None = None
    person: str | None = None
    country: str | None = None
    topic: str | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class Hit:
    """One search result, enough to show a row in a list."""

    id: int
    kind: RecordKind
    date: date | None
    title: str
    persons: tuple[str, ...]
    countries: tuple[str, ...]


@dataclass(frozen=True)
class Facets:
    """Counts of each facet value among the records a query matches."""

    kind: tuple[tuple[str, int], ...] = ()
    person: tuple[tuple[str, int], ...] = ()
    country: tuple[tuple[str, int], ...] = ()
    topic: tuple[tuple[str, int], ...] = ()
    date_min: date | None = None
    date_max: date | None = None


@dataclass(frozen=True)
class Found:
    """A search's hits, the facet counts beside them, and what the filters hide."""

    ids: list[int]
    facets: Facets
    filters: int = 0  # how many filters are in use (a date range counts once)
    hidden: int = 0  # records the text alone matches that the filters hide


FACET_NAMES = ("kind", "person", "country", "topic")


def filters_in_use(query: SearchQuery) -> int:
    """Return how many filters narrow the query beyond its text (a date range is one)."""
    facets = sum(getattr(query, name) is not None for name in FACET_NAMES)
    return facets + (query.date_from is not None or query.date_to is not None)


@dataclass(frozen=True)
class ParsedText:
    """A query's free text split into an FTS5 match expression and CJK substrings."""

    match: str | None
    substrings: tuple[str, ...] = field(default=())


def parse_text(text: str) -> ParsedText:
    """Turn what a user typed into a safe FTS5 expression: every word must match as a prefix.

    Quoted phrases stay phrases. Words in CJK scripts, which FTS5 does not split into words,
    become substrings matched with instr() instead.
    """
    phrases: list[str] = []
    substrings: list[str] = []
    for quoted, bare in _TERM.findall(text):
        folded = fold(quoted or bare)
        if has_cjk(folded):
            substrings.append(folded.strip())
            continue
        words = tokens(folded)
        if words:
            phrases.append('"' + " ".join(words) + '"*')
    return ParsedText(match=" AND ".join(phrases) or None, substrings=tuple(substrings))
