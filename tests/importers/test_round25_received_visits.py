"""A host told as receiving a visit (round 25): "Le Parlement a reçu, ce 9 mai 2019, la
visite de Mme X", "received a courtesy visit from Ambassador X", "erhielt am 9. Mai Besuch
von Botschafterin X" report a meeting, with its date."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft, participants


@pytest.mark.parametrize(
    "lead",
    [
        "Le Parlement a reçu, ce 9 mai 2019, la visite de S.E. Mme Eva Lind-Moreau, "
        "Ambassadrice de Norland. Le Président Karl Moen a parlé avec elle du commerce du bois.",
        "The Parliament received a courtesy visit from Ambassador Eva Lind-Moreau of Norland "
        "on 9 May 2019. Speaker Karl Moen talked with her about the timber trade.",
        "Der Landtag erhielt am 9. Mai 2019 Besuch von Botschafterin Eva Lind-Moreau aus "
        "Norland. Landtagspräsident Karl Moen sprach mit ihr über den Holzhandel.",
    ],
)
def test_a_visit_received_is_a_meeting(lead: str) -> None:
    found = draft("Visite au Parlement", lead)
    assert found.kind == "consultation"
    assert found.consultation is not None
    assert found.consultation.date is not None
    assert found.consultation.date.isoformat() == "2019-05-09"
    assert sorted(participants(found)) == ["Eva Lind-Moreau", "Karl Moen"]
