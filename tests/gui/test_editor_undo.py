"""Ctrl+Z in the entry editor's text box undoes the briefing's last edit, as the toolbar does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from briefer.gui.mainwindow import MainWindow
from briefer.model import TextEntry, TextKind, edits

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def text_of(window: MainWindow, entry_id: str) -> str:
    s_index, e_index = edits.find_entry(window.document.briefing, entry_id)
    entry = window.document.briefing.sections[s_index].entries[e_index]
    assert isinstance(entry, TextEntry)
    return entry.text.plain()


def test_ctrl_z_in_the_text_box_undoes_the_last_typing_only(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    box = window.editor.text
    window.add_text(TextKind.BACKGROUND)
    entry_id = window.editor.item_id
    qtbot.keyClicks(box, "The partnership is thirty years old.")
    window.outline.setFocus()
    for row in (0, 1):  # move some entries about
        section = window.outline_model.index(1, 0)
        window.outline.setCurrentIndex(window.outline_model.index(row, 0, section))
        qtbot.keyClick(window.outline, Qt.Key.Key_Down, CTRL | SHIFT)
    window.outline.setCurrentIndex(window.outline_model.index_of(entry_id))  # back to it
    box.setFocus()
    box.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(box, " It began with a treaty.")
    assert text_of(window, entry_id).endswith("It began with a treaty.")

    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert text_of(window, entry_id) == "The partnership is thirty years old."
    assert box.toPlainText() == "The partnership is thirty years old."
    assert window.redo_action.isEnabled()
    assert box.textCursor().position() == len(box.toPlainText())  # where the typing was

    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL | SHIFT)
    assert box.toPlainText() == "The partnership is thirty years old. It began with a treaty."
    assert text_of(window, entry_id) == box.toPlainText()
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)  # the moves, one at a time, as the toolbar would
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)
    assert text_of(window, entry_id) == "The partnership is thirty years old."


def test_ctrl_z_in_a_title_undoes_through_the_briefing_too(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.outline.setCurrentIndex(window.outline_model.index(0, 0))
    field = window.editor.section_title
    field.setFocus()
    field.end(False)
    qtbot.keyClicks(field, " so far")
    window.outline.setCurrentIndex(window.outline_model.index(1, 0))  # another item between
    window.outline.setCurrentIndex(window.outline_model.index(0, 0))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert window.document.briefing.sections[0].title == "The consultations"
    assert field.text() == "The consultations"
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL | SHIFT)
    assert field.text() == window.document.briefing.sections[0].title == "The consultations so far"
