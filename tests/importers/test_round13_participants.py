"""Meetings and participants of round 13: the only meeting of a late photo item, a summons
in the passive, a meeting only proposed, and names after long or odd roles."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_the_only_meeting_posted_months_later_is_the_meeting() -> None:
    found = draft(
        "April 3, 2025",
        "Minister Berg meets with Norland Delegation",
        "Caption: Senator the Hon. Anna Berg, Minister of Foreign Affairs, and her team on "
        "Tuesday, January 14 met with the Deputy Director for Trade, Ambassador Per Ek, and the "
        "Norland Ambassador to Estoria, H.E. Karl Moen.",
    )
    assert found.kind == "consultation"
    assert {"Anna Berg", "Per Ek", "Karl Moen"} <= set(participants(found))
    assert found.consultation is not None
    assert found.consultation.date is None  # "January 14" of which year: not written
