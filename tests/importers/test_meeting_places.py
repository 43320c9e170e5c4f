"""Where a meeting was held: a whole word ("Bogotá", not "Bogot"), and never a person who
took part ("un message à João Lourenço")."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_place_with_accents_is_read_whole() -> None:
    found = draft(
        "Minister Berg in Bogotá",
        "Foreign Minister Anna Berg met her Vestrian counterpart Karl Moen in Bogotá on Monday.",
    )
    assert found.consultation is not None
    assert found.consultation.place == "Bogotá"


def test_a_participant_after_a_is_no_place() -> None:
    found = draft(
        "La ministre Berg porteuse d'un message à João Lourenço",
        "La ministre des Affaires étrangères Anna Berg a été reçue lundi par le Président João "
        "Lourenço et a remis un message à João Lourenço de la part de son Président.",
    )
    assert found.consultation is not None
    assert found.consultation.place not in ("Jo", "João Lourenço")
