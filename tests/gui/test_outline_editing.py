"""The outline: sections renamed in place (F2, double click) as undoable edits, and a new
briefing with no stray section."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from briefer.gui.mainwindow import MainWindow
from briefer.gui.outlinemodel import RECORD_MIME
from briefer.model import TextKind, briefingfile


def _in_place_editor(window: MainWindow) -> QLineEdit:
    editors = [
        e for e in window.outline.viewport().findChildren(QLineEdit) if e.isVisibleTo(window)
    ]
    assert len(editors) == 1, "no field to rename in place"
    return editors[0]


def _titles(window: MainWindow) -> list[str]:
    return [section.title for section in window.document.briefing.sections]


def _rename_by_typing(qtbot, window: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    field = _in_place_editor(window)
    field.selectAll()
    qtbot.keyClicks(field, name)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.outline.state() != QAbstractItemView.State.EditingState)


def test_f2_renames_a_section_in_place_and_undo_brings_the_name_back(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    window.outline.setCurrentIndex(window.outline_model.index(1, 0))
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_F2)
    assert _in_place_editor(window).text() == "What the ministers said"
    _rename_by_typing(qtbot, window, "Statements")
    assert _titles(window) == ["The consultations", "Statements", "Talking points"]
    assert window.document.undo_stack.undoText() == "Rename section"
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert _titles(window)[1] == "What the ministers said"
    window.redo_action.trigger()
    assert _titles(window)[1] == "Statements"
    assert window.outline.currentIndex() == window.outline_model.index(1, 0)  # still selected


def test_a_double_click_renames_a_section_in_place(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    index = window.outline_model.index(2, 0)
    point = window.outline.visualRect(index).center()
    qtbot.mouseClick(window.outline.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(window.outline.viewport(), Qt.MouseButton.LeftButton, pos=point)
    _rename_by_typing(qtbot, window, "What to say")
    assert _titles(window)[2] == "What to say"


def test_f2_on_an_entry_renames_its_section(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section = window.outline_model.index(0, 0)
    window.outline.setCurrentIndex(window.outline_model.index(1, 0, section))
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_F2)
    _rename_by_typing(qtbot, window, "The 2+2")
    assert _titles(window)[0] == "The 2+2"
    entries = window.document.briefing.sections[0].entries
    assert len(entries) == 2 and entries[1].record.heading.startswith("First German–Japanese")  # type: ignore[union-attr]


def test_a_blank_name_is_refused_and_escape_changes_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.outline.setCurrentIndex(window.outline_model.index(0, 0))
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_F2)
    _rename_by_typing(qtbot, window, "   ")
    qtbot.keyClick(window.outline, Qt.Key.Key_F2)
    field = _in_place_editor(window)
    qtbot.keyClicks(field, "Something else")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.outline.state() != QAbstractItemView.State.EditingState)
    assert _titles(window)[0] == "The consultations"
    assert not window.isWindowModified()


def test_a_new_section_starts_renaming_in_place(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.add_section()
    assert window.outline.state() == QAbstractItemView.State.EditingState
    _rename_by_typing(qtbot, window, "Follow-up")
    assert _titles(window)[-1] == "Follow-up"
    window.undo_action.trigger()
    assert _titles(window)[-1] == "New section"


def test_a_new_briefing_has_no_stray_empty_section(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.document.undo_stack.setClean()
    window.new()
    assert window.outline_model.rowCount() == 0
    assert window.document.briefing.sections == ()
    window.add_text(TextKind.TALKING_POINTS)
    assert _titles(window) == ["New section"]
    assert [len(s.entries) for s in window.document.briefing.sections] == [1]
    window.undo_action.trigger()  # one step takes both back
    assert window.document.briefing.sections == ()
    window.library_panel.table.selectRow(0)
    window.add_selected_records()
    target = tmp_path / "new.briefing"
    assert window._save_to(target)
    saved = briefingfile.load(target)
    assert [(s.title, len(s.entries)) for s in saved.sections] == [("New section", 1)]


def test_dropping_a_record_on_an_empty_briefing_makes_its_first_section(  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    window.document.undo_stack.setClean()
    window.new()
    data = QMimeData()
    data.setData(RECORD_MIME, json.dumps([2]).encode())  # Maas's statement
    model = window.outline_model
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, QModelIndex())
    assert [(s.title, len(s.entries)) for s in window.document.briefing.sections] == [
        ("New section", 1)
    ]
    QApplication.processEvents()
    assert window.outline.indexAt(QPoint(5, 5)).isValid()  # shown in the outline
