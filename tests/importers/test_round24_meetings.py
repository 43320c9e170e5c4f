"""Meetings told in forms the parser did not read (round 24): a courtesy call on a person
given the South Asian honorific "Hon’ble" (an honorific before a country and a role, "Hon.
Norway Prime Minister X", names no one but the person after the role), and talks told in the
passive ("the issues discussed by A and B on …", "les sujets abordés par A et B")."""

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


def test_issues_discussed_by_two_ministers_tell_of_their_talks() -> None:
    found = draft(
        "Minister Wendel discussed defence cooperation with Olav Brenning in Brio",
        "Training and defence investments were among the issues discussed by Selonian Defence "
        "Minister Karl Wendel and Norland Defence Secretary Olav Brenning on March 8 during "
        "Wendel’s visit to Norland. Brenning told his counterpart that Norland values Selonia.",
        "Monday, March 12, 2015",
    )
    assert found.kind == "consultation"
    assert sorted(participants(found)) == ["Karl Wendel", "Olav Brenning"]


def test_les_sujets_abordes_par_deux_ministres() -> None:
    found = draft(
        "Le ministre Wendel a discuté de défense avec Olav Brenning",
        "La formation et les investissements de défense figuraient parmi les sujets abordés "
        "par le ministre de la Défense de Selonie, Karl Wendel, et le ministre de la Défense "
        "de Norlande, Olav Brenning, le 8 mars à Brio.",
    )
    assert found.kind == "consultation"
    assert sorted(participants(found)) == ["Karl Wendel", "Olav Brenning"]


def test_an_honorific_before_a_country_and_a_role_names_no_one() -> None:
    found = draft(
        "Managing Director of the Fund calls on Hon. Norway Prime Minister Karla Wendel",
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
