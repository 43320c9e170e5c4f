"""Editing a library record: a statement, or a consultation."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from briefer.gui.reviewdialog import MeetingEditor, StatementEditor, dates_are_valid
from briefer.model import Consultation, Record, Statement


class RecordDialog(QDialog):
    """Edits one record's fields; `record()` returns it as edited, source unchanged."""

    def __init__(self, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Edit {record.kind}")
        self.resize(680, 560)
        layout = QVBoxLayout(self)
        self.editor: StatementEditor | MeetingEditor
        if isinstance(record, Statement):
            self.editor = StatementEditor("Statement", record, checkable=False)
        else:
            self.editor = MeetingEditor(record, "Consultation")
        layout.addWidget(self.editor)
        if record.source is not None:
            cited = QLabel(f"Source: {record.source.title or record.source.url}")
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
