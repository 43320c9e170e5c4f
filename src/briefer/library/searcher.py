"""Searches of a library run from worker threads over one connection kept open."""

from __future__ import annotations

import threading
from pathlib import Path

from briefer.errors import LibraryError
from briefer.library.query import SearchQuery
from briefer.library.store import Library


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

    def search_ids(self, query: SearchQuery) -> list[int]:
        with self._lock:
            if self._closed:
                raise LibraryError("The library was closed before the search could run.")
            if self._library is None:
                self._library = Library(self.path, any_thread=True)
            return self._library.search_ids(query)

    def close(self) -> None:
        """Close the connection once a running search is done; later searches are refused."""
        with self._lock:
            self._closed = True
            if self._library is not None:
                self._library.close()
                self._library = None
