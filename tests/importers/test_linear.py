"""The parser takes time in proportion to the text: a 1 MB release parses in seconds.

The time is the process's CPU time, not the wall clock: on a machine shared with other work
(two cores, the test suite on both) the wall clock measures the neighbours too, and a
quadratic parser would still take minutes of CPU here. benchmarks/parse_dense.py measures the
curve by the wall clock, on a quiet machine."""

from __future__ import annotations

import time

import pytest

from briefer.importers.pressrelease import parse_release
from tests.importers.dense import DENSE, dense_release

MEGABYTE = 1_000_000


@pytest.mark.parametrize("kind", sorted(DENSE))
def test_a_megabyte_of_dense_text_parses_in_under_five_seconds(kind: str) -> None:
    release = dense_release(kind, MEGABYTE)
    started = time.process_time()
    draft = parse_release(release)
    elapsed = time.process_time() - started
    assert draft.source.title == "Ministers meet in Berlin"
    assert elapsed < 5.0, f"{kind}: {elapsed:.1f} s for 1 MB"
