"""A monarch named by first name after the French or German title ("le Roi Philippe", "Sa
Majesté la Reine Mathilde", "König Carl Gustaf") is a person (P10-1 d)."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_a_king_and_queen_received_in_french() -> None:
    found = draft(
        "Visite d'État",
        "Le président Ona a reçu le Roi Philippe et la Reine Mathilde à Dakar lundi.",
        "Ils ont parlé de commerce.",
    )
    assert participants(found) == ["Ona", "Philippe", "Mathilde"]


def test_a_queen_received_in_german() -> None:
    found = draft(
        "Staatsbesuch",
        "Präsident Ona empfing am Montag in Wien Königin Mathilde.",
        "Sie sprachen über Handel.",
    )
    assert "Mathilde" in participants(found)
