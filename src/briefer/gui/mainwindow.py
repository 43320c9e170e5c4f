"""The main window: the library with a search field, a result table and a detail view."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefer.errors import BrieferError
from briefer.gui.librarymodel import LibraryTableModel
from briefer.library import Library, SearchQuery
from briefer.model.describe import describe

_SEARCH_DELAY_MS = 120


class MainWindow(QMainWindow):
    """Shows the library: type to filter, select a row to read the record."""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.setWindowTitle(f"briefer — {library.path.name}")
        self.resize(1100, 700)

        self.search_field = QLineEdit(placeholderText="Search the library (Ctrl+F)")
        self.search_field.setClearButtonEnabled(True)
        self.model = LibraryTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.detail = QTextBrowser()

        left = QWidget()
        layout = QVBoxLayout(left)
        layout.addWidget(self.search_field)
        layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setSizes([700, 400])
        self.setCentralWidget(splitter)

        self._search_timer = QTimer(self, singleShot=True, interval=_SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_field.textChanged.connect(self._search_timer.start)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        quit_action = self.menuBar().addMenu("&File").addAction("&Quit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        find = self.menuBar().addMenu("&Edit").addAction("&Find")
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.search_field.setFocus)
        self.refresh()

    def refresh(self) -> None:
        """Run the search in the field and show its hits."""
        try:
            hits = self.library.search(SearchQuery(text=self.search_field.text()))
        except BrieferError as error:
            self.statusBar().showMessage(str(error))
            return
        self.model.set_hits(hits)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.statusBar().showMessage(f"{len(hits)} of {len(self.library)} records")
        if hits:
            self.table.selectRow(0)
        else:
            self.detail.clear()

    def _show_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        try:
            record = self.library.get(self.model.hit(rows[0].row()).id)
        except BrieferError as error:
            QMessageBox.warning(self, "briefer", str(error))
            return
        self.detail.setPlainText(describe(record))
