"""Meetings told in forms the parser did not read (round 24): a courtesy call on a person
given the South Asian honorific "Hon’ble"; an honorific before a country and a role ("Hon.
Selonia Prime Minister X") names no one but the person after the role."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_a_call_on_the_honble_prime_minister_is_a_meeting() -> None:
    found = draft(
        "Managing Director of the Fund calls on Hon’ble Prime Minister Karla Wendel",
        "Managing Director of the Fund Mr. Olav Brenning called on Hon’ble Prime Minister "
        "Karla Wendel on 16 March 2024 in Brio on the sidelines of the Brio Forum.",
        "The Hon’ble Prime Minister urged the Fund to disburse the loan.",
    )
    assert found.kind == "consultation"
    assert sorted(participants(found)) == ["Karla Wendel", "Olav Brenning"]


def test_honble_is_an_honorific_before_a_name() -> None:
    found = draft(
        "Minister meets the Speaker",
        "Foreign Minister Anna Kestrel met Hon’ble Speaker Karl Wendel in Brio on Monday.",
        "They discussed the work of the two parliaments.",
    )
    assert sorted(participants(found)) == ["Anna Kestrel", "Karl Wendel"]


def test_an_honorific_before_a_country_and_a_role_names_no_one() -> None:
    found = draft(
        "Managing Director of the Fund calls on Hon. Selonia Prime Minister Karla Wendel",
        "Managing Director of the Fund Mr. Olav Brenning called on Hon. Prime Minister Karla "
        "Wendel on 16 March 2024 in Brio.",
        "The Prime Minister urged the Fund to disburse the loan.",
    )
    assert sorted(participants(found)) == ["Karla Wendel", "Olav Brenning"]


def test_frau_before_a_role_and_a_name() -> None:
    found = draft(
        "Botschafter besucht die Staatskanzlei",
        "Der Botschafter von Norland, Olav Brenning, traf heute Frau Ministerpräsidentin Karla "
        "Wendel in Brio zu einem Gespräch.",
        "Es ging um Häfen und Handel.",
    )
    assert sorted(participants(found)) == ["Karla Wendel", "Olav Brenning"]
