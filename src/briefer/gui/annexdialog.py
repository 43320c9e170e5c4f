"""Briefing ▸ Annexes: the briefing's annexes listed, renamed, reordered and removed, each
change an undoable edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.briefingdoc import BriefingDocument
from briefer.model import Annex, PdfAnnex, ReleaseAnnex, annexedits
from briefer.model.annexes import annex_size

_Index = QModelIndex | QPersistentModelIndex


def describe(annex: Annex) -> str:
    """Return what an annex is, in a few words: "PDF, 12 pages, 1.4 MB"."""
    if isinstance(annex, ReleaseAnnex):
        source = annex.source
        when = source.date_published.isoformat() if source.date_published else ""
        original = QCoreApplication.translate("AnnexesDialog", "Original release")
        return ", ".join(p for p in (original, source.publisher, when) if p)
    size = _size(annex_size(annex))
    if isinstance(annex, PdfAnnex):
        pages = QCoreApplication.translate("AnnexesDialog", "%n page(s)", "", annex.pages)
        return f"PDF, {pages}, {size}"
    text = QCoreApplication.translate(
        "AnnexesDialog", "{format} image, {width} × {height} pixels, {size}"
    )
    return text.format(
        format=annex.format.upper(), width=annex.width, height=annex.height, size=size
    )


def _size(count: int) -> str:
    locale = QLocale()
    if count >= 1_000_000:
        return f"{locale.toString(count / 1e6, 'f', 1)} MB"
    return f"{locale.toString(max(count // 1000, 1))} kB"


class AnnexTableModel(QAbstractTableModel):
    """The briefing's annexes in order, a row each: its title (renamed in place) and what
    it is."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("AnnexTableModel", "Title")),
        str(QT_TRANSLATE_NOOP("AnnexTableModel", "Content")),
    )

    def __init__(self, document: BriefingDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        document.about_to_change.connect(self.beginResetModel)
        document.changed.connect(self.endResetModel)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.document.briefing.annexes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def annex(self, row: int) -> Annex:
        return self.document.briefing.annexes[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        annex = self.annex(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return annex.title if index.column() == 0 else describe(annex)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return annex.title
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
        return self.tr("Annex {number}").format(number=section + 1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 0 else flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Rename an annex edited in place, as one undoable edit; a blank title is refused."""
        title = str(value).strip() if value is not None else ""
        if role != Qt.ItemDataRole.EditRole or index.column() != 0 or not title:
            return False
        annex_id = self.annex(index.row()).id
        self.document.apply(
            self.tr("Rename annex"), lambda b: annexedits.rename_annex(b, annex_id, title)
        )
        return True


class AnnexesDialog(QDialog):
    """Lists the annexes; attach (through attach, which asks for a file), rename, move and
    remove them. Every change is made at once, as an undoable edit."""

    def __init__(
        self, document: BriefingDocument, attach: Callable[[], object], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Annexes"))
        self.document = document
        self.model = AnnexTableModel(document, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Annexes"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)  # a long title ends in an ellipsis; its tooltip is whole
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        hint = QLabel(
            self.tr(
                "Annexes follow the sources in the PDF, each from a new page, and are listed "
                "in the contents. Word lists a PDF annex as attached separately. To attach a "
                "record's original release, right-click it in the outline or the library."
            )
        )
        hint.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("Attach File…"))
        self.rename_button = QPushButton(self.tr("Rename"))
        self.up_button = QPushButton(self.tr("Move Up"))
        self.down_button = QPushButton(self.tr("Move Down"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.attach_button.clicked.connect(attach)
        self.rename_button.clicked.connect(self.rename)
        self.up_button.clicked.connect(lambda: self.step(-1))
        self.down_button.clicked.connect(lambda: self.step(1))
        self.remove_button.clicked.connect(self.remove)
        side = QVBoxLayout()
        for button in (
            self.attach_button,
            self.rename_button,
            self.up_button,
            self.down_button,
            self.remove_button,
        ):
            side.addWidget(button)
        side.addStretch()
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(middle)
        layout.addWidget(close)
        self.resize(780, 340)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.model.modelReset.connect(self._enable)
        self._enable()

    def current_row(self) -> int:
        """Return the selected annex's row, or -1."""
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, 0))

    def rename(self) -> None:
        """Start renaming the selected annex in place."""
        row = self.current_row()
        if row >= 0:
            self.table.setFocus()
            self.table.edit(self.model.index(row, 0))

    def step(self, delta: int) -> None:
        """Move the selected annex one place up (-1) or down (+1), keeping it selected."""
        row = self.current_row()
        target = row + delta
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        annex_id = self.model.annex(row).id
        self.document.apply(
            self.tr("Move annex"), lambda b: annexedits.move_annex(b, annex_id, target)
        )
        self.select(target)

    def remove(self) -> None:
        """Remove the selected annex (Undo brings it back); the next one is selected."""
        row = self.current_row()
        if row < 0:
            return
        annex_id = self.model.annex(row).id
        self.document.apply(self.tr("Remove annex"), lambda b: annexedits.remove_annex(b, annex_id))
        self.select(min(row, self.model.rowCount() - 1))

    def _enable(self) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        self.rename_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
