"""Quotations and attribution (round 17): French inverted credits with the writer's words
around them, the present of the French press, and speakers credited by a constituency or a
role."""

from __future__ import annotations

from tests.importers.drafting import draft


def _said(found, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.speaker.name if s.speaker else "" for s in found.statements if words in s.text]


# « A » prévient X, citant …. « B » ajoute-t-elle : the participle clause parts two passages
def test_french_credit_with_a_participle_clause_ends_the_passage() -> None:
    found = draft(
        "Sécurité régionale : Jeanne Morel s'inquiète",
        "La ministre de la Défense de Norlande, Jeanne Morel, était l'invitée de Radio Brio lundi.",
        "« Notre région reste fragile face aux trafics » a déclaré Jeanne Morel. Selon elle, la"
        " « porosité » des frontières est un danger, « nous devons travailler avec nos voisins »,"
        " pour « sécuriser » le fleuve, insiste-t-elle. « Il faut agir vite et ensemble » prévient"
        " Jeanne Morel, citant les trafics d'armes. « Les armées ne suffiront pas » ajoute-t-elle :"
        " « il faut aussi des écoles et des routes ».",
    )
    texts = [s.text for s in found.statements]
    assert _said(found, "Il faut agir vite") == ["Jeanne Morel"]
    assert not any("voisins" in t and "agir vite" in t for t in texts)
    assert not any("agir vite" in t and "armées" in t for t in texts)
    assert any("armées" in t and "écoles" in t for t in texts)


# "the Eastbay MP" is the minister the release names as the member for Eastbay
def test_credit_by_the_speakers_seat() -> None:
    found = draft(
        "Marden on regional tensions",
        "Foreign Minister Lio Marden, MP for Eastbay, spoke to reporters in Brio on Monday about"
        " the border dispute.",
        "“We will not pick sides between neighbours,” the Eastbay MP told reporters.",
        "The Eastbay MP told the crowd: “Our door stays open to both capitals.”",
    )
    assert _said(found, "pick sides") == ["Lio Marden"]
    assert _said(found, "door stays open") == ["Lio Marden"]


# "she" after "Mr Kell also met Marit Soane, …" is Soane, not the subject Kell
def test_she_is_not_the_man_named_as_subject() -> None:
    found = draft(
        "Minister Kell meets counterparts",
        "Defence Minister Ardo Kell held talks with his counterparts from the region in Brio on"
        " Monday.",
        "Mr Kell also met Marit Soane, Defence Minister of Valdoria. She began by saying her"
        " government was “watching the strait closely and with growing concern.”",
        "“We have to be present in these waters,” she said.",
        "“The tension does not come from our side,” Kell told Soane.",
    )
    assert _said(found, "present in these waters") == ["Marit Soane"]
    assert _said(found, "tension does not come") == ["Ardo Kell"]


def test_elle_is_not_the_man_named_as_subject() -> None:
    found = draft(
        "Le ministre Kell reçoit ses homologues",
        "Le ministre de la Défense, Ardo Kell, a reçu lundi à Brio la ministre Marit Soane, de"
        " Valdoria.",
        "« Nous devons être présents dans ces eaux », a-t-elle déclaré.",
        "« La tension ne vient pas de notre côté », a répondu M. Kell.",
    )
    assert _said(found, "présents dans ces eaux") == ["Marit Soane"]
    assert _said(found, "La tension ne vient pas") == ["Ardo Kell"]
