"""How often the press-release parser gets each part of a release right.

Usage: python benchmarks/parser_accuracy.py [--wrong] [--misses]

First the real corpus (tests/data/corpus): the measures of issue 12 on the tuning set (the
parser was fixed by looking at these) and on each batch of the held-out set (publishers never
tuned on, only measured; each batch was collected and annotated blind after the tuning before
it, the last one is the fresh measure), and the parse speed on all of them. Then the written corpus
(tests/data/written) in each file format, and the releases the CLI tests use
(tests/data/releases), field by field. --wrong lists the tuning releases behind each miss
(never the held-out ones: looking at those would be tuning on them). --misses counts, per
set, how the statements were missed (not found at all, words cut, speaker wrong): on a
held-out set it says where statements are lost while nobody reads its texts.
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
from tests.importers.measures import MISSES, Measures, measure  # noqa: E402
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


def _print_misses(measured: dict[str, Measures]) -> None:
    """Print, per set, how many expected statements were missed in each way."""
    print("\nstatements missed, by how")
    for how in MISSES:
        counts = (str(m.misses[how]) for m in measured.values())
        print(f"{how:<30}" + "".join(f"{count:>20}" for count in counts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wrong", action="store_true", help="list the tuning releases missed")
    parser.add_argument("--misses", action="store_true", help="count how statements were missed")
    args = parser.parse_args()
    tuning, heldout = entries("tuning"), entries("heldout")
    sets = {"tuning": tuning}
    for batch in sorted({e.batch for e in heldout}):
        sets[f"held-out {batch}"] = [e for e in heldout if e.batch == batch]
    measured = {name: measure(group) for name, group in sets.items()}
    print(f"{'real corpus':<26}" + "".join(f"{name:>20}" for name in sets))
    sizes = [f"{len(g)} ({len({e.publisher for e in g})})" for g in sets.values()]
    print(f"{'releases (publishers)':<26}" + "".join(f"{size:>20}" for size in sizes))
    columns = [m.lines() for m in measured.values()]
    for row in zip(*columns, strict=True):
        values = (line[26:].split(" (tp")[0] for line in row)
        print(row[0][:26] + "".join(f"{value:>20}" for value in values))
    speed = _speed([e.text_path for e in tuning + heldout])
    print(f"{'parse speed':<26}{f'{speed:.0f} releases/s':>{20 * len(sets)}}")
    if args.misses:
        _print_misses(measured)
    if args.wrong:
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
