"""News of someone taking office reports that, not the talks they held the day before."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_news_of_taking_office_is_no_meeting_report() -> None:
    found = draft(
        "Anna Berg is the new Foreign Minister",
        "Minister Anna Berg took office today at a ceremony in the capital. “I will serve the "
        "whole country,” she told reporters at the ceremony, which was held in the Senate hall.",
        "Yesterday, still minister-designate, Berg met the Vestrian Minister of Trade, Karl Moen, "
        "and had talks with the Ostland Ambassador, Jon Dahl.",
    )
    assert found.kind != "consultation"  # (the quotation's kind is another question)
    assert found.consultation is None


def test_a_meeting_of_one_who_took_office_earlier_is_still_reported() -> None:
    found = draft(
        "Minister Berg meets Vestrian counterpart",
        "Foreign Minister Anna Berg, who took office last week, met the Foreign Minister of "
        "Vestria, Karl Moen, in Brio today for talks on trade.",
    )
    assert found.kind == "consultation"
