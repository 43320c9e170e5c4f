"""An editing view of the officer's rich text: bold, italic, links, bulleted and numbered
points, and pasting that keeps only what a briefing can hold."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QKeyCombination, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QInputDialog, QMessageBox, QTextEdit, QWidget

from briefer.gui.richtextdoc import char_format, fill, list_marker, rich_text_of
from briefer.model.richtext import (
    LINK_SCHEMES,
    Marker,
    RichText,
    Span,
    indented,
    is_safe_link,
    with_marker,
)

_WEB = ("http://", "https://")


class RichTextView(QTextEdit):
    """Edits rich text. Typing changes the text (textChanged); a button, a format key or a
    paste is one step of its own (formatted, with the step's name)."""

    formatted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self._keys: dict[QAction, QKeySequence] = {}
        bold, italic = self.tr("Bold"), self.tr("Italic")
        bullets, numbering = self.tr("Bullets"), self.tr("Numbering")
        self.bold_action = self._action(bold, self._set_bold, "Ctrl+B", checkable=True)
        self.italic_action = self._action(italic, self._set_italic, "Ctrl+I", checkable=True)
        self.bullets_action = self._action(
            bullets, lambda: self._mark("bullet", bullets), checkable=True
        )
        self.numbering_action = self._action(
            numbering, lambda: self._mark("number", numbering), checkable=True
        )
        # short on a toolbar beside the text, and the bold button bold, the italic italic
        for action, short in (
            (self.bold_action, self.tr("B", "the bold button: the first letter of Bold")),
            (self.italic_action, self.tr("I", "the italic button: the first letter of Italic")),
        ):
            action.setIconText(short)
            font = action.font()
            font.setBold(action is self.bold_action)
            font.setItalic(action is self.italic_action)
            action.setFont(font)
        self.bullets_action.setIconText("•")
        self.numbering_action.setIconText("1.")
        self.outdent_action = self._action(
            self.tr("Outdent"), lambda: self._indent(-1), "Shift+Tab"
        )
        self.indent_action = self._action(self.tr("Indent"), lambda: self._indent(1), "Tab")
        self.link_action = self._action(self.tr("Link…"), self.edit_link, "Ctrl+K")
        self.format_actions = (
            self.bold_action,
            self.italic_action,
            self.bullets_action,
            self.numbering_action,
            self.outdent_action,
            self.indent_action,
            self.link_action,
        )
        self.cursorPositionChanged.connect(self.show_format)
        self.currentCharFormatChanged.connect(self.show_format)
        self.show_format()

    def _action(
        self, name: str, slot: Callable[[], None], keys: str = "", checkable: bool = False
    ) -> QAction:
        action = QAction(name, self)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        action.setToolTip(name.rstrip("…"))
        if keys:
            # not a shortcut of the window's (Ctrl+B there adds a background): the keys
            # work while the text has the focus, see event()
            self._keys[action] = QKeySequence(keys)
            keys_text = self._keys[action].toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{name.rstrip('…')} ({keys_text})")
        return action

    # -- the text --------------------------------------------------------------------------

    def rich_text(self) -> RichText:
        """Return the text shown, as rich text."""
        return rich_text_of(self.document())

    def set_rich_text(self, text: RichText) -> None:
        """Show text (no textChanged: nothing was typed), with the cursor after what
        changed (an undo, a redo), not at 0."""
        old, new = self.toPlainText(), text.plain()
        same = min(len(old), len(new))
        start = next((i for i in range(same) if old[i] != new[i]), same)
        tail = 0
        while tail < same - start and old[-1 - tail] == new[-1 - tail]:
            tail += 1
        self.blockSignals(True)
        try:
            self._refill(text, len(new) - tail, len(new) - tail)
        finally:
            self.blockSignals(False)
        self.show_format()

    def _refill(self, text: RichText, anchor: int, position: int) -> None:
        scrolled = self.verticalScrollBar().value()
        fill(self.document(), text)
        cursor = self.textCursor()
        end = len(text.plain())
        cursor.setPosition(min(anchor, end))
        cursor.setPosition(min(position, end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(scrolled)

    def step(self, name: str, change: Callable[[], None]) -> None:
        """Make a change as one step named name: textChanged stays quiet, formatted tells."""
        self.blockSignals(True)
        try:
            change()
        finally:
            self.blockSignals(False)
        self.show_format()
        self.formatted.emit(name)

    # -- keys ------------------------------------------------------------------------------

    def _action_for(self, event: QKeyEvent) -> QAction | None:
        pressed = QKeySequence(event.keyCombination())
        if event.key() == Qt.Key.Key_Backtab:  # what Shift+Tab arrives as
            pressed = QKeySequence(
                QKeyCombination(Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Tab)
            )
        for action, keys in self._keys.items():
            if keys == pressed and action.isEnabled():
                return action
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if self._action_for(event) is not None:
                event.accept()  # the key comes here as a key press, not to a window shortcut
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._action_for(event)
        if action is None:
            super().keyPressEvent(event)
        else:
            action.trigger()

    # -- character formats -----------------------------------------------------------------

    def show_format(self) -> None:
        """Check the buttons that say how the text at the cursor looks."""
        form = self.currentCharFormat()
        self.bold_action.setChecked(form.fontWeight() >= QFont.Weight.DemiBold)
        self.italic_action.setChecked(form.fontItalic())
        listed = self.textCursor().currentList()
        marker = list_marker(listed) if listed is not None else ""
        self.bullets_action.setChecked(marker == "bullet")
        self.numbering_action.setChecked(marker == "number")
        self.indent_action.setEnabled(bool(marker))
        self.outdent_action.setEnabled(bool(marker))

    def _set_bold(self) -> None:
        form = QTextCharFormat()
        bold = self.bold_action.isChecked()
        form.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        name = self.tr("Bold") if bold else self.tr("Not bold")
        self.step(name, lambda: self.mergeCurrentCharFormat(form))

    def _set_italic(self) -> None:
        form = QTextCharFormat()
        italic = self.italic_action.isChecked()
        form.setFontItalic(italic)
        name = self.tr("Italic") if italic else self.tr("Not italic")
        self.step(name, lambda: self.mergeCurrentCharFormat(form))

    # -- points ----------------------------------------------------------------------------

    def _selected_paragraphs(self) -> tuple[int, int]:
        cursor = self.textCursor()
        document = self.document()
        first = document.findBlock(cursor.selectionStart()).blockNumber()
        return first, document.findBlock(cursor.selectionEnd()).blockNumber()

    def _restructure(self, name: str, change: Callable[[RichText, int, int], RichText]) -> None:
        text = self.rich_text()
        changed = change(text, *self._selected_paragraphs())
        if changed != text:
            cursor = self.textCursor()
            anchor, position = cursor.anchor(), cursor.position()
            self.step(name, lambda: self._refill(changed, anchor, position))

    def _mark(self, marker: Marker, name: str) -> None:
        self._restructure(name, lambda text, first, last: with_marker(text, first, last, marker))

    def _indent(self, step: int) -> None:
        name = self.tr("Indent") if step > 0 else self.tr("Outdent")
        self._restructure(name, lambda text, first, last: indented(text, first, last, step))

    # -- links -----------------------------------------------------------------------------

    def edit_link(self) -> None:
        """Ask for the address of the selected words (or the link at the cursor) and make
        them a link to it, or no link if it is empty; with nothing selected, the address
        goes in as a link of its own."""
        cursor = self.textCursor()
        if not cursor.hasSelection() and cursor.charFormat().isAnchor():
            cursor = self._link_at(cursor)
        current = cursor.charFormat().anchorHref() if cursor.hasSelection() else ""
        answer, ok = QInputDialog.getText(
            self,
            self.tr("Link"),
            self.tr("Web or e-mail address (empty for no link):"),
            text=current,
        )
        address = _address(answer)
        if not ok or (not address and not cursor.hasSelection()):
            return
        if address and not is_safe_link(address):
            QMessageBox.warning(
                self,
                self.tr("Link"),
                self.tr(
                    "“{text}” cannot be a link: a link is a web address (https://…) or an "
                    "e-mail address."
                ).format(text=answer.strip()[:80]),
            )
            return
        name = self.tr("Link") if address else self.tr("No link")
        self.step(name, lambda: self._link(cursor, address))

    def _link(self, cursor: QTextCursor, address: str) -> None:
        if not cursor.hasSelection():
            cursor.insertText(address, char_format(Span(address, link=address)))
            cursor.setCharFormat(QTextCharFormat())  # what is typed next is no link
            self.setTextCursor(cursor)
            return
        form = char_format(Span("", link=address))
        if not address:
            form.setAnchor(False)
            form.setAnchorHref("")
            form.setFontUnderline(False)
            form.setForeground(self.palette().text())
        cursor.mergeCharFormat(form)
        self.setTextCursor(cursor)

    def _link_at(self, cursor: QTextCursor) -> QTextCursor:
        """Return a cursor selecting the whole link the cursor is in."""
        href = cursor.charFormat().anchorHref()
        block = cursor.block()
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            start, end = fragment.position(), fragment.position() + fragment.length()
            if start <= cursor.position() <= end and fragment.charFormat().anchorHref() == href:
                found = QTextCursor(self.document())
                found.setPosition(start)
                found.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                return found
            fragments += 1
        return cursor

    # -- pasting ---------------------------------------------------------------------------

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste (or drop) text from Word, a browser or the editor, keeping only what rich
        text holds: bold, italic, safe links, bullets and numbers."""
        if not source.hasHtml():
            self.step(
                self.tr("Paste"), lambda: super(RichTextView, self).insertFromMimeData(source)
            )
            return
        pasted = QTextDocument()
        pasted.setHtml(source.html())
        clean = QTextDocument()
        fill(clean, rich_text_of(pasted))
        fragment = QTextDocumentFragment(clean)
        self.step(self.tr("Paste"), lambda: self.textCursor().insertFragment(fragment))
        self.ensureCursorVisible()


def _address(typed: str) -> str:
    """Return a typed address as a link: "www.x.org" as https, "a@b.org" as mailto."""
    address = typed.strip()
    if not address or any(address.lower().startswith(f"{s}:") for s in LINK_SCHEMES):
        return address
    if "@" in address and "/" not in address:
        return f"mailto:{address}"
    return f"https://{address}" if "." in address and not address.startswith(_WEB) else address
