"""Meetings and kinds read in round 17: a body that sat under someone's chair, its members
represented by others (invented releases)."""

from __future__ import annotations

from datetime import date

from tests.importers.drafting import draft, participants


def test_a_council_that_sat_under_a_chair_is_a_meeting_of_its_members() -> None:
    french = draft(
        "Réunion du Conseil des ministres de la Commission",
        "Lanvia, le 4 mars 2025 – Le Conseil des ministres de la Commission s'est réuni le 3 mars "
        "2025 à Lanvia sous la présidence de Rita Voss, ministre norlandaise des Affaires "
        "étrangères. La Valdorie était représentée par Jan Pell, ministre des Affaires "
        "étrangères.",
        "Le Conseil a examiné l'état de la coopération régionale et adopté son budget.",
    )
    german = draft(
        "Ministerrat der Kommission in Lanvia",
        "Lanvia, 4. März 2025 – Der Ministerrat der Kommission trat am 3. März 2025 in Lanvia "
        "unter dem Vorsitz von Rita Voss, Außenministerin von Norland, zusammen. Valdorien war "
        "durch Außenminister Jan Pell vertreten.",
        "Der Rat verabschiedete den Haushalt der Kommission.",
    )
    sat = draft(
        "Ministerrat der Kommission in Lanvia",
        "Lanvia, 4. März 2025 – Der Ministerrat der Kommission tagte am 3. März 2025 in Lanvia "
        "unter dem Vorsitz von Rita Voss, Außenministerin von Norland. Valdorien war durch "
        "Außenminister Jan Pell vertreten.",
        "Der Rat verabschiedete den Haushalt der Kommission.",
    )
    for found in (french, german, sat):
        assert found.kind == "consultation"
        assert found.consultation is not None and found.consultation.date == date(2025, 3, 3)
        assert participants(found) == ["Rita Voss", "Jan Pell"]
