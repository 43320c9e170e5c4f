"""The briefing outline as a Qt tree model: sections, and the entries in them."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from briefer.errors import BrieferError
from briefer.gui.briefingdoc import BriefingDocument
from briefer.gui.imagefile import Thumbnails
from briefer.model import (
    Entry,
    ImageEntry,
    Record,
    RecordEntry,
    Section,
    TextEntry,
    TextKind,
    edits,
)
from briefer.model.records import snapshot

ENTRY_MIME = "application/x-briefer-entries"
RECORD_MIME = "application/x-briefer-records"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
KIND_NAMES = {
    TextKind.BACKGROUND: str(QT_TRANSLATE_NOOP("OutlineModel", "Background")),
    TextKind.TALKING_POINTS: str(QT_TRANSLATE_NOOP("OutlineModel", "Talking points")),
    TextKind.NOTE: str(QT_TRANSLATE_NOOP("OutlineModel", "Note")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutlineModel", text)


def kind_name(kind: TextKind) -> str:
    """Return the name of a kind of own text, in the app's language."""
    return _tr(KIND_NAMES[kind])


def new_section() -> Section:
    """Return an empty section, titled to be renamed in place."""
    return Section(QCoreApplication.translate("OutlineModel", "New section"))


def entry_label(entry: Entry) -> str:
    """Return how an entry is listed in the outline."""
    if isinstance(entry, TextEntry):
        name = entry.title or kind_name(entry.kind)
    elif isinstance(entry, ImageEntry):
        name = QCoreApplication.translate("OutlineModel", "Image: {caption}").format(
            caption=entry.caption or entry.alt_text
        )
    else:
        return entry.record.heading
    if entry.printable:
        return name
    return QCoreApplication.translate("OutlineModel", "{name} (internal)").format(name=name)


class OutlineModel(QAbstractItemModel):
    """Sections at the top level, entries below; drops become undoable edits."""

    def __init__(
        self,
        document: BriefingDocument,
        load_record: Callable[[int], Record] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.load_record = load_record
        self._library_copies: dict[int, Record | None] = {}  # what the library holds now
        self._icons = Thumbnails()
        document.about_to_change.connect(self.beginResetModel)
        document.changed.connect(self.endResetModel)

    # -- structure -------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        sections = self.document.briefing.sections
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(sections) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        section = parent.row()
        if section >= len(sections) or row >= len(sections[section].entries):
            return QModelIndex()
        return self.createIndex(row, 0, section + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        sections = self.document.briefing.sections
        if not parent.isValid():
            return len(sections)
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < len(sections):
            return len(sections[parent.row()].entries)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def item(self, index: _Index) -> Any:
        """Return the section or entry at index (None for the root)."""
        if not index.isValid():
            return None
        sections = self.document.briefing.sections
        if index.internalId() == 0:
            return sections[index.row()]
        return sections[index.internalId() - 1].entries[index.row()]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title if index.internalId() == 0 else entry_label(item)
        if role == Qt.ItemDataRole.EditRole and isinstance(item, Section):
            return item.title
        if isinstance(item, ImageEntry):
            return self._image_data(item, role)
        if role == Qt.ItemDataRole.DecorationRole and isinstance(item, RecordEntry):
            if self.is_outdated(item):  # only for the roles that show it: data() is hot
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(item, RecordEntry):
            if self.is_outdated(item):
                return self.tr(
                    "Changed in the library since it was added: Briefing ▸ Update from Library"
                )
            source = item.record.source
            return source.title if source else None
        if role == ID_ROLE:
            return item.id
        return None

    def _image_data(self, entry: ImageEntry, role: int) -> Any:
        """Return an image's thumbnail, its alt text as tooltip, and its id."""
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.icon(entry.picture)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Alt text: {text}").format(text=entry.alt_text)
        return entry.id if role == ID_ROLE else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags | Qt.ItemFlag.ItemIsEditable if index.internalId() == 0 else flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Rename a section edited in place, as one undoable edit; a blank name is refused."""
        item = self.item(index)
        title = str(value).strip() if value is not None else ""
        if role != Qt.ItemDataRole.EditRole or not isinstance(item, Section) or not title:
            return False
        section_id = item.id
        self.document.apply(
            self.tr("Rename section"), lambda b: edits.rename_section(b, section_id, title)
        )
        return True

    def is_outdated(self, entry: RecordEntry) -> bool:
        """Return whether the library's record differs from the entry's copy of it."""
        return self.library_version(entry) is not None

    def library_version(self, entry: RecordEntry) -> Record | None:
        """Return the library's record when it differs from the entry's copy of it; None
        when it is the same, deleted, or the entry has none."""
        if self.load_record is None or entry.record_id is None:
            return None
        if entry.record_id not in self._library_copies:
            try:
                current: Record | None = snapshot(self.load_record(entry.record_id))
            except BrieferError:
                current = None  # deleted from the library: the briefing's copy is all there is
            self._library_copies[entry.record_id] = current
        copy = self._library_copies[entry.record_id]
        return copy if copy is not None and copy != entry.record else None

    def library_changed(self) -> None:
        """Look at the library afresh for the marks of changed entries."""
        self._library_copies.clear()
        for row in range(self.rowCount()):
            section = self.index(row, 0)
            count = self.rowCount(section)
            if count:
                self.dataChanged.emit(self.index(0, 0, section), self.index(count - 1, 0, section))

    def index_of(self, item_id: str) -> QModelIndex:
        """Return the index of the section or entry with this id."""
        for s_row, section in enumerate(self.document.briefing.sections):
            if section.id == item_id:
                return self.index(s_row, 0)
            for e_row, entry in enumerate(section.entries):
                if entry.id == item_id:
                    return self.index(e_row, 0, self.index(s_row, 0))
        return QModelIndex()

    # -- drag and drop ---------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [ENTRY_MIME, RECORD_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        ids = [self.item(i).id for i in indexes if i.isValid()]
        data.setData(ENTRY_MIME, json.dumps(ids).encode())
        return data

    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return False  # a move is one edit, made in dropMimeData; the view must not delete

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _Index,
    ) -> bool:
        section_row, position = self._target(row, parent)
        sections = self.document.briefing.sections
        if data.hasFormat(RECORD_MIME) and self.load_record is not None:
            ids = json.loads(bytes(data.data(RECORD_MIME).data()))
            entries = [RecordEntry(snapshot(self.load_record(i)), i) for i in ids]
            if not sections:  # an empty briefing gets its first section in the same step
                first = new_section()
                self.document.apply(
                    self.tr("Add from library"),
                    lambda b: edits.add_entries(edits.add_section(b, first), first.id, entries),
                )
                return True
            section_id = sections[min(max(section_row, 0), len(sections) - 1)].id
            self.document.apply(
                self.tr("Add from library"),
                lambda b: edits.add_entries(b, section_id, entries, position),
            )
            return True
        if data.hasFormat(ENTRY_MIME):
            ids = json.loads(bytes(data.data(ENTRY_MIME).data()))
            self.document.apply(
                self.tr("Move"), lambda b: edits.move_items(b, ids, section_row, position)
            )
            return True
        return False

    def _target(self, row: int, parent: _Index) -> tuple[int, int | None]:
        """Return (section row, position in it) a drop at (row, parent) means."""
        if not parent.isValid():
            return (row if row >= 0 else self.rowCount()) - (1 if row < 0 else 0), None
        if parent.internalId() == 0:
            return parent.row(), row if row >= 0 else None
        return parent.internalId() - 1, parent.row()
