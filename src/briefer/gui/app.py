"""Starting the desktop app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from briefer.errors import BrieferError
from briefer.library import open_library


def run(library_path: Path | None) -> int:
    """Open the library and show the main window until it is closed."""
    if sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):
        raise BrieferError(
            "No display to show the app on. Run it in a desktop session, "
            "under Xvfb (xvfb-run briefer), or use the commands (briefer --help)."
        )
    from PySide6.QtWidgets import QApplication, QMessageBox

    from briefer.gui.mainwindow import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("briefer")
    app.setOrganizationName("briefer")
    try:
        library = open_library(library_path)
    except BrieferError as error:
        QMessageBox.critical(None, "briefer", str(error))
        return 1
    with library:
        window = MainWindow(library)
        window.show()
        return app.exec()
