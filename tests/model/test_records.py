from __future__ import annotations

import re
from datetime import date

import pytest

from briefer.errors import FormatError
from briefer.model import Consultation, Person, Statement, record_from_dict
from briefer.model.records import snapshot
from tests.factories import consultation, source, statement


@pytest.mark.parametrize(
    "record",
    [
        statement("„Wir begrüßen“ – R&D <b>", source=source()),
        consultation("2+2", "Heiko Maas", "MOTEGI Toshimitsu", topics=("Indo-Pacific",)),
        Statement(speaker=Person(name="", role="Spokesperson"), text="No comment.", id=4),
    ],
)
def test_records_survive_a_json_round_trip(record: Consultation | Statement) -> None:
    assert record_from_dict(record.to_dict()) == record


def test_a_statement_heading_names_the_speaker_and_opens_the_quote() -> None:
    long = statement("one two three four five six seven eight nine ten eleven", speaker="X Y")
    assert long.heading == "X Y: “one two three four five six seven eight nine ten…”"
    unnamed = Statement(speaker=Person(name="", role="Spokesperson"), text="Short.")
    assert unnamed.heading == "Spokesperson: “Short.”"


def test_the_content_hash_ignores_spacing_and_case_but_not_words() -> None:
    a = statement("We welcome  the talks.")
    assert a.content_hash == statement("we welcome the\ntalks.").content_hash
    assert a.content_hash != statement("We welcome the meeting.").content_hash
    assert a.content_hash == statement("We welcome the talks.", speaker="Surname").content_hash


def test_a_snapshot_keeps_the_citation_but_not_the_full_text() -> None:
    record = statement("Text.", source=source("The whole release."))
    copy = snapshot(record)
    assert copy.source is not None and record.source is not None
    assert copy.source.text == ""
    assert copy.source.content_hash == record.source.content_hash
    assert copy.source.title == "A press release"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "record: expected an object, found a list"),
        ({"kind": "memo"}, "record.kind: expected 'consultation' or 'statement'"),
        ({"kind": "statement"}, "record.text: missing"),
        (
            {"kind": "statement", "text": "x", "date": "13.04.2021"},
            "record.date: '13.04.2021' is not a date YYYY-MM-DD",
        ),
        (
            {"kind": "consultation", "participants": [{"name": 3}]},
            "record.participants[0].name: expected text, found a number",
        ),
        ({"kind": "consultation", "topics": "Indo-Pacific"}, "record.topics: expected a list"),
    ],
)
def test_bad_record_json_names_the_key(data: object, message: str) -> None:
    with pytest.raises(FormatError, match="^" + re.escape(message)):
        record_from_dict(data)


def test_dates_are_dates() -> None:
    record = record_from_dict({"kind": "statement", "text": "x", "date": "2021-04-13"})
    assert record.date == date(2021, 4, 13)
