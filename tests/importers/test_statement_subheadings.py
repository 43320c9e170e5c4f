"""A statement's sub-heading under a headline that names its topic ("Attentat à Brio" over
"Déclaration du porte-parole du ministère") says who speaks, when no byline does."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft


@pytest.mark.parametrize(
    ("title", "subheading", "text", "role"),
    [
        (
            "Attentat en Norlande",
            "Déclaration du porte-parole du ministère des Affaires étrangères",
            "La Vestrie condamne l’attentat perpétré aujourd’hui. Nous exprimons nos "
            "condoléances aux familles des victimes.",
            "porte-parole du ministère",
        ),
        (
            "Attack in Norland",
            "Statement by the Spokesperson of the Ministry of Foreign Affairs",
            "We condemn the attack in the strongest terms. Our thoughts are with the families "
            "of the victims.",
            "Spokesperson of the Ministry",
        ),
        (
            "Anschlag in Norland",
            "Erklärung der Sprecherin des Auswärtigen Amts",
            "Wir verurteilen den Anschlag aufs Schärfste. Unsere Gedanken sind bei den Familien "
            "der Opfer.",
            "Sprecherin",
        ),
    ],
)
def test_a_subheading_names_the_statements_office(
    title: str, subheading: str, text: str, role: str
) -> None:
    found = draft(title, subheading, "7 April 2015", text)
    assert found.kind == "statement"
    assert [(s.speaker.name, s.speaker.role) for s in found.statements] == [("", role)]


def test_a_subheading_naming_a_minister_credits_the_minister() -> None:
    found = draft(
        "Attack in Norland",
        "Statement by Foreign Minister Anna Berg",
        "7 April 2015",
        "We condemn the attack in the strongest terms. Our thoughts are with the families of "
        "the victims.",
    )
    assert [(s.speaker.name, s.speaker.role) for s in found.statements] == [
        ("Anna Berg", "Foreign Minister")
    ]
