"""Names read in round 15: the capitalised words of a long French role, and other forms of
names (invented releases)."""

from __future__ import annotations

from briefer.importers.persons import find_mentions
from tests.importers.drafting import draft, participants


def names(text: str) -> list[str]:
    return [m.name for m in find_mentions(text)]


def test_the_words_of_a_long_french_role_are_no_name() -> None:
    text = (
        "Après avoir été Ambassadeur Extraordinaire et Plénipotentiaire à Lisbonne, Lise Varnet "
        "a dit sa joie."
    )
    assert "Extraordinaire" not in names(text)
    assert names("Le ministre a reçu le Sous-Secrétaire d'Etat Adjoint, M. Jon Vere.") == [
        "Jon Vere"
    ]


def test_a_deputy_visitor_after_a_capitalised_role_takes_part() -> None:
    found = draft(
        "Le ministre des Affaires étrangères, Paul Dalo, a reçu en audience, lundi, le "
        "Sous-Secrétaire d'Etat Adjoint des Etats-Unis, M. Jon Vere. Les deux hommes ont échangé "
        "sur la coopération."
    )
    assert participants(found) == ["Paul Dalo", "Jon Vere"]


def test_a_monarch_with_a_regnal_numeral_is_named() -> None:
    text = "Prime Minister Tala Ruvea received His Majesty King Taufa IV on Monday."
    assert names(text) == ["Tala Ruvea", "Taufa IV"]


def test_a_family_name_opening_with_an_okina_is_kept_whole() -> None:
    text = "Minister Sela ‘Ofanui met Prime Minister Tala Ruvea on Monday."
    assert names(text) == ["Sela ‘Ofanui", "Tala Ruvea"]
    assert names("Minister Sela said ‘We are ready’ on Monday.") == ["Sela"]


def test_a_governor_with_an_undotted_initial_is_named_whole() -> None:
    text = "Prime Minister Tala Ana Ruvea and Governor Moko P. S Lanu met on Monday."
    assert [(m.name, m.role) for m in find_mentions(text)] == [
        ("Tala Ana Ruvea", "Prime Minister"),
        ("Moko P. S Lanu", "Governor"),
    ]


def test_a_speaker_credited_by_a_given_name_alone() -> None:
    found = draft(
        "Prime Minister Tala Ana Ruvea and Governor Moko P. Lanu met in Apia on Monday to "
        "discuss trade.",
        "“This is our second meeting,” said Moko.",
    )
    assert [s.speaker.name for s in found.statements if s.speaker] == ["Moko P. Lanu"]
