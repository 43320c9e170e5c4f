"""A person the lede names before their office ("X took office today as …") is known to the
release, and an office named with its country ("the Minister of Foreign Affairs of
Norway") is that country's holder, not a counterpart named later."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_quotations_of_a_minister_named_before_her_office_are_hers() -> None:
    found = draft(
        "Anna Berg took office today as Minister of Foreign Affairs of Norway. “Our foreign "
        "policy serves the country and its citizens in every region,” she said after the "
        "ceremony.",
        "“We share one future and we want a country without discrimination of any kind,” said "
        "the Minister of Foreign Affairs of Norway.",
        "On Friday she met the Minister of Foreign Affairs of Sweden, Karl Moen, and the "
        "Chancellor of Denmark, Jon Dahl.",
    )
    assert {s.speaker.name for s in found.statements if s.speaker} == {"Anna Berg"}
    assert "We share one future" in found.statements[-1].text


def test_an_appointed_person_is_known_with_the_office_and_country() -> None:
    found = draft(
        "Karl Moen was appointed today as Ambassador of Sweden to Norway.",
        "“I look forward to working with the people of Norway,” said the Ambassador.",
    )
    assert [(s.speaker.name, s.speaker.country) for s in found.statements if s.speaker] == [
        ("Karl Moen", "Sweden")
    ]


def test_an_office_with_its_country_is_that_countrys_holder() -> None:
    found = draft(
        "Minister of Foreign Affairs of Norway Anna Berg met the Minister of Foreign Affairs of "
        "Sweden, Karl Moen, in Oslo today.",
        "“Our ports will share one customs office from next spring,” said the Minister of "
        "Foreign Affairs of Sweden after the talks.",
    )
    assert [s.speaker.name for s in found.statements if s.speaker] == ["Karl Moen"]
