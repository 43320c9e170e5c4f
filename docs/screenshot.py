"""Take the README's screenshot of the main window: run under Xvfb.

Usage: xvfb-run -a -s "-screen 0 1400x860x24" .venv/bin/python docs/screenshot.py OUT.png
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from briefer.gui.mainwindow import MainWindow
from briefer.library import open_library
from briefer.library.sample import sample_briefing_path
from briefer.model import briefingfile


def main() -> None:
    target = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    with open_library(folder / "library.sqlite") as library:
        window = MainWindow(library, settings, briefingfile.load(sample_briefing_path()))
        window.resize(1400, 860)
        window.show()
        window.library_panel.search_field.setText("indo-pacific")
        window.outline.setCurrentIndex(window.outline_model.index_of("tp-2plus2"))

        def shoot() -> None:
            window.grab().save(str(target))
            window.document.undo_stack.setClean()
            app.quit()

        window.preview.rendered.connect(lambda _seconds: QTimer.singleShot(300, shoot))
        app.exec()


if __name__ == "__main__":
    main()
