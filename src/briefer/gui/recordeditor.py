"""Editors for a statement's and a meeting's fields, shared by the import review and Edit
Record; each field, focused, shows in a SourceView where the release says it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from briefer.gui.sourceview import FieldWatcher, SourceView
from briefer.importers.dates import read_date
from briefer.model import Consultation, Person, Statement
from briefer.model.records import MEETING_FORMATS

_PEOPLE_COLUMNS = (
    str(QT_TRANSLATE_NOOP("MeetingEditor", "Name")),
    str(QT_TRANSLATE_NOOP("MeetingEditor", "Role")),
    str(QT_TRANSLATE_NOOP("MeetingEditor", "Country")),
)
MEETING_FORMAT_NAMES = {
    "": "",
    "in person": str(QT_TRANSLATE_NOOP("MeetingEditor", "in person")),
    "video teleconference": str(QT_TRANSLATE_NOOP("MeetingEditor", "video teleconference")),
    "telephone": str(QT_TRANSLATE_NOOP("MeetingEditor", "telephone")),
    "hybrid": str(QT_TRANSLATE_NOOP("MeetingEditor", "hybrid")),
}
# Fields the parser inferred rather than read are tinted and say how, to be checked first.
_INFERRED = QColor("#fff1c2")
INFERRED_STYLE = f'*[inferred="true"] {{ background: {_INFERRED.name()}; }}'

Fields = dict[str, tuple[str, QWidget]]  # a field's name → its label and its widget


def _mark(widget: QWidget, how: str) -> None:
    """Tint a field the parser inferred and tell how, in its tooltip and to screen readers."""
    widget.setProperty("inferred", True)
    note = _inferred_note(how)
    widget.setToolTip(note)
    widget.setAccessibleDescription(note)


def _inferred_note(how: str) -> str:
    return QCoreApplication.translate(
        "RecordEditor", "Inferred, not read: {how}. Check it."
    ).format(how=how)


def date_field(value: date | None, label: str) -> QLineEdit:
    """A date field that reads dates as people write them and shows how it read them."""
    field = QLineEdit(value.isoformat() if value else "")
    field.setPlaceholderText(
        QCoreApplication.translate("RecordEditor", "e.g. 16 March 2021 · 16.03.2021 · 16 mars 2021")
    )
    field.setToolTip(
        QCoreApplication.translate(
            "RecordEditor",
            "Write the date as you would: March 16, 2021 · 16 March 2021 · 16.03.2021 · "
            "16. März 2021 · 16 mars 2021 · 2021-03-16",
        )
    )
    field.setProperty("is_date", True)
    field.setProperty("label", label)
    field.editingFinished.connect(lambda: _show_as_read(field))
    return field


def _show_as_read(field: QLineEdit) -> None:
    """Show a date the field could read as YYYY-MM-DD, so the user sees how it was read."""
    try:
        day = read_date(field.text())
    except ValueError:
        return  # left as typed; accepting the dialog says what is wrong
    if day is not None:
        field.setText(day.isoformat())


def unreadable_date(widget: QWidget) -> tuple[QLineEdit, str] | None:
    """Return the first date field in use under widget that holds no readable date, and why."""
    for field in widget.findChildren(QLineEdit):
        if not field.property("is_date") or not field.isEnabled():
            continue
        try:
            read_date(field.text())
        except ValueError as error:
            return field, f"{field.property('label')}: {error}."
    return None


def dates_are_valid(dialog: QWidget) -> bool:
    """Check every date field of dialog in use; tell the user about the first that is not a
    date and put the cursor there."""
    problem = unreadable_date(dialog)
    if problem is None:
        return True
    field, message = problem
    QMessageBox.warning(dialog, dialog.windowTitle(), message)
    field.setFocus()
    field.selectAll()
    return False


def _value(widget: QWidget) -> str:
    """Return what a field holds, as text ("x" for a group or table, never empty)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return "x"


class SourceLinks:
    """Shows in a SourceView where the release says the field that has the focus."""

    def __init__(self, source: SourceView, inferred: Mapping[str, str]) -> None:
        self.source = source
        self.inferred = inferred
        self.fields: Fields = {}
        self.watcher = FieldWatcher(source)
        self.watcher.focused.connect(self.show)

    def add(self, fields: Fields, prefix: str = "") -> None:
        """Watch fields, named under prefix ("statements[0].")."""
        for name, (label, widget) in fields.items():
            self.fields[prefix + name] = (label, widget)
            self.watcher.watch(widget, prefix + name)

    def add_people(self, meeting: MeetingEditor, prefix: str = "") -> None:
        """Show where the release names the participant in the table's current row."""
        meeting.people.currentCellChanged.connect(
            lambda row, *_: self.show(f"{prefix}participants[{row}]")
        )

    def show(self, name: str) -> None:
        """Highlight where field `name` stands in the release, saying if it was inferred."""
        label, widget = self.fields.get(name, (_participant_label(name), None))
        how = self.inferred.get(name) or next(
            (how for field, how in self.inferred.items() if field.startswith(f"{name}.")), ""
        )
        empty = widget is not None and not _value(widget).strip()
        self.source.show_field(name, label, how, empty)


def _participant_label(name: str) -> str:
    found = re.search(r"participants\[(\d+)\]$", name)
    if not found:
        return name
    return QCoreApplication.translate("RecordEditor", "Participant {number}").format(
        number=int(found.group(1)) + 1
    )


class StatementEditor(QGroupBox):
    """A statement's speaker, role, date and text; `result()` returns it as edited."""

    def __init__(
        self,
        title: str,
        statement: Statement,
        checkable: bool = True,
        inferred: Mapping[str, str] | None = None,
        source: str = "",
    ) -> None:
        super().__init__(title)
        self.setCheckable(checkable)
        self.setChecked(True)
        self.statement = statement
        self.speaker = QLineEdit(statement.speaker.name)
        self.speaker.setPlaceholderText(self.tr("(none: a spokesperson)"))
        self.role = QLineEdit(statement.speaker.role)
        self.country = QLineEdit(statement.speaker.country)
        self.date = date_field(statement.date, self.tr("{title}: date").format(title=title))
        self.text = QPlainTextEdit(statement.text)
        form = QFormLayout(self)
        form.addRow(self.tr("Speaker"), self.speaker)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Text"), self.text)
        if source:
            where = QLabel(self.tr("From {source}").format(source=source))
            where.setWordWrap(True)
            where.setObjectName("statement-source")
            form.addRow(self.tr("Found"), where)
        fields = {"speaker": self.speaker, "country": self.country, "date": self.date}
        for name, how in (inferred or {}).items():
            if name in fields:
                _mark(fields[name], how)

    def fields(self) -> Fields:
        """Return the fields by name; the group itself stands for the statement's words."""
        title = self.title()
        return {
            "speaker": (self.tr("{title}: speaker").format(title=title), self.speaker),
            "role": (self.tr("{title}: role").format(title=title), self.role),
            "country": (self.tr("{title}: country").format(title=title), self.country),
            "date": (self.tr("{title}: date").format(title=title), self.date),
            "text": (self.tr("{title}: the words").format(title=title), self.text),
        }

    def result(self) -> Statement:
        speaker = replace(
            self.statement.speaker,
            name=self.speaker.text().strip(),
            role=self.role.text().strip(),
            country=self.country.text().strip(),
        )
        return replace(
            self.statement,
            speaker=speaker,
            date=read_date(self.date.text()),
            text=self.text.toPlainText().strip(),
        )


def _participant_row(name: str) -> int | None:
    """Return the row of "participants[2].country", or None for another field."""
    found = re.fullmatch(r"participants\[(\d+)\]\.country", name)
    return int(found.group(1)) if found else None


class MeetingEditor(QGroupBox):
    """A meeting's title, date, format, place, participants, topics and summary."""

    def __init__(
        self,
        meeting: Consultation,
        title: str = "",
        inferred: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(title or self.tr("Meeting"))
        title = self.title()
        self.base = meeting
        self.meeting_title = QLineEdit(meeting.title)
        self.meeting_date = date_field(meeting.date, self.tr("{title}: date").format(title=title))
        self.format = QComboBox()
        for name in MEETING_FORMATS:
            label = MEETING_FORMAT_NAMES.get(name, name)
            self.format.addItem(self.tr(label) if label else "", name)
        if self.format.findData(meeting.format) < 0:  # a format the list does not know
            self.format.addItem(meeting.format, meeting.format)
        self.format.setCurrentIndex(self.format.findData(meeting.format))
        self.place = QLineEdit(meeting.place)
        # one empty row more, to add someone the release left out
        self.people = QTableWidget(len(meeting.participants) + 1, len(_PEOPLE_COLUMNS))
        self.people.setHorizontalHeaderLabels([self.tr(c) for c in _PEOPLE_COLUMNS])
        for row, person in enumerate(meeting.participants):
            for column, value in enumerate((person.name, person.role, person.country)):
                self.people.setItem(row, column, QTableWidgetItem(value))
        header = self.people.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # roles are long
        self.people.verticalHeader().hide()
        rows = len(meeting.participants) + 1
        self.people.setMinimumHeight(header.height() + rows * 30 + 6)
        self.topics = QPlainTextEdit("\n".join(meeting.topics))
        self.topics.setMaximumHeight(110)
        self.summary = QPlainTextEdit(meeting.summary)
        self.summary.setAccessibleName(self.tr("Summary"))
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.meeting_title)
        form.addRow(self.tr("Date"), self.meeting_date)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Participants"), self.people)
        form.addRow(self.tr("Topics (one a line)"), self.topics)
        form.addRow(self.tr("Summary"), self.summary)
        self._mark_inferred(inferred or {})

    def fields(self) -> Fields:
        """Return the fields by name (the participants' table is shown row by row)."""
        title = self.title()
        return {
            "title": (self.tr("{title}: title").format(title=title), self.meeting_title),
            "date": (self.tr("{title}: date").format(title=title), self.meeting_date),
            "format": (self.tr("{title}: format").format(title=title), self.format),
            "place": (self.tr("{title}: place").format(title=title), self.place),
            "topics": (self.tr("{title}: topics").format(title=title), self.topics),
            "summary": (self.tr("{title}: summary").format(title=title), self.summary),
        }

    def _mark_inferred(self, inferred: Mapping[str, str]) -> None:
        fields: dict[str, QWidget] = {
            "date": self.meeting_date,
            "place": self.place,
            "format": self.format,
        }
        for name, how in inferred.items():
            if name in fields:
                _mark(fields[name], how)
            elif (row := _participant_row(name)) is not None:
                item = self.people.item(row, 2)
                if item is not None:
                    item.setBackground(_INFERRED)
                    item.setToolTip(_inferred_note(how))

    def _person(self, row: int, name: str, role: str, country: str) -> Person:
        """The row's person, keeping what the table does not show (the names the release
        also uses for them) while the name stays the same."""
        known = self.base.participants
        if row < len(known) and known[row].name == name:
            return replace(known[row], role=role, country=country)
        return Person(name, role, country)

    def result(self) -> Consultation:
        people = []
        for row in range(self.people.rowCount()):
            cells = [self.people.item(row, c) for c in range(len(_PEOPLE_COLUMNS))]
            name, role, country = (c.text().strip() if c else "" for c in cells)
            if name or role:
                people.append(self._person(row, name, role, country))
        return replace(
            self.base,
            title=self.meeting_title.text().strip(),
            date=read_date(self.meeting_date.text()),
            format=self.format.currentData(),
            place=self.place.text().strip(),
            participants=tuple(people),
            topics=tuple(t.strip() for t in self.topics.toPlainText().splitlines() if t.strip()),
            summary=self.summary.toPlainText().strip(),
        )
