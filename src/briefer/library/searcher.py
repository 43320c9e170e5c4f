"""Searches of a library run from worker threads over one connection kept open."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from briefer.errors import LibraryError
from briefer.i18n import _
from briefer.library.query import FACET_NAMES, Found, SearchQuery, filters_in_use
from briefer.library.store import Library


def find(library: Library, query: SearchQuery) -> Found:
    """Return the query's hits with facet counts that follow it.

    Each facet is counted among the records the rest of the query matches, so a chosen
    value still shows its alternatives; with no filter in use that is one count.
    """
    ids = library.search_ids(query)
    filters = filters_in_use(query)
    if not filters:
        return Found(ids, library.facets(query))
    groups: dict[str, Any] = {}
    for name in FACET_NAMES:
        if getattr(query, name) is not None:
            without: dict[str, Any] = {name: None}
            groups[name] = getattr(library.facets(replace(query, **without)), name)
    facets = replace(library.facets(query), **groups)
    text_only = sum(count for _kind, count in library.facets(SearchQuery(query.text)).kind)
    return Found(ids, facets, filters, text_only - len(ids))


class Searcher:
    """Runs one search at a time, from any thread, over a connection of its own.

    The connection stays open between searches: its warm page cache makes a search as you type
    several times faster than opening the library for each keystroke. WAL lets it read while
    another connection writes; a search sees the library as of its start.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._library: Library | None = None
        self._closed = False

    def find(self, query: SearchQuery) -> Found:
        """Return the hits and facet counts of a search (see `find`)."""
        with self._lock:
            return find(self._open(), query)

    def _open(self) -> Library:
        if self._closed:
            raise LibraryError(_("The library was closed before the search could run."))
        if self._library is None:
            self._library = Library(self.path, any_thread=True)
        return self._library

    def close(self) -> None:
        """Close the connection once a running search is done; later searches are refused."""
        with self._lock:
            self._closed = True
            if self._library is not None:
                self._library.close()
                self._library = None
