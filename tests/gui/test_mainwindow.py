"""The main window's flows on the offscreen platform: search, drag, reorder, undo, edit."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMessageBox, QWidget

from briefer.gui.briefingdoc import BriefingDocument
from briefer.gui.exportdialog import ExportDialog
from briefer.gui.librarymodel import LibraryTableModel
from briefer.gui.mainwindow import MainWindow
from briefer.gui.outlinemodel import ENTRY_MIME, RECORD_MIME, OutlineModel
from briefer.gui.preferences import Preferences, PreferencesDialog
from briefer.gui.propertiesdialog import PropertiesDialog
from briefer.gui.reviewdialog import ImportReviewDialog
from briefer.importing import draft_file
from briefer.library import Library, SearchQuery
from briefer.library.sample import sample_briefing_path
from briefer.model import RecordEntry, Statement, TextEntry, TextKind, briefingfile
from briefer.recovery import LeftBehind, left_behind


@pytest.fixture
def window(qtbot, sample_library: Library, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(sample_library, settings, briefingfile.load(sample_briefing_path()))
    shown.show()
    yield shown
    shown.document.undo_stack.setClean()  # no "save changes?" when the test closes it
    shown.close()
    shown.deleteLater()


def outline_texts(window: MainWindow) -> list[list[str]]:
    model = window.outline_model
    return [
        [
            model.index(e, 0, model.index(s, 0)).data()
            for e in range(model.rowCount(model.index(s, 0)))
        ]
        for s in range(model.rowCount())
    ]


def test_the_window_shows_the_library_and_the_sample_briefing(window: MainWindow) -> None:
    assert window.library_panel.model.rowCount() == 3
    assert window.outline_model.rowCount() == 3
    assert window.outline_model.index(0, 0).data() == "The consultations"
    assert window.windowTitle() == "Untitled briefing[*] — briefer"
    assert not window.isWindowModified()


def test_typing_filters_as_you_type(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    panel = window.library_panel
    qtbot.keyClicks(panel.search_field, "kramp")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=2000)
    panel.kind.setCurrentIndex(panel.kind.findData("statement"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=2000)
    assert "technology and cyber security" in panel.detail.toPlainText()


def test_searches_run_off_the_gui_thread_and_only_the_newest_is_shown(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    panel = window.library_panel
    for text in ("kramp", "maas", "no such word anywhere"):
        panel.search_field.setText(text)
        panel.search_in_background()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=2000)
    qtbot.wait(300)  # older searches finish too; their results must not replace the newest
    assert panel.model.rowCount() == 0
    panel.search_field.setText("kramp")
    panel.search_in_background()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=2000)


def test_deleting_library_records_asks_and_leaves_the_briefing_alone(  # type: ignore[no-untyped-def]
    monkeypatch, window: MainWindow
) -> None:
    panel = window.library_panel
    briefing = window.document.briefing
    panel.search_field.setText("kramp")
    panel.refresh()
    panel.table.selectAll()
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    window.delete_selected_records()
    assert len(window.library) == 3  # cancelled
    window.delete_selected_records()
    assert len(window.library) == 1
    assert panel.model.rowCount() == 0  # the panel no longer lists them
    assert window.document.briefing == briefing  # its entries keep their copies
    assert not window.isWindowModified()


def test_entries_changed_in_the_library_are_marked_until_updated(window: MainWindow) -> None:
    model = window.outline_model
    entry = next(
        e
        for e in window.document.briefing.entries()
        if isinstance(e, RecordEntry) and e.record_id == 2
    )
    index = model.index_of(entry.id)
    assert index.data(Qt.ItemDataRole.DecorationRole) is None
    said = window.library.get(2)
    assert isinstance(said, Statement)
    window.library.update(2, replace(said, text=said.text + " (corrected)"))
    window.library_changed()
    index = model.index_of(entry.id)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Changed in the library" in index.data(Qt.ItemDataRole.ToolTipRole)
    window.outline.setCurrentIndex(index)
    window.update_from_library()
    index = model.index_of(entry.id)
    assert index.data(Qt.ItemDataRole.DecorationRole) is None
    updated = window.document.briefing.entries()
    texts = [
        e.record.text
        for e in updated
        if isinstance(e, RecordEntry) and isinstance(e.record, Statement)
    ]
    assert any(text.endswith("(corrected)") for text in texts)
    window.undo_action.trigger()
    assert model.index_of(entry.id).data(Qt.ItemDataRole.DecorationRole) is not None


def test_dragging_a_statement_into_a_section_and_undo_redo(window: MainWindow) -> None:
    model = window.outline_model
    data = QMimeData()
    data.setData(RECORD_MIME, json.dumps([2]).encode())  # Maas's statement
    talking_points = model.index(2, 0)
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, 0, 0, talking_points)
    assert outline_texts(window)[2][0].startswith("Heiko Maas: “So that Germany")
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert len(outline_texts(window)[2]) == 2
    window.redo_action.trigger()
    assert outline_texts(window)[2][0].startswith("Heiko Maas")
    entry = window.document.briefing.sections[2].entries[0]
    assert isinstance(entry, RecordEntry) and entry.record_id == 2
    assert isinstance(entry.record, Statement) and entry.record.source is not None
    assert entry.record.source.text == ""  # the briefing keeps a citation, not the release


def test_reordering_within_and_between_sections(window: MainWindow) -> None:
    model = window.outline_model
    first = window.document.briefing.sections[1].entries
    data = QMimeData()
    data.setData(ENTRY_MIME, json.dumps([first[1].id]).encode())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(1, 0))
    assert [e.id for e in window.document.briefing.sections[1].entries] == [
        first[1].id,
        first[0].id,
    ]
    data.setData(ENTRY_MIME, json.dumps([first[0].id]).encode())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index(0, 0))
    assert window.document.briefing.sections[0].entries[-1].id == first[0].id
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert [e.id for e in window.document.briefing.sections[1].entries] == [
        first[0].id,
        first[1].id,
    ]


def test_own_text_is_edited_as_one_undo_step(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.add_text(TextKind.TALKING_POINTS)
    qtbot.keyClicks(window.editor.text, "Raise the arms embargo")
    entry = next(
        e
        for e in window.document.briefing.entries()
        if isinstance(e, TextEntry) and e.text.plain() == "Raise the arms embargo"
    )
    assert [para.marker for para in entry.text.paras] == ["bullet"]  # a talking point
    window.undo_action.trigger()  # the typing
    assert all(
        e.text.plain() != "Raise the arms embargo"
        for e in window.document.briefing.entries()
        if isinstance(e, TextEntry)
    )
    window.undo_action.trigger()  # the new entry
    assert len(window.document.briefing.entries()) == 6


def test_properties_edit_is_undoable(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefer.gui import propertiesdialog

    def fake_exec(dialog: propertiesdialog.PropertiesDialog) -> bool:
        dialog.title.setText("Vorlage Japan")
        dialog.language.setCurrentIndex(dialog.language.findData("de"))
        dialog.classification.setCurrentIndex(dialog.classification.findData("GEHEIM"))
        return True

    monkeypatch.setattr(propertiesdialog.PropertiesDialog, "exec", fake_exec)
    window.edit_properties()
    meta = window.document.briefing.meta
    assert (meta.title, meta.language, meta.classification) == ("Vorlage Japan", "de", "GEHEIM")
    window.undo_action.trigger()
    assert window.document.briefing.meta.title == "Germany–Japan “2+2” consultations"


def test_save_marks_clean_and_writes_the_file(window: MainWindow, tmp_path: Path) -> None:
    window.add_section()
    assert window.isWindowModified()
    target = tmp_path / "mine.briefing"
    assert window._save_to(target)
    assert not window.isWindowModified()
    assert window.windowTitle() == "mine.briefing[*] — briefer"
    assert briefingfile.load(target).sections[-1].title == "New section"


def test_the_preview_renders_the_briefing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.preview.rendered, timeout=15000):
        window.preview.show_briefing(window.document.briefing)
    preview = window.preview
    count = preview.pdf.pageCount()
    assert count >= 4  # cover, contents, the sections
    assert preview.page_label.text() == f"Page 1 of {count}"
    preview.turn(1)
    assert preview.page_label.text() == f"Page 2 of {count}"
    preview.turn(100)  # no further than the last page
    assert preview.page_label.text() == f"Page {count} of {count}"
    with qtbot.waitSignal(preview.rendered, timeout=15000):  # an edit keeps the page in view
        window.add_section()
    assert preview.page_label.text().startswith(f"Page {count} of ")


def test_the_models_pass_the_model_tester(qtmodeltester, sample_library: Library) -> None:  # type: ignore[no-untyped-def]
    library_model = LibraryTableModel()
    library_model.set_hits(sample_library.search(SearchQuery()))
    qtmodeltester.check(library_model)
    outline = OutlineModel(BriefingDocument(briefingfile.load(sample_briefing_path())))
    qtmodeltester.check(outline)
    assert outline.rowCount(QModelIndex()) == 3


def test_closing_with_unsaved_changes_asks(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:

    window.add_section()
    asked = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not window.close()  # cancelled: the window stays
    assert asked == ["Save the changes to Untitled briefing?"]


def test_import_goes_through_review_and_stores_only_on_accept(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from briefer.gui import reviewdialog

    release = (
        Path(__file__).resolve().parents[1] / "data/releases/07-bmvg-en-pistorius-kihara-berlin.txt"
    )
    before = len(window.library)
    monkeypatch.setattr(reviewdialog.ImportReviewDialog, "exec", lambda dialog: False)
    window.import_paths([release])
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=5000)
    assert len(window.library) == before

    seen = {}

    def accept(dialog: reviewdialog.ImportReviewDialog) -> bool:
        editor = dialog.editors[0]
        seen["kind"] = editor.kind.currentText()
        seen["speaker"] = editor.statements[0].speaker.text()
        editor.statements[0].role.setText("Federal Minister of Defence (corrected)")
        return True

    monkeypatch.setattr(reviewdialog.ImportReviewDialog, "exec", accept)
    window.import_paths([release])
    qtbot.waitUntil(lambda: len(window.library) == before + 2, timeout=5000)
    assert seen == {"kind": "consultation", "speaker": "Boris Pistorius"}
    hits = window.library.search(SearchQuery(text="Pistorius", kind="statement"))
    said = window.library.get(hits[0].id)
    assert isinstance(said, Statement)
    assert said.speaker.role == "Federal Minister of Defence (corrected)"
    assert window.library_panel.model.rowCount() == before + 2  # the panel shows them


def test_a_bad_file_is_reported_in_the_review(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefer.gui import reviewdialog

    empty = tmp_path / "empty.txt"
    empty.write_text("")
    shown = {}

    def look(dialog: reviewdialog.ImportReviewDialog) -> bool:
        shown["tabs"] = dialog.tabs.count()
        shown["store"] = dialog.store_button.isEnabled()
        return False

    monkeypatch.setattr(reviewdialog.ImportReviewDialog, "exec", look)
    window.review(([], ["empty.txt is empty. Choose the file that holds the press release."]))
    assert shown == {"tabs": 0, "store": False}


def test_autosave_and_restore_after_a_crash(
    qtbot,
    sample_library: Library,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from briefer.gui.app import offer_recovery
    from briefer.recovery import Recovery
    from tests.test_recovery import Session

    folder = tmp_path / "recovery"
    live = Session(folder, "Live work")  # another window, still open
    crashed = [Session(folder, "First"), Session(folder, "Second")]
    for session in crashed:
        session.crash()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    recovery = Recovery(folder)
    window = MainWindow(sample_library, settings, None, recovery=recovery)
    qtbot.addWidget(window)
    offered: list[str] = []
    answers = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes]

    def answer(*args: object) -> QMessageBox.StandardButton:
        offered.append(str(args[2]))
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    try:
        restored = offer_recovery(window)
    finally:
        live.crash()
    assert sorted(offered) == [
        "briefer did not close properly. Restore the unsaved changes to “First”?",
        "briefer did not close properly. Restore the unsaved changes to “Second”?",
    ]  # every crashed session's work, not the one still open
    assert len(restored) == 2 and restored[0] is window
    titles = [w.document.briefing.meta.title for w in restored]
    assert sorted(titles) == ["First", "Second"]
    assert all(w.isWindowModified() and w.isVisible() for w in restored[1:])
    assert window.isWindowModified()  # restored work is not saved work
    assert recovery.load() == (window.document.briefing, None)  # now this session's
    for shown in restored:
        shown.document.undo_stack.setClean()
        shown.close()
    left = sorted(left.briefing.meta.title for left in left_behind_now(folder))
    assert left == ["Live work"]  # closed cleanly, taken over: only the killed one is left


def test_declining_a_recovery_removes_only_that_one(  # type: ignore[no-untyped-def]
    qtbot, sample_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from briefer.gui.app import offer_recovery
    from briefer.recovery import Recovery
    from tests.test_recovery import Session

    folder = tmp_path / "recovery"
    live = Session(folder, "Live work")
    Session(folder, "Crashed").crash()
    window = MainWindow(
        sample_library,
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat),
        recovery=Recovery(folder),
    )
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    try:
        assert offer_recovery(window) == []
        assert len(list(folder.glob("*.briefing"))) == 1  # the open session's is still there
        assert left_behind_now(folder) == []  # and never offered while it runs
    finally:
        live.crash()
    assert [left.briefing.meta.title for left in left_behind_now(folder)] == ["Live work"]
    window.close()


def left_behind_now(folder: Path) -> list[LeftBehind]:
    """The recovery files a new session would offer now (their locks let go of at once)."""
    found = left_behind(folder)
    for left in found:
        left.release()
    return found


def test_printing_draws_every_page(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pypdf
    from PySide6.QtPrintSupport import QPrinter

    from briefer.gui.printing import print_pdf

    qtbot.waitUntil(lambda: window.preview.last_pdf is not None, timeout=15000)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = print_pdf(window.preview.last_pdf, printer)
    assert pages == len(pypdf.PdfReader(str(tmp_path / "printed.pdf")).pages) >= 4


def test_an_unexpected_error_is_logged_and_shown(  # type: ignore[no-untyped-def]
    monkeypatch, tmp_path: Path, window: MainWindow
) -> None:
    from briefer import paths
    from briefer.gui.app import report_unexpected

    monkeypatch.setattr(paths, "user_data_dir", lambda: tmp_path / "data")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    try:
        raise KeyError("section-9")
    except KeyError as error:
        report_unexpected(KeyError, error, error.__traceback__)
    assert shown and "Something went wrong: 'section-9'" in shown[0]
    assert "autosaved" in shown[0]
    log = (tmp_path / "data" / "briefer.log").read_text("utf-8")
    assert "Traceback" in log and "KeyError: 'section-9'" in log


def test_preferences_set_what_new_briefings_start_with_and_are_kept(window: MainWindow) -> None:
    from briefer.gui.preferences import Preferences, PreferencesDialog

    dialog = PreferencesDialog(window.preferences, window)
    dialog.prepared_by.setText("Asia-Pacific Division ")
    restricted = "VS-NUR FÜR DEN DIENSTGEBRAUCH"
    dialog.classification.setCurrentIndex(dialog.classification.findData(restricted))
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.autosave.setValue(45)
    window.set_preferences(dialog.preferences())
    window.new()
    meta = window.document.briefing.meta
    assert (meta.prepared_by, meta.classification, meta.language) == (
        "Asia-Pacific Division",
        restricted,
        "de",
    )
    assert window._autosave_timer.interval() == 45_000
    kept = Preferences.load(window.settings)
    assert kept == window.preferences


def test_the_library_to_open_comes_from_the_command_line_then_the_preferences(
    tmp_path: Path,
) -> None:
    from briefer.gui.preferences import Preferences

    chosen = Preferences(library=str(tmp_path / "team.sqlite"))
    given = tmp_path / "given.sqlite"
    assert chosen.library_path(given) == given
    assert chosen.library_path(None) == tmp_path / "team.sqlite"
    assert Preferences().library_path(None) is None  # the default location
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    chosen.save(settings)
    assert Preferences.load(settings) == chosen


def test_editing_a_library_record_marks_the_entries_that_quote_it(  # type: ignore[no-untyped-def]
    monkeypatch, window: MainWindow
) -> None:
    from briefer.gui.recorddialog import RecordDialog
    from briefer.gui.reviewdialog import StatementEditor

    panel = window.library_panel
    panel.search_field.setText("maas")
    panel.refresh()
    panel.table.selectRow(0)
    record_id = panel.selected_ids()[0]

    def correct(dialog: RecordDialog) -> bool:
        assert isinstance(dialog.editor, StatementEditor)
        dialog.editor.role.setText("Federal Foreign Minister")
        return True

    monkeypatch.setattr(RecordDialog, "exec", correct)
    window.edit_record()
    said = window.library.get(record_id)
    assert isinstance(said, Statement) and said.speaker.role == "Federal Foreign Minister"
    assert said.source is not None and said.source.text  # the release is kept
    entry = next(
        e
        for e in window.document.briefing.entries()
        if isinstance(e, RecordEntry) and e.record_id == record_id
    )
    assert window.outline_model.index_of(entry.id).data(Qt.ItemDataRole.DecorationRole)


def test_saving_a_record_unchanged_changes_nothing(window: MainWindow) -> None:
    from briefer.gui.recorddialog import RecordDialog

    for hit in window.library.search(SearchQuery()):
        record = window.library.get(hit.id)
        assert RecordDialog(record, window).record() == record


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_exporting_writes_a_file_that_reads_back(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, window: MainWindow, tmp_path: Path, fmt: str
) -> None:
    from briefer.gui.exportdialog import ExportDialog

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    dialog = ExportDialog(window.document.briefing, str(tmp_path), window)
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.variant.setCurrentIndex(dialog.variant.findData("shareable"))
    target = tmp_path / f"briefing.{fmt}"
    dialog.run(target)
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert told == [f"Wrote {target}"]
    if fmt == "pdf":
        from pypdf import PdfReader

        text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    else:
        from docx import Document

        text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "consultations" in text and "Kramp-Karrenbauer" in text
    assert "Note for the minister" not in text  # the shareable variant leaves internal notes out


def test_the_panes_are_reached_from_the_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.outline.hasFocus()
    window.outline.setCurrentIndex(window.outline_model.index(0, 0))  # a section
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.section_title.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.library_panel.table.hasFocus()


def unnamed_controls(window: QWidget) -> list[str]:
    """Controls a screen reader could not name: no accessible name, label or text of their own."""
    labelled = {label.buddy() for label in window.findChildren(QLabel) if label.buddy()}
    missing = []
    for control in window.findChildren(QWidget):
        if (
            control.focusPolicy() == Qt.FocusPolicy.NoFocus
            or not control.isVisibleTo(window)
            or control.objectName().startswith("qt_")  # parts of Qt's own widgets
        ):
            continue
        own_text = (
            control.property("text")
            if isinstance(control, QAbstractButton)
            else control.property("title")
            if isinstance(control, QGroupBox)
            else ""
        )
        if not (control.accessibleName() or control in labelled or own_text):
            missing.append(type(control).__name__)
    return missing


def test_every_control_has_a_name_for_screen_readers(window: MainWindow) -> None:
    assert unnamed_controls(window) == []
    window.add_text(TextKind.TALKING_POINTS)  # the editor shows the own-text fields
    assert window.editor.text.isVisibleTo(window)
    assert unnamed_controls(window) == []
    window.outline.setCurrentIndex(window.outline_model.index(0, 0))  # a section
    assert unnamed_controls(window) == []


def test_every_dialog_control_has_a_name_for_screen_readers(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    briefing = briefingfile.load(sample_briefing_path())
    release = Path(__file__).parents[1] / "data/written/05-bmvg-de-pistorius-nakatani-video.txt"
    for dialog in (
        ExportDialog(briefing, str(tmp_path)),
        PropertiesDialog(briefing.meta),
        PreferencesDialog(Preferences()),
        ImportReviewDialog([draft_file(release)], ["notes.txt holds no text"]),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__


def test_moving_up_and_down_from_the_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    before = outline_texts(window)
    window.outline.setCurrentIndex(
        window.outline_model.index(1, 0, window.outline_model.index(1, 0))
    )
    window.outline.setFocus()
    qtbot.keyClick(
        window.outline,
        Qt.Key.Key_Up,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    after = outline_texts(window)
    assert after[1] == [before[1][1], before[1][0]]
    assert window.outline.currentIndex().data() == before[1][1]  # still selected
    window.undo_action.trigger()
    assert outline_texts(window) == before


def test_a_participant_can_be_added_to_a_meeting(window: MainWindow) -> None:
    from PySide6.QtWidgets import QTableWidgetItem

    from briefer.gui.recorddialog import RecordDialog
    from briefer.gui.reviewdialog import MeetingEditor
    from briefer.model import Consultation

    meeting = window.library.get(1)
    assert isinstance(meeting, Consultation)
    dialog = RecordDialog(meeting, window)
    assert isinstance(dialog.editor, MeetingEditor)
    row = len(meeting.participants)  # the empty row after the release's participants
    for column, text in enumerate(("Katsunobu Kato", "Chief Cabinet Secretary", "Japan")):
        dialog.editor.people.setItem(row, column, QTableWidgetItem(text))
    edited = dialog.record()
    assert isinstance(edited, Consultation)
    assert edited.participants[:-1] == meeting.participants
    assert edited.participants[-1].name == "Katsunobu Kato"


def test_drops_onto_the_outline_root_land_where_they_are_dropped(window: MainWindow) -> None:
    model = window.outline_model
    names = lambda: [s.title for s in window.document.briefing.sections]  # noqa: E731
    first, second, third = names()
    data = QMimeData()
    data.setData(ENTRY_MIME, json.dumps([window.document.briefing.sections[0].id]).encode())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert names() == [second, first, third]  # between the second and the third
    window.add_section()
    records = QMimeData()
    records.setData(RECORD_MIME, json.dumps([2]).encode())
    below_the_last = model.rowCount()
    assert model.dropMimeData(records, Qt.DropAction.CopyAction, below_the_last, 0, QModelIndex())
    last = window.document.briefing.sections[-1]
    assert [e.record_id for e in last.entries if isinstance(e, RecordEntry)] == [2]


def test_the_editor_lets_go_of_an_item_that_is_gone(window: MainWindow) -> None:
    window.add_section()
    section = window.document.briefing.sections[-1]
    assert window.editor.item_id == section.id
    window.undo_action.trigger()  # the section is gone
    assert window.editor.item_id == ""
    assert window.editor.stack.currentIndex() == 0  # "select a section or an entry"


def test_typing_in_a_title_keeps_the_cursor(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.outline.setCurrentIndex(window.outline_model.index(0, 0))
    field = window.editor.section_title
    field.setFocus()
    field.setCursorPosition(0)
    qtbot.keyClicks(field, "AB")
    assert field.text() == "ABThe consultations"
    assert window.document.briefing.sections[0].title == "ABThe consultations"


def test_steady_editing_is_autosaved_and_saving_drops_the_recovery_file(  # type: ignore[no-untyped-def]
    qtbot, sample_library: Library, tmp_path: Path
) -> None:
    from briefer.recovery import Recovery

    recovery = Recovery(tmp_path / "recovery")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        sample_library, settings, briefingfile.load(sample_briefing_path()), recovery=recovery
    )
    window._autosave_timer.setInterval(200)
    for _ in range(8):  # an edit every 100 ms: a timer restarted by each would never fire
        window.add_section()
        qtbot.wait(100)
    assert recovery.file.exists()
    assert window._save_to(tmp_path / "saved.briefing")
    assert not recovery.file.exists()
    window.close()


def test_printing_waits_for_the_preview_of_the_latest_edit(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.preview.current_pdf() is not None, timeout=15000)
    window.add_section()
    assert window.preview.current_pdf() is None  # an older render would miss the new section
    qtbot.waitUntil(lambda: window.preview.current_pdf() is not None, timeout=15000)


def test_rows_of_records_deleted_elsewhere_say_so_and_the_others_stay_right(
    sample_library: Library,
) -> None:
    model = LibraryTableModel()
    ids = [hit.id for hit in sample_library.search(SearchQuery())]
    model.set_ids(ids, sample_library.hits)
    sample_library.delete(ids[0])  # by another window, or the command line
    model.set_ids(ids, sample_library.hits)  # the panel's list is now one out of date
    assert model.index(0, 2).data() == "(no longer in the library)"
    for row, record_id in enumerate(ids[1:], 1):
        assert model.index(row, 2).data() == sample_library.get(record_id).heading


def test_a_date_that_is_not_one_is_refused_not_dropped(  # type: ignore[no-untyped-def]
    monkeypatch, window: MainWindow
) -> None:
    from datetime import date

    from briefer.gui.recorddialog import RecordDialog
    from briefer.gui.reviewdialog import StatementEditor

    said = window.library.get(2)
    dialog = RecordDialog(said, window)
    assert isinstance(dialog.editor, StatementEditor)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    dialog.editor.date.setText("13 April")
    dialog.accept()
    assert dialog.result() != RecordDialog.DialogCode.Accepted
    assert warned and "“13 April” has no year" in warned[0]
    dialog.editor.date.setText("2.5.2021")  # as written in German
    dialog.accept()
    assert dialog.result() == RecordDialog.DialogCode.Accepted
    edited = dialog.record()
    assert isinstance(edited, Statement) and edited.date == date(2021, 5, 2)


def test_a_failing_autosave_says_so_and_stays_on_screen(
    qtbot,  # type: ignore[no-untyped-def]
    sample_library: Library,
    tmp_path: Path,
) -> None:
    from briefer.recovery import Recovery

    recovery = Recovery(tmp_path / "recovery")
    recovery.file.mkdir(parents=True)  # the recovery file cannot be written: a folder is there
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        sample_library, settings, briefingfile.load(sample_briefing_path()), recovery=recovery
    )
    qtbot.addWidget(window)
    window.add_section()
    window.autosave()
    assert window.statusBar().currentMessage() == (
        "Could not autosave: Is a directory. Save your work to be safe."
    )
    window.document.undo_stack.setClean()


def test_exporting_says_which_characters_the_pdf_cannot_print(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, window: MainWindow, tmp_path: Path
) -> None:
    from dataclasses import replace

    from briefer.gui.exportdialog import ExportDialog

    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: told.append((box.text(), box.informativeText())) or 0
    )
    briefing = window.document.briefing
    briefing = replace(briefing, meta=replace(briefing.meta, title="Talks \ue000 in Berlin"))
    dialog = ExportDialog(briefing, str(tmp_path), window)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.run(tmp_path / "briefing.pdf")
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    wrote, details = told[0]
    assert wrote == f"Wrote {tmp_path / 'briefing.pdf'}"
    assert "U+E000" in details and "the cover" in details
