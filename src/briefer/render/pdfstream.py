"""Writing a PDF's objects to its file as ReportLab makes them.

ReportLab collects every object of a document in memory and joins them before writing the
file: at the end of a long export, twice the file's size is held at once. Its document
collects them in a `PDFFile`, looked up when the document is written; the one installed here
behaves as ReportLab's, except while a canvas is saved inside `streaming(file)` (in that
thread only): then each object goes to the file at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import BinaryIO

from reportlab.pdfbase import pdfdoc

_TARGET: ContextVar[BinaryIO | None] = ContextVar("pdf_target", default=None)


class _File(pdfdoc.PDFFile):  # type: ignore[misc]
    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # the header, collected
        target = _TARGET.get()
        if target is not None:
            target.write(b"".join(self.strings))
            self.strings: list[bytes] = []
            self.write = target.write

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        return b"" if _TARGET.get() is not None else super().format(document)


pdfdoc.PDFFile = _File


@contextmanager
def streaming(target: BinaryIO) -> Iterator[None]:
    """Let a canvas saved inside write its objects straight to target (the file the canvas
    writes to)."""
    token = _TARGET.set(target)
    try:
        yield
    finally:
        _TARGET.reset(token)
