"""The open briefing's undo history: typing merges into one step, the history has a limit."""

from __future__ import annotations

from briefer.gui.briefingdoc import UNDO_LIMIT, BriefingDocument, new_briefing
from briefer.model import Section, edits


def one_section() -> BriefingDocument:
    return BriefingDocument(edits.add_section(new_briefing(), Section("Briefing")))


def rename(document: BriefingDocument, title: str, key: str = "title") -> None:
    section = document.briefing.sections[0].id
    document.apply("Rename", lambda b: edits.rename_section(b, section, title), key)


def test_typing_is_one_undo_step_but_never_across_a_save(qtbot) -> None:  # type: ignore[no-untyped-def]
    document = one_section()
    for title in ("B", "Br", "Bri"):
        rename(document, title)
    assert document.undo_stack.count() == 1
    document.undo_stack.setClean()
    rename(document, "Brie")  # after the save: a new step, so undo goes back to the saved state
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert not document.modified and document.briefing.sections[0].title == "Bri"
    document.undo_stack.redo()
    assert document.briefing.sections[0].title == "Brie"


def test_the_history_keeps_the_newest_steps_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    document = one_section()
    for number in range(UNDO_LIMIT + 50):
        rename(document, f"Title {number}", key="")
    assert document.undo_stack.count() == UNDO_LIMIT
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.briefing.sections[0].title == "Title 49"
    assert document.modified  # the saved state fell off the history
