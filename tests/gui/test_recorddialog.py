"""Library ▸ Edit Record: every field editable (a consultation's summary too) beside the
release's text, and what is saved reaches the library and every export."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from briefer.exporting import export
from briefer.gui.recorddialog import RecordDialog
from briefer.gui.recordeditor import MeetingEditor
from briefer.importing import draft_file, store
from briefer.library import Library
from briefer.model import Briefing, BriefingMeta, Consultation, RecordEntry, Section
from briefer.model.records import snapshot
from tests.gui.windows import close, opened_window

NATO = next((Path(__file__).parents[1] / "data/corpus/tuning").glob("nato-04-*.txt"))
TIDY = "Stoltenberg and Kuleba opened the first NATO-Ukraine Council of foreign ministers."


@pytest.fixture
def library(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Library(tmp_path / "library.sqlite") as opened:
        store(opened, draft_file(NATO))
        yield opened


def exported_text(briefing: Briefing, target: Path) -> str:
    export(briefing, target.suffix.lstrip("."), target)
    if target.suffix == ".pdf":
        return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(target).pages)
    return " ".join(p.text for p in Document(str(target)).paragraphs)


def test_a_summary_edited_in_edit_record_reaches_the_library_and_the_exports(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch: pytest.MonkeyPatch, library: Library, tmp_path: Path
) -> None:
    window = opened_window(library, tmp_path)
    meeting_id = 1  # a release's meeting is stored first
    before = library.get(meeting_id)
    assert isinstance(before, Consultation) and "on Wednesday" in before.summary
    panel = window.library_panel
    rows = range(panel.model.rowCount())
    panel.table.selectRow(next(r for r in rows if panel.model.record_id(r) == meeting_id))

    def tidy(dialog: RecordDialog) -> bool:  # the user rewrites the parser's summary, saves
        assert isinstance(dialog.editor, MeetingEditor)
        assert dialog.editor.summary.toPlainText() == before.summary
        dialog.editor.summary.setPlainText(TIDY)
        dialog.accept()
        return dialog.result() == RecordDialog.DialogCode.Accepted

    monkeypatch.setattr(RecordDialog, "exec", tidy)
    window.edit_record()
    after = library.get(meeting_id)
    assert isinstance(after, Consultation) and after.summary == TIDY
    assert after.title == before.title and after.participants == before.participants
    briefing = Briefing(
        meta=BriefingMeta(title="Ukraine"),
        sections=(Section("Meetings", (RecordEntry(snapshot(after), meeting_id),)),),
    )
    for name in ("briefing.pdf", "briefing.docx"):
        text = exported_text(briefing, tmp_path / name)
        assert TIDY in text, name
        assert "on Wednesday" not in text, name
    close(window)


def test_edit_record_shows_the_release_beside_the_fields(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    meeting = library.get(1)
    assert isinstance(meeting, Consultation)
    dialog = RecordDialog(meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitActive(dialog)
    assert isinstance(dialog.editor, MeetingEditor) and dialog.source is not None
    summary = dialog.editor.summary
    summary.setFocus()
    qtbot.waitUntil(summary.hasFocus, timeout=2000)
    assert dialog.source.highlighted() == [meeting.summary]
    dialog.editor.people.setCurrentCell(0, 0)
    assert dialog.source.highlighted() == ["Secretary General", "Jens Stoltenberg"]
