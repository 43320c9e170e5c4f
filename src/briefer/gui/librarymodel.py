"""A table model over the library's search results, fetching rows as they are shown."""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from briefer.gui.language import date_text
from briefer.gui.outlinemodel import RECORD_MIME
from briefer.library import Hit

_COLUMNS = (
    str(QT_TRANSLATE_NOOP("LibraryTableModel", "Kind")),
    str(QT_TRANSLATE_NOOP("LibraryTableModel", "Date")),
    str(QT_TRANSLATE_NOOP("LibraryTableModel", "Title")),
    str(QT_TRANSLATE_NOOP("LibraryTableModel", "Persons")),
)
_KINDS = {
    "consultation": str(QT_TRANSLATE_NOOP("LibraryTableModel", "Consultation")),
    "statement": str(QT_TRANSLATE_NOOP("LibraryTableModel", "Statement")),
}
_KINDS_IN_A_SENTENCE = {
    "consultation": str(QT_TRANSLATE_NOOP("LibraryTableModel", "consultation")),
    "statement": str(QT_TRANSLATE_NOOP("LibraryTableModel", "statement")),
}
_BLOCK = 200  # rows fetched together
_BLOCKS_KEPT = 32
_Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[Sequence[int]], list[Hit]]


def record_kind_label(kind: str) -> str:
    """Return a kind of record as a label ("Statement") in the app's language."""
    return QCoreApplication.translate("LibraryTableModel", _KINDS.get(kind, kind))


def record_kind_name(kind: str) -> str:
    """Return a kind of record as said in a sentence ("statement") in the app's language."""
    return QCoreApplication.translate("LibraryTableModel", _KINDS_IN_A_SENTENCE.get(kind, kind))


class LibraryTableModel(QAbstractTableModel):
    """Rows of search results: kind, date, title and persons.

    The model holds only the matching ids; rows are fetched in blocks when a view asks for
    them, so a search over 50,000 records lists them all without loading them all.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._fetch: Fetch = lambda ids: []
        self._blocks: OrderedDict[int, dict[int, Hit]] = OrderedDict()

    def set_ids(self, ids: list[int], fetch: Fetch) -> None:
        """Show these record ids, fetching their rows with fetch."""
        self.beginResetModel()
        self._ids = ids
        self._fetch = fetch
        self._blocks.clear()
        self.endResetModel()

    def set_hits(self, hits: list[Hit]) -> None:
        """Show these rows (already fetched)."""
        by_id = {hit.id: hit for hit in hits}
        self.set_ids([hit.id for hit in hits], lambda ids: [by_id[i] for i in ids])

    def record_id(self, row: int) -> int:
        return self._ids[row]

    def hit(self, row: int) -> Hit | None:
        """The row's record, or None if it left the library since the search ran (rows are
        matched by id, so the others still show what they are)."""
        block = row // _BLOCK
        if block not in self._blocks:
            start = block * _BLOCK
            fetched = self._fetch(self._ids[start : start + _BLOCK])
            self._blocks[block] = {hit.id: hit for hit in fetched}
            if len(self._blocks) > _BLOCKS_KEPT:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        return self._blocks[block].get(self._ids[row])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        hit = self.hit(index.row())
        column = index.column()
        if hit is None:
            return self.tr("(no longer in the library)") if column == 2 else ""
        if column == 0:
            return record_kind_label(hit.kind)
        if column == 1:
            return date_text(hit.date) if hit.date else ""
        if column == 2:
            return hit.title
        return ", ".join(hit.persons)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [RECORD_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = list(dict.fromkeys(self._ids[i.row()] for i in indexes if i.isValid()))
        data = QMimeData()
        data.setData(RECORD_MIME, json.dumps(ids).encode())
        return data

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(_COLUMNS[section])
        return None
