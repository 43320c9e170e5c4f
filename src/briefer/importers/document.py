"""What every reader returns: the paragraphs of a file plus the metadata it carries."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_TEXT_CHARS = 1_000_000


@dataclass(frozen=True)
class TextDocument:
    """Paragraphs of text in reading order, with whatever metadata the file carries.

    origin names the file (or "pasted text") for messages; format is one of
    "text", "html", "docx", "pdf". meta keeps other metadata (HTML meta tags, document
    properties) by name, for the parser and for review.
    """

    paragraphs: tuple[str, ...]
    origin: str
    format: str
    title: str = ""
    url: str = ""
    publisher: str = ""
    author: str = ""
    date_published: date | None = None
    meta: Mapping[str, str] = field(default_factory=dict)
