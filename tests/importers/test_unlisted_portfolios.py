"""A minister of a portfolio the role patterns do not list, before a name: the portfolio's
last word is no part of the name."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_a_minister_of_an_unlisted_portfolio_takes_part() -> None:
    found = draft(
        "Karl Moen meets Lars Holm",
        "Foreign Minister Karl Moen met Minister of Rural Development Lars Holm of Vestria in"
        " Brio on Monday. They discussed the ports.",
    )
    assert participants(found) == ["Karl Moen", "Lars Holm"]
