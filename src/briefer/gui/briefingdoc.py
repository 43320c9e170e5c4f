"""The open briefing: its file, its undo stack, and the one way to change it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from briefer.model import Briefing, BriefingMeta, briefingfile

Edit = Callable[[Briefing], Briefing]
UNDO_LIMIT = 300  # steps kept: a long day's history is not kept forever


class EditCommand(QUndoCommand):
    """One edit: the briefing before and after. Briefings are immutable and share what did
    not change, so keeping both costs little."""

    def __init__(
        self,
        document: BriefingDocument,
        text: str,
        before: Briefing,
        after: Briefing,
        merge_key: str = "",
    ) -> None:
        super().__init__(text)
        self.document = document
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def redo(self) -> None:
        self.document._set(self.after)

    def undo(self) -> None:
        self.document._set(self.before)


class BriefingDocument(QObject):
    """Holds the briefing being edited; every change goes through `apply` as an undo command."""

    about_to_change = Signal()  # the old briefing is still in place: models begin a reset
    changed = Signal()
    path_changed = Signal()

    def __init__(
        self,
        briefing: Briefing | None = None,
        path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.briefing = briefing or new_briefing()
        self.path = path
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)

    def apply(self, text: str, edit: Edit, merge_key: str = "") -> None:
        """Apply a pure edit as an undoable command; errors leave the briefing unchanged.

        Edits with the merge key of the last command join it (typing into one field is one
        undo step), unless that command is where the briefing was saved."""
        after = edit(self.briefing)
        if after == self.briefing:
            return
        stack = self.undo_stack
        top = stack.command(stack.index() - 1)
        if (
            merge_key
            and isinstance(top, EditCommand)
            and top.merge_key == merge_key
            and stack.index() == stack.count()
            and stack.index() != stack.cleanIndex()
        ):
            # merged here rather than by QUndoStack.mergeWith: PySide keeps every command
            # merged away alive, with the briefing it holds, one per keystroke
            top.after = after
            self._set(after)
            return
        stack.push(EditCommand(self, text, self.briefing, after, merge_key))

    def _set(self, briefing: Briefing) -> None:
        self.about_to_change.emit()
        self.briefing = briefing
        self.changed.emit()

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def replace(self, briefing: Briefing, path: Path | None) -> None:
        """Start editing another briefing (New, Open, Restore): a fresh undo history."""
        self.undo_stack.clear()
        self.about_to_change.emit()
        self.briefing = briefing
        self.path = path
        self.changed.emit()
        self.path_changed.emit()

    def save(self, path: Path | None = None) -> None:
        """Save to path (or the current file); raises BriefingError with a clear message."""
        target = path or self.path
        if target is None:
            raise ValueError("save needs a path")
        briefingfile.save(target, self.briefing)
        self.path = target
        self.undo_stack.setClean()
        self.path_changed.emit()

    @property
    def title(self) -> str:
        return self.path.name if self.path else self.tr("Untitled briefing")


def new_briefing(meta: BriefingMeta | None = None) -> Briefing:
    """Return an empty briefing, with no sections yet (the first is made when something is
    added), starting with meta (the preferences' defaults) if given; untitled, it is
    titled "New briefing" in the app's language."""
    meta = meta or BriefingMeta(title="")
    title = meta.title or QCoreApplication.translate("BriefingDocument", "New briefing")
    return Briefing(replace(meta, title=title), ())
