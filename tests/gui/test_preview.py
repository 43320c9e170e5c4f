"""The preview shows any variant and template, and turns to the page of the outline's item."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings

from briefer.gui.mainwindow import MainWindow
from briefer.gui.outlinemodel import ID_ROLE
from briefer.library import Library
from briefer.library.sample import sample_briefing_path
from briefer.model import briefingfile, edits
from briefer.render.registry import Renderer


@pytest.fixture
def window(qtbot, sample_library: Library, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(sample_library, settings, briefingfile.load(sample_briefing_path()))
    shown.show()
    qtbot.waitUntil(lambda: shown.preview.current_pdf() is not None, timeout=20000)
    yield shown
    shown.document.undo_stack.setClean()  # no "save changes?" when the test closes it
    shown.close()
    shown.deleteLater()


def _rendered(qtbot, window: MainWindow) -> Path:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.preview.current_pdf() is not None, timeout=20000)
    pdf = window.preview.current_pdf()
    assert pdf is not None
    return pdf


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def _page_shown(window: MainWindow) -> int:
    return window.preview.view.pageNavigator().currentPage() + 1


def test_selecting_in_the_outline_turns_the_preview_to_that_page(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    model = window.outline_model
    pdf = _rendered(qtbot, window)
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    assert "Kramp-Karrenbauer, Federal Minister of Defence" in pages[3]  # cover, contents, …
    statements = model.index(1, 0)
    window.outline.setCurrentIndex(model.index(1, 0, statements))  # her statement
    assert _page_shown(window) == 4
    window.outline.setCurrentIndex(model.index(0, 0))  # "The consultations"
    assert _page_shown(window) == 3
    assert window.preview.page_label.text() == "Page 3 of 5"


def test_an_entry_the_variant_leaves_out_shows_its_sections_page(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    preview = window.preview
    preview.variant.setCurrentIndex(preview.variant.findData("shareable"))
    pdf = _rendered(qtbot, window)
    assert "Note for the minister" not in _text(pdf)
    assert "Version for distribution" in _text(pdf)
    talking_points = window.outline_model.index(2, 0)
    window.outline.setCurrentIndex(window.outline_model.index(0, 0))
    window.outline.setCurrentIndex(window.outline_model.index(1, 0, talking_points))  # the note
    assert _page_shown(window) == 4  # where "Talking points" is printed


def test_the_preview_shows_any_template(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    preview = window.preview
    assert "Note for the minister" in _text(_rendered(qtbot, window))  # internal by default
    preview.template.setCurrentIndex(preview.template.findData("speaking-notes"))
    pdf = _rendered(qtbot, window)
    outline = PdfReader(pdf).outline
    assert outline[0].title == "Talking points"  # speaking notes put them first
    assert window.document.briefing.meta.template == "ministerial-brief"  # unchanged
    assert not window.document.modified


def test_an_edit_leaves_the_preview_on_the_page_being_read(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    model = window.outline_model
    _rendered(qtbot, window)
    talking_points = model.index(2, 0)
    window.outline.setCurrentIndex(model.index(0, 0, talking_points))
    page = _page_shown(window)
    window.preview.turn(-page + 1)  # the user reads the cover meanwhile
    assert _page_shown(window) == 1
    with qtbot.waitSignal(window.preview.rendered, timeout=20000):
        window.document.apply(
            "Rename", lambda b: edits.rename_section(b, b.sections[2].id, "Points for the call")
        )
    assert window.outline.currentIndex().data(ID_ROLE) == "tp-2plus2"  # still selected
    assert _page_shown(window) == 1
    statements = model.index(1, 0)
    window.outline.setCurrentIndex(model.index(1, 0, statements))
    assert _page_shown(window) == 4  # a new selection still turns to its page


def test_closing_while_a_render_runs_leaves_no_preview_files(  # type: ignore[no-untyped-def]
    qtbot, sample_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    finished: list[Path] = []
    original = Renderer.render

    def slow(self: Renderer, document, template, target: Path, *rest):  # type: ignore[no-untyped-def]
        time.sleep(0.5)  # still writing when the window closes
        warnings = original(self, document, template, target, *rest)
        finished.append(target)
        return warnings

    monkeypatch.setattr(Renderer, "render", slow)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(sample_library, settings, briefingfile.load(sample_briefing_path()))
    shown.show()
    preview = shown.preview
    folder = Path(preview._folder.name)
    preview._timer.stop()
    preview._render()
    shown.document.undo_stack.setClean()
    shown.close()
    assert finished  # the close waited for the render to finish writing
    assert not folder.exists()  # then removed the folder with the render's file in it
    qtbot.wait(200)  # the render's report, queued, reaches a closed preview and changes nothing
    assert not folder.exists()
    assert preview.last_pdf is None
    shown.deleteLater()
