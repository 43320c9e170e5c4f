"""The library of records: a SQLite store with full-text search and facets."""

from briefer.library.query import Facets, Hit, SearchQuery
from briefer.library.sample import open_library
from briefer.library.searcher import Searcher
from briefer.library.store import Library, Stats

__all__ = ["Facets", "Hit", "Library", "SearchQuery", "Searcher", "Stats", "open_library"]
