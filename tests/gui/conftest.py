"""The main window most GUI tests work in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefer.gui.language import use_language
from briefer.gui.mainwindow import MainWindow
from briefer.library import Library
from tests.gui.windows import close, opened_window


@pytest.fixture(autouse=True, scope="session")
def _english(qapp: QApplication) -> None:
    """The app in English, as it starts on an English system (its plural forms included)."""
    use_language("en")


@pytest.fixture
def window(qtbot: QtBot, sample_library: Library, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on the sample library and briefing, active so that its shortcuts take
    keys; closed at the end without asking to save."""
    shown = opened_window(sample_library, tmp_path)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    yield shown
    close(shown)
