"""Opening files: a briefing from the command line, and plain words for files that are not
briefings."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from briefer import cli
from briefer.gui.mainwindow import MainWindow
from briefer.library import Library
from briefer.library.sample import sample_briefing_path
from briefer.model import briefingfile

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture
def window(qtbot, sample_library: Library, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(sample_library, settings)
    yield shown
    shown.close()
    shown.deleteLater()


def _files(folder: Path) -> dict[str, Path]:
    """One real file of each kind a user might pick by mistake."""
    text = folder / "release.txt"
    text.write_text("Foreign Minister Maas met his Japanese counterpart.\n", encoding="utf-8")
    html = folder / "release.htm"
    html.write_text("<!DOCTYPE html><html><body><p>Press release</p></body></html>")
    word = folder / "notes.docx"
    document = Document()
    document.add_paragraph("Talking points")
    document.save(str(word))
    image = folder / "map.png"
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor("steelblue"))
    assert picture.save(str(image))
    empty = folder / "empty.briefing"
    empty.write_bytes(b"")
    binary = folder / "data.bin"
    binary.write_bytes(bytes(range(256)) * 8)
    pdf = folder / "release.pdf"
    shutil.copy(DATA / "written/06-bpa-de-scholz-ramaphosa-telefonat.pdf", pdf)
    return {
        "text": text,
        "html": html,
        "word": word,
        "image": image,
        "empty": empty,
        "binary": binary,
        "pdf": pdf,
    }


_SAID = {
    "text": "release.txt is a text file, not a briefing; to import a press release use "
    "File ▸ Import Press Releases.",
    "html": "release.htm is a web page, not a briefing; to import a press release use "
    "File ▸ Import Press Releases.",
    "word": "notes.docx is a Word document, not a briefing; to import a press release use "
    "File ▸ Import Press Releases.",
    "pdf": "release.pdf is a PDF document, not a briefing; to import a press release use "
    "File ▸ Import Press Releases.",
    "image": "map.png is an image, not a briefing; a briefing is a .briefing file saved by "
    "briefer.",
    "empty": "empty.briefing is an empty file, not a briefing; a briefing is a .briefing file "
    "saved by briefer.",
    "binary": "data.bin is a binary file, not a briefing; a briefing is a .briefing file saved "
    "by briefer.",
}


@pytest.mark.parametrize("kind", sorted(_SAID))
def test_opening_a_file_that_is_not_a_briefing_says_what_it_is(  # type: ignore[no-untyped-def]
    monkeypatch, window: MainWindow, tmp_path: Path, kind: str
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    before = window.document.briefing
    window.open(_files(tmp_path)[kind])
    assert shown == [_SAID[kind]]
    assert window.document.briefing is before and window.document.path is None


def test_a_damaged_briefing_still_says_what_is_wrong_with_it(  # type: ignore[no-untyped-def]
    monkeypatch, window: MainWindow, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    cut = tmp_path / "cut.briefing"
    cut.write_text(sample_briefing_path().read_text(encoding="utf-8")[:500], encoding="utf-8")
    window.open(cut)
    assert len(shown) == 1 and shown[0].startswith("cut.briefing is damaged: it is not valid JSON")


def _run_app(monkeypatch, words: list[str]) -> tuple[int, list[MainWindow]]:  # type: ignore[no-untyped-def]
    """Run `briefer WORDS` until its event loop would start; return the exit code and the
    windows it showed (closed again)."""
    seen: list[MainWindow] = []

    def look(_app: QApplication) -> int:
        seen.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        for shown in seen:
            shown.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", look)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the app sets its own
    return cli.main(words), seen


def test_briefer_with_a_briefing_file_opens_it_in_the_app(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, tmp_path: Path
) -> None:
    briefing = briefingfile.load(sample_briefing_path())
    path = tmp_path / "tokyo talks.briefing"
    briefingfile.save(path, briefing)
    monkeypatch.chdir(tmp_path)
    code, windows = _run_app(
        monkeypatch, ["--library", str(tmp_path / "lib.sqlite"), "tokyo talks.briefing"]
    )
    assert code == 0 and len(windows) == 1
    window = windows[0]
    assert window.document.path == path
    assert window.document.briefing == briefing
    assert window.windowTitle().startswith("tokyo talks.briefing")
    assert not window.document.modified
    window.deleteLater()


def test_briefer_with_a_file_that_is_not_a_briefing_says_so_and_starts(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    text = _files(tmp_path)["text"]
    code, windows = _run_app(monkeypatch, [str(text), "--library", str(tmp_path / "lib.sqlite")])
    assert code == 0 and len(windows) == 1
    assert shown == [_SAID["text"]]
    assert windows[0].document.path is None
    windows[0].deleteLater()


def test_a_mistyped_command_is_still_refused(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        cli.main(["serch", "maas"])
    assert "invalid choice: 'serch'" in capsys.readouterr().err
