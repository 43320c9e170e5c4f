"""Word .docx files: the package is checked for zip bombs and XML tricks, then read."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import docx
from docx.document import Document as DocumentObject

from briefer.errors import ImportFailed
from briefer.importers import textfile
from briefer.importers.document import TextDocument
from briefer.importers.htmlpage import is_web_address

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_RATIO = 200
_RATIO_CHECKED_ABOVE = 1024 * 1024
_CHUNK = 1024 * 1024
# Word never writes a DTD; one in any part can only be an entity trick.
_DTD_MARKERS = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Word stores a text box twice: as DrawingML and, for old readers, as VML in mc:Fallback.
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_CHARACTERS = {f"{_W}tab": " ", f"{_W}br": " ", f"{_W}cr": " ", f"{_W}noBreakHyphen": "-"}
# Deleted text, nested paragraphs (text boxes: read on their own) and the VML copy.
_SKIPPED = frozenset({f"{_W}del", f"{_W}p", _MC_FALLBACK})
_RESAVE_HINT = "Open it in Word or LibreOffice, save it as .docx again and import that."


def read_docx(data: bytes, name: str, url: str) -> TextDocument:
    """Read a .docx file's paragraphs (tables included) and core properties."""
    check_package(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = list(_paragraph_texts(document))
        properties = document.core_properties
        meta = {
            key: value
            for key, value in (
                ("title", properties.title),
                ("author", properties.author),
                ("subject", properties.subject),
                ("keywords", properties.keywords),
                ("identifier", properties.identifier),
                ("created", _iso(properties.created)),
                ("modified", _iso(properties.modified)),
            )
            if value
        }
    except Exception as exc:  # python-docx and lxml raise many kinds on malformed parts
        raise ImportFailed(f"{name} is a damaged Word document. {_RESAVE_HINT}") from exc
    meta = {key: textfile.clean(textfile.normalise(value)) for key, value in meta.items()}
    address = next(
        (meta[key] for key in ("identifier", "subject") if is_web_address(meta.get(key, ""))), ""
    )
    return TextDocument(
        textfile.finish(paragraphs, name),
        origin=name,
        format="docx",
        title=meta.get("title", ""),
        url=address or url,
        author=meta.get("author", ""),
        meta=meta,
    )


def check_package(data: bytes, name: str) -> None:
    """Refuse anything but a plain Word package: not a zip, a zip bomb, or XML with a DTD."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
            _check_sizes(members, name)
            if "word/document.xml" not in package.namelist():
                raise ImportFailed(
                    f"{name} is not a Word document (.docx): it holds no word/document.xml."
                    " Save it as .docx in Word or LibreOffice and import that."
                )
            for member in members:
                _check_no_dtd(package, member, name)
    except ImportFailed:
        raise
    except Exception as exc:  # zipfile raises BadZipFile, zlib.error, EOFError, ValueError…
        raise ImportFailed(f"{name} is damaged or not a Word document. {_RESAVE_HINT}") from exc


def _check_sizes(members: list[zipfile.ZipInfo], name: str) -> None:
    if len(members) > MAX_MEMBERS:
        raise ImportFailed(
            f"{name} holds {len(members):,} parts, more than any Word document. {_RESAVE_HINT}"
        )
    if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
        raise ImportFailed(
            f"{name} unpacks to more than {MAX_UNPACKED_BYTES // (1024 * 1024)} MiB, far more"
            f" than a press release. {_RESAVE_HINT}"
        )
    for member in members:
        if member.file_size > _RATIO_CHECKED_ABOVE and (
            member.file_size > MAX_RATIO * member.compress_size
        ):
            raise ImportFailed(
                f"{name} is compressed suspiciously well ({member.filename} unpacks"
                f" {member.file_size // max(member.compress_size, 1):,} times larger), as zip bombs"
                f" are. {_RESAVE_HINT}"
            )


def _check_no_dtd(package: zipfile.ZipFile, member: zipfile.ZipInfo, name: str) -> None:
    overlap = max(len(marker) for marker in _DTD_MARKERS)
    tail = b""
    # zipfile stops at the declared size, so the checks above bound what is read here.
    with package.open(member) as part:
        while chunk := part.read(_CHUNK):
            window = tail + chunk
            if any(marker in window for marker in _DTD_MARKERS):
                raise ImportFailed(
                    f"{name} holds a document type declaration in {member.filename}, which Word"
                    f" never writes. {_RESAVE_HINT}"
                )
            tail = window[-overlap:]


def _paragraph_texts(document: DocumentObject) -> Iterator[str]:
    """Return the text of every paragraph in the body, tables and text boxes included."""
    for paragraph in document.element.body.iter(f"{_W}p"):
        if not any(ancestor.tag == _MC_FALLBACK for ancestor in paragraph.iterancestors()):
            yield _text(paragraph)


def _text(element: Any) -> str:
    """Return a paragraph's text, with tracked insertions and content controls, not deletions.

    python-docx's Paragraph.text reads only direct runs and hyperlinks, so it misses the date
    a template keeps in a content control.
    """
    parts: list[str] = []
    for child in element:
        if child.tag == f"{_W}t":
            parts.append(child.text or "")
        elif child.tag in _CHARACTERS:
            parts.append(_CHARACTERS[child.tag])
        elif child.tag not in _SKIPPED:
            parts.append(_text(child))
    return "".join(parts)


def _iso(moment: datetime | None) -> str:
    return moment.isoformat() if moment else ""
