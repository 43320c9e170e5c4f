"""Find in Briefing: the bar over the outline steps through the entries holding the words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefer.gui.mainwindow import MainWindow
from briefer.gui.outlinemodel import ID_ROLE
from briefer.model import edits

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _current(window: MainWindow) -> str:
    return str(window.outline.currentIndex().data(ID_ROLE))


def test_ctrl_shift_f_finds_own_text_and_records_and_enter_steps_through(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL_SHIFT)
    bar = window.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "japan")
    hits = bar.count.text()
    assert hits.endswith("found") and int(hits.split()[0]) >= 4
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    first = _current(window)
    assert bar.count.text().startswith("1 of ")
    assert window.editor.item_id == first  # the editor shows the match
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert _current(window) != first
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert _current(window) == first


def test_a_word_in_a_talking_point_selects_it_and_unknown_words_say_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.find_in_briefing_action.trigger()
    bar = window.find_bar
    qtbot.keyClicks(bar.field, "MILESTONE")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert _current(window) == "tp-2plus2"
    assert bar.count.text() == "1 of 1"
    bar.field.clear()
    qtbot.keyClicks(bar.field, "zanzibar")
    assert bar.count.text() == "Not found"
    assert not bar.next_button.isEnabled()
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_matches_follow_edits_of_the_briefing(qtbot: QtBot, window: MainWindow) -> None:
    window.find_in_briefing_action.trigger()
    bar = window.find_bar
    qtbot.keyClicks(bar.field, "milestone")
    assert bar.count.text() == "1 found"
    window.document.apply("Remove", lambda b: edits.remove_items(b, {"tp-2plus2"}))
    assert bar.count.text() == "Not found"
