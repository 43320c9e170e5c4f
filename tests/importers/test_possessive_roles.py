"""People named after a possessive role in lower case: "his Finnish colleague X", "Norland's
newly appointed defence minister Y", "sa collègue finlandaise Z" (P10-2 c)."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_a_colleague_in_office_is_a_counterpart() -> None:
    found = draft(
        "Kell meets Tan",
        "Estonian Defence Minister Ardo Kell met his Finnish colleague Mira Tan in Tallinn on "
        "Monday.",
        "The two ministers discussed air defence.",
    )
    assert participants(found) == ["Ardo Kell", "Mira Tan"]
    assert found.consultation is not None
    countries = {p.name: p.country for p in found.consultation.participants}
    assert countries == {"Ardo Kell": "Estonia", "Mira Tan": "Finland"}


def test_a_french_colleague_received() -> None:
    found = draft(
        "Jean Morel reçoit Ana Lo",
        "Le ministre de la Défense Jean Morel a reçu lundi à Paris sa collègue finlandaise Ana Lo.",
        "Ils ont parlé de défense aérienne.",
    )
    assert participants(found) == ["Jean Morel", "Ana Lo"]


def test_a_country_possessive_before_a_newly_appointed_minister() -> None:
    found = draft(
        "Kell welcomes Vel",
        "Defence Minister Ardo Kell welcomed Finland's newly appointed defence minister Ari "
        "Vel in Tallinn on Monday.",
        "They discussed air defence.",
    )
    assert participants(found) == ["Ardo Kell", "Ari Vel"]
    assert found.consultation is not None
    guest = found.consultation.participants[1]
    assert (guest.role, guest.country) == ("Defence minister", "Finland")


def test_four_words_before_an_english_guests_role() -> None:
    found = draft(
        "Kell welcomes Vel",
        "Defence Minister Ardo Kell welcomed the visiting Finnish Deputy Defence Minister Ari "
        "Vel in Tallinn on Monday.",
        "They discussed air defence.",
    )
    assert participants(found) == ["Ardo Kell", "Ari Vel"]


def test_a_spanish_colleague_with_her_nationality_after() -> None:
    found = draft(
        "Reunión",
        "El ministro de Defensa Juan Vero se reunió el lunes en Madrid con su colega chilena "
        "Ana Lo.",
        "Hablaron de defensa.",
    )
    assert "Ana Lo" in participants(found)
