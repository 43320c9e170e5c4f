"""A release's text beside the fields taken from it, highlighting where the focused one stands."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from briefer.importers.evidence import Passage

_HIGHLIGHT = QColor("#ffd54f")
_PARAGRAPH_GAP = 6.0  # points below each paragraph, so paragraphs read apart


class FieldWatcher(QObject):
    """Tells which watched field got the focus, by its name ("consultation.date")."""

    focused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: dict[QObject, str] = {}

    def watch(self, widget: QWidget, name: str) -> None:
        """Report `name` whenever widget gets the focus."""
        self._names[widget] = name
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in self._names:
            self.focused.emit(self._names[watched])
        return False


class SourceView(QWidget):
    """The release's text, read-only, with the passages a field came from highlighted and
    scrolled into view, and a line that says what is highlighted."""

    def __init__(self, text: str, passages: Mapping[str, tuple[Passage, ...]]) -> None:
        super().__init__()
        self.passages = passages
        self.text = QTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlainText(text)
        self.text.setAccessibleName(self.tr("The release's text"))
        spaced = QTextBlockFormat()
        spaced.setBottomMargin(_PARAGRAPH_GAP)
        whole = QTextCursor(self.text.document())
        whole.select(QTextCursor.SelectionType.Document)
        whole.mergeBlockFormat(spaced)
        self.where = QLabel(self.tr("Select a field to see where the release says it."))
        self.where.setWordWrap(True)
        self.where.setObjectName("source-where")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("The release")))
        layout.addWidget(self.text)
        layout.addWidget(self.where)

    def show_field(self, name: str, label: str, inferred: str = "", empty: bool = False) -> None:
        """Highlight where field `name` stands in the text and say so under it."""
        found = self.passages.get(name, ())
        selections = []
        for start, end in found:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(self.text.document())
            selection.cursor.setPosition(start)
            selection.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.format.setBackground(_HIGHLIGHT)
            selections.append(selection)
        self.text.setExtraSelections(selections)
        if found:
            self._scroll_to(found[0][0], found[-1][1])
        self.where.setText(_describe(label, bool(found), inferred, empty))

    def highlighted(self) -> list[str]:
        """Return the highlighted passages' text, in order."""
        return [
            s.cursor.selectedText().replace("\u2029", "\n") for s in self.text.extraSelections()
        ]

    def _scroll_to(self, start: int, end: int) -> None:
        """Bring the passage from start to end into view, its start first."""
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(end)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()
        cursor.setPosition(start)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()


def _describe(label: str, found: bool, inferred: str, empty: bool) -> str:
    """Return what the line under the text says about a field's evidence."""
    if inferred:
        said = (
            QCoreApplication.translate(
                "SourceView", "the highlighted words are the nearest that bear on it"
            )
            if found
            else QCoreApplication.translate("SourceView", "the release does not say it")
        )
        text = QCoreApplication.translate(
            "SourceView", "{label}: inferred, not read ({inferred}); {said}. Check it."
        )
        return text.format(label=label, inferred=inferred, said=said)
    if found:
        text = QCoreApplication.translate(
            "SourceView", "{label}: highlighted where the release says it."
        )
    elif empty:
        text = QCoreApplication.translate("SourceView", "{label} is empty.")
    else:
        text = QCoreApplication.translate(
            "SourceView",
            "{label}: not found in the release's text (edited, or read from its metadata).",
        )
    return text.format(label=label)
