"""A news site's lower-case role after "the", the country after the name or the role: "the
president Ana Lo of Finland", "the president of Finland Ana Lo" (P10-1 b)."""

from __future__ import annotations

from tests.importers.drafting import draft


def _sides(*paragraphs: str) -> dict[str, str]:
    found = draft(*paragraphs)
    assert found.consultation is not None
    return {p.name: p.country for p in found.consultation.participants}


def test_the_president_name_of_country() -> None:
    sides = _sides(
        "President Ona's calls",
        "President Ona of Kenya spoke by phone on Monday with the president Ana Lo of Finland.",
        "They discussed trade.",
    )
    assert sides.get("Ana Lo") == "Finland"


def test_the_prime_minister_of_country_name() -> None:
    sides = _sides(
        "President Ona's calls",
        "President Ona of Kenya spoke by phone on Monday with the prime minister of Finland "
        "Ana Lo.",
        "They discussed trade.",
    )
    assert sides.get("Ana Lo") == "Finland"
