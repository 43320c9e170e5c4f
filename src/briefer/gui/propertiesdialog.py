"""The briefing's properties: title, occasion, date, people, reference, marking, template."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from briefer.compose.markings import levels
from briefer.model import BriefingMeta
from briefer.render.template import available_templates


class PropertiesDialog(QDialog):
    """Edits a briefing's metadata; `meta()` returns what the user set."""

    def __init__(self, meta: BriefingMeta, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Briefing properties")
        self.original = meta
        self.title = QLineEdit(meta.title)
        self.occasion = QLineEdit(meta.occasion)
        self.date = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.date.setMinimumDate(QDate(1900, 1, 1))
        self.date.setSpecialValueText("No date")
        self.date.setDate(QDate(meta.date) if meta.date else self.date.minimumDate())
        self.prepared_for = QLineEdit(meta.prepared_for)
        self.prepared_by = QLineEdit(meta.prepared_by)
        self.reference = QLineEdit(meta.reference)
        self.classification = QComboBox()
        self.classification.addItem("None", "")
        for level in levels():
            self.classification.addItem(level.label, level.label)
        self.classification.setCurrentIndex(
            max(self.classification.findData(meta.classification), 0)
        )
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Deutsch", "de")
        self.language.setCurrentIndex(max(self.language.findData(meta.language), 0))
        self.template = QComboBox()
        for template in available_templates():
            self.template.addItem(template.name, template.name)
        self.template.setCurrentIndex(max(self.template.findData(meta.template), 0))
        form = QFormLayout(self)
        for label, widget in (
            ("Title", self.title),
            ("Occasion", self.occasion),
            ("Date", self.date),
            ("Prepared for", self.prepared_for),
            ("Prepared by", self.prepared_by),
            ("Reference", self.reference),
            ("Classification", self.classification),
            ("Language", self.language),
            ("Template", self.template),
        ):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def meta(self) -> BriefingMeta:
        day = self.date.date()
        return replace(
            self.original,
            title=self.title.text(),
            occasion=self.occasion.text(),
            date=None if day == self.date.minimumDate() else day.toPython(),
            prepared_for=self.prepared_for.text(),
            prepared_by=self.prepared_by.text(),
            reference=self.reference.text(),
            classification=self.classification.currentData(),
            language=self.language.currentData(),
            template=self.template.currentData(),
        )
