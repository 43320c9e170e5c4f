"""A library of 50,000 records, imported the way users import: releases parsed and stored one
transaction each. Reports the import time, the file's size, the latency of 100 searches
(median and worst: the ids in order plus the first screenful of rows, as the app shows them)
and the library panel's filter latency on it.

Usage: python benchmarks/library_load.py [--releases 16667]   (3 records each)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the made-up releases live with the reliability tests

from tests.reliability.releases import release  # noqa: E402

from briefer.importing import draft_pasted, store  # noqa: E402
from briefer.library import Library, SearchQuery  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
SCREENFUL = 50


def queries() -> list[SearchQuery]:
    """100 searches of the kinds users make: words, prefixes as typed, names, phrases,
    facets alone and with words, and words that are nowhere."""
    words = [
        "maritime",
        "ukraine",
        "export",
        "cyber",
        "climate",
        "partnership",
        "berlin",
        "commitment",
        "security",
        "energy",
    ]
    typed = [
        "m",
        "ma",
        "mar",
        "mari",
        "u",
        "uk",
        "ukr",
        "e",
        "ex",
        "exp",
        "c",
        "cy",
        "cl",
        "p",
        "pa",
        "par",
        "s",
        "se",
        "sec",
        "b",
    ]
    names = [
        "baerbock",
        "pistorius",
        "kamikawa",
        "marles",
        "maas",
        "payne",
        "joly",
        "wong",
        "annalena",
        "penny",
    ]
    phrases = [
        '"maritime security"',
        '"support for ukraine"',
        '"dual-use goods"',
        '"critical infrastructure"',
        '"energy security"',
        "maritime indo",
        "cyber infrastructure",
        "export dual",
        "climate energy",
        "ukraine berlin",
    ]
    misses = ["zanzibar", "quux", "nothing here", "xylophone", "qwerty"]
    found = [SearchQuery(text=t) for t in words + typed + names + phrases + misses]
    found += [
        SearchQuery(kind="consultation"),
        SearchQuery(kind="statement"),
        SearchQuery(country="Germany"),
        SearchQuery(country="Japan"),
        SearchQuery(person="Penny Wong"),
        SearchQuery(person="Boris Pistorius"),
        SearchQuery(date_from=date(2021, 1, 1), date_to=date(2021, 12, 31)),
        SearchQuery(date_from=date(2024, 6, 1)),
    ]
    found += [SearchQuery(text=w, kind="statement") for w in words]
    found += [SearchQuery(text=w, country="Australia") for w in words[:5]]
    found += [SearchQuery(text=t, date_from=date(2022, 1, 1)) for t in typed[:12]]
    found += [SearchQuery(text=n, kind="consultation") for n in names]
    return found


def describe(query: SearchQuery) -> str:
    return ", ".join(f"{k}={v}" for k, v in vars(query).items() if v)


def build(path: Path, releases: int) -> tuple[float, int]:
    """Import releases into a new library at path; return seconds and records stored."""
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    started = time.perf_counter()
    with Library(path) as library:
        for number in range(releases):
            store(library, draft_pasted(release(number)))
        count = len(library)
    return time.perf_counter() - started, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=16_667)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"imported-{args.releases}.sqlite"

    seconds, count = build(path, args.releases)
    size = path.stat().st_size
    print(
        f"imported {args.releases} releases ({count} records) in {seconds:.1f} s: "
        f"{args.releases / seconds:.0f} releases/s, {count / seconds:.0f} records/s; "
        f"library file {size / 2**20:.0f} MiB ({size / count:.0f} bytes a record)"
    )

    asked = queries()
    with Library(path) as library:
        latencies, matches = [], []
        for query in asked:
            started = time.perf_counter()
            ids = library.search_ids(query)
            library.hits(ids[:SCREENFUL])
            latencies.append(time.perf_counter() - started)
            matches.append(len(ids))
    worst = max(range(len(asked)), key=latencies.__getitem__)
    print(
        f"{len(asked)} searches: median {1000 * statistics.median(latencies):.1f} ms, "
        f"worst {1000 * latencies[worst]:.1f} ms ({describe(asked[worst])}: "
        f"{matches[worst]} matches); "
        f"median {statistics.median(matches):.0f} matches"
    )

    from gui_timings import filter_latency

    print(filter_latency(path))


if __name__ == "__main__":
    main()
