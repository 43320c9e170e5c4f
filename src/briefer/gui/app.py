"""Starting the desktop app."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from briefer import paths
from briefer.crashlog import log_unexpected
from briefer.errors import BrieferError
from briefer.i18n import _
from briefer.library import open_library

if TYPE_CHECKING:
    from briefer.gui.mainwindow import MainWindow


def run(library_path: Path | None, briefing_path: Path | None = None) -> int:
    """Open the library and show the main window, with the briefing at briefing_path if
    given, until it is closed."""
    if sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):
        raise BrieferError(
            _(
                "No display to show the app on. Run it in a desktop session, "
                "under Xvfb (xvfb-run briefer), or use the commands (briefer --help)."
            )
        )
    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication, QMessageBox

    from briefer.gui.instance import Listener, hand_over
    from briefer.gui.language import chosen_language, use_language
    from briefer.gui.mainwindow import MainWindow
    from briefer.gui.preferences import Preferences
    from briefer.gui.spellcheck import spelling_service
    from briefer.library.sample import sample_briefing_path
    from briefer.model import briefingfile
    from briefer.recovery import Recovery

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("briefer")
    app.setOrganizationName("briefer")
    if hand_over([briefing_path] if briefing_path else []):
        return 0  # the running app opens it (a double click on a file while briefer runs)
    listener = Listener(app)
    settings = QSettings()
    preferences = Preferences.load(settings)
    use_language(chosen_language(preferences.language))
    try:
        library = open_library(preferences.library_path(library_path))
        # A first start opens the sample, as an untitled copy: the bundled file stays as is.
        first = not settings.value("started", False, type=bool) and briefing_path is None
        briefing = briefingfile.load(sample_briefing_path()) if first else None
        settings.setValue("started", True)
    except BrieferError as error:
        QMessageBox.critical(None, "briefer", str(error))
        return 1
    with library:
        spelling_service().use_library(library)  # its names are never marked as misspelled
        recovery = Recovery(paths.user_data_dir() / "recovery")
        window = MainWindow(library, settings, briefing, recovery=recovery)
        window.show()
        if briefing_path is not None:  # a file that cannot be opened is said in a dialog
            window.open(briefing_path.absolute())
        listener.requested.connect(lambda files: bring_forward(window, files))
        sys.excepthook = report_unexpected  # a bug in a slot must not end the session silently
        restored = offer_recovery(window)  # held until the app ends: Qt does not hold them
        code = app.exec()
        QThreadPool.globalInstance().waitForDone(30000)  # jobs in flight end before Qt does
        del restored
        return code


def bring_forward(window: MainWindow, files: list[Path]) -> None:
    """Show the window in front and open the files a second launch handed over."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    for path in files:
        window.open(path)


def report_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Log an unexpected error with its traceback and tell the user in a dialog."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    log_file = log_unexpected(error.with_traceback(trace))
    message = QCoreApplication.translate(
        "App",
        "Something went wrong: {error}.\n\nThe briefing you are editing is autosaved; save it "
        "under a new name to be safe. The details are in {log}.",
    )
    QMessageBox.critical(
        QApplication.activeWindow(),
        "briefer",
        message.format(error=error or kind.__name__, log=log_file),
    )


def offer_recovery(window: MainWindow) -> list[MainWindow]:
    """After a crash, offer each briefing left unsaved by a session that has ended; restore
    the first one accepted into window, the others into new windows, and return those.

    Declining one removes only its recovery file; running sessions' files are never offered."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from briefer.gui.mainwindow import MainWindow
    from briefer.recovery import Recovery, left_behind

    if window.recovery is None:
        return []
    folder = window.recovery.folder
    restored: list[MainWindow] = []
    offered = left_behind(folder)
    for left in offered:
        where = f" ({left.path.name})" if left.path else ""
        question = QCoreApplication.translate(
            "App", "briefer did not close properly. Restore the unsaved changes to “{title}”{file}?"
        )
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("App", "Restore briefing?"),
            question.format(title=left.briefing.meta.title, file=where),
        )
        if answer == QMessageBox.StandardButton.Yes:
            target = window
            if restored:
                target = MainWindow(window.library, window.settings, recovery=Recovery(folder))
                target.show()
            target.restore(left.briefing, left.path)  # autosaved to its own file first
            restored.append(target)
        left.discard()
    return restored
