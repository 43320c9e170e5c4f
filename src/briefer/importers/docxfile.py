"""Word .docx files: the package is checked (briefer.ooxml), then read."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import docx
from docx.document import Document as DocumentObject

from briefer import ooxml
from briefer.errors import ImportFailed
from briefer.i18n import N_, _
from briefer.importers import textfile
from briefer.importers.document import TextDocument
from briefer.importers.htmlpage import is_web_address

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Word stores a text box twice: as DrawingML and, for old readers, as VML in mc:Fallback.
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_CHARACTERS = {f"{_W}tab": " ", f"{_W}br": " ", f"{_W}cr": " ", f"{_W}noBreakHyphen": "-"}
# Deleted text, nested paragraphs (text boxes: read on their own) and the VML copy.
_SKIPPED = frozenset({f"{_W}del", f"{_W}p", _MC_FALLBACK})
_RESAVE_HINT = N_("Open it in Word or LibreOffice, save it as .docx again and import that.")


def read_docx(data: bytes, name: str, url: str) -> TextDocument:
    """Read a .docx file's paragraphs (tables included) and core properties."""
    try:
        ooxml.check_package(data)
    except ooxml.UnsafePackage as unsafe:
        raise ImportFailed(f"{name} {unsafe}. {_(_RESAVE_HINT)}") from unsafe
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
        said = _("{name} is a damaged Word document.").format(name=name)
        raise ImportFailed(f"{said} {_(_RESAVE_HINT)}") from exc
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
