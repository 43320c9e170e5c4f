"""How many press releases briefer reads and parses per second.

Usage: python benchmarks/parse_throughput.py [--rounds 7] [FILES...]
Without files it uses the seed release and the test corpus (tests/data/releases/*.txt).
Reports the median of the rounds for parsing alone and for reading plus parsing. The
parser's caches are cleared before each round, so every round parses text it has not seen, as
a user's next import does.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from briefer import paths
from briefer.importers.pressrelease import parse_release
from briefer.importers.readers import read_file

ROOT = Path(__file__).resolve().parents[1]


def forget_parsed() -> None:
    """Clear the parser's caches (people named in a text, by text), which would otherwise
    serve a second round the answers of the first."""
    for name, module in list(sys.modules.items()):
        if name.startswith("briefer.importers."):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    files = args.files or [
        paths.sample_dir() / "federal-foreign-office-2021-04-13.txt",
        *sorted((ROOT / "tests/data/releases").glob("*.txt")),
    ]
    documents = [read_file(path) for path in files]
    parse_rates, read_rates = [], []
    for _ in range(args.rounds):
        forget_parsed()
        start = time.perf_counter()
        for document in documents:
            parse_release(document)
        parse_rates.append(len(documents) / (time.perf_counter() - start))
        forget_parsed()
        start = time.perf_counter()
        for path in files:
            parse_release(read_file(path))
        read_rates.append(len(files) / (time.perf_counter() - start))
    words = sum(len(" ".join(d.paragraphs).split()) for d in documents)
    print(
        f"{len(files)} releases, {words / len(files):.0f} words each on average, "
        f"{args.rounds} rounds (median)"
    )
    print(f"parse only:      {statistics.median(parse_rates):8.0f} releases/s")
    print(f"read and parse:  {statistics.median(read_rates):8.0f} releases/s")


if __name__ == "__main__":
    main()
