"""How often the press-release parser gets each part of a release right.

Usage: python benchmarks/parser_accuracy.py [--wrong]

First the real corpus (tests/data/corpus): the measures of issue 12 on the tuning set (the
parser was fixed by looking at these) and on the held-out set (publishers never tuned on,
only measured), and the parse speed on all of them. Then the written corpus
(tests/data/written) in each file format, and the releases the CLI tests use
(tests/data/releases), field by field. --wrong lists the tuning releases behind each miss
(never the held-out ones: looking at those would be tuning on them).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.parse_throughput import forget_parsed  # noqa: E402
from tests.importers.corpus import entries  # noqa: E402
from tests.importers.measures import measure  # noqa: E402
from tests.importers.scoring import score  # noqa: E402

from briefer.importers.pressrelease import parse_release  # noqa: E402
from briefer.importers.readers import read_file  # noqa: E402


def _speed(paths: list[Path], rounds: int = 5) -> float:
    """Return the median releases parsed a second (files read beforehand), each round on
    text the parser's caches have not seen."""
    documents = [read_file(path) for path in paths]
    samples = []
    for _ in range(rounds):
        forget_parsed()
        started = time.perf_counter()
        for document in documents:
            parse_release(document)
        samples.append(len(documents) / (time.perf_counter() - started))
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wrong", action="store_true", help="list the tuning releases missed")
    wrong = parser.parse_args().wrong
    tuning, heldout = entries("tuning"), entries("heldout")
    measured = {"tuning": measure(tuning), "held-out": measure(heldout)}
    sizes = [f"{len(g)} ({len({e.publisher for e in g})})" for g in (tuning, heldout)]
    print(f"{'real corpus':<26}{'tuning':>22}{'held-out':>22}")
    print(f"{'releases (publishers)':<26}{sizes[0]:>22}{sizes[1]:>22}")
    lines = {name: m.lines() for name, m in measured.items()}
    for left, right in zip(lines["tuning"], lines["held-out"], strict=True):
        label = left[:26]
        print(f"{label}{left[26:].split(' (tp')[0]:>22}{right[26:].split(' (tp')[0]:>22}")
    speed = _speed([e.text_path for e in tuning + heldout])
    print(f"{'parse speed':<26}{f'{speed:.0f} releases/s':>44}")
    if wrong:
        for kind, names in measured["tuning"].wrong.items():
            print(f"\ntuning, {kind}: {len(names)}")
            for name in names:
                print(f"    {name}")
    print()
    for name in ("releases", "written"):
        for suffix in (".txt", ".html", ".docx", ".pdf"):
            releases, perfect, fields_right, _, total = score(ROOT / "tests/data" / name, suffix)
            if releases:
                print(
                    f"{name}{suffix}: {releases} releases, {perfect} entirely right; "
                    f"{fields_right}/{sum(total.values())} fields "
                    f"({100 * fields_right / sum(total.values()):.0f} %)"
                )


if __name__ == "__main__":
    main()
