"""Help ▸ About briefer: version, where the user's files are, and every licence."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from briefer import credits
from briefer.gui.about import AboutDialog
from briefer.gui.mainwindow import MainWindow


def test_about_names_the_version_the_library_in_use_and_the_licences(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = AboutDialog(window.library.path, window.settings, window)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert f"briefer {credits.version()}" in text
    assert str(window.library.path) in text
    assert "MIT licence" in text
    for part in (*credits.libraries(), *credits.fonts()):
        assert part.name in text and part.licence in text
    html = dialog.text.toHtml()
    assert QUrl.fromLocalFile(str(window.library.path)).toString() in html  # a link opens it


def test_the_help_menu_opens_it(qtbot: QtBot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    next(a for a in help_menu.actions() if a.text() == "&About briefer").trigger()
    assert len(shown) == 1 and "Library" in shown[0].text.toPlainText()
