"""Export to PDF or .docx: format, template and variant, written on a worker with progress."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from briefer.compose import VARIANTS
from briefer.errors import BrieferError
from briefer.exporting import export
from briefer.filenames import export_name
from briefer.gui.workers import Job, start
from briefer.model import Briefing
from briefer.render.registry import RENDERERS
from briefer.render.template import available_templates, find_template


class ExportDialog(QDialog):
    """Asks how to export, then where; writes the file off the GUI thread."""

    def __init__(self, briefing: Briefing, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export briefing"))
        self.briefing = briefing
        self.folder = folder
        self.format = QComboBox()
        for renderer in RENDERERS.values():
            self.format.addItem(renderer.label, renderer.name)
        self.template = QComboBox()
        for template in available_templates():
            self.template.addItem(f"{template.name} — {template.description[:60]}", template.name)
        self.template.setCurrentIndex(max(self.template.findData(briefing.meta.template), 0))
        self.variant = QComboBox()
        for variant in VARIANTS:
            label = (
                self.tr("Internal (everything)")
                if variant == "internal"
                else self.tr("Shareable (internal notes left out)")
            )
            self.variant.addItem(label, variant)
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Variant"), self.variant)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.job: Job | None = None

    def suggested_path(self) -> Path:
        """Return where the export is suggested to go: the folder, and a name that every
        system accepts and that says which variant the file is."""
        meta = self.briefing.meta
        suffix = RENDERERS[self.format.currentData()].suffix
        name = export_name(meta.title, self.variant.currentData(), meta.language, suffix)
        return Path(self.folder) / name

    def choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(self.suggested_path())
        )
        if name:
            self.run(Path(name))

    def run(self, target: Path) -> None:
        """Export to target on a worker, with a progress dialog that can cancel."""
        fmt, variant = self.format.currentData(), self.variant.currentData()
        try:
            template = find_template(self.template.currentData())
        except BrieferError as error:
            QMessageBox.warning(self, self.tr("Export"), str(error))
            return
        stop = threading.Event()
        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 0, self)
        progress.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per try, not kept
        progress.canceled.connect(stop.set)
        progress.show()
        briefing = self.briefing

        def work() -> tuple[str, ...]:
            return export(briefing, fmt, target, template, variant, cancelled=stop.is_set)

        self.job = start(
            work,
            lambda warnings: self._done(progress, target, warnings),
            lambda message: self._failed(progress, message),
        )

    def _done(self, progress: QProgressDialog, path: Path, warnings: tuple[str, ...]) -> None:
        progress.close()
        box = QMessageBox(
            QMessageBox.Icon.Warning if warnings else QMessageBox.Icon.Information,
            self.tr("Export"),
            self.tr("Wrote {path}").format(path=path),
            QMessageBox.StandardButton.Close,
            self,
        )
        if warnings:  # said, not hidden in a log: nobody should find a blank box on paper
            said = self.tr(
                "%n warning(s): some characters print as empty boxes.", "", len(warnings)
            )
            box.setInformativeText(said + "\n\n" + "\n\n".join(warnings))
        open_file = box.addButton(self.tr("Open File"), QMessageBox.ButtonRole.ActionRole)
        show_folder = box.addButton(self.tr("Show in Folder"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif clicked is show_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        self.accept()

    def _failed(self, progress: QProgressDialog, message: str) -> None:
        progress.close()
        QMessageBox.warning(self, self.tr("Export"), message)
