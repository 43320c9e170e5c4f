"""The editor for the outline's current item: a section's title, an own text, or a record."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.briefingdoc import BriefingDocument
from briefer.gui.imagedialog import ImageFields
from briefer.gui.outlinemodel import kind_name
from briefer.gui.richtextview import RichTextView
from briefer.gui.spellcheck import EditorSpelling
from briefer.model import ImageEntry, Record, RecordEntry, Section, TextEntry, TextKind, edits
from briefer.model.changes import Change, Stretch, record_changes
from briefer.model.describe import describe
from briefer.model.richtext import Para, RichText

_CHANGE_STYLES = {
    Change.REMOVED: "color:#a00000; text-decoration:line-through",
    Change.ADDED: "color:#006000; text-decoration:underline; font-weight:bold",
}
_FIRST_CHANGE = "first-change"


class EntryEditor(QWidget):
    """Edits the selected item through the document, so every change can be undone."""

    update_requested = Signal()  # take the library's version of the shown record entry

    def __init__(
        self,
        document: BriefingDocument,
        parent: QWidget | None = None,
        library_version: Callable[[RecordEntry], Record | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.library_version = library_version
        self.item_id = ""
        self._updating = False
        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("Select a section or an entry of the briefing."))
        self.section_title = QLineEdit()
        section = QWidget()
        QFormLayout(section).addRow(self.tr("Section title"), self.section_title)
        self.text_kind = QLabel()
        self.text_title = QLineEdit()
        self.text = RichTextView()
        self.text_tools = QToolBar(self.tr("Text format"))
        self.text_tools.addActions(self.text.format_actions)
        for action in self.text.format_actions:  # a button labelled "B" is read as "Bold"
            self.text_tools.widgetForAction(action).setAccessibleName(action.text())
        self.printable = QCheckBox(
            self.tr("Printable (unticked: internal, left out of shareable exports)")
        )
        own = QWidget()
        form = QFormLayout(own)
        form.addRow(self.text_kind)
        form.addRow(self.tr("Title"), self.text_title)
        form.addRow(self.text_tools)
        form.addRow(self.text)
        form.addRow(self.printable)
        self.text.setAccessibleName(self.tr("Text"))
        self.spelling = EditorSpelling(self.text, document)  # in the briefing's language
        self.record_view = QTextBrowser()
        self.record_view.setAccessibleName(self.tr("Library record"))
        self.update_button = QPushButton(self.tr("Update from library"))
        self.changed_notice = QLabel(
            self.tr(
                "The library's record has changed since it was added to the briefing. Below, "
                "the briefing's copy with the library's changes: struck through what the "
                "library no longer has, underlined what it added."
            )
        )
        self.changed_notice.setWordWrap(True)
        record = QWidget()
        record_layout = QVBoxLayout(record)
        record_layout.addWidget(self.changed_notice)
        record_layout.addWidget(self.record_view)
        record_layout.addWidget(self.update_button)
        self.image = ImageFields()
        self.image_printable = QCheckBox(self.printable.text())
        image = QWidget()
        image_layout = QVBoxLayout(image)
        image_layout.addWidget(self.image)
        image_layout.addWidget(self.image_printable)
        image_layout.addStretch()
        for page in (self.empty, section, own, record, image):
            self.stack.addWidget(page)
        QVBoxLayout(self).addWidget(self.stack)
        self.section_title.textEdited.connect(self._rename)
        self.text_title.textEdited.connect(self._edit_text)
        self.text.textChanged.connect(self._edit_text)
        self.text.formatted.connect(self._format_text)
        self.printable.toggled.connect(self._set_printable)
        self.image.edited.connect(self._edit_image)
        self.image_printable.toggled.connect(self._set_printable)
        self.update_button.clicked.connect(self.update_requested)
        # The fields' own undo would undo behind the briefing's back (and forget all when
        # another item is shown): Ctrl+Z and Ctrl+Shift+Z here go to the briefing's stack.
        self.text.setUndoRedoEnabled(False)
        for field in (
            self.section_title,
            self.text_title,
            self.text,
            self.image.caption,
            self.image.alt_text,
        ):
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            undo = event.matches(QKeySequence.StandardKey.Undo)
            if undo or event.matches(QKeySequence.StandardKey.Redo):
                if event.type() == QEvent.Type.KeyPress:
                    if undo:
                        self.document.undo_stack.undo()
                    else:
                        self.document.undo_stack.redo()
                event.accept()  # an override accepted: the key comes here, not to a shortcut
                return True
        return super().eventFilter(watched, event)

    def focus_first_field(self) -> None:
        """Put the keyboard focus on the first field of what the editor shows."""
        page = self.stack.currentWidget()
        for child in page.findChildren(QWidget) if page is not None else ():
            if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isVisibleTo(self):
                child.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    def show_item(self, item: object) -> None:
        """Show the editor for a section, an entry, or nothing."""
        self._updating = True
        try:
            if isinstance(item, Section):
                self.item_id = item.id
                if self.section_title.text() != item.title:  # keep the cursor while typing
                    self.section_title.setText(item.title)
                self.stack.setCurrentIndex(1)
            elif isinstance(item, TextEntry):
                self.item_id = item.id
                self.text_kind.setText(kind_name(item.kind))
                if self.text_title.text() != item.title:
                    self.text_title.setText(item.title)
                if self.text.rich_text() != item.text:
                    self.text.set_rich_text(item.text)
                self.printable.setChecked(item.printable)
                self.stack.setCurrentIndex(2)
            elif isinstance(item, RecordEntry):
                self.item_id = item.id
                self._show_record(item)
                self.stack.setCurrentIndex(3)
            elif isinstance(item, ImageEntry):
                self.item_id = item.id
                self.image.show_picture(item.picture, item.caption, item.alt_text)
                self.image_printable.setChecked(item.printable)
                self.stack.setCurrentIndex(4)
            else:
                self.item_id = ""
                self.stack.setCurrentIndex(0)
        finally:
            self._updating = False

    def _show_record(self, entry: RecordEntry) -> None:
        """Show the entry's record; when the library's differs, the changes word by word and
        the button that takes them."""
        fresh = self.library_version(entry) if self.library_version is not None else None
        if fresh is None:
            self.record_view.setPlainText(describe(entry.record))
        else:
            self.record_view.setHtml(_marked(record_changes(entry.record, fresh)))
            self.record_view.scrollToAnchor(_FIRST_CHANGE)
        self.changed_notice.setVisible(fresh is not None)
        self.update_button.setVisible(fresh is not None)

    def _rename(self, title: str) -> None:
        if not self._updating:
            item = self.item_id
            self.document.apply(
                self.tr("Rename section"),
                lambda b: edits.rename_section(b, item, title),
                f"title:{item}",
            )

    def _edit_text(self) -> None:
        if not self._updating:
            self._apply_text(self.tr("Edit text"), f"text:{self.item_id}")

    def _format_text(self, name: str) -> None:
        if not self._updating:
            self._apply_text(name, "")  # a format is a step of its own, not part of typing

    def _apply_text(self, name: str, merge_key: str) -> None:
        item, title, text = self.item_id, self.text_title.text(), self.text.rich_text()
        self.document.apply(name, lambda b: edits.edit_text(b, item, text, title), merge_key)

    def _edit_image(self, field: str) -> None:
        """Apply the caption and alt text as typed (typing into one field is one undo step);
        while the alt text is missing, the image keeps the one it had (the field says it is
        required)."""
        if self._updating or not self.image.acceptable():
            return
        item, caption, alt = self.item_id, self.image.caption_text(), self.image.alt()
        self.document.apply(
            self.tr("Edit image"),
            lambda b: edits.edit_image(b, item, caption, alt),
            f"{field}:{item}",
        )

    def _set_printable(self, printable: bool) -> None:
        if not self._updating:
            item = self.item_id
            self.document.apply(
                self.tr("Printable") if printable else self.tr("Internal"),
                lambda b: edits.set_printable(b, item, printable),
            )


def _marked(stretches: list[Stretch]) -> str:
    """Return stretches as HTML: removed words struck through, added ones underlined."""
    parts = []
    for stretch in stretches:
        text = html.escape(stretch.text)
        style = _CHANGE_STYLES.get(stretch.change)
        if style is None:
            parts.append(text)
            continue
        if _FIRST_CHANGE not in "".join(parts):
            parts.append(f'<a name="{_FIRST_CHANGE}"></a>')
        elif parts[-1].endswith("</span>"):
            parts.append(" ")  # a word replaced: the old and the new apart
        parts.append(f'<span style="{style}">{text}</span>')
    return f'<pre style="white-space:pre-wrap; font-family:sans-serif">{"".join(parts)}</pre>'


def new_text(kind: TextKind) -> TextEntry:
    """Return a new own-text entry of a kind; talking points start with a bulleted point,
    a note starts internal."""
    points = kind is TextKind.TALKING_POINTS
    text = RichText((Para(marker="bullet"),) if points else ())
    return replace(TextEntry(kind, text), printable=kind is not TextKind.NOTE)
