"""The library of records: a SQLite store with full-text search and facets."""

from briefer.library.query import Facets, Found, Hit, SearchQuery
from briefer.library.sample import open_library
from briefer.library.searcher import Searcher, find
from briefer.library.store import Library, Stats

__all__ = [
    "Facets",
    "Found",
    "Hit",
    "Library",
    "SearchQuery",
    "Searcher",
    "Stats",
    "find",
    "open_library",
]
