"""From a file or pasted text to records in the library: read, parse, store."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from briefer.errors import BrieferError
from briefer.importers.draft import Draft
from briefer.importers.pressrelease import parse_release
from briefer.importers.readers import read_file, read_pasted
from briefer.library import Library
from briefer.model.records import RECORD_KINDS, Record, Statement


@dataclass(frozen=True)
class Stored:
    """What storing a draft did: the ids of new records and of those already there."""

    added: tuple[int, ...]
    existing: tuple[int, ...]


def draft_file(path: Path, url: str = "") -> Draft:
    """Read a file and parse it as a press release; raise ImportFailed if it cannot be."""
    return _retrieved_today(parse_release(read_file(path, url)))


def draft_pasted(text: str) -> Draft:
    """Parse pasted text as a press release; raise ImportFailed if it cannot be."""
    return _retrieved_today(parse_release(read_pasted(text)))


def _retrieved_today(draft: Draft) -> Draft:
    """Date the draft's source as retrieved today: the day its text was read in."""
    if draft.source.date_retrieved is not None:
        return draft
    return replace(draft, source=replace(draft.source, date_retrieved=date.today()))


def draft_files(paths: Iterable[Path]) -> tuple[list[Draft], list[str]]:
    """Read and parse each file (dropped or picked); return the drafts, and for each file
    that could not be read as a press release, why."""
    drafts, failures = [], []
    for path in paths:
        try:
            drafts.append(draft_file(path))
        except BrieferError as error:
            failures.append(str(error))
    return drafts, failures


def draft_pasted_text(text: str) -> tuple[list[Draft], list[str]]:
    """Parse pasted text as draft_files parses files: the draft, or why there is none."""
    try:
        return [draft_pasted(text)], []
    except BrieferError as error:
        return [], [str(error)]


def store(library: Library, draft: Draft) -> Stored:
    """Store a draft's records in one transaction; a release imported before adds nothing.

    A release describes one meeting: if the library already holds a consultation from the
    same source (even one edited since), the draft's statements are linked to it instead.
    """
    records = draft.records()
    known = library.ids_from_source(draft.source.content_hash, "consultation")
    if known and draft.consultation is not None:
        records = [
            replace(r, consultation_id=known[0]) for r in records if isinstance(r, Statement)
        ]
    results = library.add_all(records)
    existing = [*known[:1]] if known and draft.consultation is not None else []
    return Stored(
        added=tuple(i for i, new in results if new),
        existing=tuple(existing + [i for i, new in results if not new]),
    )


def imported_before(library: Library, draft: Draft) -> Record | None:
    """Return the record the library holds from the draft's release (its meeting first),
    or None when the release was never imported."""
    for kind in RECORD_KINDS:
        known = library.ids_from_source(draft.source.content_hash, kind)
        if known:
            return library.get(known[0])
    return None
