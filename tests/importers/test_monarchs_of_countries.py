"""A monarch named after the title of their country: "the Emir of Qatar Tamim bin Hamad Al
Thani", "le roi du Maroc Mohammed VI" (P10-2 a: "[Title] of [Place] [Name]")."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_an_emir_in_a_list_of_heads() -> None:
    found = draft(
        "President Ona's calls",
        "On Monday President Ona of Kenya held talks by telephone with the Emir of Qatar "
        "Tamim bin Hamad Al Thani, Prime Minister Ari Vel of Finland and President Mira Tan "
        "of Ghana.",
        "They discussed trade.",
    )
    assert participants(found) == ["Ona", "Tamim bin Hamad Al Thani", "Ari Vel", "Mira Tan"]
    assert found.consultation is not None
    emir = found.consultation.participants[1]
    assert (emir.role, emir.country) == ("Emir of Qatar", "Qatar")


def test_a_french_king_by_his_country() -> None:
    found = draft(
        "Le président Ona reçu à Rabat",
        "Le président Ona a été reçu lundi à Rabat par le roi du Maroc, Mohammed VI.",
        "Les deux chefs d'État ont parlé du commerce.",
    )
    assert "Mohammed VI" in participants(found)
