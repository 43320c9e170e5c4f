"""A record as plain text, for the command line and the app's detail view."""

from __future__ import annotations

from briefer.fields import iso
from briefer.model.records import Consultation, Person, Record


def describe(record: Record) -> str:
    """Return a record as plain text: heading, facts, text and source."""
    lines = [f"{record.kind.capitalize()} {record.id}: {record.heading}"]
    if record.date:
        lines.append(f"Date: {record.date.isoformat()}")
    if isinstance(record, Consultation):
        if record.format:
            lines.append(f"Format: {record.format}")
        if record.place:
            lines.append(f"Place: {record.place}")
        lines += ["Participants:", *(f"  - {_person_line(p)}" for p in record.participants)]
        if record.topics:
            lines.append("Topics: " + "; ".join(record.topics))
        if record.summary:
            lines += ["", record.summary]
    else:
        lines.append(f"Speaker: {_person_line(record.speaker)}")
        if record.occasion:
            lines.append(f"Occasion: {record.occasion}")
        lines += ["", record.text]
    if record.source:
        source = record.source
        parts = (source.publisher, source.title, iso(source.date_published), source.url)
        cited = ", ".join(part for part in parts if part)
        lines += ["", f"Source: {cited}"]
    return "\n".join(lines)


def _person_line(person: Person) -> str:
    who = person.name or "(unnamed)"
    extra = ", ".join(part for part in (person.role, person.country) if part)
    return f"{who} ({extra})" if extra else who
