"""What a file that is not a briefing is, in words, told by its first bytes."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from briefer.i18n import _

_SNIFF_BYTES = 4096
_IMAGES = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",  # TIFF, little-endian
    b"MM\x00*",  # TIFF, big-endian
    b"BM",
)


@dataclass(frozen=True)
class FileKind:
    """A kind of file, as a sentence names it ("a PDF document"), and whether briefer can
    import it as a press release."""

    description: str
    importable: bool = False


def foreign_kind(path: Path) -> FileKind | None:
    """Return what the file is when it is plainly not a briefing; None when it may be one
    (JSON, perhaps damaged) or cannot be read."""
    try:
        with path.open("rb") as stream:
            head = stream.read(_SNIFF_BYTES)
    except OSError:
        return None
    if not head.strip():
        return FileKind(_("an empty file"))
    return _binary_kind(path, head) or _text_kind(head)


def _binary_kind(path: Path, head: bytes) -> FileKind | None:
    if head.startswith(b"%PDF"):
        return FileKind(_("a PDF document"), importable=True)
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    if head.startswith(_IMAGES) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return FileKind(_("an image"))
    if head.startswith(b"SQLite format 3\x00"):
        return FileKind(_("a database (a library opens with Edit ▸ Preferences or --library)"))
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return FileKind(_("an older Office document (save it as .docx to import it)"))
    return None


def _zip_kind(path: Path) -> FileKind:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return FileKind(_("a damaged ZIP archive"))
    if "word/document.xml" in names:
        return FileKind(_("a Word document"), importable=True)
    return FileKind(_("a ZIP archive"))


def _text_kind(head: bytes) -> FileKind | None:
    if b"\x00" in head:
        return FileKind(_("a binary file"))
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 3:  # not merely a character cut at the sniff's end
            return FileKind(_("a text file"), importable=True)  # in another encoding
        text = head[: error.start].decode("utf-8")
    start = text.lstrip("\ufeff \t\r\n")
    if start.startswith(("{", "[")):
        return None  # JSON: a briefing, perhaps damaged; the reader says what is wrong
    if start[:15].lower().startswith(("<!doctype html", "<html")):
        return FileKind(_("a web page"), importable=True)
    return FileKind(_("a text file"), importable=True)
