"""Actions that behave alike whatever has the focus or was done last."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget


class KeptShortcuts(QObject):
    """Keeps the actions' shortcuts from the fields of a window that would take the key
    for themselves (a line edit on Linux moves to the line's end on Ctrl+E; a rich-text
    field centres on it), so that the action runs wherever the focus is in the window."""

    def __init__(self, window: QWidget, actions: Sequence[QAction]) -> None:
        super().__init__(window)
        self.window = window
        self.actions = tuple(actions)
        application = QCoreApplication.instance()
        assert application is not None
        application.installEventFilter(self)  # removed by Qt when this object goes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.window:  # a dialog's fields keep their keys
            return False
        assert isinstance(event, QKeyEvent)
        keys = QKeySequence(event.keyCombination())
        # not offered to the field: the key goes on to the window's shortcut
        return any(a.isEnabled() and a.shortcut() == keys for a in self.actions)


class SteadyUndoAction(QAction):
    """Undo (or Redo) for a toolbar, with a label that stays put so that the buttons after it
    keep their place when the menu's action reads "Undo Rename section"; its tooltip says
    what it will undo."""

    def __init__(self, stack: QUndoStack, parent: QObject, *, redo: bool = False) -> None:
        super().__init__(
            QCoreApplication.translate("SteadyUndoAction", "Redo")
            if redo
            else QCoreApplication.translate("SteadyUndoAction", "Undo"),
            parent,
        )
        if redo:
            self.triggered.connect(stack.redo)
            stack.canRedoChanged.connect(self.setEnabled)
            stack.redoTextChanged.connect(self._describe)
            self.setEnabled(stack.canRedo())
            self._describe(stack.redoText())
        else:
            self.triggered.connect(stack.undo)
            stack.canUndoChanged.connect(self.setEnabled)
            stack.undoTextChanged.connect(self._describe)
            self.setEnabled(stack.canUndo())
            self._describe(stack.undoText())

    def _describe(self, what: str) -> None:
        self.setToolTip(f"{self.text()} {what}".strip())
