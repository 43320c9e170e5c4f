"""Document properties shortened to the limits of each format, at a word, with an ellipsis."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from briefer.render.document import Document

WORD_LIMIT = 255  # characters in a .docx core property (Word's limit, enforced by python-docx)
# Bytes in a PDF string (PDF 1.7, annex C); ReportLab writes non-Latin text as UTF-16 with a BOM.
PDF_LIMIT = 32767


def shorten(text: str, limit: int, size: Callable[[str], int] = len) -> str:
    """Return text if its size is within limit, else its longest start that ends at a word
    and fits with an ellipsis after it."""
    if size(text) <= limit:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest start that fits with the ellipsis
        middle = (low + high + 1) // 2
        if size(text[:middle] + "…") <= limit:
            low = middle
        else:
            high = middle - 1
    kept = text[:low]
    space = kept.rfind(" ", 0, low + 1) if low < len(text) and text[low] != " " else low
    if space > 0:
        kept = kept[:space]
    return kept.rstrip(" ,;·–") + "…"


def pieces(text: str, limit: int) -> list[str]:
    """Return text in pieces of at most limit characters, cut at spaces where it has them
    (the spaces cut at are dropped: joined with a space the pieces give text back)."""
    parts: list[str] = []
    while len(text) > limit:
        cut = text.rfind(" ", 1, limit + 1)
        if cut <= 0:
            parts.append(text[:limit])
            text = text[limit:]
        else:
            parts.append(text[:cut])
            text = text[cut + 1 :]
    return [*parts, text] if text else parts


def _pdf_size(text: str) -> int:
    return 2 + len(text.encode("utf-16-be"))


def within_pdf_limits(document: Document) -> Document:
    """Return the document with its information (title, author, subject, keywords) within
    the PDF string limit."""
    info = document.info
    keywords = ", ".join(info.keywords)
    fitted = replace(
        info,
        title=shorten(info.title, PDF_LIMIT, _pdf_size),
        author=shorten(info.author, PDF_LIMIT, _pdf_size),
        subject=shorten(info.subject, PDF_LIMIT, _pdf_size),
        keywords=(shorten(keywords, PDF_LIMIT, _pdf_size),) if keywords else (),
    )
    return document if fitted == info else replace(document, info=fitted)
