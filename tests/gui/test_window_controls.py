"""The window's controls behave the same whatever is focused or was last done: Ctrl+E
exports, the toolbar keeps its buttons in place, Preferences shows the library in use."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QToolBar, QWidget

from briefer.gui.mainwindow import MainWindow
from briefer.gui.preferences import PreferencesDialog
from briefer.library import open_library
from briefer.model import TextKind, edits


class EmacsLineEdit(QLineEdit):
    """A field that claims Ctrl+E, as QLineEdit does on Linux desktops (end of line) and a
    rich-text field does for centring."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+E"):
                event.accept()
                return True
        return super().event(event)


def test_ctrl_e_exports_even_from_a_field_that_claims_the_key(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, window: MainWindow
) -> None:
    exported: list[QWidget | None] = []
    monkeypatch.setattr(QDialog, "exec", lambda _dialog: exported.append(window.focusWidget()))
    claiming = EmacsLineEdit(window.library_panel)
    claiming.show()
    window.add_text(TextKind.TALKING_POINTS)
    fields = (
        claiming,
        window.library_panel.search_field,
        window.editor.text,
        window.outline,
        window.preview.view,
    )
    for field in fields:
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert exported == list(fields)
    assert claiming.cursorPosition() == 0 and claiming.text() == ""  # no "e" typed either


def test_ctrl_e_in_a_dialog_is_the_dialogs(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog(window)
    field = EmacsLineEdit(dialog)
    field.setText("some text")
    field.setCursorPosition(0)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    field.setFocus()
    triggered: list[bool] = []
    window.export_action.triggered.connect(lambda: triggered.append(True))
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert triggered == []
    dialog.close()


def test_undo_naming_the_edit_does_not_move_the_other_toolbar_buttons(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    toolbar = window.findChild(QToolBar, "main-toolbar")
    assert toolbar is not None

    def places() -> dict[str, int]:
        QApplication.processEvents()
        return {
            action.text(): toolbar.widgetForAction(action).geometry().left()
            for action in toolbar.actions()
        }

    before = places()
    assert list(before) == ["&New", "&Open…", "&Save", "Undo", "Redo", "&Image…", "&Export…"]
    section = window.document.briefing.sections[0].id
    window.document.apply(
        "Rename section to something long",
        lambda b: edits.rename_section(b, section, "Renamed"),
    )
    undo = next(a for a in toolbar.actions() if a.text() == "Undo")
    assert undo.isEnabled()
    assert undo.toolTip() == "Undo Rename section to something long"
    assert places() == before
    undo.trigger()
    assert window.document.briefing.sections[0].title == "The consultations"
    assert not undo.isEnabled()
    assert places() == before


def test_preferences_show_the_library_in_use_not_the_default(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, tmp_path: Path
) -> None:
    given = tmp_path / "given on the command line.sqlite"
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown: list[str] = []

    def look(dialog: QDialog) -> int:
        assert isinstance(dialog, PreferencesDialog)
        shown.append(dialog.library_in_use.text())
        return 0

    monkeypatch.setattr(PreferencesDialog, "exec", look)
    with open_library(given) as library:
        window = MainWindow(library, settings)
        qtbot.addWidget(window)
        window.edit_preferences()
    assert shown == [str(given)]
