"""Verbs of the French-language press that credit a quotation (round 13): "a annoncé", "a
confié", "a renchéri", their inverted forms "a-t-il martelé", "souligne-t-elle", and the same
family in German and English; an attribution on the line after a stray line break."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft


@pytest.mark.parametrize(
    "verb",
    [
        "a annoncé",
        "a confié",
        "a poursuivi",
        "a renchéri",
        "a laissé entendre",
        "a tranché",
        "a plaidé",
        "a fustigé",
        "a réitéré",
        "a dit espérer",
    ],
)
def test_a_french_quotation_credited_with_a_verb_of_the_press_is_the_speakers(verb: str) -> None:
    found = draft(
        "Le ministre Dahl en visite à Brio",
        f"« Nous ouvrons un nouveau chapitre avec la Norlande », {verb} le ministre des "
        "Affaires étrangères Jon Dahl à la radio.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Jon Dahl"
    assert statement.text.startswith("Nous ouvrons un nouveau chapitre")


@pytest.mark.parametrize(
    "verb",
    [
        "a-t-il martelé",
        "a-t-il lancé",
        "a-t-il confié",
        "a-t-il annoncé",
        "a-t-il insisté",
        "a-t-il averti",
        "a-t-il réitéré",
        "a-t-il renchéri",
        "a-t-il fait savoir",
        "souligne-t-il",
        "poursuit-il",
    ],
)
def test_an_inverted_french_verb_credits_the_quotation_to_the_minister_before(verb: str) -> None:
    found = draft(
        "Le ministre Dahl en visite à Brio",
        "Le ministre des Affaires étrangères Jon Dahl s'est rendu lundi au port de Brio.",
        f"« Nous avons parlé de la frontière et du commerce fluvial avec nos voisins », {verb}.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Jon Dahl"


@pytest.mark.parametrize("verb", ["erläuterte", "stellte klar", "hielt fest"])
def test_a_german_quotation_credited_with_a_verb_of_the_press_is_the_speakers(verb: str) -> None:
    found = draft(
        "Ministerin Berg besucht den Hafen von Ostburg",
        f"„Der Hafen muss vor dem Winter wieder öffnen, sonst leidet der Handel der ganzen "
        f"Region“, {verb} Außenministerin Anna Berg.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Anna Berg"


@pytest.mark.parametrize("verb", ["asserted", "confided", "vowed", "cautioned", "maintained"])
def test_an_english_quotation_credited_with_a_verb_of_the_press_is_the_speakers(
    verb: str,
) -> None:
    found = draft(
        "Minister Berg visits the port of Ostburg",
        f"“The port must reopen before winter, or the trade of the whole region will suffer,” "
        f"{verb} Foreign Minister Anna Berg.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Anna Berg"


def test_an_attribution_on_the_line_after_the_quotation_credits_it() -> None:
    found = draft(
        "La ministre Berg à Brio",
        "La ministre des Affaires étrangères Anna Berg a reçu lundi les ambassadeurs à Brio.",
        "La ministre a parlé aux journalistes. « Nous avons parlé de la frontière et du "
        "commerce fluvial avec nos voisins »",
        ", a confié à la presse la ministre estorienne. Coopération régionale",
        "Le port de Brio est le premier du pays.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Anna Berg"
    assert statement.text.startswith("Nous avons parlé de la frontière")
