"""The French honorific "SEM" (Son Excellence Monsieur) and "SEMme" before a name (round 24):
"le Premier ministre, SEM Karl Wendel, s'est entretenu avec …" names Karl Wendel, no "Sem"."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_sem_before_a_name_is_an_honorific() -> None:
    found = draft(
        "Le Premier ministre reçoit l'ambassadeur de Norlande",
        "Le Premier ministre, SEM Karl Wendel, s'est entretenu ce matin avec l'ambassadeur de "
        "Norlande, M. Olav Brenning, sur la situation du pays.",
    )
    assert sorted(participants(found)) == ["Karl Wendel", "Olav Brenning"]


def test_sem_in_an_english_text_from_a_french_speaking_office() -> None:
    found = draft(
        "Prime Minister meets the Ambassador of Norland",
        "The Prime Minister, SEM Karl Wendel, met this morning with the Ambassador of Norland, "
        "Mr Olav Brenning, to discuss the situation in the country.",
    )
    assert sorted(participants(found)) == ["Karl Wendel", "Olav Brenning"]
