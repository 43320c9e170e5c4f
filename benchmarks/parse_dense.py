"""How parse time grows with a release's length: quote-, name- and date-dense text.

Usage: python benchmarks/parse_dense.py [--rounds 3]
Prints, per kind, the median time for 125 kB to 1 MB (the target: 1 MB under 5 s on a quiet
machine) and the time per kB; for a parser linear in the text the time per kB stays flat (the
last column, 1 MB over 125 kB, near 8).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.importers.dense import DENSE, dense_release

from briefer.importers.pressrelease import parse_release

SIZES = (125_000, 250_000, 500_000, 1_000_000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    print(f"{'kind':<12}" + "".join(f"{size // 1000:>9} kB" for size in SIZES) + "   1 MB/125 kB")
    for kind in sorted(DENSE):
        times = []
        for size in SIZES:
            samples = []
            for round_ in range(rounds):
                release = dense_release(kind, size, seed=round_)  # a new text: no cache hits
                started = time.perf_counter()
                parse_release(release)
                samples.append(time.perf_counter() - started)
            times.append(statistics.median(samples))
        cells = "".join(f"{t:>10.2f} s" for t in times)
        print(f"{kind:<12}{cells}   {times[-1] / times[0]:>6.1f}×")


if __name__ == "__main__":
    main()
