"""Visits and meetings told in the present tense on a named day, the report going on in the
future (invented releases): announced, not held — no meeting, no date, no participants."""

from __future__ import annotations

from datetime import date

from tests.importers.drafting import draft, participants


def test_a_german_visit_on_a_named_day_followed_by_the_future_is_announced() -> None:
    found = draft(
        "Verteidigungsministerin in Valdorien",
        "Wien (OTS) - Am Montag, den 3. Mai, trifft Ministerin Ana Lo ihre Amtskollegin Mira "
        "Ren in Brio zu Gesprächen.",
        "Dort wird sie über die Zusammenarbeit der Streitkräfte sprechen.",
    )
    assert found.kind == "other"
    assert found.consultation is None


def test_a_french_visit_on_a_named_day_followed_by_the_future_is_announced() -> None:
    found = draft(
        "La ministre Lo à Brio",
        "Norburg, le 30 avril 2021 – Lundi, la ministre Ana Lo se rend à Brio où elle rencontre "
        "son homologue Ivo Ren. Elle y évoquera la sécurité régionale.",
    )
    assert found.kind == "other"
    assert found.consultation is None


def test_a_visit_told_in_the_past_on_a_named_day_is_held() -> None:
    found = draft(
        "Verteidigungsministerin in Valdorien",
        "Wien, 4. Mai 2021 (OTS) - Am Montag traf Ministerin Ana Lo ihre Amtskollegin Mira Ren "
        "in Brio zu Gesprächen.",
        "Die beiden werden im Herbst erneut zusammenkommen.",
    )
    assert found.kind == "consultation"
    assert found.consultation is not None and found.consultation.date == date(2021, 5, 3)
    assert participants(found) == ["Ana Lo", "Mira Ren"]


def test_a_german_meeting_in_the_present_on_a_named_day_is_announced() -> None:
    found = draft(
        "Verteidigungsministerin in Valdorien",
        "Wien, 30. April 2021 (OTS) - Ministerin Ana Lo trifft am Montag ihre Amtskollegin Mira "
        "Ren in Brio zu Gesprächen über die Zusammenarbeit der Streitkräfte.",
        "Valdorien ist ein enger Partner Norlands.",
    )
    assert found.kind == "other"
    assert found.consultation is None


def test_a_german_visit_told_in_the_passive_on_a_named_day_is_held() -> None:
    found = draft(
        "Verteidigungsministerin in Valdorien",
        "Wien, 4. Mai 2021 (OTS) - Am Montag wurde Ministerin Ana Lo von ihrer Amtskollegin Mira "
        "Ren in Brio zu Gesprächen empfangen.",
        "Valdorien ist ein enger Partner Norlands.",
    )
    assert found.kind == "consultation"
