"""The written corpus, in text, HTML, .docx and PDF: a floor under the parser on every format.

tests/data/written/ was written without sight of the parser. Its first run got 2 of 20
releases entirely right; the faults it showed were fixed in general ways (see its README), so
it now guards against regressions rather than measuring unseen text: the real corpus in
tests/data/corpus/ does that (test_real_corpus.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.scoring import score

WRITTEN = Path(__file__).resolve().parents[1] / "data" / "written"


@pytest.mark.parametrize(
    ("suffix", "floor"), [(".txt", 0.93), (".html", 0.92), (".docx", 0.95), (".pdf", 0.75)]
)
def test_the_written_corpus_stays_above_its_floor(suffix: str, floor: float) -> None:
    releases, _, fields_right, _, total = score(WRITTEN, suffix)
    assert releases >= 3
    assert fields_right / sum(total.values()) >= floor
