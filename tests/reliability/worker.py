"""A process for the kill tests to kill: it repeats one operation on a folder, numbering each.

Usage: python -m tests.reliability.worker OPERATION FOLDER FIRST [LAST]
OPERATION: import, save, autosave, export, or search (which checks that what a search sees
is consistent). Sets the folder up if it is new (version 0), prints "ready", then "begin N"
and "end N" around operation N (FIRST, FIRST + 1, …, LAST if given), flushed, so the test
knows what a kill interrupted.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from dataclasses import replace
from itertools import count
from pathlib import Path

from briefer.exporting import export
from briefer.library import Library, SearchQuery
from briefer.library.sample import sample_briefing_path
from briefer.model import Briefing, briefingfile
from briefer.recovery import Recovery, left_behind
from tests.reliability.releases import RECORDS_PER_RELEASE, release

SAVED_ENTRIES = 400  # a briefing file of about 1 MB: a save takes long enough to be hit
EXPORTED_ENTRIES = 40
EXPORT_FORMATS = ("pdf", "docx")


def version(number: int, entries: int) -> Briefing:
    """The sample briefing, titled "Version N", its sections repeated to the size wanted."""
    sample = briefingfile.load(sample_briefing_path())
    sections = tuple(
        replace(
            section,
            id=f"{section.id}-{copy}",
            entries=tuple(replace(e, id=f"{e.id}-{copy}") for e in section.entries),
        )
        for copy in range(-(-entries // len(sample.entries())))  # rounded up
        for section in sample.sections
    )
    return replace(sample, meta=replace(sample.meta, title=f"Version {number}"), sections=sections)


def version_of(briefing: Briefing) -> int:
    return int(briefing.meta.title.removeprefix("Version "))


def operation(name: str, folder: Path) -> Callable[[int], object]:
    """Set up the folder for operation name and return the operation, by number."""
    if name == "import":
        # only this operation needs the parser, whose patterns take seconds to load
        from briefer.importing import draft_pasted, store

        library = Library(folder / "library.sqlite")
        return lambda number: store(library, draft_pasted(release(number)))
    if name == "save":
        path = folder / "minister.briefing"
        if not path.exists():
            briefingfile.save(path, version(0, SAVED_ENTRIES))
        return lambda number: briefingfile.save(path, version(number, SAVED_ENTRIES))
    if name == "autosave":
        recovery = Recovery(folder / "recovery")  # each run is a new session, with its own file
        belongs_to = folder / "minister.briefing"
        earlier = left_behind(folder / "recovery")
        for left in earlier:
            left.release()
        if not earlier:
            recovery.save(version(0, SAVED_ENTRIES), belongs_to)
        return lambda number: recovery.save(version(number, SAVED_ENTRIES), belongs_to)
    if name == "export":
        return _export(folder)
    if name == "search":
        return _search(folder)
    raise SystemExit(f"unknown operation {name}")


def _export(folder: Path) -> Callable[[int], object]:
    for fmt in EXPORT_FORMATS:
        if not (folder / f"brief.{fmt}").exists():
            export(version(0, EXPORTED_ENTRIES), fmt, folder / f"brief.{fmt}")

    def export_next(number: int) -> None:
        fmt = EXPORT_FORMATS[number % 2]
        export(version(number, EXPORTED_ENTRIES), fmt, folder / f"brief.{fmt}")

    return export_next


def _search(folder: Path) -> Callable[[int], object]:
    library = Library(folder / "library.sqlite")
    seen = [0]

    def search(_number: int) -> None:
        records = consistent_counts(folder / "library.sqlite")[0]
        assert records >= seen[0], "records went missing"
        seen[0] = records
        library.search_ids(SearchQuery("partnership"))  # as the app searches

    return search


def consistent_counts(path: Path) -> tuple[int, int, int]:
    """Count records, meetings and full-text hits for "partnership" in one snapshot; every
    release that is there must be there whole, and found by the full-text index."""
    db = sqlite3.connect(path, isolation_level=None, timeout=10)
    try:
        db.execute("BEGIN")
        records = db.execute("SELECT count(*) FROM records").fetchone()[0]
        meetings = db.execute(
            "SELECT count(*) FROM records WHERE kind = 'consultation'"
        ).fetchone()[0]
        found = db.execute(
            "SELECT count(*) FROM record_fts WHERE record_fts MATCH 'partnership'"
        ).fetchone()[0]
        db.execute("COMMIT")
    finally:
        db.close()
    assert records == RECORDS_PER_RELEASE * meetings, f"{records} records, {meetings} meetings"
    assert found == meetings, f"the index finds {found} of {meetings} releases"
    return records, meetings, found


def main() -> None:
    name, folder, first = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    last = int(sys.argv[4]) if len(sys.argv) > 4 else None
    run = operation(name, folder)
    print("ready", flush=True)
    for number in count(first) if last is None else range(first, last + 1):
        print(f"begin {number}", flush=True)
        run(number)
        print(f"end {number}", flush=True)


if __name__ == "__main__":
    main()
