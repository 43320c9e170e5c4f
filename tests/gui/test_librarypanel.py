"""The library panel's filters: dates near the library's own, always visible while they hide
records, cleared in one click; facet counts that follow the search."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox

from briefer.gui.librarypanel import LibraryPanel
from briefer.library import Library
from tests.factories import consultation

# the sample's three records are of 13 April 2021; these two are older and newer
OLDER = consultation(
    "Strategic dialogue", "Anna Example", when=date(2019, 3, 5), topics=("Korean Peninsula",)
)
NEWER = consultation(
    "Follow-up talks", "Ben Example", when=date(2022, 6, 1), topics=("korean peninsula",)
)


@pytest.fixture
def panel(qtbot, sample_library: Library) -> Iterator[LibraryPanel]:  # type: ignore[no-untyped-def]
    sample_library.add(OLDER)
    sample_library.add(NEWER)
    shown = LibraryPanel(sample_library)
    qtbot.addWidget(shown)
    shown.resize(600, 800)
    shown.show()
    yield shown
    shown.stop()


def _items(box: QComboBox) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


def _rows(panel: LibraryPanel) -> list[str]:
    model = panel.model
    return [model.index(row, 2).data() for row in range(model.rowCount())]


def test_the_date_calendars_span_the_librarys_dates_not_1900(panel: LibraryPanel) -> None:
    for edit in (panel.date_from, panel.date_to):
        assert edit.value() is None  # off until the user sets a date
        low, high = edit.edit.minimumDate(), edit.edit.maximumDate()
        assert 2010 <= low.year() <= 2019 and high.year() >= 2022
    assert panel.date_from.edit.date() == QDate(2019, 3, 5)  # the calendar opens at records
    assert panel.date_to.edit.date() == QDate(2022, 6, 1)
    assert len(_rows(panel)) == 5


def test_a_date_set_from_the_keyboard_filters_and_is_kept(qtbot, panel: LibraryPanel) -> None:  # type: ignore[no-untyped-def]
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    field = panel.date_from.edit
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Up)  # the year: 2019-03-05 becomes 2020-03-05
    qtbot.waitUntil(lambda: len(_rows(panel)) == 4, timeout=3000)
    assert panel.date_from.use.isChecked()
    assert panel.date_from.value() == date(2020, 3, 5)
    assert "Strategic dialogue" not in _rows(panel)
    qtbot.wait(300)  # later searches and facet refills leave the date alone
    panel.reload()
    assert panel.date_from.value() == date(2020, 3, 5)
    assert field.text() == "2020-03-05"


def test_a_date_is_cleared_with_its_own_button(qtbot, panel: LibraryPanel) -> None:  # type: ignore[no-untyped-def]
    panel.date_to.edit.setDate(QDate(2021, 12, 31))
    qtbot.waitUntil(lambda: len(_rows(panel)) == 4, timeout=3000)
    assert panel.date_to.clear_button.isEnabled()
    qtbot.mouseClick(panel.date_to.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_rows(panel)) == 5, timeout=3000)
    assert panel.date_to.value() is None
    assert not panel.date_to.clear_button.isEnabled()


def test_filters_that_hide_records_are_always_said_and_cleared_in_one_click(  # type: ignore[no-untyped-def]
    qtbot, panel: LibraryPanel
) -> None:
    assert not panel.filter_line.isVisible() and not panel.clear_button.isEnabled()
    panel.kind.setCurrentIndex(panel.kind.findData("statement"))
    panel.date_from.edit.setDate(QDate(2021, 4, 13))
    qtbot.waitUntil(lambda: len(_rows(panel)) == 2, timeout=3000)
    assert panel.filter_line.isVisible()
    assert panel.filter_line.text() == '2 filters hide 3 records — <a href="clear">Clear</a>'
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert len(_rows(panel)) == 5
    assert panel.kind.currentData() is None and panel.date_from.value() is None
    assert not panel.filter_line.isVisible()

    panel.search_field.setText("example")
    panel.kind.setCurrentIndex(panel.kind.findData("statement"))
    qtbot.waitUntil(lambda: len(_rows(panel)) == 0, timeout=3000)
    assert panel.filter_line.text().startswith(
        "1 filter hides 2 records"
    )  # of those the text finds
    panel.filter_line.linkActivated.emit("clear")
    assert sorted(_rows(panel)) == ["Follow-up talks", "Strategic dialogue"]
    assert panel.search_field.text() == "example"  # the text is not a filter


def test_facet_counts_follow_the_search(qtbot, panel: LibraryPanel) -> None:  # type: ignore[no-untyped-def]
    assert _items(panel.kind) == ["Any", "consultation (3)", "statement (2)"]
    qtbot.keyClicks(panel.search_field, "kramp")
    qtbot.waitUntil(lambda: len(_rows(panel)) == 2, timeout=3000)
    assert _items(panel.kind) == ["Any", "consultation (1)", "statement (1)"]
    assert "Anna Example (1)" not in _items(panel.person)
    panel.kind.setCurrentIndex(panel.kind.findData("statement"))
    qtbot.waitUntil(lambda: len(_rows(panel)) == 1, timeout=3000)
    assert _items(panel.kind) == ["Any", "consultation (1)", "statement (1)"]  # still offered
    assert panel.kind.currentData() == "statement"
    assert _items(panel.person) == ["Any", "Annegret Kramp-Karrenbauer (1)"]


def test_topics_differing_only_in_case_are_one_choice(qtbot, panel: LibraryPanel) -> None:  # type: ignore[no-untyped-def]
    korean = [t for t in _items(panel.topic) if t.lower().startswith("korean")]
    assert korean == ["Korean Peninsula (3)"]
    panel.topic.setCurrentIndex(panel.topic.findText("Korean Peninsula (3)"))
    qtbot.waitUntil(lambda: len(_rows(panel)) == 3, timeout=3000)
    assert "Follow-up talks" in _rows(panel) and "Strategic dialogue" in _rows(panel)
