"""People named in a list or after a plural noun take part, each with the list's role and
the country of their item."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft, participants

_TALKS = "They discussed trade and the ports."


@pytest.mark.parametrize(
    ("lede", "who"),
    [
        (
            "Foreign Minister Anna Berg met her peers from Sweden and Denmark, Karl Moen and Jon "
            "Dahl, in Oslo today.",
            ["Anna Berg", "Karl Moen", "Jon Dahl"],
        ),
        (
            "Foreign Minister Anna Berg met the Swedish parliamentarians Lars Holm and Per Lie in "
            "Oslo today.",
            ["Anna Berg", "Lars Holm", "Per Lie"],
        ),
        (
            "Foreign Minister Anna Berg met Chair of the Foreign Affairs Committee MP Tom Holt, "
            "as well as MPs Henry Lie and Steve Dahl in Oslo today.",
            ["Anna Berg", "Tom Holt", "Henry Lie", "Steve Dahl"],
        ),
        (
            "Foreign Minister Anna Berg met Foreign Minister Karl Moen of Sweden in Oslo today. "
            "Present were Tor Aas, Deputy Undersecretary for Maritime Affairs,; Ola Nes, Deputy "
            "Undersecretary for Finance and a number of officials.",
            ["Anna Berg", "Karl Moen", "Tor Aas", "Ola Nes"],
        ),
        (
            "Foreign Minister Anna Berg met Foreign Minister Karl Moen of Sweden in Oslo today. "
            "Also present was the Head of the Minister's Office, Jon Dahl.",
            ["Anna Berg", "Karl Moen", "Jon Dahl"],
        ),
    ],
)
def test_everyone_of_a_list_takes_part(lede: str, who: list[str]) -> None:
    assert participants(draft(lede, _TALKS)) == who


def test_each_person_after_their_country_has_it() -> None:
    found = draft(
        "Foreign Minister Anna Berg met with the Presidents of Sweden, Karl Moen; and Denmark, "
        "Jon Dahl, in Oslo today.",
        _TALKS,
    )
    assert found.consultation is not None
    people = [(p.name, p.role, p.country) for p in found.consultation.participants[1:]]
    assert people == [("Karl Moen", "President", "Sweden"), ("Jon Dahl", "President", "Denmark")]


def test_members_of_a_plural_role_have_the_country_before_it() -> None:
    found = draft(
        "Foreign Minister Anna Berg met the Swedish parliamentarians Lars Holm and Per Lie in "
        "Oslo today.",
        _TALKS,
    )
    assert found.consultation is not None
    assert {p.country for p in found.consultation.participants[1:]} == {"Sweden"}


def test_everyone_of_a_list_set_off_by_semicolons_takes_part() -> None:
    found = draft(
        "Foreign Minister Anna Berg held a meeting with Minister Karl Moen of Sweden, which "
        "included a working lunch in the presence of Ambassador Jon Dahl; his Office Director "
        "Per Lie; Member of the Trade Council Office Lars Holm; Director of Protocols Ola Nes; "
        "and Head of the Europe Department Tor Aas.",
        _TALKS,
    )
    assert participants(found) == [
        "Anna Berg",
        "Karl Moen",
        "Jon Dahl",
        "Per Lie",
        "Lars Holm",
        "Ola Nes",
        "Tor Aas",
    ]


def test_a_list_of_topics_set_off_by_semicolons_names_no_one() -> None:
    found = draft(
        "Foreign Minister Anna Berg met Minister Karl Moen of Sweden in Oslo today. They "
        "discussed trade; the Baltic Sea Region; energy; and the Middle East Peace Process.",
        _TALKS,
    )
    assert participants(found) == ["Anna Berg", "Karl Moen"]


def test_people_after_a_german_plural_role_take_part() -> None:
    found = draft(
        "Landammann Andreas Exempel traf heute in Chur Regierungspräsident Jon Aas zu "
        "Gesprächen. Ihn begleiteten Regierungsrätin Petra Muster sowie die Regierungsräte Karl "
        "Moen, Walter Dahl und Staatsschreiber Per Lie.",
        "Die Gespräche galten der Zusammenarbeit der beiden Kantone.",
    )
    assert found.consultation is not None
    people = {(p.name, p.role) for p in found.consultation.participants}
    assert {("Karl Moen", "Regierungsrat"), ("Walter Dahl", "Regierungsrat")} <= people
    assert ("Per Lie", "Staatsschreiber") in people
