"""Take the README's screenshots of the main window, the rich-text editor with its spell
check, the import review and the export dialog, in English or (with `de`) in German.

Usage: xvfb-run -a -s "-screen 0 1400x860x24" .venv/bin/python docs/screenshot.py OUT_FOLDER [de]
(or with QT_QPA_PLATFORM=offscreen instead of xvfb-run); German ones are named *-de.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QSplitter

from briefer.errors import BrieferError
from briefer.gui.exportdialog import ExportDialog
from briefer.gui.language import use_language
from briefer.gui.mainwindow import MainWindow
from briefer.gui.reviewdialog import ImportReviewDialog
from briefer.gui.spellcheck import spelling_service
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


def misspell(window: MainWindow) -> None:
    """Add to the talking points a sub-point in bold and italic with two typing errors."""
    box = window.editor.text
    box.setFocus()
    cursor = box.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    box.setTextCursor(cursor)
    box.insertPlainText("\nThe goverment welcomes ")
    look = QTextCharFormat()
    look.setFontWeight(QFont.Weight.Bold)
    box.setCurrentCharFormat(look)
    box.insertPlainText("teh agreement")
    look.setFontWeight(QFont.Weight.Normal)
    look.setFontItalic(True)
    box.setCurrentCharFormat(look)
    box.insertPlainText(" signed by Motegi and Kramp-Karrenbauer.")
    splitter = window.editor.parentWidget()
    if isinstance(splitter, QSplitter):  # room for the whole text above the preview
        splitter.setSizes([520, 340])
    box.ensureCursorVisible()


def main() -> None:
    out = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    suffix = "" if language == "en" else f"-{language}"
    app = QApplication(sys.argv[:1])
    use_language(language)
    folder = Path(tempfile.mkdtemp())
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    with open_library(folder / "library.sqlite") as library:
        spelling_service().use_library(library)  # as the app does: its names are words
        window = MainWindow(library, settings, briefingfile.load(sample_briefing_path()))
        window.resize(1400, 860)
        window.show()
        window.library_panel.search_field.setText("indo-pacific")
        window.find_bar.open_bar()  # Find in Briefing, over the outline
        window.find_bar.field.setText("milestone")
        window.find_bar.step(1)  # selects the talking points that say it

        def shoot() -> None:
            window.preview.rendered.disconnect()  # the edit below renders again: shoot once
            window.grab().save(str(out / f"main-window{suffix}.png"))
            misspell(window)
            QTimer.singleShot(1500, review)  # the library's names read on a worker

        def review() -> None:
            window.editor.grab().save(str(out / f"rich-text-editor{suffix}.png"))
            window.document.undo_stack.undo()
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
            dialog.grab().save(str(out / f"import-review{suffix}.png"))
            dialog.reject()
            export = ExportDialog(window.document.briefing, str(folder), window)
            export.show()
            QTimer.singleShot(300, lambda: close(export))

        def close(export: ExportDialog) -> None:
            export.grab().save(str(out / f"export-dialog{suffix}.png"))
            export.reject()
            window.document.undo_stack.setClean()
            app.quit()

        window.preview.rendered.connect(lambda _seconds: QTimer.singleShot(300, shoot))
        app.exec()
        QThreadPool.globalInstance().waitForDone(30000)  # as the app: jobs end before Qt does


if __name__ == "__main__":
    main()
