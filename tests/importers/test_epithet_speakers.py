"""A speaker named in the attribution only by an epithet of office or not at all (round 13):
"said the envoy", "a déclaré le chef du ministère des Affaires étrangères", "», a
déclaré." — the person the release names with that office, or the subject before."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_said_the_envoy_is_the_one_envoy_the_release_names() -> None:
    found = draft(
        "Norland delegation visits the port of Brio",
        "The Norland Delegation to Estoria, led by Ambassador Per Ek, visited the port of Brio "
        "on Monday with Karl Moen, the Mayor of Brio.",
        "“Our partnership has never been stronger and it will grow in the coming years,” said "
        "the envoy.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Per Ek"


def test_le_chef_du_ministere_des_affaires_etrangeres_is_the_foreign_minister() -> None:
    found = draft(
        "La ministre Berg reçoit les ambassadeurs",
        "La ministre des Affaires étrangères, Anna Berg, a reçu lundi les ambassadeurs "
        "accrédités à Brio, en présence du maire de la ville, Karl Moen.",
        "Le maire Karl Moen a salué la présence de nombreux diplomates.",
        "« Chaque demande de nos partenaires a reçu une réponse rapide », a déclaré le chef du "
        "ministère des Affaires étrangères.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Anna Berg"


def test_a_verb_with_no_subject_after_the_quotation_is_the_subject_before() -> None:
    found = draft(
        "La ministre Berg à Brio",
        "La ministre des Affaires étrangères Anna Berg s'est rendue lundi au port de Brio.",
        "« Nous avons parlé du commerce fluvial et de la frontière avec nos voisins », a déclaré.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Anna Berg"
