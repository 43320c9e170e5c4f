"""The month names' pattern is the same text in every process: it is built from a set, whose
order follows each process's hash seed."""

from __future__ import annotations

import os
import subprocess
import sys


def test_the_month_pattern_does_not_change_with_the_hash_seed() -> None:
    script = "from briefer.importers.monthnames import MONTH_PATTERN; print(MONTH_PATTERN)"
    patterns = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(patterns) == 1
    (pattern,) = patterns
    assert "SEPTEMBER|SEPTEMBRE|September" in pattern and "|mars|" in pattern
