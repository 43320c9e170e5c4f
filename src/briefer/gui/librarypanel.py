"""The library panel: search as you type, facet filters, the result table and a detail view."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QItemSelection, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefer.errors import BrieferError
from briefer.gui.datefilter import DateFilterEdit
from briefer.gui.librarymodel import LibraryTableModel, record_kind_name
from briefer.gui.workers import Job, start
from briefer.library import Facets, Found, Library, Searcher, SearchQuery, find
from briefer.model.describe import describe
from briefer.model.records import RecordKind

SEARCH_DELAY_MS = 100  # the pause in typing that starts a search (it runs on a worker)


class LibraryPanel(QWidget):
    """Shows the library; type to filter, pick facets, drag rows into the briefing."""

    message = Signal(str)
    record_activated = Signal(int)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.search_field = QLineEdit(placeholderText=self.tr("Search the library"))
        self.search_field.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.person = QComboBox()
        self.country = QComboBox()
        self.topic = QComboBox()
        self.date_from = DateFilterEdit(self.tr("From"))
        self.date_to = DateFilterEdit(self.tr("To"))
        ticks = max(e.use.sizeHint().width() for e in (self.date_from, self.date_to))
        for edit in (self.date_from, self.date_to):
            edit.use.setFixedWidth(ticks)  # the two dates line up
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show every record the search text matches"))
        self.filter_line = QLabel()
        self.filter_line.setAccessibleName(self.tr("Filters in use"))
        self.filter_line.setTextFormat(Qt.TextFormat.RichText)
        self.filter_line.setWordWrap(True)
        self.filter_line.hide()
        self.model = LibraryTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Selected record"))
        self.table.setAccessibleName(self.tr("Library records"))
        self.search_field.setAccessibleName(self.tr("Search the library"))
        facets = QFormLayout()
        for box, name in (
            (self.kind, self.tr("Kind")),
            (self.person, self.tr("Person")),
            (self.country, self.tr("Country")),
            (self.topic, self.tr("Topic")),
        ):
            box.setAccessibleName(self.tr("Filter: {name}").format(name=name))
            facets.addRow(name, box)
        facets.addRow(self.tr("Dates"), self.date_from)
        facets.addRow("", self.date_to)
        clearing = QHBoxLayout()
        clearing.addWidget(self.filter_line, 1)
        clearing.addWidget(self.clear_button)
        top = QWidget()
        layout = QVBoxLayout(top)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_field)
        layout.addLayout(facets)
        layout.addLayout(clearing)
        layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setSizes([500, 200])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_in_background)
        self._generation = 0  # only the newest search's results are shown
        self._searcher = Searcher(library.path)
        self._search_job: Job | None = None
        self.search_field.textChanged.connect(self._timer.start)
        for box in (self.kind, self.person, self.country, self.topic):
            box.currentIndexChanged.connect(self._timer.start)
        for edit in (self.date_from, self.date_to):
            edit.changed.connect(self._timer.start)
        self.clear_button.clicked.connect(self.clear_filters)
        self.filter_line.linkActivated.connect(lambda _link: self.clear_filters())
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.table.doubleClicked.connect(
            lambda index: self.record_activated.emit(self.model.record_id(index.row()))
        )
        self._set_date_ranges()
        self.refresh()

    def query(self) -> SearchQuery:
        """Return the search the panel's fields describe."""

        def chosen(box: QComboBox) -> str | None:
            data = box.currentData()
            return None if data is None else str(data)

        return SearchQuery(
            text=self.search_field.text(),
            kind=cast(RecordKind | None, chosen(self.kind)),  # the box holds record kinds
            person=chosen(self.person),
            country=chosen(self.country),
            topic=chosen(self.topic),
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
        )

    def refresh(self) -> None:
        """Run the search now and show its hits."""
        self._generation += 1
        try:
            found = find(self.library, self.query())
        except BrieferError as error:
            self.message.emit(str(error))
            return
        self.show_hits(self._generation, found)

    def clear_filters(self) -> None:
        """Drop every filter (the search text stays) and search again at once."""
        for box in (self.kind, self.person, self.country, self.topic):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self.refresh()

    def search_in_background(self) -> None:
        """Run the search on a worker, so that typing never waits for it; a newer search
        makes the results of older ones be dropped."""
        self._generation += 1
        generation, query, searcher = self._generation, self.query(), self._searcher

        def work() -> tuple[int, Found | None]:
            if generation != self._generation:  # typing went on while it waited: skip it
                return generation, None
            return generation, searcher.find(query)

        self._search_job = start(work, self._found, self.message.emit)

    def stop(self) -> None:
        """Drop pending searches: the window is closing and the library will be closed."""
        self._timer.stop()
        self._generation += 1
        self._searcher.close()

    def _found(self, result: tuple[int, Found | None]) -> None:
        generation, found = result
        if found is not None:
            self.show_hits(generation, found)

    def show_hits(self, generation: int, found: Found) -> None:
        """Show what a search found, unless a newer search was started since."""
        if generation != self._generation:
            return
        ids = found.ids
        self.model.set_ids(ids, self.library.hits)
        self._fill_facets(found.facets)
        self._show_filters(found)
        total = QLocale().toString(len(self.library))
        self.message.emit(self.tr("%n of {total} records", "", len(ids)).format(total=total))
        if ids and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        elif not ids:
            self.detail.clear()

    def reload(self) -> None:
        """Refresh the date ranges and the results after the library changed."""
        self._set_date_ranges()
        self.refresh()

    def selected_ids(self) -> list[int]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.record_id(row) for row in sorted(rows)]

    def _fill_facets(self, facets: Facets) -> None:
        """List each facet's values with their counts among the search's records; a chosen
        value stays chosen (with 0 if the search text leaves none of it)."""
        for box, values in (
            (self.kind, facets.kind),
            (self.person, facets.person),
            (self.country, facets.country),
            (self.topic, facets.topic),
        ):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("Any"), None)
            for value, count in values:
                label = record_kind_name(value) if box is self.kind else value
                box.addItem(f"{label} ({QLocale().toString(count)})", value)
            if current is not None and box.findData(current) < 0:
                box.addItem(f"{current} (0)", current)
            box.setCurrentIndex(max(box.findData(current), 0))
            box.blockSignals(False)
        for edit, shown in ((self.date_from, facets.date_min), (self.date_to, facets.date_max)):
            edit.set_range(self._first, self._last, shown)

    def _set_date_ranges(self) -> None:
        everything = self.library.facets(SearchQuery())
        self._first, self._last = everything.date_min, everything.date_max

    def _show_filters(self, found: Found) -> None:
        """Say, whenever filters are in use, how many and what they hide, with a way out."""
        self.clear_button.setEnabled(found.filters > 0)
        self.filter_line.setVisible(found.filters > 0)
        hides = self.tr("%n filter(s) hide", "", found.filters)
        hidden = (
            self.tr("%n record(s)", "", found.hidden) if found.hidden else self.tr("no records")
        )
        clear = self.tr("Clear")
        self.filter_line.setText(f'{hides} {hidden} — <a href="clear">{clear}</a>')

    def _show_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        try:
            record = self.library.get(self.model.record_id(rows[0].row()))
        except BrieferError as error:
            self.message.emit(str(error))
            return
        self.detail.setPlainText(describe(record))
