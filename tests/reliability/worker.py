"""A process for the kill tests to kill: it repeats one operation on a folder, numbering each.

Usage: python -m tests.reliability.worker OPERATION FOLDER FIRST
OPERATION: import, save, autosave or export. Sets the folder up if it is new (version 0),
prints "ready", then "begin N" and "end N" around operation N (FIRST, FIRST + 1, …), flushed,
so the test knows what a kill interrupted.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from itertools import count
from pathlib import Path

from briefer.exporting import export
from briefer.importing import draft_pasted, store
from briefer.library import Library
from briefer.library.sample import sample_briefing_path
from briefer.model import Briefing, briefingfile
from briefer.recovery import Recovery
from tests.reliability.releases import release

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
        for copy in range(max(1, entries // len(sample.entries())))
        for section in sample.sections
    )
    return replace(sample, meta=replace(sample.meta, title=f"Version {number}"), sections=sections)


def version_of(briefing: Briefing) -> int:
    return int(briefing.meta.title.removeprefix("Version "))


def operation(name: str, folder: Path) -> Callable[[int], object]:
    """Set up the folder for operation name and return the operation, by number."""
    if name == "import":
        library = Library(folder / "library.sqlite")
        return lambda number: store(library, draft_pasted(release(number)))
    if name == "save":
        path = folder / "minister.briefing"
        if not path.exists():
            briefingfile.save(path, version(0, SAVED_ENTRIES))
        return lambda number: briefingfile.save(path, version(number, SAVED_ENTRIES))
    if name == "autosave":
        recovery = Recovery(folder / "recovery")
        belongs_to = folder / "minister.briefing"
        if not recovery.file.exists():
            recovery.save(version(0, SAVED_ENTRIES), belongs_to)
        return lambda number: recovery.save(version(number, SAVED_ENTRIES), belongs_to)
    if name == "export":
        for fmt in EXPORT_FORMATS:
            if not (folder / f"brief.{fmt}").exists():
                export(version(0, EXPORTED_ENTRIES), fmt, folder / f"brief.{fmt}")

        def export_next(number: int) -> None:
            fmt = EXPORT_FORMATS[number % 2]
            export(version(number, EXPORTED_ENTRIES), fmt, folder / f"brief.{fmt}")

        return export_next
    raise SystemExit(f"unknown operation {name}")


def main() -> None:
    name, folder, first = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    run = operation(name, folder)
    print("ready", flush=True)
    for number in count(first):
        print(f"begin {number}", flush=True)
        run(number)
        print(f"end {number}", flush=True)


if __name__ == "__main__":
    main()
