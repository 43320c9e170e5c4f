"""Find in Briefing: a bar over the outline that steps through the entries holding some words.

It searches what the officer wrote (background, talking points, notes, as plain text) and
what the quoted records say, and selects each entry in turn, so the editor and the preview
follow it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStyle, QToolButton, QWidget

from briefer.model.briefing import Briefing
from briefer.model.find import matches


class FindBar(QWidget):
    """A query field, "2 of 5", previous and next; Enter goes on, Shift+Enter goes back,
    Escape closes it. `found` carries the id of the section or entry to select."""

    found = Signal(str)

    def __init__(self, briefing: Callable[[], Briefing], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._briefing = briefing
        self._hits: list[str] = []
        self._at = -1
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in briefing"))
        self.field.setAccessibleName(self.tr("Find in briefing"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Matches"))
        style = self.style()
        self.previous_button = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
            self.tr("Previous match"),
            self.tr("Previous match (Shift+Enter)"),
        )
        self.next_button = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
            self.tr("Next match"),
            self.tr("Next match (Enter)"),
        )
        self.close_button = self._button(
            style.standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton),
            self.tr("Close"),
            self.tr("Close (Escape)"),
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.field, self.count, self.previous_button, self.next_button):
            layout.addWidget(widget)
        layout.addWidget(self.close_button)
        layout.setStretch(0, 1)
        self.field.textChanged.connect(self.refresh)
        self.field.returnPressed.connect(lambda: self.step(1))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.close_button.clicked.connect(self.close_bar)
        QShortcut(QKeySequence("Shift+Return"), self.field, lambda: self.step(-1))
        QShortcut(QKeySequence("Shift+Enter"), self.field, lambda: self.step(-1))
        self.hide()
        self.refresh()

    def _button(self, icon: QIcon, name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon)
        button.setAutoRaise(True)
        button.setToolTip(tip)
        button.setAccessibleName(name)
        return button

    def open_bar(self) -> None:
        """Show the bar with its query selected, ready for typing."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def refresh(self) -> None:
        """Search again (the query or the briefing changed), keeping the current match."""
        current = self._hits[self._at] if 0 <= self._at < len(self._hits) else ""
        self._hits = matches(self._briefing(), self.field.text()) if self.isVisible() else []
        self._at = self._hits.index(current) if current in self._hits else -1
        self._show_count()

    def step(self, direction: int) -> None:
        """Select the next match (1) or the previous one (-1), going round at the ends."""
        if not self._hits:
            return
        if self._at < 0:
            self._at = 0 if direction > 0 else len(self._hits) - 1
        else:
            self._at = (self._at + direction) % len(self._hits)
        self._show_count()
        self.found.emit(self._hits[self._at])

    def _show_count(self) -> None:
        query = self.field.text().strip()
        if not query:
            text = ""
        elif not self._hits:
            text = self.tr("Not found")
        elif self._at < 0:
            text = self.tr("%n found", "", len(self._hits))
        else:
            text = self.tr("{at} of {count}").format(at=self._at + 1, count=len(self._hits))
        self.count.setText(text)
        for button in (self.previous_button, self.next_button):
            button.setEnabled(bool(self._hits))
