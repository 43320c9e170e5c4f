"""A parsed release before the user confirms it: records, warnings and where fields came from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from briefer.fields import iso
from briefer.importers.release import Span
from briefer.model.records import Consultation, Record, Source, Statement

ReleaseKind = Literal["consultation", "readout", "joint statement", "statement", "other"]
RELEASE_KINDS: tuple[ReleaseKind, ...] = (
    "consultation",
    "readout",
    "joint statement",
    "statement",
    "other",
)


@dataclass(frozen=True)
class Draft:
    """What the parser found in one release.

    provenance maps a field ("source.title", "statements[0]", …) to the place in the
    release it was taken from, in words, so a reviewer can check it; spans gives the places
    as paragraph and characters, for highlighting (a statement's words, "statements[0].text",
    may stand in several). inferred names the fields the
    parser inferred rather than read, and how ("the publisher's country"): a reviewer checks
    those first. language is the release's ("en", "de", "fr", or another code).
    """

    origin: str
    kind: ReleaseKind
    source: Source
    consultation: Consultation | None = None
    statements: tuple[Statement, ...] = ()
    warnings: tuple[str, ...] = ()
    provenance: Mapping[str, str] = field(default_factory=dict)
    spans: Mapping[str, tuple[Span, ...]] = field(default_factory=dict)
    inferred: Mapping[str, str] = field(default_factory=dict)
    language: str = "en"

    def records(self) -> list[Record]:
        """Return the records to store, each citing the source: the meeting first."""
        found: list[Record] = [self.consultation] if self.consultation else []
        return [replace(record, source=self.source) for record in (*found, *self.statements)]

    def to_json(self) -> dict[str, Any]:
        """Return the draft in the shape `briefer import --json` prints."""
        meeting = self.consultation
        return {
            "file": self.origin,
            "ok": True,
            "error": None,
            "kind": self.kind,
            "source": {
                "title": self.source.title,
                "publisher": self.source.publisher or None,
                "date_published": iso(self.source.date_published),
                "url": self.source.url or None,
            },
            "consultation": None
            if meeting is None
            else {
                "title": meeting.title,
                "date": iso(meeting.date),
                "format": meeting.format,
                "place": meeting.place,
                "participants": [
                    {"name": p.name, "role": p.role, "country": p.country}
                    for p in meeting.participants
                ],
                "topics": list(meeting.topics),
            },
            "statements": [
                {
                    "speaker": s.speaker.name or None,
                    "role": s.speaker.role,
                    "date": iso(s.date),
                    "text": s.text,
                }
                for s in self.statements
            ],
            "warnings": list(self.warnings),
        }


def failure_json(origin: str, error: str) -> dict[str, Any]:
    """Return the `--json` object for a file that could not be imported."""
    return {
        "file": origin,
        "ok": False,
        "error": error,
        "kind": None,
        "source": None,
        "consultation": None,
        "statements": [],
        "warnings": [],
    }
