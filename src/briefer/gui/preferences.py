"""Preferences: what new briefings start with, how often the app autosaves, and the app's
language."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from briefer import paths
from briefer.gui.language import LANGUAGE_CHOICES, SYSTEM
from briefer.gui.propertiesdialog import approved_system_warning, house_style_boxes
from briefer.gui.spellcheck import spelling_service
from briefer.gui.spellingprefs import SpellingSettingsView
from briefer.model import BriefingMeta

_NEW_BRIEFING = BriefingMeta(title="")  # titled "New briefing" in the app's language when made
_DEFAULTS = ("prepared_for", "prepared_by", "classification", "language", "template")


@dataclass(frozen=True)
class Preferences:
    """The user's preferences, kept in QSettings."""

    defaults: BriefingMeta = _NEW_BRIEFING
    autosave_seconds: int = 20
    library: str = ""  # the library file to open at start; empty: the default location
    language: str = SYSTEM  # the app's language: SYSTEM (the system's locale), "en" or "de"

    @classmethod
    def load(cls, settings: QSettings) -> Preferences:
        base = cls()
        values = {
            name: str(settings.value(f"defaults/{name}", getattr(base.defaults, name)))
            for name in _DEFAULTS
        }
        seconds = settings.value("autosave/seconds", base.autosave_seconds, type=int)
        library = str(settings.value("library/path", ""))
        if not isinstance(seconds, int):
            seconds = base.autosave_seconds
        language = str(settings.value("ui/language", SYSTEM))
        defaults = replace(base.defaults, **values)  # type: ignore[arg-type]  # all str fields
        return cls(
            defaults,
            max(5, min(seconds, 600)),
            library,
            language if language in LANGUAGE_CHOICES else SYSTEM,
        )

    def save(self, settings: QSettings) -> None:
        for name in _DEFAULTS:
            settings.setValue(f"defaults/{name}", getattr(self.defaults, name))
        settings.setValue("autosave/seconds", self.autosave_seconds)
        settings.setValue("library/path", self.library)
        settings.setValue("ui/language", self.language)

    def library_path(self, given: Path | None) -> Path | None:
        """The library to open: the one given on the command line, else the chosen one
        (None: the default location)."""
        return given or (Path(self.library) if self.library else None)


class PreferencesDialog(QDialog):
    """Edits the preferences; `preferences()` returns what the user set."""

    def __init__(
        self,
        preferences: Preferences,
        parent: QWidget | None = None,
        *,
        in_use: Path | None = None,
    ) -> None:
        """Show preferences; in_use is the library the app has open (perhaps --library's)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(600)
        meta = preferences.defaults
        self.prepared_for = QLineEdit(meta.prepared_for)
        self.prepared_by = QLineEdit(meta.prepared_by)
        self.classification, self.language, self.template = house_style_boxes(meta)
        self.marking_warning = approved_system_warning(self.classification)
        self.autosave = QSpinBox(minimum=5, maximum=600, suffix=self.tr(" s", "seconds"))
        self.autosave.setValue(preferences.autosave_seconds)
        self.library = QLineEdit(preferences.library)
        self.library.setReadOnly(True)
        self.library.setAccessibleName(self.tr("Library file"))
        self.library.setPlaceholderText(str(paths.default_library_path()))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_library)
        default = QPushButton(self.tr("Default"))
        default.clicked.connect(self.library.clear)
        library = QHBoxLayout()
        library.addWidget(self.library, 1)
        library.addWidget(choose)
        library.addWidget(default)
        self.app_language = QComboBox()
        self.app_language.setAccessibleName(self.tr("Language of the app"))
        for label, value in (
            (self.tr("System (the computer's language)"), SYSTEM),
            ("English", "en"),
            ("Deutsch", "de"),
        ):
            self.app_language.addItem(label, value)
        self.app_language.setCurrentIndex(self.app_language.findData(preferences.language))
        language_note = QLabel(self.tr("A new language applies from the next start."))
        form = QFormLayout(self)
        form.addRow(_heading(self.tr("New briefings start with")))
        for label, widget in (
            (self.tr("Prepared for"), self.prepared_for),
            (self.tr("Prepared by"), self.prepared_by),
            (self.tr("Classification"), self.classification),
            ("", self.marking_warning),
            (self.tr("Document language"), self.language),
            (self.tr("Template"), self.template),
        ):
            form.addRow(label, widget)
        form.addRow(_heading(self.tr("Language")))
        form.addRow(self.tr("Language of the app"), self.app_language)
        form.addRow("", language_note)
        form.addRow(_heading(self.tr("Safety")))
        form.addRow(self.tr("Autosave after an edit"), self.autosave)
        form.addRow(_heading(self.tr("Library")))
        in_use = in_use or preferences.library_path(None) or paths.default_library_path()
        self.library_in_use = QLabel(str(in_use))
        self.library_in_use.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.library_in_use.setAccessibleName(self.tr("Library in use"))
        self.library_in_use.setWordWrap(True)
        form.addRow(self.tr("In use"), self.library_in_use)
        form.addRow(self.tr("From the next start"), library)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.spelling = SpellingSettingsView(spelling_service())  # applied on OK, not Cancel
        form.insertRow(form.rowCount() - 1, self.spelling)
        self.accepted.connect(self.spelling.apply)

    def preferences(self) -> Preferences:
        defaults = replace(
            Preferences().defaults,
            prepared_for=self.prepared_for.text().strip(),
            prepared_by=self.prepared_by.text().strip(),
            classification=self.classification.currentData(),
            language=self.language.currentData(),
            template=self.template.currentData(),
        )
        return Preferences(
            defaults, self.autosave.value(), self.library.text(), self.app_language.currentData()
        )

    def _choose_library(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Library file (a new name makes a new library)"),
            self.library.text() or str(paths.default_library_path()),
            self.tr("briefer libraries (*.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.library.setText(name)


def _heading(text: str) -> QLabel:
    return QLabel(f"<b>{text}</b>")
