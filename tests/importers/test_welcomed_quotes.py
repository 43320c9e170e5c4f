"""A quoted clause that "the diplomat also welcomed" is the foreign minister's words (round
12): "welcomed" credits a quotation as German "begrüßte" does."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_clause_the_diplomat_welcomed_is_the_foreign_ministers() -> None:
    found = draft(
        "Minister Moen on the region",
        "Foreign Minister Karl Moen said on Thursday that the port of Brio would reopen soon.",
        "The diplomat also welcomed the vote in Ostland “where things have luckily calmed down "
        "after the long winter.”",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Karl Moen"
    assert statement.text.startswith("where things have luckily calmed down")
