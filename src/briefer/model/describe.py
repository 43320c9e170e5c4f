"""A record as plain text, for the command line and the app's detail view."""

from __future__ import annotations

from briefer.fields import iso
from briefer.i18n import N_, _
from briefer.model.records import Consultation, Person, Record

_KINDS = {"consultation": N_("Consultation"), "statement": N_("Statement")}
_FORMATS = {  # a meeting's format, as the detail view says it
    "in person": N_("in person"),
    "video teleconference": N_("video teleconference"),
    "telephone": N_("telephone"),
    "hybrid": N_("hybrid"),
}


def describe(record: Record) -> str:
    """Return a record as plain text: heading, facts, text and source."""
    kind = _(_KINDS.get(record.kind, record.kind))
    lines = [f"{kind} {record.id}: {record.heading}"]
    if record.date:
        lines.append(_("Date: {date}").format(date=record.date.isoformat()))
    if isinstance(record, Consultation):
        if record.format:
            shown = _(_FORMATS.get(record.format, record.format))
            lines.append(_("Format: {format}").format(format=shown))
        if record.place:
            lines.append(_("Place: {place}").format(place=record.place))
        lines += [_("Participants:"), *(f"  - {_person_line(p)}" for p in record.participants)]
        if record.topics:
            lines.append(_("Topics: {topics}").format(topics="; ".join(record.topics)))
        if record.summary:
            lines += ["", record.summary]
    else:
        lines.append(_("Speaker: {person}").format(person=_person_line(record.speaker)))
        if record.occasion:
            lines.append(_("Occasion: {occasion}").format(occasion=record.occasion))
        lines += ["", record.text]
    if record.source:
        source = record.source
        parts = (source.publisher, source.title, iso(source.date_published), source.url)
        cited = ", ".join(part for part in parts if part)
        lines += ["", _("Source: {source}").format(source=cited)]
    return "\n".join(lines)


def _person_line(person: Person) -> str:
    who = person.name or _("(unnamed)")
    extra = ", ".join(part for part in (person.role, person.country) if part)
    return f"{who} ({extra})" if extra else who
