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
        "Island delegation back from Norland",
        "After the visit of the Honourable Premier to Norland, the Governor made the following "
        "statement:",
        "“Together with the Honourable Premier I called on the Minister for Ports, Hon. Karl "
        "Moen, in Brio on Monday. We spoke about the harbour works and the new ferry, and both "
        "sides want to go on with the talks in the spring.”",
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
