"""Annexes in the window: a record's original release in one click, files attached (bad ones
refused), and the Annexes dialog; every change undoable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from briefer.exporting import export
from briefer.gui.annexdialog import AnnexesDialog
from briefer.gui.mainwindow import MainWindow
from briefer.model import ImageAnnex, PdfAnnex, ReleaseAnnex
from tests.annexdata import encrypted_pdf, image_file, pdf_file
from tests.render.pdfcheck import read

RELEASE = (
    "Federal Foreign Office and Federal Ministry of Defence on consultations between the "
    "Foreign and Defence Ministers of Germany and Japan"
)


def action(widget: QWidget, text: str) -> QAction:
    return next(a for a in widget.actions() if a.text().replace("&", "") == text)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    return shown


def test_attach_original_release_from_the_outline_in_one_click(
    window: MainWindow, tmp_path: Path
) -> None:
    consultation = window.outline_model.index(1, 0, window.outline_model.index(0, 0))
    window.outline.setCurrentIndex(consultation)
    action(window.outline, "Attach Original Release").trigger()
    [annex] = window.document.briefing.annexes
    assert isinstance(annex, ReleaseAnnex)
    assert annex.title == RELEASE
    assert annex.source.text.startswith("Welcome\n")
    assert window.document.undo_stack.undoText() == "Attach annex"
    assert window.isWindowModified()
    path = tmp_path / "brief.pdf"
    export(window.document.briefing, "pdf", path)
    text = " ".join(read(path).text.split())
    assert "Annex 1: Federal Foreign Office and Federal Ministry of Defence" in text
    assert "we must strengthen our engagement in Asia in particular" in text
    window.undo_action.trigger()
    assert window.document.briefing.annexes == ()


def test_a_release_attached_already_is_not_attached_twice(window: MainWindow) -> None:
    statement = window.outline_model.index(0, 0, window.outline_model.index(1, 0))
    window.outline.setCurrentIndex(statement)
    release = action(window.outline, "Attach Original Release")
    release.trigger()
    window.outline.setCurrentIndex(window.outline_model.index(1, 0, statement.parent()))
    release.trigger()  # another statement from the same release
    assert len(window.document.briefing.annexes) == 1
    assert "attached already, as Annex 1" in window.statusBar().currentMessage()


def test_attach_original_release_from_the_library(qtbot: QtBot, window: MainWindow) -> None:
    window.library_panel.table.selectRow(0)
    action(window.library_panel.table, "Attach Original Release").trigger()
    [annex] = window.document.briefing.annexes
    assert isinstance(annex, ReleaseAnnex) and annex.title == RELEASE


def test_own_text_has_no_release_to_attach(window: MainWindow, warnings: list[str]) -> None:
    window.outline.setCurrentIndex(
        window.outline_model.index(0, 0, window.outline_model.index(0, 0))
    )
    action(window.outline, "Attach Original Release").trigger()
    assert window.document.briefing.annexes == ()
    assert warnings == []
    assert "Select a record" in window.statusBar().currentMessage()


def test_a_file_is_attached_titled_by_its_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "Joint statement.pdf"
    path.write_bytes(pdf_file(2))
    window.attach_file(path)
    qtbot.waitUntil(lambda: len(window.document.briefing.annexes) == 1)
    [annex] = window.document.briefing.annexes
    assert isinstance(annex, PdfAnnex) and (annex.title, annex.pages) == ("Joint statement", 2)
    assert window.statusBar().currentMessage() == "Attached “Joint statement” as Annex 1"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.pdf", b"A text file renamed.", "notes.pdf is not a PDF, PNG or JPEG file"),
        ("locked.pdf", encrypted_pdf(), "locked.pdf is encrypted"),
        ("cut.png", image_file()[:200], "cut.png is a damaged image"),
    ],
    ids=["renamed-text", "encrypted", "damaged"],
)
def test_a_bad_file_is_refused_and_the_briefing_left_as_it_was(
    qtbot: QtBot,
    window: MainWindow,
    warnings: list[str],
    tmp_path: Path,
    name: str,
    content: bytes,
    message: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = window.document.briefing
    window.attach_file(path)
    qtbot.waitUntil(lambda: bool(warnings))
    assert warnings[0].startswith(message) and "\n" not in warnings[0]
    assert window.document.briefing is before
    assert not window.document.undo_stack.canUndo()


def test_the_annexes_dialog_renames_moves_and_removes_undoably(
    qtbot: QtBot, qtmodeltester, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    for name, content in (("a.pdf", pdf_file(1)), ("b.png", image_file())):
        (tmp_path / name).write_bytes(content)
        window.attach_file(tmp_path / name)
        qtbot.waitUntil(
            lambda n=name: any(a.title == n[0] for a in window.document.briefing.annexes)
        )
    dialog = AnnexesDialog(window.document, window.attach_annex, window)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model
    qtmodeltester.check(model)
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(2)] == [
        "Annex 1",
        "Annex 2",
    ]
    assert model.index(0, 1).data().startswith("PDF, 1 page, ")
    assert model.index(1, 1).data().startswith("PNG image, 640 × 400 pixels")
    assert model.setData(model.index(1, 0), "  Map  ")
    assert not model.setData(model.index(1, 0), "   ")  # a blank title is refused
    dialog.select(1)
    dialog.step(-1)
    assert [a.title for a in window.document.briefing.annexes] == ["Map", "a"]
    assert dialog.current_row() == 0
    assert not dialog.up_button.isEnabled() and dialog.down_button.isEnabled()
    dialog.remove()
    [left] = window.document.briefing.annexes
    assert isinstance(left, PdfAnnex)
    for expected in (["Map", "a"], ["a", "Map"], ["a", "b"]):
        window.document.undo_stack.undo()
        assert [a.title for a in window.document.briefing.annexes] == expected
    assert isinstance(window.document.briefing.annexes[1], ImageAnnex)
