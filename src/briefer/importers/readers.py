"""Reading a file or pasted text: the file's content decides which reader runs."""

from __future__ import annotations

import re
import stat
from collections.abc import Callable
from pathlib import Path

from briefer.errors import ImportFailed
from briefer.i18n import _
from briefer.importers import textfile
from briefer.importers.document import MAX_FILE_BYTES, TextDocument
from briefer.importers.docxfile import read_docx
from briefer.importers.htmlpage import read_html
from briefer.importers.pdffile import read_pdf

Reader = Callable[[bytes, str, str], TextDocument]

_HTML_START = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_MARKUP = re.compile(rb"<(?:[a-z][a-z0-9]*[\s/>]|!--|/[a-z])", re.IGNORECASE)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_file(path: Path, url: str = "") -> TextDocument:
    """Read a text, HTML, .docx or PDF file into paragraphs and metadata.

    url is where the file came from; the file's own address (an HTML page's canonical link)
    wins over it.
    """
    name = path.name or str(path)
    data = _read_bytes(path, name)
    return _reader_for(data, path.suffix.lower(), name)(data, name, url)


def read_pasted(text: str) -> TextDocument:
    """Read pasted text into paragraphs, as a text file's would be."""
    name = _("The pasted text")
    text = textfile.normalise(text)
    if not text.strip():
        raise ImportFailed(
            _("{name} is empty. Copy the press release and paste it again.").format(name=name)
        )
    if textfile.looks_binary(text):
        raise ImportFailed(
            _(
                "{name} holds control characters, so it is not text. Copy the press release"
                " from a web page, a document or a PDF viewer."
            ).format(name=name)
        )
    textfile.check_length(len(text), name)
    return TextDocument(textfile.split_paragraphs(text), origin="pasted text", format="text")


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ImportFailed(_("{name} is a folder. Choose a file inside it.").format(name=name))
        if not stat.S_ISREG(info.st_mode):
            raise ImportFailed(
                _("{name} is not a regular file. Choose a saved file.").format(name=name)
            )
        if info.st_size > MAX_FILE_BYTES:
            raise _too_large(name)
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ImportFailed(
            _(
                "{name} cannot be read: {error}. Check that the file exists and that you may"
                " open it."
            ).format(name=name, error=exc.strerror or exc)
        ) from exc
    if len(data) > MAX_FILE_BYTES:  # it grew after stat()
        raise _too_large(name)
    if not data:
        raise ImportFailed(
            _("{name} is empty. Choose the file that holds the press release.").format(name=name)
        )
    return data


def _too_large(name: str) -> ImportFailed:
    return ImportFailed(
        _(
            "{name} is larger than {size} MiB, far larger than a press release. Import the press"
            " release on its own."
        ).format(name=name, size=MAX_FILE_BYTES // (1024 * 1024))
    )


def _reader_for(data: bytes, suffix: str, name: str) -> Reader:
    if data.startswith(b"PK\x03\x04"):
        return read_docx
    if b"%PDF-" in data[:1024]:
        return read_pdf
    if data.startswith(_OLE_MAGIC):
        raise ImportFailed(
            _(
                "{name} is an old Word (.doc) or other Office file, which briefer cannot read."
                " Save it as .docx or PDF and import that."
            ).format(name=name)
        )
    # UTF-16 markup has NULs between the ASCII letters.
    head = data[:1024].replace(b"\x00", b"")
    if _HTML_START.search(head) or (suffix in (".htm", ".html", ".xhtml") and _MARKUP.search(head)):
        return read_html
    return textfile.read_text
