"""The briefing's properties: title, occasion, date, people, reference, marking, template."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from briefer.compose.markings import level_for, levels
from briefer.gui.language import date_format
from briefer.model import BriefingMeta
from briefer.render.template import available_templates


class PropertiesDialog(QDialog):
    """Edits a briefing's metadata; `meta()` returns what the user set."""

    def __init__(self, meta: BriefingMeta, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Briefing properties"))
        self.original = meta
        self.title = QLineEdit(meta.title)
        self.occasion = QLineEdit(meta.occasion)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())
        self.date.setMinimumDate(QDate(1900, 1, 1))
        self.date.setSpecialValueText(self.tr("No date"))
        self.date.setDate(QDate(meta.date) if meta.date else self.date.minimumDate())
        self.prepared_for = QLineEdit(meta.prepared_for)
        self.prepared_by = QLineEdit(meta.prepared_by)
        self.reference = QLineEdit(meta.reference)
        self.classification, self.language, self.template = house_style_boxes(meta)
        self.marking_warning = approved_system_warning(self.classification)
        form = QFormLayout(self)
        for label, widget in (
            (self.tr("Title"), self.title),
            (self.tr("Occasion"), self.occasion),
            (self.tr("Date"), self.date),
            (self.tr("Prepared for"), self.prepared_for),
            (self.tr("Prepared by"), self.prepared_by),
            (self.tr("Reference"), self.reference),
            (self.tr("Classification"), self.classification),
            ("", self.marking_warning),
            (self.tr("Document language"), self.language),
            (self.tr("Template"), self.template),
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
            date=None
            if day == self.date.minimumDate()
            else date(day.year(), day.month(), day.day()),
            prepared_for=self.prepared_for.text(),
            prepared_by=self.prepared_by.text(),
            reference=self.reference.text(),
            classification=self.classification.currentData(),
            language=self.language.currentData(),
            template=self.template.currentData(),
        )


def house_style_boxes(meta: BriefingMeta) -> tuple[QComboBox, QComboBox, QComboBox]:
    """Return the classification, language and template choosers, set to meta's values."""

    def box(choices: list[tuple[str, str]], current: str) -> QComboBox:
        chooser = QComboBox()
        for label, value in choices:
            chooser.addItem(label, value)
        chooser.setCurrentIndex(max(chooser.findData(current), 0))
        return chooser

    return (
        box(
            [(QCoreApplication.translate("PropertiesDialog", "None"), "")]
            + [(level.label, level.label) for level in levels()],
            meta.classification,
        ),
        box([("English", "en"), ("Deutsch", "de"), ("Français", "fr")], meta.language),
        box([(template.name, template.name) for template in available_templates()], meta.template),
    )


def approved_system_warning(classification: QComboBox) -> QLabel:
    """Return a warning, shown while the chosen level may not be processed on an ordinary
    office computer (above VS-NfD and OFFICIAL-SENSITIVE)."""
    warning = QLabel()
    warning.setWordWrap(True)
    warning.setStyleSheet("color: #b00000; font-weight: bold")

    def update() -> None:
        level = level_for(classification.currentData() or "")
        warning.setVisible(level is not None and level.needs_approved_system)
        if level is not None:
            text = QCoreApplication.translate(
                "PropertiesDialog",
                "{level} may not be written or printed on an ordinary office computer: use "
                "only a system approved for this level.",
            )
            warning.setText(text.format(level=level.label))

    classification.currentIndexChanged.connect(update)
    update()
    return warning
