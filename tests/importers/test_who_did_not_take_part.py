"""People a meeting's report names who did not take part: the spokesperson the account is
attributed to, and people of the countries' history; and people of the visit reported,
named after "During the visit", who did."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft, participants

_TALKS = "They discussed trade and the ports."


@pytest.mark.parametrize(
    "lede",
    [
        "Foreign Minister Anna Berg met Foreign Minister Karl Moen of Sweden in Oslo today. The "
        "two ministers valued their regular consultation on trade, Foreign Ministry Spokesman "
        "Jon Dahl said.",
        "Foreign Minister Anna Berg met Foreign Minister Karl Moen of Sweden in Oslo today, a "
        "indiqué Jon Dahl, porte-parole de la présidence.",
        "Foreign Minister Anna Berg met Foreign Minister Karl Moen of Sweden in Oslo today. Their "
        "countries have been friends since 1961, when Foreign Minister Jon Dahl opened the first "
        "embassy.",
    ],
)
def test_the_source_of_the_account_and_history_take_no_part(lede: str) -> None:
    assert participants(draft(lede, _TALKS)) == ["Anna Berg", "Karl Moen"]


def test_a_spokesperson_who_came_takes_part() -> None:
    found = draft(
        "Foreign Minister Anna Berg met Foreign Minister Karl Moen of Sweden in Oslo today. She "
        "was accompanied by Foreign Ministry Spokesman Jon Dahl.",
        _TALKS,
    )
    assert participants(found) == ["Anna Berg", "Karl Moen", "Jon Dahl"]


def test_talks_during_the_visit_reported_are_part_of_it() -> None:
    found = draft(
        "Chair Karl Moen of the Regional Commission visited Norway on Monday and met Foreign "
        "Minister Anna Berg in Oslo.",
        "During the visit, Chair Moen went to the Space Agency for talks with its Chief "
        "Executive Officer Dr Jon Dahl.",
        _TALKS,
    )
    assert participants(found) == ["Karl Moen", "Anna Berg", "Jon Dahl"]


def test_talks_during_another_visit_are_not() -> None:
    found = draft(
        "Foreign Minister Anna Berg met Foreign Minister Karl Moen of Sweden in Oslo today.",
        "They recalled the talks held during the visit of Prime Minister Jon Dahl to Stockholm.",
        _TALKS,
    )
    assert participants(found) == ["Anna Berg", "Karl Moen"]


def test_what_happened_during_the_visit_reported_names_its_people() -> None:
    found = draft(
        "The Minister of Foreign Affairs of Sweden, Karl Moen has concluded his official visit "
        "to Norway.",
        "During his visit, Minister Moen and Minister Berg witnessed the signing of three "
        "agreements on trade and culture.",
        "Minister Moen also paid a courtesy call on the Prime Minister of Norway, Jon Dahl.",
    )
    assert participants(found) == ["Karl Moen", "Berg", "Jon Dahl"]
