"""Desktop integration: the menu entry, the .briefing type and icons, one app per user, a file
the macOS Finder opens."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefer.gui.app import bring_forward
from briefer.gui.desktop import ICON_SIZES, MIME_TYPE, install, uninstall
from briefer.gui.instance import Listener, hand_over
from briefer.gui.mainwindow import MainWindow
from briefer.library.sample import sample_briefing_path

PROGRAM = "/opt/briefer/bin/briefer"


def test_the_menu_entry_is_valid_and_opens_briefings(tmp_path: Path) -> None:
    installed = install(PROGRAM, tmp_path)
    entry = tmp_path / "applications" / "briefer.desktop"
    assert entry in installed.files
    checked = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
    lines = entry.read_text("utf-8").splitlines()
    assert f"Exec={PROGRAM} %f" in lines
    assert f"MimeType={MIME_TYPE};" in lines
    # the desktop's database now sends .briefing files to briefer
    assert f"{MIME_TYPE}=briefer.desktop;" in (tmp_path / "applications/mimeinfo.cache").read_text()


def test_briefing_files_are_a_type_of_their_own(tmp_path: Path) -> None:
    install(PROGRAM, tmp_path)
    assert "update-mime-database" in install(PROGRAM, tmp_path).refreshed
    globs = (tmp_path / "mime" / "globs2").read_text("utf-8")
    assert f"{MIME_TYPE}:*.briefing" in globs
    magic = (tmp_path / "mime" / "magic").read_bytes()
    assert b'"format": "briefer-briefing"' in magic  # a renamed briefing is still known
    assert b'"format": "briefer-briefing"' in sample_briefing_path().read_bytes()[:64]


def test_the_icon_comes_in_every_size_and_uninstall_removes_all(tmp_path: Path) -> None:
    installed = install(PROGRAM, tmp_path)
    for size in ICON_SIZES:
        for name in ("apps/briefer", "mimetypes/application-x-briefer-briefing"):
            image = QImage(str(tmp_path / f"icons/hicolor/{size}x{size}/{name}.png"))
            assert (image.width(), image.height()) == (size, size)
            assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not empty
    removed = uninstall(tmp_path)
    assert set(removed.files) == set(installed.files)
    assert not any(path.exists() for path in installed.files)


@pytest.fixture
def briefing(window: MainWindow, tmp_path: Path) -> Iterator[Path]:
    """A briefing file to open, and the running app listening for files to open."""
    listener = Listener(finder=True)  # as on macOS, where the Finder sends files as events
    listener.requested.connect(lambda files: bring_forward(window, files))
    path = tmp_path / "visit.briefing"
    path.write_bytes(sample_briefing_path().read_bytes())
    window.document.undo_stack.setClean()
    yield path
    listener.deleteLater()


def test_a_second_launch_hands_its_file_to_the_running_app(
    qtbot: QtBot, window: MainWindow, briefing: Path
) -> None:
    launch = subprocess.Popen(
        [sys.executable, "-m", "briefer", str(briefing)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: launch.poll() is not None, timeout=30000)  # the app answers it
    _, errors = launch.communicate()
    assert launch.returncode == 0, errors
    assert window.document.path == briefing  # opened in the running app, not a second one


def test_without_a_running_app_nothing_takes_the_file(tmp_path: Path) -> None:
    assert not hand_over([tmp_path / "visit.briefing"])


def test_a_file_the_finder_opens_opens_in_the_running_app(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, briefing: Path
) -> None:
    """macOS sends the app a QFileOpenEvent rather than a second launch with the file."""
    windows = len(QApplication.topLevelWidgets())
    QCoreApplication.postEvent(qapp, QFileOpenEvent(str(briefing)))
    qtbot.waitUntil(lambda: window.document.path == briefing)
    assert len(QApplication.topLevelWidgets()) == windows  # no second window, no prompt
