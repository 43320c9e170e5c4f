"""An office that speaks, named with an honorific and no name (round 25): "the Honourable
Premier" is an office, not a person called Premier; "His Excellency the Governor has made
the following statement:" over words that name the minister met is the Governor's, unnamed,
not the minister's."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_an_honourable_office_is_no_name() -> None:
    found = draft(
        "Premier has productive meeting with Trade Minister",
        "The Honourable Premier met the Minister for Trade of Norland, Karl Moen, in Brio on "
        "Tuesday.",
    )
    assert found.consultation is not None
    assert [p.name for p in found.consultation.participants] == ["Karl Moen"]


def test_the_governors_statement_is_not_the_ministers_he_met() -> None:
    found = draft(
        "Premier has productive meeting with Minister",
        "Following the official visit by the Honourable Premier to Norland, His Excellency the "
        "Governor has today made the following statement:",
        "“I accompanied the Honourable Premier on her call on the Minister for the Overseas "
        "Regions, Hon. Karl Moen, earlier this week. This was a productive meeting. The "
        "Minister told me he looks forward to working with the new Premier.”",
    )
    assert [
        (s.speaker.name if s.speaker else None, s.speaker.role if s.speaker else None)
        for s in found.statements
    ] == [("", "Governor")]


def test_l_honorable_gouverneur_is_no_name() -> None:
    found = draft(
        "Rencontre à Brio",
        "L'Honorable Gouverneur a reçu le ministre du Commerce de Norland, Karl Moen, mardi à "
        "Brio.",
    )
    assert found.consultation is not None
    assert [p.name for p in found.consultation.participants] == ["Karl Moen"]
