"""Roles and names written in shapes that lost a person or made one up: several roles
before one name, a role whose portfolio lists fields and regions, a place before a role,
abbreviated countries, a role with where it is held, and social-media copies."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft, participants

_TALKS = "They discussed trade and the ports."


@pytest.mark.parametrize(
    ("lede", "who"),
    [
        (
            "Deputy Prime Minister, Minister of Trade, Anna Berg, spoke with the Minister of "
            "Foreign Affairs of Sweden, Karl Moen, in Oslo today.",
            ["Anna Berg", "Karl Moen"],
        ),
        (
            "HE Lord of Brio, Minister of State for Europe, North Asia and the Americas at the "
            "Foreign Office Lord Karl Moen met Foreign Minister Anna Berg in Oslo today.",
            ["Karl Moen", "Anna Berg"],
        ),
        (
            "HE Deputy Director-General, Energy, Climate and Ocean Division, in the Ministry of "
            "Industry of Sweden Karl Moen met Foreign Minister Anna Berg in Oslo today.",
            ["Karl Moen", "Anna Berg"],
        ),
        (
            "Foreign Minister Anna Berg met Ambassador Karl Moen US Ambassador to Norway in "
            "Oslo today.",
            ["Anna Berg", "Karl Moen"],
        ),
        (
            "Foreign Minister Anna Berg met Karl Moen, U.S Deputy Secretary of State, in Oslo "
            "today.",
            ["Anna Berg", "Karl Moen"],
        ),
        (
            "Norway's Foreign Minister, Anna Berg met Karl Moen, the Swedish Minister of Trade, "
            "in Oslo today.",
            ["Anna Berg", "Karl Moen"],
        ),
        (
            "Foreign Minister Anna Berg met the Chargé d'affaires at the Swedish embassy, Ann "
            "Holt, in Oslo today.",
            ["Anna Berg", "Ann Holt"],
        ),
        (
            "Foreign Minister Anna Berg met with U.S Deputy Secretary of State Karl Moen and Amb. "
            "Jon Dahl in Oslo today.",
            ["Anna Berg", "Karl Moen", "Jon Dahl"],
        ),
        (
            "Foreign Minister Anna Berg had a phone call with her counterpart 🇸🇪 Karl #Moen today.",
            ["Anna Berg", "Karl Moen"],
        ),
    ],
)
def test_everyone_named_in_an_unusual_shape_takes_part_and_no_one_else(
    lede: str, who: list[str]
) -> None:
    assert participants(draft(lede, _TALKS)) == who


def test_a_place_before_a_role_is_no_person() -> None:
    found = draft(
        "Speaking of trade with the United Kingdom, Chancellor Berg said the talks with "
        "Foreign Minister Karl Moen went well. The two met in Oslo today.",
        _TALKS,
    )
    assert participants(found) == ["Berg", "Karl Moen"]


def test_a_field_of_a_long_role_is_no_person() -> None:
    found = draft(
        "HE Deputy Director-General, Energy, Climate and Ocean Division, in the Ministry of "
        "Industry of Sweden met Foreign Minister Anna Berg in Oslo today.",
        _TALKS,
    )
    assert participants(found) == ["Anna Berg"]


def test_the_country_of_a_role_held_at_an_embassy() -> None:
    found = draft(
        "Foreign Minister Anna Berg met the Chargé d'affaires at the Swedish embassy, Ann Holt, "
        "in Oslo today.",
        _TALKS,
    )
    assert found.consultation is not None
    assert found.consultation.participants[1].country == "Sweden"


@pytest.mark.parametrize(
    ("lede", "who"),
    [
        (
            "The Chairperson of the Regional Commission Karl Moen met Foreign Minister Anna Berg "
            "in Oslo today.",
            ["Karl Moen", "Anna Berg"],
        ),
        (
            "Chair Karl Moen of the Regional Commission met Foreign Minister Anna Berg in Oslo "
            "today.",
            ["Karl Moen", "Anna Berg"],
        ),
        (
            "Ambassador Anna K.L. Berg met Foreign Minister Karl Moen of Sweden in Stockholm "
            "today.",
            ["Anna K.L. Berg", "Karl Moen"],
        ),
    ],
)
def test_a_chair_of_a_body_and_a_name_with_initials_take_part(lede: str, who: list[str]) -> None:
    assert participants(draft(lede, _TALKS)) == who


def test_letters_after_a_name_are_no_part_of_it() -> None:
    found = draft(
        "The Minister for Foreign Affairs, Mary Exemple T.D., met Ambassador Karl Moen of "
        "Sweden in Dublin today.",
        _TALKS,
    )
    assert participants(found) == ["Mary Exemple", "Karl Moen"]


def test_an_envoy_named_after_where_they_are_posted_and_a_comma() -> None:
    found = draft(
        "The Cuban Ambassador to India, Alejandro Exemplo Marin, held a meeting with Anna Rao, "
        "Secretary for Economic Relations of the Ministry of External Affairs of India.",
        _TALKS,
    )
    assert found.consultation is not None
    people = [(p.name, p.country) for p in found.consultation.participants]
    assert people == [("Alejandro Exemplo Marin", "Cuba"), ("Anna Rao", "India")]


@pytest.mark.parametrize(
    "sentence",
    [
        "La ministre Anna Berg a rencontré le chargé d'affaires de l'ambassade de Suède, Ann "
        "Holt, à Oslo.",
        "Ministerin Anna Berg traf den Geschäftsträger der schwedischen Botschaft, Ann Holt, in "
        "Oslo.",
    ],
)
def test_a_charge_d_affaires_of_an_embassy_in_french_and_german(sentence: str) -> None:
    found = draft(sentence, "Elles ont parlé du commerce. Sie sprachen über den Handel.")
    assert found.consultation is not None
    people = [(p.name, p.country) for p in found.consultation.participants]
    assert ("Ann Holt", "Sweden") in people


def test_the_country_written_after_a_name_is_theirs() -> None:
    found = draft(
        "Foreign Minister Anna Berg met Foreign Minister Karl Moen of Sweden in Oslo today.",
        _TALKS,
    )
    assert found.consultation is not None
    assert found.consultation.participants[1].country == "Sweden"


def test_two_roles_before_a_name_are_one_persons_whole_role() -> None:
    found = draft(
        "Deputy Prime Minister, Minister of Trade, Anna Berg, spoke with the Minister of Foreign "
        "Affairs of Sweden, Karl Moen, in Oslo today.",
        _TALKS,
    )
    assert found.consultation is not None
    assert found.consultation.participants[0].role == "Deputy Prime Minister, Minister of Trade"


def test_a_name_before_the_ministry_spokespersons_role_is_that_person() -> None:
    found = draft(
        "Ministry condemns the attack on the port",
        "Anna Berg, Foreign Ministry Spokesperson, said the attack on the port of Brio was "
        "a grave breach of the ceasefire. “We call on all sides to show restraint,” she added.",
    )
    assert [s.speaker.name for s in found.statements] == ["Anna Berg"]
