from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from briefer.gui.librarymodel import LibraryTableModel
from briefer.gui.mainwindow import MainWindow
from briefer.library import Library, SearchQuery


@pytest.fixture
def window(qtbot, sample_library: Library) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    shown = MainWindow(sample_library)
    qtbot.addWidget(shown)
    shown.show()
    yield shown


def test_the_window_lists_the_sample_library(window: MainWindow) -> None:
    assert window.model.rowCount() == 3
    titles = {window.model.index(row, 2).data() for row in range(3)}
    assert any(t.startswith("Heiko Maas: “So that Germany") for t in titles)
    assert "First German–Japanese “2+2” consultations" in " ".join(titles)
    assert "3 of 3 records" in window.statusBar().currentMessage()


def test_typing_filters_and_the_detail_shows_the_record(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.search_field, "kramp")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=2000)
    window.search_field.setText("Annegret situation")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=2000)
    detail = window.detail.toPlainText()
    assert "Speaker: Annegret Kramp-Karrenbauer (Federal Minister of Defence, Germany)" in detail
    assert "technology and cyber security." in detail


def test_the_library_model_passes_the_model_tester(
    qtmodeltester,  # type: ignore[no-untyped-def]
    sample_library: Library,
) -> None:
    model = LibraryTableModel()
    model.set_hits(sample_library.search(SearchQuery()))
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Kind"
