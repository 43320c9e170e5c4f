"""Words a person wrote or posted, credited with "wrote", "shared", "posted", "tweeted"
(German "schrieb", French "a écrit"), are theirs like words they said (round 12)."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft


@pytest.mark.parametrize("verb", ["wrote", "posted", "tweeted"])
def test_a_quotation_credited_with_a_verb_of_writing_after_it_is_the_speakers(verb: str) -> None:
    found = draft(
        "Minister Dahl condemns the attack in Norland",
        "Foreign Minister Jon Dahl spoke with his Norland counterpart on Monday evening.",
        "“Violence against civilians has no place in our region. Norland can count on us”, "
        f"{verb} Minister Dahl on social media.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Jon Dahl"
    assert statement.text.startswith("Violence against civilians")


def test_a_quotation_after_he_wrote_is_the_persons_named_before() -> None:
    found = draft(
        "Letter to the new premier of Vestria",
        "Prime Minister Karl Moen sent a letter to his Vestrian counterpart on Friday.",
        "“I truly hope that once your cabinet is formed, our work can gain new momentum,” Mr Moen "
        "wrote in the letter.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Karl Moen"


def test_a_quotation_after_shared_with_a_colon_or_comma_is_the_speakers() -> None:
    found = draft(
        "Secretary General meets Minister Dahl",
        "Secretary General Anna Berg received Foreign Minister Jon Dahl of Norland in Brio.",
        "On social media, Secretary General Anna Berg shared, “A good and useful meeting with "
        "Minister Dahl about the future of our ports.”",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Anna Berg"


def test_a_german_quotation_credited_with_schrieb_is_the_speakers() -> None:
    found = draft(
        "Ministerin Berg verurteilt den Anschlag",
        "Außenministerin Anna Berg hat am Montag mit ihrem Amtskollegen telefoniert.",
        "„Gewalt gegen Zivilisten hat in unserer Region keinen Platz“, schrieb die Ministerin "
        "auf der Plattform X.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Anna Berg"


def test_a_french_quotation_credited_with_a_écrit_is_the_speakers() -> None:
    found = draft(
        "La ministre Berg condamne l'attentat",
        "La ministre des Affaires étrangères Anna Berg s'est entretenue lundi avec son homologue.",
        "« La violence contre les civils n'a pas sa place dans notre région », a écrit la "
        "ministre sur les réseaux sociaux.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Anna Berg"


def test_the_premier_who_wrote_is_the_prime_minister_named_before() -> None:
    found = draft(
        "Letter to the new premier of Vestria",
        "Prime Minister Karl Moen sent a letter to the Vestrian cabinet on Friday.",
        "“I am sure that the work of our two cabinets will help both of our economies,” the "
        "Norland premier wrote in the letter.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Karl Moen"
