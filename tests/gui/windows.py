"""A main window over a given library, opened and closed as the tests need it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool

from briefer.gui.mainwindow import MainWindow
from briefer.library import Library
from briefer.library.sample import sample_briefing_path
from briefer.model import briefingfile


def opened_window(library: Library, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, settings, briefingfile.load(sample_briefing_path()))
    window.show()
    return window


def close(window: MainWindow) -> None:
    """Close the window, once its preview is drawn, without asking to save."""
    window.document.undo_stack.setClean()
    window.close()
    QThreadPool.globalInstance().waitForDone(30000)
    window.deleteLater()
