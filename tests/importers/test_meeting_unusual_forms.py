"""Meetings and calls told in forms the parser did not know: a call "over the phone", a
minister with his ambassadors at their "retraite annuelle", and a visit's programme told in
the past ("Auf dem Besuchsprogramm standen Treffen mit X")."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_talks_over_the_phone_are_a_call() -> None:
    found = draft(
        "FM Moen holds phone talks with Vestrian and Ostland counterparts",
        "Brio, March 3, 2021 - Foreign Minister of Norland Karl Moen today spoke on Tuesday over "
        "the phone to Foreign Minister Anna Berg of Vestria.",
    )
    assert found.kind == "readout"
    assert found.consultation is not None
    assert found.consultation.format == "telephone"


def test_a_ministers_annual_retreat_with_his_ambassadors_is_a_meeting() -> None:
    found = draft(
        "Retraite annuelle des ambassadeurs",
        "Pendant leur retraite annuelle, le vice-premier ministre Karl Moen a informé les "
        "ambassadeurs norlandais de la situation du moment.",
    )
    assert found.kind == "consultation"
    assert participants(found) == ["Karl Moen"]


def test_a_past_visit_programme_reports_its_meetings() -> None:
    found = draft(
        "Ministerpräsident Moen in Vestria",
        "Der norländische Ministerpräsident Karl Moen ist am Montag, dem 8. März 2021, zu seinem "
        "ersten offiziellen Besuch nach Vestria gereist. Auf dem Besuchsprogramm standen Treffen "
        "mit Bundeskanzler Jon Dahl im Kanzleramt sowie mit Außenminister Lars Holm in der "
        "Residenz.",
    )
    assert found.kind == "consultation"
    assert {"Karl Moen", "Jon Dahl", "Lars Holm"} <= set(participants(found))


def test_a_programme_still_ahead_is_no_meeting() -> None:
    found = draft(
        "Ministerpräsident Moen reist nach Vestria",
        "Der norländische Ministerpräsident Karl Moen reist morgen nach Vestria. Auf dem "
        "Besuchsprogramm stehen Treffen mit Bundeskanzler Jon Dahl und Außenminister Lars Holm.",
    )
    assert found.kind != "consultation"


def test_a_phone_talk_in_the_headline_makes_talks_a_call() -> None:
    found = draft(
        "Norland and Vestrian foreign ministers hold phone talk",
        "Foreign Minister Karl Moen of Norland held talks with his Vestrian counterpart Anna Berg "
        "on Monday. The ministers discussed trade and the ports.",
    )
    assert found.consultation is not None
    assert found.consultation.format == "telephone"


def test_a_past_programme_in_english_and_french_reports_its_meetings() -> None:
    english = draft(
        "Prime Minister Moen in Vestria",
        "Prime Minister Karl Moen of Norland travelled to Vestria on Monday for his first official "
        "visit. On the programme were meetings with Chancellor Jon Dahl and Foreign Minister Lars "
        "Holm.",
    )
    french = draft(
        "Le Premier ministre Moen en Vestrie",
        "Le Premier ministre norlandais Karl Moen s’est rendu lundi en Vestrie. Au programme "
        "figuraient des rencontres avec le chancelier Jon Dahl et le ministre des Affaires "
        "étrangères Lars Holm.",
    )
    for found in (english, french):
        assert found.kind == "consultation"
        assert {"Jon Dahl", "Lars Holm"} <= set(participants(found))
