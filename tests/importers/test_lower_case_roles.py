"""Roles written in lower case, as English press style writes them after "former" or a
country's adjective."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_a_former_chancellor_in_lower_case_takes_part_and_the_press_officer_does_not() -> None:
    found = draft(
        "Moen receives Dahl",
        "Also on Monday, Prime Minister Karl Moen first received former Vestrian chancellor"
        " Jon Dahl, as the head of his press office Lars Holm told the news agency.",
        "The two talked about trade and the ports.",
    )
    assert participants(found) == ["Karl Moen", "Jon Dahl"]


def test_an_ambassador_in_lower_case_after_a_country_takes_part() -> None:
    found = draft(
        "Minister receives ambassador",
        "Foreign Minister Karl Moen received Ostland ambassador to the country Per Lie in Brio"
        " on Monday. They discussed the ports.",
    )
    assert participants(found) == ["Karl Moen", "Per Lie"]
