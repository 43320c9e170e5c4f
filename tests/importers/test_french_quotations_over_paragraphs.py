"""French guillemets in a quotation that runs over paragraphs (round 13): the spaced closing
"»" before ", a-t-il martelé" is no opening mark, and the quotation after "avant de
poursuivre :" is one of its own."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_quotation_continued_over_paragraphs_and_the_one_after_it_are_the_ministers() -> None:
    found = draft(
        "Le ministre Dahl défend la souveraineté de l'Estorie",
        "Brio, le 3 mai – Le ministre des Affaires étrangères Jon Dahl a reçu lundi la presse au "
        "ministère.",
        "Le ministre a longuement parlé de la souveraineté. « Nous invitons nos amis de la "
        "région à comprendre nos choix et nos priorités",
        "et à respecter les décisions de notre peuple », a-t-il martelé, avant de poursuivre : "
        "« les Estoriens savent régler leurs affaires entre eux, sans aide extérieure. »",
    )
    said = [(s.speaker.name if s.speaker else None, s.text) for s in found.statements]
    assert said == [
        (
            "Jon Dahl",
            "Nous invitons nos amis de la région à comprendre nos choix et nos priorités\n"
            "et à respecter les décisions de notre peuple",
        ),
        ("Jon Dahl", "les Estoriens savent régler leurs affaires entre eux, sans aide extérieure."),
    ]
