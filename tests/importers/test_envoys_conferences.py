"""A ministry's conference of its own envoys, told as held, is a meeting of the minister who
opens or addresses it (an announcement of one to come is not); a French "tête-à-tête" is a
meeting, dated by the day after the verb."""

from __future__ import annotations

import datetime

from tests.importers.drafting import draft, participants


def test_a_heads_of_mission_conference_opened_is_a_meeting() -> None:
    found = draft(
        "Ministry opens Heads of Mission Conference",
        "The Ministry of Foreign Affairs of Norland opened its biennial Heads of Mission "
        "Conference on Monday 5 June 2023. Minister Ana Vel addressed the ambassadors.",
        "The conference will run for a week and discuss the ministry's priorities.",
    )
    assert found.kind == "consultation"
    assert participants(found) == ["Ana Vel"]
    assert found.consultation is not None
    assert found.consultation.date == datetime.date(2023, 6, 5)


def test_a_conference_of_envoys_still_to_come_is_no_meeting() -> None:
    found = draft(
        "Botschafterkonferenz im Außenministerium",
        "Am Montag, den 4. September 2023, eröffnet Außenminister Karl Moen die diesjährige "
        "Botschafterkonferenz.",
        "Die Konferenz führt die Leiterinnen und Leiter der Auslandsvertretungen zusammen.",
    )
    assert found.kind != "consultation"


def test_a_tete_a_tete_is_a_meeting_with_its_date() -> None:
    found = draft(
        "Le ministre rencontre son homologue",
        "Le ministre des Affaires étrangères, Paul Oro, a eu un tête-à-tête le 3 septembre 2024 "
        "à Brio avec son homologue de Sélonie, Marc Ilo.",
        "Les deux ministres ont évoqué la coopération portuaire.",
    )
    assert participants(found) == ["Paul Oro", "Marc Ilo"]
    assert found.consultation is not None
    assert found.consultation.date == datetime.date(2024, 9, 3)
