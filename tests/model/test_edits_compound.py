"""Compound edits: what one drop, one "add selected" or one "remove" does, as one new briefing."""

from __future__ import annotations

from briefer.model import Briefing, Section, TextEntry, TextKind, edits
from tests.factories import briefing


def ids(b: Briefing) -> list[list[str]]:
    return [[entry.id for entry in section.entries] for section in b.sections]


def note(entry_id: str) -> TextEntry:
    return TextEntry.from_plain(TextKind.NOTE, entry_id, id=entry_id)


def test_entries_are_added_in_order_at_a_position_or_at_the_end() -> None:
    before = briefing()
    at_end = edits.add_entries(before, "s1", [note("a"), note("b")])
    assert ids(at_end) == [["bg", "rec", "a", "b"], ["tp", "note"]]
    at_one = edits.add_entries(before, "s2", [note("a"), note("b")], 1)
    assert ids(at_one) == [["bg", "rec"], ["tp", "a", "b", "note"]]
    assert ids(before) == [["bg", "rec"], ["tp", "note"]]  # left as it was


def test_removing_sections_and_entries_at_once() -> None:
    b = edits.remove_items(briefing(), ["rec", "s2", "note"])  # "note" went with its section
    assert [s.id for s in b.sections] == ["s1"]
    assert ids(b) == [["bg"]]
    assert edits.remove_items(b, ["gone"]) == b


def test_entries_dropped_in_a_section_land_where_they_were_dropped() -> None:
    b = edits.move_items(briefing(), ["bg"], 0, 2)  # below "rec": the gap it leaves counts
    assert ids(b) == [["rec", "bg"], ["tp", "note"]]
    b = edits.move_items(briefing(), ["bg", "rec"], 1, 1)  # between "tp" and "note"
    assert ids(b) == [[], ["tp", "bg", "rec", "note"]]
    b = edits.move_items(briefing(), ["tp"], 0, None)  # onto the section: at its end
    assert ids(b) == [["bg", "rec", "tp"], ["note"]]
    b = edits.move_items(briefing(), ["bg"], 7, None)  # below the last section: into it
    assert ids(b) == [["rec"], ["tp", "note", "bg"]]


def test_sections_dropped_move_with_their_entries() -> None:
    b = edits.add_section(briefing(), Section("Annex", id="s3"))
    moved = edits.move_items(b, ["s1"], -1, None)  # below the last: to the end
    assert [s.id for s in moved.sections] == ["s2", "s3", "s1"]
    assert ids(moved)[-1] == ["bg", "rec"]
    moved = edits.move_items(b, ["s3"], 0, None)
    assert [s.id for s in moved.sections] == ["s3", "s1", "s2"]
    moved = edits.move_items(b, ["s1"], 2, None)  # above "s3": the gap it leaves counts
    assert [s.id for s in moved.sections] == ["s2", "s1", "s3"]
