from __future__ import annotations

import pytest

from briefer.errors import BriefingError
from briefer.model import Section, TextEntry, TextKind, edits
from briefer.model.richtext import Para, RichText, Span, from_plain
from tests.factories import briefing


def ids(b) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[entry.id for entry in section.entries] for section in b.sections]


def test_edits_return_a_new_briefing_and_leave_the_old_one_alone() -> None:
    before = briefing()
    after = edits.remove_entry(before, "rec")
    assert ids(before) == [["bg", "rec"], ["tp", "note"]]
    assert ids(after) == [["bg"], ["tp", "note"]]


def test_adding_entries_and_sections() -> None:
    b = edits.add_entry(
        briefing(), "s2", TextEntry.from_plain(TextKind.NOTE, "new", id="n2"), index=0
    )
    assert ids(b) == [["bg", "rec"], ["n2", "tp", "note"]]
    b = edits.add_section(b, Section("Annex", id="s3"), index=1)
    assert [s.id for s in b.sections] == ["s1", "s3", "s2"]
    b = edits.add_entry(b, "s3", TextEntry.from_plain(TextKind.NOTE, "end", id="n3"))
    assert ids(b)[1] == ["n3"]


def test_moving_an_entry_within_and_between_sections() -> None:
    b = edits.move_entry(briefing(), "rec", "s1", 0)
    assert ids(b) == [["rec", "bg"], ["tp", "note"]]
    b = edits.move_entry(b, "rec", "s2", 1)
    assert ids(b) == [["bg"], ["tp", "rec", "note"]]
    b = edits.move_entry(b, "rec", "s2", 99)
    assert ids(b) == [["bg"], ["tp", "note", "rec"]]


def test_stepping_an_entry_up_and_down_crosses_sections_but_not_the_ends() -> None:
    b = edits.step(briefing(), "rec", -1)
    assert ids(b) == [["rec", "bg"], ["tp", "note"]]
    assert edits.step(b, "rec", -1) == b  # the very top: nothing moves
    b = edits.step(edits.step(b, "rec", 1), "rec", 1)
    assert ids(b) == [["bg"], ["rec", "tp", "note"]]  # into the next section, at its start
    b = edits.step(b, "rec", -1)
    assert ids(b) == [["bg", "rec"], ["tp", "note"]]  # back, at the end of the first
    b = edits.step(edits.step(b, "note", 1), "s2", -1)
    assert [s.id for s in b.sections] == ["s2", "s1"]
    assert edits.step(b, "s2", -1) == b


def test_moving_renaming_and_removing_sections() -> None:
    b = edits.move_section(briefing(), "s2", 0)
    assert [s.id for s in b.sections] == ["s2", "s1"]
    b = edits.rename_section(b, "s1", "Background")
    assert b.sections[1].title == "Background"
    b = edits.remove_section(b, "s2")
    assert ids(b) == [["bg", "rec"]]


def test_editing_own_text_and_its_visibility() -> None:
    new = RichText((Para((Span("Neu", bold=True),)),))
    b = edits.edit_text(briefing(), "bg", new, title="Lage")
    entry = b.sections[0].entries[0]
    assert (entry.text, entry.title) == (new, "Lage")
    b = edits.set_printable(b, "bg", False)
    assert b.sections[0].entries[0].printable is False


def test_library_records_are_not_edited_as_text() -> None:
    with pytest.raises(BriefingError, match="updated from the library"):
        edits.edit_text(briefing(), "rec", from_plain("forged quote"))


def test_unknown_ids_are_reported() -> None:
    with pytest.raises(BriefingError, match="no entry with id 'nope'"):
        edits.remove_entry(briefing(), "nope")
    with pytest.raises(BriefingError, match="no section with id 'nope'"):
        edits.move_entry(briefing(), "bg", "nope", 0)
