"""Verbs that introduce or credit a quotation beyond "said" (round 10): "pointed out",
"indicated", "recalled", "assured", in English, German and French."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft


@pytest.mark.parametrize("verb", ["pointed out", "indicated", "recalled", "reiterated"])
def test_a_quotation_after_a_verb_of_pointing_out_is_the_speakers(verb: str) -> None:
    found = draft(
        "Minister Berg visits the port of Ostburg",
        f"Foreign Minister Anna Berg {verb} that “the port must reopen before winter, or the "
        "trade of the whole region will suffer”.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Anna Berg"
    assert statement.text.startswith("the port must reopen before winter")


def test_a_quotation_credited_with_assured_after_it_is_the_speakers() -> None:
    found = draft(
        "Honorary consulate opens in Brio",
        "Ambassador Karl Moen thanked the ministry for its support.",
        "“I am dedicated to our mutual objectives and to the friendship of our peoples”, he "
        "assured.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Karl Moen"


def test_a_german_quotation_credited_with_erinnerte_is_the_speakers() -> None:
    found = draft(
        "Ministerin Berg besucht den Hafen von Ostburg",
        "Außenministerin Anna Berg hat am Montag den Hafen von Ostburg besucht und mit den "
        "Arbeitern über die Lage gesprochen.",
        "„Der Hafen muss vor dem Winter wieder öffnen, sonst leidet der Handel der ganzen "
        "Region“, erinnerte die Ministerin.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Anna Berg"


def test_a_french_quotation_credited_with_a_relevé_is_the_speakers() -> None:
    found = draft(
        "La ministre Berg visite le port",
        "« Le port doit rouvrir avant l'hiver, sinon tout le commerce de la région en "
        "souffrira », a relevé la ministre des Affaires étrangères Anna Berg.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Anna Berg"
