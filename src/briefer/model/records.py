"""Library records: persons, sources, consultations and statements."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

from briefer.errors import FormatError
from briefer.fields import (
    as_list,
    as_mapping,
    get_date,
    get_int,
    get_str,
    get_str_tuple,
    iso,
)
from briefer.i18n import _

RecordKind = Literal["consultation", "statement"]
RECORD_KINDS: tuple[RecordKind, ...] = ("consultation", "statement")
MEETING_FORMATS = ("", "in person", "video teleconference", "telephone", "hybrid")


def normalise_text(text: str) -> str:
    """Return text in NFC with runs of whitespace collapsed, for hashing and comparison."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def text_hash(*parts: str) -> str:
    """Return a stable SHA-256 hex digest of the normalised parts."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(normalise_text(part).casefold().encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()


@dataclass(frozen=True)
class Person:
    """A named person with the role and country they held at the time."""

    name: str
    role: str = ""
    country: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """Return 'Role Name', or whichever of the two is known."""
        return " ".join(part for part in (self.role, self.name) if part)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "role": self.role,
            "country": self.country,
            "aliases": list(self.aliases),
        }

    @classmethod
    def from_dict(cls, data: Any, where: str) -> Person:
        data = as_mapping(data, where)
        return cls(
            name=get_str(data, "name", where),
            role=get_str(data, "role", where),
            country=get_str(data, "country", where),
            aliases=get_str_tuple(data, "aliases", where),
        )


@dataclass(frozen=True)
class Source:
    """Where a record came from: a press release or readout, with its original text."""

    title: str
    publisher: str = ""
    url: str = ""
    date_published: date | None = None
    date_retrieved: date | None = None
    text: str = ""
    content_hash: str = ""

    @classmethod
    def from_text(cls, text: str, **fields: Any) -> Source:
        """Return a source whose content hash is computed from its text."""
        return cls(text=text, content_hash=text_hash(text), **fields)

    def citation(self) -> Source:
        """Return this source without its full text, as a briefing keeps it."""
        return replace(self, text="")

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "title": self.title,
            "publisher": self.publisher,
            "url": self.url,
            "date_published": iso(self.date_published),
            "date_retrieved": iso(self.date_retrieved),
            "content_hash": self.content_hash,
        }
        if self.text:
            data["text"] = self.text
        return data

    @classmethod
    def from_dict(cls, data: Any, where: str) -> Source:
        data = as_mapping(data, where)
        text = get_str(data, "text", where)
        return cls(
            title=get_str(data, "title", where),
            publisher=get_str(data, "publisher", where),
            url=get_str(data, "url", where),
            date_published=get_date(data, "date_published", where),
            date_retrieved=get_date(data, "date_retrieved", where),
            text=text,
            content_hash=get_str(data, "content_hash", where) or (text_hash(text) if text else ""),
        )


@dataclass(frozen=True)
class Consultation:
    """A meeting between governments."""

    title: str
    date: date | None = None
    format: str = ""
    place: str = ""
    participants: tuple[Person, ...] = ()
    topics: tuple[str, ...] = ()
    summary: str = ""
    source: Source | None = None
    id: int | None = None

    kind: RecordKind = field(default="consultation", init=False)

    @property
    def heading(self) -> str:
        """Return a one-line title for lists and headings."""
        return self.title

    @property
    def persons(self) -> tuple[Person, ...]:
        return self.participants

    @property
    def content_hash(self) -> str:
        """Return the key that identifies this meeting when it is imported again."""
        names = sorted(normalise_text(p.name).casefold() for p in self.participants)
        return text_hash("consultation", iso(self.date) or "", self.title, *names)

    def body_text(self) -> str:
        return self.summary

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "title": self.title,
            "date": iso(self.date),
            "format": self.format,
            "place": self.place,
            "participants": [p.to_dict() for p in self.participants],
            "topics": list(self.topics),
            "summary": self.summary,
            "source": self.source.to_dict() if self.source else None,
        }


@dataclass(frozen=True)
class Statement:
    """What a speaker said, verbatim; the speaker's name is empty for 'a spokesperson'."""

    speaker: Person
    text: str
    date: date | None = None
    occasion: str = ""
    consultation_id: int | None = None
    language: str = "en"
    source: Source | None = None
    id: int | None = None

    kind: RecordKind = field(default="statement", init=False)

    @property
    def heading(self) -> str:
        """Return a one-line title: who spoke, and the first words."""
        who = self.speaker.name or self.speaker.role or _("Unnamed speaker")
        words = normalise_text(self.text).split(" ")
        opening = " ".join(words[:10]) + ("…" if len(words) > 10 else "")
        return f"{who}: “{opening}”"

    @property
    def persons(self) -> tuple[Person, ...]:
        return (self.speaker,)

    @property
    def topics(self) -> tuple[str, ...]:
        return ()

    @property
    def content_hash(self) -> str:
        """Return the key that identifies this statement when it is imported again.

        The words alone identify it: the same quote imported from two releases, once with the
        speaker's full name and once with the surname only, is one statement.
        """
        return text_hash("statement", self.text)

    def body_text(self) -> str:
        return self.text

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "speaker": self.speaker.to_dict(),
            "date": iso(self.date),
            "occasion": self.occasion,
            "consultation_id": self.consultation_id,
            "language": self.language,
            "text": self.text,
            "source": self.source.to_dict() if self.source else None,
        }


Record = Consultation | Statement


def record_from_dict(data: Any, where: str = "record") -> Record:
    """Build a record from its JSON form, raising FormatError naming the bad key."""
    data = as_mapping(data, where)
    kind = data.get("kind")
    source = _source_or_none(data, where)
    if kind == "consultation":
        return Consultation(
            id=get_int(data, "id", where),
            title=get_str(data, "title", where),
            date=get_date(data, "date", where),
            format=get_str(data, "format", where),
            place=get_str(data, "place", where),
            participants=tuple(
                Person.from_dict(item, f"{where}.participants[{i}]")
                for i, item in enumerate(
                    as_list(data.get("participants", []), f"{where}.participants")
                )
            ),
            topics=get_str_tuple(data, "topics", where),
            summary=get_str(data, "summary", where),
            source=source,
        )
    if kind == "statement":
        return Statement(
            id=get_int(data, "id", where),
            speaker=Person.from_dict(data.get("speaker", {}), f"{where}.speaker"),
            text=get_str(data, "text", where, default=None),
            date=get_date(data, "date", where),
            occasion=get_str(data, "occasion", where),
            consultation_id=get_int(data, "consultation_id", where),
            language=get_str(data, "language", where) or "en",
            source=source,
        )
    raise FormatError(
        _("{where}.kind: expected 'consultation' or 'statement', found {found}").format(
            where=where, found=f"{kind!r:.40}"
        )
    )


def _source_or_none(data: Mapping[str, Any], where: str) -> Source | None:
    raw = data.get("source")
    return None if raw is None else Source.from_dict(raw, f"{where}.source")


def snapshot(record: Record) -> Record:
    """Return the copy of a record a briefing keeps: everything but the source's full text."""
    return replace(record, source=record.source.citation() if record.source else None)
