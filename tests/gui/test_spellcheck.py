"""Spell checking in the entry editor: red wavy marks, the context menu, the word list."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from briefer import paths, spelling
from briefer.gui.briefingdoc import BriefingDocument
from briefer.gui.mainwindow import MainWindow
from briefer.gui.preferences import Preferences, PreferencesDialog
from briefer.gui.spellcheck import EditorSpelling, SpellingService, spelling_service
from briefer.model import TextEntry, TextKind, edits

WAVE = QTextCharFormat.UnderlineStyle.WaveUnderline


@pytest.fixture(autouse=True)
def _dictionaries() -> None:
    for language in spelling.DICTIONARIES:
        try:
            spelling.open_dictionary(language)
        except spelling.SpellingUnavailable as error:
            pytest.skip(f"needs Debian's Hunspell dictionaries and libenchant-2-2: {error}")


def _drop_service() -> None:
    """Start each test with the spelling of a new session (its own word list file)."""
    found = QApplication.instance().findChild(SpellingService)  # type: ignore[union-attr]
    if found is not None:
        found.set_enabled(True)
        found.setParent(None)
        found.deleteLater()


@pytest.fixture
def service(qapp: QApplication) -> Iterator[SpellingService]:
    _drop_service()
    yield spelling_service()
    _drop_service()


@pytest.fixture
def window(service: SpellingService, window: MainWindow) -> MainWindow:
    """The main window, made once the spelling service is fresh."""
    return window


def marked(edit: QPlainTextEdit | QTextEdit) -> list[str]:
    """The words the field shows with a red wavy underline."""
    words = []
    block = edit.document().begin()
    while block.isValid():
        for span in block.layout().formats():
            if span.format.underlineStyle() == WAVE:
                assert span.format.underlineColor().name() == "#ff0000"
                words.append(block.text()[span.start : span.start + span.length])
        block = block.next()
    return words


def write(qtbot, window: MainWindow, text: str) -> QPlainTextEdit | QTextEdit:
    """Add a background text to the briefing and type text into it."""
    window.add_text(TextKind.BACKGROUND)
    qtbot.keyClicks(window.editor.text, text)
    return window.editor.text


def point_at(edit: QPlainTextEdit | QTextEdit, word: str) -> QPoint:
    cursor = QTextCursor(edit.document())
    cursor.setPosition(edit.toPlainText().index(word) + 1)
    return edit.cursorRect(cursor).center()


def choose(window: MainWindow, point: QPoint, text: str) -> list[str]:
    """Open the editor's context menu at point, trigger the item text; return the items."""
    menu = window.editor.spelling.menu(point)
    items = [action.text() for action in menu.actions()]
    next(a for a in menu.actions() if a.text() == text).trigger()
    return items


def own_text(window: MainWindow) -> str:
    s_index, e_index = edits.find_entry(window.document.briefing, window.editor.item_id)
    entry = window.document.briefing.sections[s_index].entries[e_index]
    assert isinstance(entry, TextEntry)
    return entry.text.plain()


def test_typing_marks_a_misspelled_word_and_not_a_correct_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    edit = write(qtbot, window, "The minister recieved the delegation in Tokyo.")
    assert marked(edit) == ["recieved"]


def test_a_suggestion_replaces_the_word_in_the_briefing(qtbot: QtBot, window: MainWindow) -> None:
    edit = write(qtbot, window, "The minister recieved the delegation.")
    items = choose(window, point_at(edit, "recieved"), "received")
    assert items.index("received") < items.index("Add to Dictionary") < items.index("Ignore")
    assert len(items[: items.index("Add to Dictionary")]) <= 6  # five and a separator
    assert own_text(window) == "The minister received the delegation."
    assert marked(edit) == []


def test_a_correction_is_an_undo_step_of_its_own(qtbot: QtBot, window: MainWindow) -> None:
    edit = write(qtbot, window, "The minister recieved the delegation.")
    choose(window, point_at(edit, "recieved"), "received")
    assert own_text(window) == "The minister received the delegation."
    window.document.undo_stack.undo()
    assert own_text(window) == "The minister recieved the delegation."  # the typing stays
    window.document.undo_stack.redo()
    assert own_text(window) == "The minister received the delegation."


def test_add_to_dictionary_unmarks_the_word_for_good(qtbot: QtBot, window: MainWindow) -> None:
    edit = write(qtbot, window, "Talks with Wadephul, then Wadephul again; teh end.")
    assert marked(edit) == ["Wadephul", "Wadephul", "teh"]
    choose(window, point_at(edit, "Wadephul"), "Add to Dictionary")
    assert marked(edit) == ["teh"]
    assert paths.user_words_path().read_text("utf-8") == "Wadephul\n"
    _drop_service()  # the next start: a new window with new spelling reads the list
    later = MainWindow(window.library, window.settings)
    try:
        assert marked(write(qtbot, later, "Wadephul and teh")) == ["teh"]
    finally:
        later.document.undo_stack.setClean()
        later.close()
        later.deleteLater()


def test_ignore_unmarks_the_word_for_this_session_only(qtbot: QtBot, window: MainWindow) -> None:
    edit = write(qtbot, window, "Kishi met Kishi.")
    choose(window, point_at(edit, "Kishi"), "Ignore")
    assert marked(edit) == []
    assert not paths.user_words_path().exists()


def test_a_german_briefing_is_checked_in_german_and_follows_its_language(
    qtbot: QtBot, window: MainWindow
) -> None:
    edit = write(qtbot, window, "Die Verteidigungszusammenarbeit der Bundesregirung")
    assert marked(edit) == ["Verteidigungszusammenarbeit", "Bundesregirung"]  # English
    steps = window.document.undo_stack.count()
    meta = replace(window.document.briefing.meta, language="de")
    window.document.apply("Properties", lambda b: edits.set_meta(b, meta))
    assert marked(edit) == ["Bundesregirung"]
    assert window.document.undo_stack.count() == steps + 1  # marking again is no edit
    menu = window.editor.spelling.menu(point_at(edit, "Bundesregirung"))
    assert menu.actions()[0].text() == "Bundesregierung"


def test_names_in_the_library_are_not_marked(
    qtbot: QtBot, window: MainWindow, service: SpellingService
) -> None:
    edit = write(qtbot, window, "Kramp-Karrenbauer and Kishi spoke; ")
    edit.insertPlainText("Karrenbauer’s aides met Kishi's.")  # QTest types ASCII only
    assert set(marked(edit)) == {"Kramp", "Karrenbauer", "Kishi", "Karrenbauer’s", "Kishi's"}
    with qtbot.waitSignal(service.changed):
        service.use_library(window.library)  # as the app does when it starts
    assert marked(edit) == []


def test_preferences_turn_checking_off_and_remove_words_from_the_list(
    qtbot: QtBot, window: MainWindow, service: SpellingService
) -> None:
    service.add_word("Wadephul")
    service.add_word("Kishi")
    edit = write(qtbot, window, "Wadephul and Kishi, teh end")
    assert marked(edit) == ["teh"]
    dialog = PreferencesDialog(Preferences(), window)
    view = dialog.spelling
    assert view.words.stringList() == ["Kishi", "Wadephul"]
    assert "English: en_GB dictionary" in view.dictionaries.text()
    view.word_list.setCurrentIndex(view.words.index(1))
    view.remove.click()
    view.enabled.setChecked(False)
    dialog.reject()  # Cancel changes nothing
    assert marked(edit) == ["teh"]
    assert paths.user_words_path().read_text("utf-8") == "Kishi\nWadephul\n"
    dialog = PreferencesDialog(Preferences(), window)
    dialog.spelling.word_list.setCurrentIndex(dialog.spelling.words.index(1))
    dialog.spelling.remove.click()
    dialog.spelling.enabled.setChecked(False)
    dialog.accept()
    assert marked(edit) == []
    assert paths.user_words_path().read_text("utf-8") == "Kishi\n"
    assert not SpellingService().enabled  # kept for the next start
    service.set_enabled(True)
    assert marked(edit) == ["Wadephul", "teh"]


def test_a_missing_dictionary_marks_nothing_and_says_so_once(
    qtbot: QtBot, window: MainWindow, service: SpellingService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spelling, "DICTIONARIES", {**spelling.DICTIONARIES, "fr": ("xx_XX",)})
    monkeypatch.setattr(spelling, "_OPEN", {})
    notices: list[str] = []
    service.notice.connect(notices.append)
    meta = replace(window.document.briefing.meta, language="fr")
    window.document.apply("Properties", lambda b: edits.set_meta(b, meta))
    edit = write(qtbot, window, "Le gouvernemment et teh ministre")
    qtbot.keyClicks(edit, " encore des fautes: recontre")
    assert marked(edit) == []
    assert len(notices) == 1
    assert "apt-get install hunspell-fr" in notices[0]
    assert window.statusBar().currentMessage() == notices[0]


@pytest.mark.parametrize("field", [QPlainTextEdit, QTextEdit])
def test_plain_and_rich_text_fields_are_both_checked(
    qtbot: QtBot, service: SpellingService, field: type[QPlainTextEdit | QTextEdit]
) -> None:
    edit = field()
    qtbot.addWidget(edit)
    EditorSpelling(edit, BriefingDocument())
    qtbot.keyClicks(edit, "Talking points on teh summit")
    assert marked(edit) == ["teh"]
