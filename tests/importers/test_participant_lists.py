"""Participants named in lists, as releases in English, German and French write them: roles
and names alternating, counterparts and their countries, roles written after a name. Invented
sentences in the forms real releases use."""

from __future__ import annotations

from briefer.importers.persons import find_mentions
from tests.importers.drafting import draft, participants


def test_a_list_that_opens_with_a_role_gives_each_name_the_role_before_it() -> None:
    mentions = find_mentions(
        "Ont également participé le premier ministre suédois, Anna Exemple, le président "
        "français, Paul Modèle, le chancelier allemand, Max Muster, ainsi que la présidente "
        "de la Commission européenne, Eva Probe."
    )
    assert [(m.name, m.country) for m in mentions] == [
        ("Anna Exemple", "Sweden"),
        ("Paul Modèle", "France"),
        ("Max Muster", "Germany"),
        ("Eva Probe", "European Union"),
    ]


def test_a_list_that_opens_with_a_name_gives_each_name_the_role_after_it() -> None:
    mentions = find_mentions(
        "The talks were attended by Max Muster, the German Foreign Minister, Ivan Primer, the "
        "Russian Foreign Minister, and their delegations."
    )
    assert [(m.name, m.country) for m in mentions] == [
        ("Max Muster", "Germany"),
        ("Ivan Primer", "Russia"),
    ]


def test_the_president_of_a_country_written_in_french_is_a_participant() -> None:
    found = draft(
        "Le secrétaire général a pris part à une conférence téléphonique",
        "Le 3 mars 2022, le secrétaire général de l’OTAN, Jan Exemple, a eu un entretien "
        "téléphonique avec le président des États-Unis, John Sample.",
    )
    assert participants(found) == ["Jan Exemple", "John Sample"]
    assert found.consultation is not None
    assert found.consultation.participants[1].country == "United States"
