"""Roles whose portfolio lists several fields set off by commas: the fields are no people."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_a_portfolio_of_three_fields_names_one_minister() -> None:
    found = draft(
        "Foreign Minister Karl Moen met the Minister of Energy, Mines and Water Jon Dahl in"
        " Brio on Monday. The two ministers discussed the ports.",
    )
    assert participants(found) == ["Karl Moen", "Jon Dahl"]


def test_a_portfolio_ending_in_a_comma_names_the_person_after_it() -> None:
    found = draft(
        "Foreign Minister Karl Moen met the Norlandic Under Secretary for Rural Security,"
        " Mobility and Civil Rights, Anna Berg, in Brio on Monday. They discussed the ports.",
    )
    assert participants(found) == ["Karl Moen", "Anna Berg"]
