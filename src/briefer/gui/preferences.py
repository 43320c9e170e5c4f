"""Preferences: what new briefings start with, and how often the app autosaves."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from briefer.gui.propertiesdialog import house_style_boxes
from briefer.model import BriefingMeta

_NEW_BRIEFING = BriefingMeta(title="New briefing")
_DEFAULTS = ("prepared_for", "prepared_by", "classification", "language", "template")


@dataclass(frozen=True)
class Preferences:
    """The user's preferences, kept in QSettings."""

    defaults: BriefingMeta = _NEW_BRIEFING
    autosave_seconds: int = 20

    @classmethod
    def load(cls, settings: QSettings) -> Preferences:
        base = cls()
        values = {
            name: str(settings.value(f"defaults/{name}", getattr(base.defaults, name)))
            for name in _DEFAULTS
        }
        seconds = settings.value("autosave/seconds", base.autosave_seconds, type=int)
        return cls(replace(base.defaults, **values), max(5, min(int(seconds), 600)))

    def save(self, settings: QSettings) -> None:
        for name in _DEFAULTS:
            settings.setValue(f"defaults/{name}", getattr(self.defaults, name))
        settings.setValue("autosave/seconds", self.autosave_seconds)


class PreferencesDialog(QDialog):
    """Edits the preferences; `preferences()` returns what the user set."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        meta = preferences.defaults
        self.prepared_for = QLineEdit(meta.prepared_for)
        self.prepared_by = QLineEdit(meta.prepared_by)
        self.classification, self.language, self.template = house_style_boxes(meta)
        self.autosave = QSpinBox(minimum=5, maximum=600, suffix=" s")
        self.autosave.setValue(preferences.autosave_seconds)
        form = QFormLayout(self)
        form.addRow(QLabel("<b>New briefings start with</b>"))
        for label, widget in (
            ("Prepared for", self.prepared_for),
            ("Prepared by", self.prepared_by),
            ("Classification", self.classification),
            ("Language", self.language),
            ("Template", self.template),
        ):
            form.addRow(label, widget)
        form.addRow(QLabel("<b>Safety</b>"))
        form.addRow("Autosave after an edit", self.autosave)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def preferences(self) -> Preferences:
        defaults = replace(
            Preferences().defaults,
            prepared_for=self.prepared_for.text().strip(),
            prepared_by=self.prepared_by.text().strip(),
            classification=self.classification.currentData(),
            language=self.language.currentData(),
            template=self.template.currentData(),
        )
        return Preferences(defaults, self.autosave.value())
