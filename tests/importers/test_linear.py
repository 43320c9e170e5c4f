"""The parser takes time in proportion to the text: a 1 MB release parses in seconds.

The time is the process's CPU time, not the wall clock: on a machine shared with other work
(two cores, the test suite on both) the wall clock measures the neighbours too, and a
quadratic parser would still take minutes of CPU here. A second text is parsed only when the
first ran over the limit: a busy machine's caches and a collector full of the suite's objects
add CPU time, a quadratic parser fails both. benchmarks/parse_dense.py measures the curve by
the wall clock, on a quiet machine."""

from __future__ import annotations

import time

import pytest

from briefer.importers.pressrelease import parse_release
from tests.importers.dense import DENSE, dense_release

MEGABYTE = 1_000_000


@pytest.mark.parametrize("kind", sorted(DENSE))
def test_a_megabyte_of_dense_text_parses_in_under_five_seconds(kind: str) -> None:
    times = []
    for seed in range(2):  # a second text only when the first ran over: noise only adds time
        release = dense_release(kind, MEGABYTE, seed=seed)
        started = time.process_time()
        draft = parse_release(release)
        times.append(time.process_time() - started)
        assert draft.source.title == "Ministers meet in Berlin"
        if times[-1] < 5.0:
            break
    assert min(times) < 5.0, f"{kind}: {min(times):.1f} s for 1 MB"
