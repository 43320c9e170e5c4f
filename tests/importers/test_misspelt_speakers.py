"""A speaker's family name misspelt by one letter in the attribution ("Ministerin Berk" after
"Anna Berg" in full) is the person named in full (round 12)."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_family_name_one_letter_off_is_the_person_named_in_full() -> None:
    found = draft(
        "Außenministerin Berg empfängt Minister Ek",
        "Außenministerin Anna Berg hat am Montag den Außenminister von Norland, Per Ek, in "
        "Brio empfangen. Anna Berg und Per Ek sprachen über den Visadialog.",
        "„Wir setzen auf den Dialog und auf eine rasche Einigung über die Visa“, sagte "
        "Ministerin Berk.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Anna Berg"


def test_a_different_family_name_is_not_taken_for_a_misspelling() -> None:
    found = draft(
        "Außenministerin Berg empfängt Minister Ek",
        "Außenministerin Anna Berg hat am Montag den Außenminister von Norland, Per Ek, in "
        "Brio empfangen.",
        "„Wir setzen auf den Dialog und auf eine rasche Einigung über die Visa“, sagte "
        "Staatssekretär Lindqvist.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Lindqvist"
