"""Files dropped or picked for import become drafts; those that cannot be say why."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from briefer.importing import draft_file, draft_files, draft_pasted_text, imported_before, store
from briefer.library import Library

RELEASES = Path(__file__).parent / "data" / "releases"


def test_dropped_files_become_drafts_and_bad_ones_are_named(tmp_path: Path) -> None:
    good = shutil.copy(RELEASES / "01-aa-en-japan-2plus2-tokyo.txt", tmp_path / "tokyo.txt")
    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    missing = tmp_path / "missing.txt"
    drafts, failures = draft_files([Path(good), empty, missing])
    assert len(drafts) == 1 and drafts[0].consultation is not None
    assert "Tokyo" in drafts[0].consultation.place or "Tokyo" in drafts[0].consultation.title
    assert len(failures) == 2
    assert "empty.txt" in failures[0] and "missing.txt" in failures[1]


def test_pasted_text_becomes_a_draft_or_a_reason() -> None:
    text = (RELEASES / "01-aa-en-japan-2plus2-tokyo.txt").read_text("utf-8")
    drafts, failures = draft_pasted_text(text)
    assert len(drafts) == 1 and failures == []
    drafts, failures = draft_pasted_text("   ")
    assert drafts == [] and len(failures) == 1


def test_an_imported_source_is_dated_as_retrieved_on_the_day_it_was_read(tmp_path: Path) -> None:
    text = (RELEASES / "01-aa-en-japan-2plus2-tokyo.txt").read_text("utf-8")
    (pasted,), _ = draft_pasted_text(text)
    (read,), _ = draft_files([RELEASES / "01-aa-en-japan-2plus2-tokyo.txt"])
    for draft in (pasted, read):
        assert draft.source.date_retrieved == date.today()
        assert all(r.source is not None and r.source.date_retrieved for r in draft.records())


def test_a_release_imported_before_is_known_by_its_text_pasted_or_from_a_file(
    tmp_path: Path,
) -> None:
    release = RELEASES / "01-aa-en-japan-2plus2-tokyo.txt"
    with Library(tmp_path / "library.sqlite") as library:
        assert imported_before(library, draft_file(release)) is None
        stored = store(library, draft_file(release))
        (pasted,), _ = draft_pasted_text(release.read_text("utf-8"))
        known = imported_before(library, pasted)
    assert known is not None and known.id == stored.added[0] and known.kind == "consultation"
    assert known.source is not None and known.source.date_retrieved == date.today()
