"""Editing a library record, a statement or a consultation, beside its release's text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.recordeditor import MeetingEditor, SourceLinks, StatementEditor, dates_are_valid
from briefer.gui.sourceview import SourceView
from briefer.importers.evidence import record_passages
from briefer.model import Consultation, Record, Statement


class RecordDialog(QDialog):
    """Edits one record's fields; `record()` returns it as edited, source unchanged. When
    the library keeps the release's text, it stands beside the fields, showing where the
    focused one stands in it."""

    def __init__(self, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if isinstance(record, Statement):
            self.setWindowTitle(self.tr("Edit statement"))
        else:
            self.setWindowTitle(self.tr("Edit consultation"))
        layout = QVBoxLayout(self)
        self.editor: StatementEditor | MeetingEditor
        if isinstance(record, Statement):
            self.editor = StatementEditor(self.tr("Statement"), record, checkable=False)
        else:
            self.editor = MeetingEditor(record, self.tr("Consultation"))
        fields = QScrollArea()
        fields.setAccessibleName(self.tr("Fields of the record"))
        fields.setWidget(self.editor)
        fields.setWidgetResizable(True)
        text = record.source.text if record.source else ""
        self.source: SourceView | None = None
        if text:
            self.source = SourceView(text, record_passages(record, text))
            self.links = SourceLinks(self.source, {})
            self.links.add(self.editor.fields())
            if isinstance(self.editor, MeetingEditor):
                self.links.add_people(self.editor)
            splitter = QSplitter(Qt.Orientation.Horizontal)
            splitter.addWidget(fields)
            splitter.addWidget(self.source)
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            layout.addWidget(splitter, 1)
            self.resize(1100, 680)
        else:
            layout.addWidget(fields, 1)
            self.resize(680, 600)
        if record.source is not None:
            cited = QLabel(
                self.tr("Source: {title}").format(title=record.source.title or record.source.url)
            )
            cited.setWordWrap(True)
            layout.addWidget(cited)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if dates_are_valid(self):
            super().accept()

    def record(self) -> Statement | Consultation:
        return self.editor.result()
