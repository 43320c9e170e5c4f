"""A Title-Case headline's passive participle after a name (round 26): "Prime Minister X
Invited to Meeting with …", "… X Welcomed by …": the participle is no part of the name.
(German and French headlines write the participle in lower case, "eingeladen", "reçu", and
were already read.)"""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_invited_after_the_name() -> None:
    found = draft(
        "Prime Minister Holm Invited to Meeting with Varland President Moen",
        "Following the summit last week, Prime Minister Holm was invited to meet with President "
        "Moen in Brio.",
        "The meeting took place on Monday, May 4, 2021 at the palace.",
    )
    assert participants(found) == ["Holm", "Moen"]


def test_welcomed_after_the_name() -> None:
    found = draft(
        "Prime Minister Holm Welcomed by Varland President Moen",
        "Prime Minister Holm was welcomed by President Moen in Brio on Monday, May 4, 2021.",
        "Holm said: “Norland and Varland relations have always been strong, and Varland has "
        "always been an important partner in our growth.”",
    )
    assert participants(found) == ["Holm", "Moen"]
    assert [s.speaker.name if s.speaker else None for s in found.statements] == ["Holm"]


def test_german_lower_case_participle() -> None:
    found = draft(
        "Ministerpräsident Holm zu Gesprächen mit Präsident Moen eingeladen",
        "Ministerpräsident Holm ist am Montag, 4. Mai 2021, von Präsident Moen in Brio "
        "empfangen worden.",
    )
    assert participants(found) == ["Holm", "Moen"]
