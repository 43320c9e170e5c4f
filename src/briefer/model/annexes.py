"""Annexes: files and releases a briefing carries whole and prints after its sources.

An annex file (a PDF, a PNG or JPEG image) is kept in the .briefing file in base64, so that
a briefing sent on is complete; a record's original release is kept as its source, with
its full text. Loading checks each file as strictly as attaching it does.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from briefer.annexfiles import (
    MAX_ANNEX_BYTES,
    file_kind,
    image_size,
    pdf_pages,
    too_large,
    upright,
)
from briefer.atomic import describe_os_error
from briefer.errors import AnnexError, FormatError
from briefer.fields import as_mapping, get_str
from briefer.i18n import _
from briefer.model.ids import new_id
from briefer.model.records import Record, Source

MAX_ANNEXES_BYTES = 2 * MAX_ANNEX_BYTES  # all of a briefing's annexes together
ImageFormat = Literal["png", "jpeg"]


@dataclass(frozen=True)
class PdfAnnex:
    """A PDF whose pages are appended to the PDF export."""

    title: str
    data: bytes = field(repr=False)
    pages: int
    id: str = field(default_factory=new_id)

    def to_dict(self) -> dict[str, Any]:
        return {"type": "pdf", "id": self.id, "title": self.title, "data": _text(self.data)}


@dataclass(frozen=True)
class ImageAnnex:
    """A PNG or JPEG image printed on a page of its own."""

    title: str
    data: bytes = field(repr=False)
    format: ImageFormat
    width: int  # pixels
    height: int
    id: str = field(default_factory=new_id)

    def to_dict(self) -> dict[str, Any]:
        return {"type": "image", "id": self.id, "title": self.title, "data": _text(self.data)}


@dataclass(frozen=True)
class ReleaseAnnex:
    """A record's original release (its source, with the full text), set as text."""

    title: str
    source: Source
    id: str = field(default_factory=new_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "release",
            "id": self.id,
            "title": self.title,
            "source": self.source.to_dict(),
        }


Annex = PdfAnnex | ImageAnnex | ReleaseAnnex


def annex_size(annex: Annex) -> int:
    """Return the bytes an annex holds: its file, or its release's text."""
    if isinstance(annex, ReleaseAnnex):
        return len(annex.source.text.encode("utf-8"))
    return len(annex.data)


def annexes_size(annexes: Iterable[Annex]) -> int:
    """Return the bytes the annexes hold together."""
    return sum(annex_size(annex) for annex in annexes)


def file_annex(data: bytes, title: str, name: str) -> PdfAnnex | ImageAnnex:
    """Return an annex of a PDF or image file's bytes, checked whole (every page of a PDF
    unpacked), or raise AnnexError naming the file as name."""
    kind = file_kind(data, name)
    if kind == "pdf":
        return PdfAnnex(title, data, pdf_pages(data, name, unpack=True))
    image_size(data, name)
    turned = upright(data)
    width, height = image_size(turned, name)
    return ImageAnnex(title, turned, kind, width, height)


def read_annex(path: Path, title: str = "") -> PdfAnnex | ImageAnnex:
    """Return an annex of the file at path, titled by its name unless title is given."""
    try:
        size = path.stat().st_size
        if size > MAX_ANNEX_BYTES:
            raise AnnexError(too_large(path.name, size))
        with path.open("rb") as stream:
            data = stream.read(MAX_ANNEX_BYTES + 1)
    except OSError as error:
        raise AnnexError(
            _("Could not read {name}: {error}").format(
                name=path.name, error=describe_os_error(error)
            )
        ) from None
    return file_annex(data, title or path.stem, path.name)


def release_annex(record: Record) -> ReleaseAnnex:
    """Return the original release of a record read from the library, titled as it is."""
    source = record.source
    if source is None or not source.text.strip():
        raise AnnexError(
            _(
                "The library holds no original release for “{heading}”: it was not "
                "imported from a press release"
            ).format(heading=record.heading)
        )
    return ReleaseAnnex(source.title or record.heading, source)


def annex_from_dict(data: Any, where: str) -> Annex:
    """Build an annex from its JSON form, checking its file; raise FormatError naming the
    bad key."""
    data = as_mapping(data, where)
    annex_id = get_str(data, "id", where, default=None)
    title = get_str(data, "title", where)
    kind = data.get("type")
    if kind == "release":
        source = Source.from_dict(data.get("source"), f"{where}.source")
        if not source.text.strip():
            raise FormatError(
                _("{where}.source.text: missing; a release annex holds its text").format(
                    where=where
                )
            )
        return ReleaseAnnex(title, source, annex_id)
    if kind not in ("pdf", "image"):
        raise FormatError(
            _("{where}.type: expected 'pdf', 'image' or 'release', found {found}").format(
                where=where, found=f"{kind!r:.30}"
            )
        )
    content = _bytes(data, where)
    name = f"{where}.data"
    try:
        found = file_kind(content, name)
        if kind == "pdf":
            if found != "pdf":
                raise AnnexError(_("{name} is not a PDF").format(name=name))
            return PdfAnnex(title, content, pdf_pages(content, name), annex_id)
        if found == "pdf":
            raise AnnexError(_("{name} is not a PNG or JPEG image").format(name=name))
        width, height = image_size(content, name)
    except AnnexError as error:
        raise FormatError(str(error)) from None
    return ImageAnnex(title, content, found, width, height, annex_id)


def _bytes(data: Mapping[str, Any], where: str) -> bytes:
    text = get_str(data, "data", where, default=None)
    if len(text) * 3 // 4 > MAX_ANNEX_BYTES:  # refused before it is decoded
        raise FormatError(f"{where}.data: " + too_large(_("the file"), len(text) * 3 // 4))
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise FormatError(
            _("{where}.data: not base64 (a file's bytes as text)").format(where=where)
        ) from None


def _text(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
