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


def test_a_speech_given_at_a_meeting_is_no_meeting_of_the_speaker() -> None:
    english = draft(
        "Defence Minister Ana Lo gave a speech on maritime security",
        "Lanvia, 4 March 2025 – Defence Minister Ana Lo gave a speech at the 12th meeting of the "
        "Regional Defence Ministers in Lanvia on 3 March 2025.",
        "“Our region faces new threats at sea and in cyberspace,” Lo said. “We must work together "
        "to protect our sea lanes.”",
    )
    french = draft(
        "La ministre Ana Lo plaide pour la sécurité maritime",
        "Lanvia, le 4 mars 2025 – La ministre de la Défense, Ana Lo, a prononcé un discours lors "
        "de la 12e réunion des ministres de la Défense de la région, le 3 mars 2025 à Lanvia.",
        "« Notre région fait face à de nouvelles menaces en mer », a déclaré Ana Lo. « Nous "
        "devons protéger nos voies maritimes ensemble. »",
    )
    german = draft(
        "Ministerin Lo wirbt für Sicherheit auf See",
        "Lanvia, 4. März 2025 – Verteidigungsministerin Ana Lo hielt eine Rede beim 12. Treffen "
        "der Verteidigungsminister der Region in Lanvia.",
        "„Unsere Region steht vor neuen Bedrohungen auf See“, sagte Lo. „Wir müssen unsere "
        "Seewege gemeinsam schützen.“",
    )
    for found in (english, french, german):
        assert found.kind == "statement"
        assert found.consultation is None
        assert [s.speaker and s.speaker.name for s in found.statements] == ["Ana Lo"]


def test_talks_on_the_sidelines_of_the_meeting_a_speech_was_given_at_stay_a_meeting() -> None:
    found = draft(
        "Defence Minister Ana Lo meets Valdorian counterpart",
        "Lanvia, 4 March 2025 – Defence Minister Ana Lo delivered a speech at the 12th meeting of "
        "the Regional Defence Ministers in Lanvia. On the sidelines she met her Valdorian "
        "counterpart, Jan Pell, on 3 March 2025.",
        "The two ministers discussed joint exercises.",
    )
    assert found.kind == "consultation"
    assert participants(found) == ["Ana Lo", "Jan Pell"]


def test_ministers_meeting_told_by_its_sides_then_its_people_role_first() -> None:
    found = draft(
        "Ministers of the Ocean Forum hold intersessional meeting in Lanvia",
        "Lanvia, 4 March 2025 – The Ministers of the Ocean Forum held their intersessional "
        "meeting in Lanvia on 3 March 2025 to review progress on the regional maritime strategy.",
        "Norlandian Minister Rita Voss, Chair of the Ocean Forum, highlighted the progress made "
        "on fisheries. “We have delivered on our promises,” she said.",
        "Minister of Foreign Affairs of Valdoria, host of the meeting, Dr. Jan Pell said the "
        "region must stand together.",
        "The Ministers agreed to meet again in June.",
    )
    assert found.kind == "consultation"
    assert found.consultation is not None and found.consultation.date == date(2025, 3, 3)
    assert participants(found) == ["Rita Voss", "Jan Pell"]


def test_talks_on_a_weekday_dated_by_the_photo_caption_of_the_same_day() -> None:
    found = draft(
        "Norland, Valdoria defence chiefs hold talks",
        "LANVIA (Wire) – Norlandian Defence Minister Ana Lo held talks Wednesday with her "
        "Valdorian counterpart Jan Pell on maritime security, the ministry said.",
        "The two ministers agreed to expand joint exercises in the southern sea.",
        "Norlandian Defence Minister Ana Lo (R) shakes hands with Valdorian Defence Minister Jan "
        "Pell in Lanvia on Feb. 4, 2026, in a photo handed out by the ministry.",
    )
    assert found.consultation is not None and found.consultation.date == date(2026, 2, 4)
