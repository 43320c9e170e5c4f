from __future__ import annotations

import pytest

from briefer.errors import FormatError
from briefer.model import TextKind, briefing_from_dict
from briefer.model.richtext import Para, RichText, Span
from tests.factories import briefing


def test_a_briefing_survives_a_json_round_trip() -> None:
    original = briefing()
    assert briefing_from_dict(original.to_dict()) == original


def test_plain_talking_points_are_bulleted_points_one_per_non_empty_line() -> None:
    points = briefing().sections[1].entries[0]
    assert points.kind is TextKind.TALKING_POINTS
    assert points.text == RichText(
        (Para((Span("Erster Punkt"),), "bullet"), Para((Span("Zweiter Punkt"),), "bullet"))
    )
    assert points.text.plain() == "Erster Punkt\nZweiter Punkt"


def test_entries_are_listed_in_document_order() -> None:
    assert [entry.id for entry in briefing().entries()] == ["bg", "rec", "tp", "note"]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("meta"), r"briefing\.meta: expected an object, found null"),
        (
            lambda d: d["meta"].update(language="ja"),
            r"briefing\.meta\.language: expected one of en, de, fr",
        ),
        (
            lambda d: d["sections"][0]["entries"][0].update(kind="gossip"),
            r"briefing\.sections\[0\]\.entries\[0\]\.kind: expected one of background",
        ),
        (
            lambda d: d["sections"][1]["entries"][0].update(type="video"),
            r"briefing\.sections\[1\]\.entries\[0\]\.type: expected 'text', 'record' or 'image'",
        ),
        (lambda d: d["sections"][1].update(id="s1"), r"the id 's1' is used twice"),
        (
            lambda d: d["sections"][0]["entries"][1]["record"].update(kind=None),
            r"entries\[1\]\.record\.kind",
        ),
        (
            lambda d: d["sections"][0]["entries"][0].update(printable="yes"),
            r"printable: expected true or false, found text",
        ),
    ],
)
def test_a_bad_briefing_names_what_is_wrong(mutate, message: str) -> None:  # type: ignore[no-untyped-def]
    data = briefing().to_dict()
    mutate(data)
    with pytest.raises(FormatError, match=message):
        briefing_from_dict(data)
