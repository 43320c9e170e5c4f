"""Spell checking as you type: misspelled words underlined in red, corrected from a menu."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QPlainTextEdit, QTextEdit

from briefer import paths
from briefer.gui.briefingdoc import BriefingDocument
from briefer.gui.richtextview import RichTextView
from briefer.gui.workers import Job, start
from briefer.library import Library
from briefer.spelling import (
    Misspelling,
    SpellChecker,
    SpellingUnavailable,
    name_words,
    open_dictionary,
)
from briefer.wordlist import WordList, WordListError

_ENABLED = "spelling/enabled"
_NOTICE_MS = 10_000
TextEdit = QPlainTextEdit | QTextEdit


class SpellingService(QObject):
    """The app's spell checking: whether it is on, the dictionaries, the user's word list,
    the library's names and the words ignored this session. One per application."""

    changed = Signal()  # what counts as misspelled has changed: check again
    notice = Signal(str)  # something the user should know (a dictionary missing, …)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = bool(QSettings().value(_ENABLED, True, type=bool))
        self._checkers: dict[str, SpellChecker | None] = {}
        self._names: frozenset[str] = frozenset()
        self._ignored: set[str] = set()
        self._told: set[str] = set()
        self._library: Path | None = None
        self._names_job: Job | None = None
        self.words: WordList | None = None
        self.words_error = ""
        try:
            self.words = WordList(paths.user_words_path())
        except WordListError as error:
            self.words_error = str(error)

    def checker(self, language: str) -> SpellChecker | None:
        """Return the checker for a briefing language, or None when spelling is off or
        cannot be checked in it (said once, in a notice)."""
        if not self.enabled:
            return None
        if language not in self._checkers:
            try:
                dictionary = open_dictionary(language)
            except SpellingUnavailable as error:
                self._checkers[language] = None
                self._tell(str(error))
            else:
                self._checkers[language] = SpellChecker(dictionary, self._known())
        return self._checkers[language]

    def set_enabled(self, enabled: bool) -> None:
        """Turn checking on or off, for now and the next start."""
        if enabled != self.enabled:
            self.enabled = enabled
            QSettings().setValue(_ENABLED, enabled)
            self._renew()

    def add_word(self, word: str) -> None:
        """Add a word to the user's word list, so it is never marked again."""
        if self.words is None:
            self._tell(self.words_error)
            return
        try:
            self.words.add(word)
        except WordListError as error:
            self._tell(str(error))
        self._renew()

    def remove_words(self, words: set[str]) -> None:
        """Remove words from the user's word list."""
        if self.words is not None and words:
            try:
                self.words.remove(words)
            except WordListError as error:
                self._tell(str(error))
            self._renew()

    def ignore(self, word: str) -> None:
        """Leave a word unmarked until the app ends."""
        self._ignored.add(word)
        self._renew()

    def use_library(self, library: Library) -> None:
        """Never mark the names the library holds (read now, and again on `refresh_names`)."""
        self._library = library.path
        self.refresh_names()

    def refresh_names(self) -> None:
        """Read the library's names again, on a worker; marks are redone if they changed."""
        if self._library is not None and self._names_job is None:
            self._names_job = start(
                partial(_read_names, self._library), self._take_names, self._names_failed
            )

    def _take_names(self, names: frozenset[str]) -> None:
        self._names_job = None
        if names != self._names:
            self._names = names
            self._renew()

    def _names_failed(self, message: str) -> None:
        self._names_job = None
        said = self.tr("Names in the library may be marked as misspelled: {message}")
        self._tell(said.format(message=message))

    def _known(self) -> set[str]:
        return set(self.words.words if self.words else ()) | self._names | self._ignored

    def _renew(self) -> None:
        known = self._known()
        for language, checker in self._checkers.items():
            if checker is not None:
                self._checkers[language] = SpellChecker(checker.dictionary, known)
        self.changed.emit()

    def _tell(self, message: str) -> None:
        if message not in self._told:
            self._told.add(message)
            self.notice.emit(message)


def _read_names(path: Path) -> frozenset[str]:
    """Return the words of the names in the library at path (runs on a worker)."""
    with Library(path) as library:
        return frozenset(name_words(library.names()))


def spelling_service() -> SpellingService:
    """Return the application's spelling service, made on first use."""
    app = QApplication.instance()
    found = app.findChild(SpellingService) if app is not None else None
    return found if isinstance(found, SpellingService) else SpellingService(app)


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the misspelled words of a text document with a red wave.

    Marks are redone as text changes; `rehighlight()` redoes them all, which Qt reports as a
    change of the text (see EditorSpelling)."""

    def __init__(self, document: QTextDocument, language: str) -> None:
        super().__init__(document)
        self.language = language
        self.service = spelling_service()
        self.mark = QTextCharFormat()
        self.mark.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.mark.setUnderlineColor(QColor("red"))

    def misspelled(self, text: str) -> list[Misspelling]:
        """Return the misspelled words of a block's text."""
        if not text.strip():  # asks for no dictionary before there is something to check
            return []
        checker = self.service.checker(self.language)
        return checker.misspelled(text) if checker is not None else []

    def highlightBlock(self, text: str) -> None:
        for wrong in self.misspelled(text):
            start, end = _utf16(text, wrong.start), _utf16(text, wrong.end)
            self.setFormat(start, end - start, self.mark)


class EditorSpelling(QObject):
    """Checks a text field in the open briefing's language; its context menu corrects a
    marked word, adds it to the user's word list or ignores it."""

    def __init__(self, edit: TextEdit, document: BriefingDocument) -> None:
        super().__init__(edit)
        self.edit = edit
        self.document = document
        self.service = spelling_service()
        self.highlighter = SpellHighlighter(edit.document(), document.briefing.meta.language)
        document.changed.connect(self._follow_language)
        self.service.changed.connect(self._recheck)
        self.service.notice.connect(self._show_notice)
        edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        edit.customContextMenuRequested.connect(self._open_menu)
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:  # the library may have new names by now
            self.service.refresh_names()
        return super().eventFilter(watched, event)

    def menu(self, position: QPoint) -> QMenu:
        """Return the field's context menu at a point (viewport coordinates): on a marked
        word, led by up to five suggestions, Add to dictionary and Ignore."""
        menu = self.edit.createStandardContextMenu(position)
        cursor = self.edit.cursorForPosition(position)
        block = cursor.block()
        wrong = self._misspelling_at(block, cursor.position() - block.position())
        checker = self.service.checker(self.highlighter.language)
        if wrong is None or checker is None:
            return menu
        actions = []
        for suggestion in checker.suggest(wrong.word):
            action = QAction(suggestion, menu)
            action.triggered.connect(
                lambda _checked=False, s=suggestion: self._correct(block, wrong, s)
            )
            actions.append(action)
        if not actions:
            actions.append(QAction(self.tr("No suggestions"), menu, enabled=False))
        add = QAction(self.tr("Add to Dictionary"), menu)
        add.triggered.connect(lambda: self.service.add_word(wrong.word))
        ignore = QAction(self.tr("Ignore"), menu)
        ignore.triggered.connect(lambda: self.service.ignore(wrong.word))
        ours = [*actions, _separator(menu), add, ignore, _separator(menu)]
        if menu.actions():
            menu.insertActions(menu.actions()[0], ours)
        else:
            menu.addActions(ours)
        return menu

    def _correct(self, block: QTextBlock, wrong: Misspelling, text: str) -> None:
        """Put a suggestion in place of a word: in own text an undo step of its own, not
        part of the typing before it."""
        if isinstance(self.edit, RichTextView):
            self.edit.step(self.tr("Correct spelling"), lambda: _replace(block, wrong, text))
        else:
            _replace(block, wrong, text)

    def _misspelling_at(self, block: QTextBlock, offset: int) -> Misspelling | None:
        text = block.text()
        index = _index(text, offset)
        return next(
            (w for w in self.highlighter.misspelled(text) if w.start <= index <= w.end), None
        )

    def _open_menu(self, position: QPoint) -> None:
        self.menu(position).exec(self.edit.viewport().mapToGlobal(position))

    def _follow_language(self) -> None:
        language = self.document.briefing.meta.language
        if language != self.highlighter.language:
            self.highlighter.language = language
            self._recheck()

    def _recheck(self) -> None:
        # Qt reports a rehighlight as a change of the text: the field must not take it for
        # typing (it would store its text again, or fail when it shows no text entry).
        blocked = self.edit.blockSignals(True)
        try:
            self.highlighter.rehighlight()
        finally:
            self.edit.blockSignals(blocked)

    def _show_notice(self, message: str) -> None:
        window = self.edit.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, _NOTICE_MS)


def _replace(block: QTextBlock, wrong: Misspelling, text: str) -> None:
    """Put text in place of a misspelled word of a block (an edit like typing it)."""
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + _utf16(block.text(), wrong.start))
    cursor.setPosition(
        block.position() + _utf16(block.text(), wrong.end), QTextCursor.MoveMode.KeepAnchor
    )
    cursor.insertText(text)


def _separator(menu: QMenu) -> QAction:
    action = QAction(menu)
    action.setSeparator(True)
    return action


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _utf16(text: str, index: int) -> int:
    """Return the position in Qt's UTF-16 units of a Python index into text."""
    head = text[:index]
    return index if not _ASTRAL.search(head) else len(head.encode("utf-16-le")) // 2


def _index(text: str, position: int) -> int:
    """Return the Python index into text of a position in Qt's UTF-16 units."""
    if not _ASTRAL.search(text):
        return position
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)
