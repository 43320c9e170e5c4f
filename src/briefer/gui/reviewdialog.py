"""Review imported releases before anything is stored: every field editable, warnings shown."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefer.importers.draft import RELEASE_KINDS, Draft
from briefer.model import Consultation, Person, Statement
from briefer.model.records import MEETING_FORMATS

_PEOPLE_COLUMNS = ("Name", "Role", "Country")
# Fields the parser inferred rather than read are tinted and say how, to be checked first.
_INFERRED = QColor("#fff1c2")
_INFERRED_STYLE = f'*[inferred="true"] {{ background: {_INFERRED.name()}; }}'


def _mark(widget: QWidget, how: str) -> None:
    """Tint a field the parser inferred and tell how, in its tooltip and to screen readers."""
    widget.setProperty("inferred", True)
    note = f"Inferred, not read: {how}. Check it."
    widget.setToolTip(note)
    widget.setAccessibleDescription(note)


_DOTTED = re.compile(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})")  # 2.5.2024, as written in German


def _date_field(value: date | None) -> QLineEdit:
    field = QLineEdit(value.isoformat() if value else "")
    field.setPlaceholderText("YYYY-MM-DD")
    field.setProperty("is_date", True)
    return field


def _parse_date(text: str) -> date | None:
    """Read 2024-05-02 or 2.5.2024; None for an empty field. Raises ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    dotted = _DOTTED.fullmatch(text)
    if dotted:
        day, month, year = (int(part) for part in dotted.groups())
        return date(year, month, day)
    return date.fromisoformat(text)


def dates_are_valid(dialog: QWidget) -> bool:
    """Check every date field of dialog; tell the user about the first that is not a date."""
    for field in dialog.findChildren(QLineEdit):
        if not field.property("is_date"):
            continue
        try:
            _parse_date(field.text())
        except ValueError:
            QMessageBox.warning(
                dialog,
                dialog.windowTitle(),
                f"“{field.text()}” is not a date. Write it as 2024-05-02 or 2.5.2024, "
                "or leave the field empty.",
            )
            field.setFocus()
            field.selectAll()
            return False
    return True


class StatementEditor(QGroupBox):
    """A statement's speaker, role, date and text; `result()` returns it as edited."""

    def __init__(
        self,
        title: str,
        statement: Statement,
        checkable: bool = True,
        inferred: dict[str, str] | None = None,
        source: str = "",
    ) -> None:
        super().__init__(title)
        self.setCheckable(checkable)
        self.setChecked(True)
        self.statement = statement
        self.speaker = QLineEdit(statement.speaker.name)
        self.speaker.setPlaceholderText("(none: a spokesperson)")
        self.role = QLineEdit(statement.speaker.role)
        self.country = QLineEdit(statement.speaker.country)
        self.date = _date_field(statement.date)
        self.text = QPlainTextEdit(statement.text)
        form = QFormLayout(self)
        form.addRow("Speaker", self.speaker)
        form.addRow("Role", self.role)
        form.addRow("Country", self.country)
        form.addRow("Date", self.date)
        form.addRow("Text", self.text)
        if source:
            where = QLabel(f"From {source}")
            where.setWordWrap(True)
            where.setObjectName("statement-source")
            form.addRow("Found", where)
        fields = {"speaker": self.speaker, "country": self.country, "date": self.date}
        for name, how in (inferred or {}).items():
            if name in fields:
                _mark(fields[name], how)

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
            date=_parse_date(self.date.text()),
            text=self.text.toPlainText().strip(),
        )


def _participant_row(name: str) -> int | None:
    """Return the row of "participants[2].country", or None for another field."""
    found = re.fullmatch(r"participants\[(\d+)\]\.country", name)
    return int(found.group(1)) if found else None


def _inferred(draft: Draft, prefix: str) -> dict[str, str]:
    """Return the draft's inferred fields under prefix ("statements[0].") without it."""
    return {
        name.removeprefix(prefix): how
        for name, how in draft.inferred.items()
        if name.startswith(prefix)
    }


class MeetingEditor(QGroupBox):
    """A meeting's title, date, format, place, participants and topics."""

    def __init__(
        self, meeting: Consultation, title: str = "Meeting", inferred: dict[str, str] | None = None
    ) -> None:
        super().__init__(title)
        self.base = meeting
        self.meeting_title = QLineEdit(meeting.title)
        self.meeting_date = _date_field(meeting.date)
        self.format = QComboBox()
        self.format.addItems(list(MEETING_FORMATS))
        self.format.setCurrentText(meeting.format)
        self.place = QLineEdit(meeting.place)
        # one empty row more, to add someone the release left out
        self.people = QTableWidget(len(meeting.participants) + 1, len(_PEOPLE_COLUMNS))
        self.people.setHorizontalHeaderLabels(list(_PEOPLE_COLUMNS))
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
        form = QFormLayout(self)
        form.addRow("Title", self.meeting_title)
        form.addRow("Date", self.meeting_date)
        form.addRow("Format", self.format)
        form.addRow("Place", self.place)
        form.addRow("Participants", self.people)
        form.addRow("Topics (one a line)", self.topics)
        self._mark_inferred(inferred or {})

    def _mark_inferred(self, inferred: dict[str, str]) -> None:
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
                    item.setToolTip(f"Inferred, not read: {how}. Check it.")

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
            date=_parse_date(self.meeting_date.text()),
            format=self.format.currentText(),
            place=self.place.text().strip(),
            participants=tuple(people),
            topics=tuple(t.strip() for t in self.topics.toPlainText().splitlines() if t.strip()),
        )


class DraftEditor(QScrollArea):
    """One release: its kind, source, meeting and statements, as the parser found them."""

    def __init__(self, draft: Draft) -> None:
        super().__init__()
        self.setAccessibleName(f"Release {draft.origin}")
        self.draft = draft
        page = QWidget()
        layout = QVBoxLayout(page)
        if draft.warnings:
            warnings = QLabel("\n".join(f"⚠ {w}" for w in draft.warnings))
            warnings.setWordWrap(True)
            layout.addWidget(warnings)
        if draft.inferred:
            legend = QLabel(
                "Tinted fields were inferred rather than read from the release: check them "
                "first (their tooltips say how)."
            )
            legend.setWordWrap(True)
            legend.setObjectName("inferred-legend")
            layout.addWidget(legend)
        self.include = QCheckBox("Store this release")
        self.include.setChecked(True)
        layout.addWidget(self.include)
        self.kind = QComboBox()
        self.kind.addItems(list(RELEASE_KINDS))
        self.kind.setCurrentText(draft.kind)
        self.title = QLineEdit(draft.source.title)
        self.publisher = QLineEdit(draft.source.publisher)
        self.published = _date_field(draft.source.date_published)
        source = QGroupBox("Source")
        form = QFormLayout(source)
        form.addRow("Kind", self.kind)
        form.addRow("Title", self.title)
        form.addRow("Publisher", self.publisher)
        form.addRow("Published", self.published)
        layout.addWidget(source)
        self.meeting = MeetingEditor(
            draft.consultation or Consultation(title=draft.source.title),
            inferred=_inferred(draft, "consultation."),
        )
        self.meeting.setCheckable(True)
        self.meeting.setChecked(draft.consultation is not None)
        layout.addWidget(self.meeting)
        self.statements = [
            StatementEditor(
                f"Statement {n}",
                s,
                inferred=_inferred(draft, f"statements[{n - 1}]."),
                source=draft.provenance.get(f"statements[{n - 1}]", ""),
            )
            for n, s in enumerate(draft.statements, 1)
        ]
        for editor in self.statements:
            layout.addWidget(editor)
        layout.addStretch()
        self.setWidget(page)
        self.setWidgetResizable(True)

    def result(self) -> Draft | None:
        """Return the draft as edited, or None when it is not to be stored."""
        if not self.include.isChecked():
            return None
        source = replace(
            self.draft.source,
            title=self.title.text().strip(),
            publisher=self.publisher.text().strip(),
            date_published=_parse_date(self.published.text()),
        )
        consultation = self.meeting.result() if self.meeting.isChecked() else None
        statements = tuple(e.result() for e in self.statements if e.isChecked())
        return replace(
            self.draft,
            kind=RELEASE_KINDS[self.kind.currentIndex()],  # the box lists them in order
            source=source,
            consultation=consultation,
            statements=statements,
        )


class ImportReviewDialog(QDialog):
    """Shows each imported release for review; nothing is stored unless the user accepts."""

    def __init__(
        self, drafts: list[Draft], failures: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Review import")
        self.setStyleSheet(_INFERRED_STYLE)
        self.resize(760, 720)
        layout = QVBoxLayout(self)
        if failures:
            problems = QLabel("Not imported:\n" + "\n".join(failures))
            problems.setWordWrap(True)
            layout.addWidget(problems)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Releases to import")
        self.editors = [DraftEditor(d) for d in drafts]
        for editor in self.editors:
            self.tabs.addTab(editor, editor.draft.origin)
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.store_button = buttons.addButton(
            "Store in Library", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.store_button.setEnabled(bool(drafts))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if dates_are_valid(self):
            super().accept()

    def drafts(self) -> list[Draft]:
        """Return the drafts as the user left them, without those left out."""
        return [d for d in (e.result() for e in self.editors) if d is not None]
