"""A vice-president written with the prefix in lower case or with "elect" after it (round 26):
"US vice-President elect X", "US Vice President-elect X" is the Vice President-elect of the
United States, as "US Vice President X" was read; the French "vice-président" was already
read."""

from __future__ import annotations

from tests.importers.drafting import draft


def _sides(*paragraphs: str) -> list[tuple[str, str, str]]:
    found = draft(*paragraphs)
    assert found.consultation is not None
    return [(p.name, p.role, p.country) for p in found.consultation.participants]


def test_lower_case_vice_president_elect() -> None:
    assert _sides(
        "Prime Minister in telephone conversation with US vice-President elect",
        "Prime Minister Ana Lo this evening had a telephone conversation with US vice-President "
        "elect Karl Moen.",
        "The two discussed bilateral relations between Norland and the United States.",
    )[1] == ("Karl Moen", "vice-President elect", "United States")


def test_vice_president_elect_hyphenated() -> None:
    assert _sides(
        "Prime Minister in telephone conversation with US Vice President-elect",
        "Prime Minister Ana Lo this evening had a telephone conversation with US Vice "
        "President-elect Karl Moen.",
        "The two discussed bilateral relations between Norland and the United States.",
    )[1] == ("Karl Moen", "Vice President-elect", "United States")


def test_french_vice_president() -> None:
    assert _sides(
        "Entretien téléphonique du Premier ministre avec le vice-président américain",
        "La Première ministre Ana Lo s'est entretenue ce soir par téléphone avec le "
        "vice-président américain Karl Moen.",
        "Les deux ont évoqué les relations bilatérales entre le Norland et les États-Unis.",
    )[0][:2] == ("Karl Moen", "vice-président")
