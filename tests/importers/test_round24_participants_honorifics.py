"""Round 24's honorifics (invented releases): "T.H.", "S.E.M.", "Hon'ble" and "Excellency"
alone stand before a name, not in it ("Shri", "Smt.", "H.E.", "Dr." already did)."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_an_abbreviated_their_highnesses_is_no_part_of_the_name() -> None:
    found = draft(
        "Courtesy call",
        "Brio, 3 May 2023 - T.H. Paul Oro, the Ambassador of Ghana, paid a courtesy call on the "
        "Speaker of the National Assembly, Karl Moen, on Tuesday.",
        "They discussed parliamentary cooperation.",
    )
    assert sorted(participants(found)) == ["Karl Moen", "Paul Oro"]


def test_french_and_indian_honorifics_stand_before_the_name() -> None:
    found = draft(
        "Audience",
        "Brio, le 3 mai 2023 - Son Excellence Paul Oro, ambassadeur du Ghana, a rencontré "
        "S.E.M. Karl Moen, ministre de la Défense.",
        "Ils ont évoqué la coopération.",
    )
    assert sorted(participants(found)) == ["Karl Moen", "Paul Oro"]
    found = draft(
        "Meeting",
        "Brio, 3 May 2023 - Excellency Paul Oro, Ambassador of Ghana, met Hon'ble Karl Moen, "
        "Minister of Finance.",
        "They discussed trade.",
    )
    assert sorted(participants(found)) == ["Karl Moen", "Paul Oro"]
