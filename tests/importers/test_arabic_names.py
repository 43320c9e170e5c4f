"""Long Arabic names: a chain of "al-" parts after an honorific belongs to the name."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_a_german_sheikh_with_three_al_parts_is_one_person() -> None:
    found = draft(
        "Dahl in Brio",
        "Bundesaußenminister Jon Dahl traf am Montag in Brio Außenminister Scheich Karl"
        " al-Lind al-Berg al-Moen. Die Gespräche drehten sich um die Häfen.",
        "Al-Moen dankte für den Besuch.",
    )
    assert participants(found) == ["Jon Dahl", "Karl al-Lind al-Berg al-Moen"]
