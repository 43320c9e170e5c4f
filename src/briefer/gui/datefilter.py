"""One end of a date range filter: ticked to use it, a date to type or pick, a way to clear."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QStyle, QToolButton, QWidget

from briefer.gui.language import date_format

_MARGIN_YEARS = 5  # room around the library's dates for a range that reaches past them


class DateFilterEdit(QWidget):
    """A date bound that is off until the user types or picks a date. Its calendar spans the
    library's dates (not 1900 onwards); while off it shows the nearest date of the hits."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        """Make the bound; label ("From", "To") is in the app's language already."""
        super().__init__(parent)
        self.use = QCheckBox(label)
        self.use.setAccessibleName(self.tr("Filter by date: {bound}").format(bound=label))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_format())
        self.edit.setAccessibleName(self.tr("Date: {bound}").format(bound=label))
        self.clear_button = QToolButton()
        self.clear_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
        )
        self.clear_button.setAutoRaise(True)
        clear = self.tr("Clear the date: {bound}").format(bound=label)
        self.clear_button.setToolTip(clear)
        self.clear_button.setAccessibleName(clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.use)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.edit.dateChanged.connect(self._typed)
        self.use.toggled.connect(self._toggled)
        self.clear_button.clicked.connect(self.clear)
        self._toggled(False)

    def value(self) -> date | None:
        """The date the filter holds, or None when it is off."""
        if not self.use.isChecked():
            return None
        shown = self.edit.date()
        return date(shown.year(), shown.month(), shown.day())

    def set_range(self, first: date | None, last: date | None, shown: date | None) -> None:
        """Let the calendar span the library's dates (first to last, with a margin), and
        show `shown` while the filter is off; a date the user set is kept."""
        today = date.today()
        low = first or today
        high = max(last or today, today)
        kept = self.value()
        self.edit.blockSignals(True)
        self.edit.setDateRange(
            QDate(min(low, kept or low).year - _MARGIN_YEARS, 1, 1),
            QDate(max(high, kept or high).year + _MARGIN_YEARS, 12, 31),
        )
        if kept is None and shown is not None:
            self.edit.setDate(QDate(shown.year, shown.month, shown.day))
        self.edit.blockSignals(False)

    def clear(self) -> None:
        """Turn the filter off."""
        self.use.setChecked(False)

    def _typed(self) -> None:
        if self.use.isChecked():
            self.changed.emit()
        else:
            self.use.setChecked(True)  # typing or picking a date turns the filter on

    def _toggled(self, on: bool) -> None:
        self.clear_button.setEnabled(on)
        self.changed.emit()
