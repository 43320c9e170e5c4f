"""Small builders for records and briefings used across tests."""

from __future__ import annotations

from datetime import date

from briefer.model import (
    Briefing,
    BriefingMeta,
    Consultation,
    Person,
    RecordEntry,
    Section,
    Source,
    Statement,
    TextEntry,
    TextKind,
)


def person(name: str, role: str = "Foreign Minister", country: str = "Germany") -> Person:
    return Person(name=name, role=role, country=country)


def statement(
    text: str, speaker: str = "Erika Beispiel", when: date | None = None, **fields: object
) -> Statement:
    return Statement(speaker=person(speaker), text=text, date=when or date(2024, 5, 2), **fields)  # type: ignore[arg-type]


def consultation(
    title: str, *names: str, when: date | None = None, topics: tuple[str, ...] = ()
) -> Consultation:
    return Consultation(
        title=title,
        date=when or date(2024, 5, 2),
        format="in person",
        participants=tuple(person(n) for n in names),
        topics=topics,
    )


def source(text: str = "Press release text.") -> Source:
    return Source.from_text(
        text,
        title="A press release",
        publisher="A ministry",
        url="https://example.org/release",
        date_published=date(2024, 5, 2),
    )


def briefing() -> Briefing:
    """A briefing with two sections, own text of every kind and a record entry."""
    return Briefing(
        meta=BriefingMeta(
            title="Test briefing",
            date=date(2024, 5, 3),
            language="de",
            classification="VS-NUR FÜR DEN DIENSTGEBRAUCH",
        ),
        sections=(
            Section(
                "Hintergrund",
                (
                    TextEntry.from_plain(
                        TextKind.BACKGROUND, "Zwei Absätze.\nZweiter Absatz.", id="bg"
                    ),
                    RecordEntry(
                        statement("Wir begrüßen die Gespräche.", source=source()),
                        record_id=7,
                        id="rec",
                    ),
                ),
                id="s1",
            ),
            Section(
                "Gesprächsführung",
                (
                    TextEntry.from_plain(
                        TextKind.TALKING_POINTS, "Erster Punkt\n\nZweiter Punkt", id="tp"
                    ),
                    TextEntry.from_plain(TextKind.NOTE, "Nur intern", printable=False, id="note"),
                ),
                id="s2",
            ),
        ),
    )
