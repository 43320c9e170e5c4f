"""Transcript labels read in round 17: a speaker in capitals with a role after the name and
an interpreter's note (invented releases)."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_capitals_label_with_role_and_via_interpreter_names_the_speaker() -> None:
    found = draft(
        "Transcript: joint press conference in Brio",
        "HALVOR ENN, VALDORIA'S MINISTER OF DEFENCE (VIA INTERPRETER): Thank you, Mara, for "
        "your warm welcome. I am glad to be here.",
        "MARA LIND: Thank you, Halvor. It is good to welcome you to Brio today.",
    )
    said = [s for s in found.statements if s.speaker.name == "Halvor Enn"]
    assert len(said) == 1
    assert said[0].text.startswith("Thank you, Mara")
    assert "INTERPRETER" not in said[0].text
    assert said[0].speaker.role == "Minister of Defence"


def test_an_agency_interview_the_answers_are_the_ministers_the_questions_no_ones() -> None:
    found = draft(
        "Visite du président Jean Oulo à Brio : le ministre Paul Dera fait le bilan",
        "« La visite a été un succès », a souligné le ministre des Affaires étrangères Paul "
        "Dera dans un entretien à l'ANP.",
        "Voici l'intégralité de l'entretien.",
        "ANP : Monsieur le ministre, quel bilan faites-vous de cette visite ?",
        "Paul Dera (PD) : Le bilan est bon. Nous avons signé plusieurs accords importants.",
        "ANP : Et la suite ?",
        "Paul Dera (PD) : Nous allons poursuivre le dialogue avec nos partenaires.",
    )
    texts = [s.text for s in found.statements]
    assert "Le bilan est bon. Nous avons signé plusieurs accords importants." in texts
    assert "Nous allons poursuivre le dialogue avec nos partenaires." in texts
    assert not any("bilan faites-vous" in text or "la suite" in text for text in texts)
    assert {s.speaker.name for s in found.statements} == {"Paul Dera"}
