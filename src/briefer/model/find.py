"""Finding words in a briefing: its sections, own text and quoted records, as plain text.

A query matches an entry when every one of its words stands in the entry's text, whatever
the case and accents ("münchen" finds "Munchen" and "MÜNCHEN"), so an officer finds where
they wrote about something without knowing how they spelled it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from briefer.model.briefing import Briefing, Entry, ImageEntry, RecordEntry
from briefer.model.records import Consultation, Record, Statement


def fold(text: str) -> str:
    """Return text without case and accents, for comparing what is typed with what is written."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")


def matches(briefing: Briefing, query: str) -> list[str]:
    """Return the ids of the sections and entries whose text holds every word of the query,
    in document order; none for an empty query."""
    words = fold(query).split()
    if not words:
        return []
    found = []
    for item_id, text in _texts(briefing):
        folded = fold(text)
        if all(word in folded for word in words):
            found.append(item_id)
    return found


def _texts(briefing: Briefing) -> Iterator[tuple[str, str]]:
    for section in briefing.sections:
        yield section.id, section.title
        for entry in section.entries:
            yield entry.id, entry_text(entry)


def entry_text(entry: Entry) -> str:
    """Return what an entry says, as plain text: own text with its title, a picture's
    caption and alt text, or a record."""
    if isinstance(entry, RecordEntry):
        return record_text(entry.record)
    if isinstance(entry, ImageEntry):
        return "\n".join((entry.caption, entry.alt_text))
    return "\n".join((entry.title, entry.text.plain()))


def record_text(record: Record) -> str:
    """Return a record's words: title, people, place, topics, summary or statement."""
    if isinstance(record, Consultation):
        people = (f"{p.name} {p.role} {p.country}" for p in record.participants)
        return "\n".join((record.title, record.place, *people, *record.topics, record.summary))
    assert isinstance(record, Statement)
    speaker = record.speaker
    return "\n".join((speaker.name, speaker.role, speaker.country, record.occasion, record.text))
