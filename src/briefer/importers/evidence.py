"""Where in a release's text a record's fields stand, for a reviewer to check them there.

A draft keeps where the parser read some fields (its spans); every other field is looked up
by its value, nearest the passage its record was read from. So is a library record's, whose
spans are not kept. A passage is a pair of character offsets into the source's text; a field
with no passage was inferred, or edited past recognition.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from difflib import SequenceMatcher

from briefer.importers.countrynames import ADJECTIVES, COUNTRY_NAMES
from briefer.importers.dates import find_dates
from briefer.importers.draft import Draft
from briefer.importers.meetingplaces import format_words
from briefer.importers.names import surname
from briefer.importers.quotes import QUOTE_MARKS
from briefer.importers.release import Span
from briefer.model.records import Consultation, Person, Record, Statement

Passage = tuple[int, int]
Passages = dict[str, tuple[Passage, ...]]

_WORD = re.compile(r"\w+")
_RUN = 3  # words in a row that count as found in a longer value
_TRIM = f" \t\n{QUOTE_MARKS}"


def record_passages(record: Record, text: str) -> Passages:
    """Return where a library record's fields stand in its source's text, by their values."""
    published = record.source.date_published if record.source else None
    if isinstance(record, Consultation):
        return consultation_passages(record, text, published)
    return statement_passages(record, text, published)


def draft_passages(draft: Draft) -> Passages:
    """Return where each field of a draft stands in its source's text ("source.title",
    "consultation.date", "statements[0].text", …): where the parser read it, else where its
    value stands."""
    text = draft.source.text
    read = {name: _offsets(text, spans) for name, spans in draft.spans.items()}
    published = draft.source.date_published
    top = (0, 0)
    found: Passages = {
        "source.title": read.get("source.title") or phrase(draft.source.title, text, top),
        "source.publisher": phrase(draft.source.publisher, text, top),
        "source.date_published": dated(published, text, top, published),
    }
    if draft.consultation is not None:
        report = read.get("consultation", ())
        meeting = consultation_passages(draft.consultation, text, published, report)
        found.update({f"consultation.{name}": where for name, where in meeting.items()})
    for number, statement in enumerate(draft.statements):
        words = read.get(f"statements[{number}].text", ())
        said = statement_passages(statement, text, published, words)
        found.update({f"statements[{number}].{name}": where for name, where in said.items()})
    return {name: where for name, where in found.items() if where}


def consultation_passages(
    meeting: Consultation,
    text: str,
    published: date | None,
    report: tuple[Passage, ...] = (),
) -> Passages:
    """Return where a meeting's fields stand in text; report is where the release reports
    the meeting, when known (else where its summary stands)."""
    report = report or prose(meeting.summary, text)
    near = report[0] if report else (0, 0)
    found: Passages = {
        "title": phrase(meeting.title, text, near),
        "date": dated(meeting.date, text, near, published),
        "format": _nearest(format_words(text, meeting.format), near) if meeting.format else (),
        "place": phrase(meeting.place, text, near),
        "summary": report,
        "topics": tuple(p for topic in meeting.topics for p in phrase(topic, text, near)),
    }
    for number, person in enumerate(meeting.participants):
        found[f"participants[{number}]"] = _person(person, text, near)
    return {name: where for name, where in found.items() if where}


def statement_passages(
    statement: Statement,
    text: str,
    published: date | None,
    said: tuple[Passage, ...] = (),
) -> Passages:
    """Return where a statement's fields stand in text; said is where its words stand,
    when known (else they are looked up)."""
    said = said or prose(statement.text, text)
    near = (said[0][0], said[-1][1]) if said else (0, 0)
    speaker = statement.speaker
    found: Passages = {
        "text": said,
        "speaker": _nearest(
            [*_matches(speaker.name, text), *_matches(surname(speaker.name), text)], near
        ),
        "role": phrase(speaker.role, text, near),
        "country": country(speaker.country, text, near),
        "date": dated(statement.date, text, near, published),
    }
    return {name: where for name, where in found.items() if where}


def phrase(value: str, text: str, near: Passage) -> tuple[Passage, ...]:
    """Return where value stands in text as it is, the occurrence nearest `near`."""
    return _nearest(_matches(value, text), near)


def prose(value: str, text: str) -> tuple[Passage, ...]:
    """Return where a summary or a statement's words stand in text: as they are, else run
    by run (see `words`)."""
    return phrase(value, text, (0, 0)) or words(value, text)


def words(value: str, text: str) -> tuple[Passage, ...]:
    """Return the runs of value's words that stand in text in the same order: one passage
    for a value taken as it stands, several for quotes joined or a value edited since."""
    mine = list(_WORD.finditer(value))
    theirs = list(_WORD.finditer(text))
    if not mine:
        return ()
    matcher = SequenceMatcher(
        None,
        [m[0].casefold() for m in mine],
        [m[0].casefold() for m in theirs],
        autojunk=False,
    )
    least = min(_RUN, len(mine))
    return tuple(
        (theirs[block.b].start(), theirs[block.b + block.size - 1].end())
        for block in matcher.get_matching_blocks()
        if block.size >= least
    )


def dated(
    day: date | None, text: str, near: Passage, published: date | None
) -> tuple[Passage, ...]:
    """Return where text gives a day: as written, else as "today" counted from published
    (not "on Wednesday" before the date that says which Wednesday)."""
    if day is None:
        return ()
    found = [m for m in find_dates(text, published) if m.value == day]
    written = {m.start for m in found if not m.relative}
    return _nearest(
        [
            (m.start, m.end)
            for m in found
            if not (m.relative and written.intersection(range(m.end, m.end + 6)))
        ],
        near,
    )


def country(name: str, text: str, near: Passage) -> tuple[Passage, ...]:
    """Return where text names a country, by a name or an adjective ("Japanese")."""
    if not name:
        return ()
    forms = {name, *(n for n, c in COUNTRY_NAMES.items() if c == name)}
    forms |= {a for a, c in ADJECTIVES.items() if c == name}
    return _nearest([p for form in forms for p in _matches(form, text)], near)


def _person(person: Person, text: str, near: Passage) -> tuple[Passage, ...]:
    """Return where text names a participant, and their role nearest that."""
    named = _nearest([*_matches(person.name, text), *_matches(surname(person.name), text)], near)
    role = _nearest(_matches(person.role, text), named[0] if named else near)
    return tuple(sorted({*named, *role}))


def _matches(value: str, text: str) -> list[Passage]:
    """Return every place text holds value, in any case and spacing, as whole words."""
    parts = value.split()
    if not parts:
        return []
    pattern = r"\s+".join(re.escape(part) for part in parts)
    pattern = (r"\b" if parts[0][0].isalnum() else "") + pattern
    pattern += r"\b" if parts[-1][-1].isalnum() else ""
    return [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]


def _nearest(found: Iterable[Passage], near: Passage) -> tuple[Passage, ...]:
    """Return the passage nearest `near` (inside it counts as nearest), or none."""

    def distance(passage: Passage) -> int:
        return max(near[0] - passage[1], passage[0] - near[1], 0)

    return tuple(sorted(found, key=lambda p: (distance(p), p[0]))[:1])


def _offsets(text: str, spans: Iterable[Span]) -> tuple[Passage, ...]:
    """Return a draft's spans (paragraph, characters) as passages of its source's text,
    without the spaces and quotation marks around them."""
    starts, position = [], 0
    for paragraph in text.split("\n"):
        starts.append(position)
        position += len(paragraph) + 1
    passages = []
    for span in spans:
        start, end = starts[span.paragraph] + span.start, starts[span.paragraph] + span.end
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        passages.append((start, end))
    return tuple(passages)
