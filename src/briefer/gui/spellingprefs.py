"""The spelling part of the preferences: checking on or off, and the user's word list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.spellcheck import SpellingService
from briefer.i18n import _
from briefer.spelling import LANGUAGE_NAMES, SpellingUnavailable, open_dictionary


class SpellingSettingsView(QWidget):
    """Shows and edits spell checking's settings; nothing changes until `apply`."""

    def __init__(self, service: SpellingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.enabled = QCheckBox(self.tr("Check spelling as you type"))
        self.enabled.setChecked(service.enabled)
        self.dictionaries = QLabel(dictionaries_found())
        self.dictionaries.setWordWrap(True)
        self.listed = service.words.sorted() if service.words is not None else []
        self.words = QStringListModel(self.listed, self)
        self.word_list = QListView()
        self.word_list.setModel(self.words)
        self.word_list.setAccessibleName(self.tr("Your word list"))
        self.word_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.word_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.word_list.setMaximumHeight(120)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(self._remove_selected)
        words_row = QHBoxLayout()
        words_row.addWidget(self.word_list, 1)
        words_row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Spelling"))))
        layout.addWidget(self.enabled)
        layout.addWidget(self.dictionaries)
        layout.addWidget(QLabel(self.tr("Your word list (words never marked as misspelled)")))
        if service.words_error:
            problem = QLabel(service.words_error)
            problem.setWordWrap(True)
            layout.addWidget(problem)
        layout.addLayout(words_row)

    def apply(self) -> None:
        """Turn checking on or off and remove the words taken off the list."""
        self.service.set_enabled(self.enabled.isChecked())
        self.service.remove_words(set(self.listed) - set(self.words.stringList()))

    def _remove_selected(self) -> None:
        rows = sorted((i.row() for i in self.word_list.selectedIndexes()), reverse=True)
        for row in rows:
            self.words.removeRows(row, 1)


def dictionaries_found() -> str:
    """Return which dictionary each briefing language is checked with, or what to install."""
    lines = []
    for language, name in LANGUAGE_NAMES.items():
        try:
            tag = open_dictionary(language).tag
            line = QCoreApplication.translate(
                "SpellingSettingsView", "{language}: {tag} dictionary"
            )
            lines.append(line.format(language=_(name), tag=tag))
        except SpellingUnavailable as error:
            lines.append(str(error))
    return "\n".join(lines)
