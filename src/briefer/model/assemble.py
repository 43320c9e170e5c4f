"""A new briefing assembled from library records, for scripts and the command line."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from briefer.model.briefing import Briefing, BriefingMeta, RecordEntry, Section
from briefer.model.records import Consultation, Record, Statement, snapshot


def briefing_from_records(
    title: str,
    records: Sequence[Record],
    when: date | None = None,
    language: str = "en",
    template: str = "ministerial-brief",
) -> Briefing:
    """Return a briefing with a section per consultation (with the statements made on it)
    and one section for the other statements; records keep their library order."""
    meetings = [r for r in records if isinstance(r, Consultation)]
    statements = [r for r in records if isinstance(r, Statement)]
    sections: list[Section] = []
    placed: set[int] = set()
    for meeting in meetings:
        linked = [
            s
            for s in statements
            if s.consultation_id is not None and s.consultation_id == meeting.id
        ]
        placed.update(id(s) for s in linked)
        entries = (_entry(meeting), *(_entry(s) for s in linked))
        sections.append(Section(meeting.title, entries))
    rest = tuple(_entry(s) for s in statements if id(s) not in placed)
    if rest:
        sections.append(Section(_STATEMENTS.get(language, _STATEMENTS["en"]), rest))
    return Briefing(
        meta=BriefingMeta(title=title, date=when, language=language, template=template),
        sections=tuple(sections),
    )


# the heading of the statements no meeting takes, in the briefing's language
_STATEMENTS = {"en": "Statements", "de": "Erklärungen", "fr": "Déclarations"}


def _entry(record: Record) -> RecordEntry:
    return RecordEntry(record=snapshot(record), record_id=record.id)
