from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from briefer.errors import LibraryError
from briefer.library import Library, Searcher, SearchQuery
from tests.factories import statement


def test_searches_from_many_threads_share_one_connection_and_see_later_changes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "library.sqlite"
    with Library(path) as library:
        library.add(statement("Maritime security matters.", speaker="Anna Example"))
        searcher = Searcher(path)
        with ThreadPoolExecutor(4) as pool:
            found = list(pool.map(lambda _: searcher.find(SearchQuery("mari")).ids, range(40)))
        assert all(len(ids) == 1 for ids in found)

        library.add(statement("Maritime patrols continue.", speaker="Ben Example"))
        assert len(searcher.find(SearchQuery("mari")).ids) == 2
        searcher.close()
    with pytest.raises(LibraryError, match="closed"):
        searcher.find(SearchQuery("mari"))
