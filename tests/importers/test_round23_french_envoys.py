"""A UN envoy in French (round 23): "X, Représentant spécial du Secrétaire général …" after
the name, and the quotation credited to "le diplomate onusien"."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_a_special_representative_named_before_his_role_takes_part_and_speaks() -> None:
    found = draft(
        "Jean Morel reçu en audience par Paul Oro",
        "Le président de la République Paul Oro s’est entretenu ce lundi 13 juin 2022 à Brio "
        "avec Jean Morel, Représentant spécial du Secrétaire général de l’ONU pour la région "
        "des Lacs.",
        "Jean Morel s’est rendu au Palais du peuple, où il a été reçu en audience par le Chef "
        "de l’Etat.",
        "« Je suis venu pour écouter le président Paul Oro et recueillir ses précieux conseils "
        "sur la situation dans la région », a déclaré le diplomate onusien.",
        "Pour les deux hommes l’urgence est de faire prévaloir la diplomatie.",
    )
    assert sorted(participants(found)) == ["Jean Morel", "Paul Oro"]
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Jean Morel"


def test_a_special_representative_named_after_her_role_is_a_person() -> None:
    found = draft(
        "La Représentante spéciale rencontre le Premier ministre",
        "La Représentante spéciale du Secrétaire général, Anne Lo, a rencontré mardi à Brio le "
        "Premier ministre Paul Oro.",
        "Ils ont évoqué le processus électoral et la sécurité dans le nord du pays.",
    )
    assert sorted(participants(found)) == ["Anne Lo", "Paul Oro"]
