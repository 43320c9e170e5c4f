"""Take the README's screenshots of the main window and the import review.

Usage: xvfb-run -a -s "-screen 0 1400x860x24" .venv/bin/python docs/screenshot.py OUT_FOLDER
(or with QT_QPA_PLATFORM=offscreen instead of xvfb-run)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from briefer.errors import BrieferError
from briefer.gui.mainwindow import MainWindow
from briefer.gui.reviewdialog import ImportReviewDialog
from briefer.importing import draft_file
from briefer.library import open_library
from briefer.library.sample import sample_briefing_path
from briefer.model import briefingfile

ROOT = Path(__file__).resolve().parents[1]
# a real release with fields the parser inferred (a speaker from "he said", a country)
RELEASE = next((ROOT / "tests/data/corpus/tuning").glob("nato-04-*.txt"))


def review_dialog(folder: Path) -> ImportReviewDialog:
    """The dialog as an import of a release and of an empty file shows it."""
    empty = folder / "notes.txt"
    empty.write_bytes(b"")
    try:
        draft_file(empty)
    except BrieferError as error:
        failure = str(error)
    return ImportReviewDialog([draft_file(RELEASE)], [failure])


def main() -> None:
    out = Path(sys.argv[1])
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
            window.grab().save(str(out / "main-window.png"))
            dialog = review_dialog(folder)
            dialog.resize(1300, 860)
            dialog.show()
            dialog.activateWindow()
            editor = dialog.editors[0]
            statement = editor.statements[0]
            editor.fields.ensureWidgetVisible(statement.speaker, 0, 200)
            statement.text.setFocus()  # its words light up in the release's text beside
            QTimer.singleShot(300, lambda: finish(dialog))

        def finish(dialog: ImportReviewDialog) -> None:
            dialog.grab().save(str(out / "import-review.png"))
            dialog.reject()
            window.document.undo_stack.setClean()
            app.quit()

        window.preview.rendered.connect(lambda _seconds: QTimer.singleShot(300, shoot))
        app.exec()


if __name__ == "__main__":
    main()
