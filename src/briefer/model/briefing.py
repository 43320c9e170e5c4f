"""The briefing: metadata, ordered sections, and entries that quote records or hold own text."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from briefer.errors import FormatError
from briefer.fields import (
    as_list,
    as_mapping,
    get_bool,
    get_date,
    get_int,
    get_str,
    iso,
)
from briefer.i18n import _, number
from briefer.model.annexes import MAX_ANNEXES_BYTES, Annex, annex_from_dict, annexes_size
from briefer.model.ids import new_id
from briefer.model.picture import Picture, check_total_size, picture_from_dict
from briefer.model.records import Record, record_from_dict
from briefer.model.richtext import Marker, RichText, from_plain, rich_text_from_json

LANGUAGES = ("en", "de", "fr")


class TextKind(StrEnum):
    """The kinds of text an officer writes into a briefing."""

    BACKGROUND = "background"
    TALKING_POINTS = "talking_points"
    NOTE = "note"


@dataclass(frozen=True)
class TextEntry:
    """The officer's own text: background, talking points or a note, in rich text."""

    kind: TextKind
    text: RichText
    printable: bool = True
    title: str = ""
    id: str = field(default_factory=new_id)

    @classmethod
    def from_plain(
        cls, kind: TextKind, text: str, printable: bool = True, title: str = "", id: str = ""
    ) -> TextEntry:
        """Return an entry of plain text, a paragraph per line, as files before rich text
        hold it; talking points, one per line, become bulleted points."""
        marker: Marker = "bullet" if kind is TextKind.TALKING_POINTS else ""
        return cls(kind, from_plain(text, marker), printable, title, id or new_id())

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "text",
            "id": self.id,
            "kind": self.kind.value,
            "title": self.title,
            "text": self.text.to_list(),
            "printable": self.printable,
        }


@dataclass(frozen=True)
class RecordEntry:
    """A library record quoted in the briefing, with a frozen copy taken when it was added."""

    record: Record
    record_id: int | None = None
    id: str = field(default_factory=new_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "record",
            "id": self.id,
            "record_id": self.record_id,
            "record": self.record.to_dict(),
        }


@dataclass(frozen=True)
class ImageEntry:
    """A picture (a map, a photo) with its caption and the alt text that describes it to
    readers who cannot see it."""

    picture: Picture
    alt_text: str
    caption: str = ""
    printable: bool = True
    id: str = field(default_factory=new_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "image",
            "id": self.id,
            "caption": self.caption,
            "alt_text": self.alt_text,
            "printable": self.printable,
            "image": self.picture.to_dict(),
        }


MAX_CAPTION = 1_000  # characters
MAX_ALT_TEXT = 2_000
_CONTROL = re.compile("[\x00-\x1f\x7f]")

Entry = TextEntry | RecordEntry | ImageEntry


@dataclass(frozen=True)
class Section:
    """A titled, ordered group of entries."""

    title: str
    entries: tuple[Entry, ...] = ()
    id: str = field(default_factory=new_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "entries": [entry.to_dict() for entry in self.entries],
        }


@dataclass(frozen=True)
class BriefingMeta:
    """What the cover page and document properties say about a briefing."""

    title: str
    occasion: str = ""
    date: date | None = None
    prepared_for: str = ""
    prepared_by: str = ""
    reference: str = ""
    classification: str = ""
    language: str = "en"
    template: str = "ministerial-brief"

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "occasion": self.occasion,
            "date": iso(self.date),
            "prepared_for": self.prepared_for,
            "prepared_by": self.prepared_by,
            "reference": self.reference,
            "classification": self.classification,
            "language": self.language,
            "template": self.template,
        }


@dataclass(frozen=True)
class Briefing:
    """A whole briefing: metadata, sections, and the annexes printed after them."""

    meta: BriefingMeta
    sections: tuple[Section, ...] = ()
    annexes: tuple[Annex, ...] = ()

    def entries(self) -> tuple[Entry, ...]:
        """Return every entry in document order."""
        return tuple(entry for section in self.sections for entry in section.entries)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "meta": self.meta.to_dict(),
            "sections": [section.to_dict() for section in self.sections],
        }
        if self.annexes:  # a briefing without annexes reads as before them
            data["annexes"] = [annex.to_dict() for annex in self.annexes]
        return data


def briefing_from_dict(data: Any, where: str = "briefing") -> Briefing:
    """Build a briefing from its JSON form, raising FormatError naming the bad key."""
    data = as_mapping(data, where)
    meta = _meta_from_dict(data.get("meta"), f"{where}.meta")
    sections = tuple(
        _section_from_dict(item, f"{where}.sections[{i}]")
        for i, item in enumerate(as_list(data.get("sections", []), f"{where}.sections"))
    )
    annexes = tuple(
        annex_from_dict(item, f"{where}.annexes[{i}]")
        for i, item in enumerate(as_list(data.get("annexes", []), f"{where}.annexes"))
    )
    if annexes_size(annexes) > MAX_ANNEXES_BYTES:
        raise FormatError(
            _(
                "{where}.annexes: {size} MiB together; a briefing's annexes hold at most {most} MiB"
            ).format(
                where=where,
                size=number(annexes_size(annexes) // 2**20),
                most=number(MAX_ANNEXES_BYTES // 2**20),
            )
        )
    seen: set[str] = set()
    for node in (*sections, *(e for s in sections for e in s.entries), *annexes):
        if node.id in seen:
            raise FormatError(
                _("{where}: the id '{id}' is used twice").format(where=where, id=node.id)
            )
        seen.add(node.id)
    briefing = Briefing(meta=meta, sections=sections, annexes=annexes)
    try:
        check_total_size(e.picture for e in briefing.entries() if isinstance(e, ImageEntry))
    except FormatError as error:
        raise FormatError(f"{where}: {error}") from None
    return briefing


def _meta_from_dict(data: Any, where: str) -> BriefingMeta:
    data = as_mapping(data, where)
    language = get_str(data, "language", where) or "en"
    if language not in LANGUAGES:
        raise FormatError(
            _("{where}.language: expected one of {languages}, found '{found}'").format(
                where=where, languages=", ".join(LANGUAGES), found=language[:20]
            )
        )
    return BriefingMeta(
        title=get_str(data, "title", where),
        occasion=get_str(data, "occasion", where),
        date=get_date(data, "date", where),
        prepared_for=get_str(data, "prepared_for", where),
        prepared_by=get_str(data, "prepared_by", where),
        reference=get_str(data, "reference", where),
        classification=get_str(data, "classification", where),
        language=language,
        template=get_str(data, "template", where) or "ministerial-brief",
    )


def _section_from_dict(data: Any, where: str) -> Section:
    data = as_mapping(data, where)
    entries = tuple(
        _entry_from_dict(item, f"{where}.entries[{i}]")
        for i, item in enumerate(as_list(data.get("entries", []), f"{where}.entries"))
    )
    return Section(
        title=get_str(data, "title", where),
        entries=entries,
        id=get_str(data, "id", where, default=None),
    )


def _entry_from_dict(data: Any, where: str) -> Entry:
    data = as_mapping(data, where)
    entry_id = get_str(data, "id", where, default=None)
    entry_type = data.get("type")
    if entry_type == "text":
        raw_kind = get_str(data, "kind", where, default=None)
        try:
            kind = TextKind(raw_kind)
        except ValueError:
            choices = ", ".join(k.value for k in TextKind)
            raise FormatError(
                _("{where}.kind: expected one of {choices}, found '{found}'").format(
                    where=where, choices=choices, found=raw_kind[:30]
                )
            ) from None
        raw = data.get("text")
        if raw is None or isinstance(raw, str):  # a file from before rich text
            return TextEntry.from_plain(
                kind,
                get_str(data, "text", where),
                get_bool(data, "printable", where, True),
                get_str(data, "title", where),
                entry_id,
            )
        return TextEntry(
            kind=kind,
            text=rich_text_from_json(raw, f"{where}.text"),
            printable=get_bool(data, "printable", where, True),
            title=get_str(data, "title", where),
            id=entry_id,
        )
    if entry_type == "record":
        return RecordEntry(
            record=record_from_dict(data.get("record"), f"{where}.record"),
            record_id=get_int(data, "record_id", where),
            id=entry_id,
        )
    if entry_type == "image":
        return _image_from_dict(data, where, entry_id)
    raise FormatError(
        _("{where}.type: expected 'text', 'record' or 'image', found {found}").format(
            where=where, found=f"{entry_type!r:.30}"
        )
    )


def _image_from_dict(data: Mapping[str, Any], where: str, entry_id: str) -> ImageEntry:
    caption = get_str(data, "caption", where)
    alt_text = get_str(data, "alt_text", where)
    check_image_text(caption, alt_text, where)
    return ImageEntry(
        picture=picture_from_dict(data.get("image"), f"{where}.image"),
        alt_text=alt_text,
        caption=caption,
        printable=get_bool(data, "printable", where, True),
        id=entry_id,
    )


def check_image_text(caption: str, alt_text: str, where: str = "") -> None:
    """Raise FormatError unless an image has alt text, and its caption and alt text are
    one line each of a sensible length; where names the entry in a file."""
    alt_name = f"{where}.alt_text" if where else _("The alt text")
    if not alt_text.strip():
        raise FormatError(
            _(
                "{name} is missing; an image needs a text that describes it for readers "
                "who cannot see it"
            ).format(name=alt_name)
        )
    for name, text, limit in (
        (f"{where}.caption" if where else _("The caption"), caption, MAX_CAPTION),
        (alt_name, alt_text, MAX_ALT_TEXT),
    ):
        if len(text) > limit:
            raise FormatError(
                _("{name} has {count} characters; it may have {most}").format(
                    name=name, count=number(len(text)), most=number(limit)
                )
            )
        if _CONTROL.search(text):
            raise FormatError(_("{name} holds a line break or control character").format(name=name))
