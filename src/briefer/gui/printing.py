"""Printing: the rendered PDF's pages drawn onto the printer at its resolution."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from briefer.errors import RenderError


def print_pdf(pdf: Path, printer: QPrinter) -> int:
    """Print every page of a PDF file; return the number of pages printed."""
    document = QPdfDocument()
    document.load(str(pdf))
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        message = QCoreApplication.translate(
            "Printing", "{name} cannot be printed: it could not be read"
        )
        raise RenderError(message.format(name=pdf.name))
    painter = QPainter()
    if not painter.begin(printer):
        raise RenderError(
            QCoreApplication.translate("Printing", "The printer could not be started")
        )
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            area = painter.viewport()
            size = document.pagePointSize(page).scaled(
                area.size().toSizeF(), Qt.AspectRatioMode.KeepAspectRatio
            )
            image = document.render(page, size.toSize())
            painter.drawImage(QRect(QPoint(0, 0), image.size()), image)
    finally:
        painter.end()
    return document.pageCount()
