"""A quotation set alone in its paragraph, credited in the next with no comma (round 23):
"« … »" / "a déclaré X à l’issue de l’audience."."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_french_credit_in_the_next_paragraph_without_a_comma_names_the_speaker() -> None:
    found = draft(
        "Une page se tourne",
        "Le Président de la République, Paul Oro, a reçu ce mardi 3 septembre 2025 au Palais "
        "présidentiel Jean Morel, président sortant de la Commission de l’Union régionale.",
        "« Je suis venu remercier Monsieur le Président pour l'appui que j'ai reçu "
        "personnellement afin de mettre en œuvre mes activités »",
        "a déclaré Jean Morel à l’issue de l’audience.",
        "Ce rendez-vous est un moment symbolique pour l’institution.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Jean Morel"
    assert statement.text.startswith("Je suis venu remercier")


def test_a_credit_line_with_another_verb_and_the_role_after_the_name_credits_too() -> None:
    found = draft(
        "L’envoyé spécial reçu par le président",
        "Le président Paul Oro a reçu lundi à Brio l’envoyé spécial pour la région des Lacs, "
        "Jean Morel.",
        "« Nous devons faire prévaloir la diplomatie et mettre en œuvre tous les mécanismes "
        "existants pour réunir les pays concernés »",
        "a indiqué Jean Morel, envoyé spécial pour la région des Lacs, devant la presse.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Jean Morel"
