"""Round 24's audiences (invented releases): a host who received a guest named by name, where
and when between ("a reçu ce mardi au Palais de la Nation, X, ministre …"), an audience given
to someone ("a accordé une audience à X"), a guest with no role ("empfing X", "received X on
Tuesday")."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_a_french_host_received_a_guest_named_after_the_day_and_the_palace() -> None:
    found = draft(
        "Le Chef de l’Etat reçoit le ministre ghanéen",
        "Le Président de la République, Paul Oro, a reçu ce mardi au Palais de la Nation, Karl "
        "Moen, ministre des Affaires étrangères du Ghana.",
        "Les deux hommes ont évoqué la coopération bilatérale.",
    )
    assert sorted(participants(found)) == ["Karl Moen", "Paul Oro"]


def test_whom_an_audience_was_given_to_takes_part() -> None:
    found = draft(
        "Audience au Palais",
        "Brio, le 3 mai 2023 - Le Président Paul Oro a accordé une audience à Karl Moen, "
        "ambassadeur du Ghana.",
        "Les échanges ont porté sur la coopération économique.",
    )
    assert sorted(participants(found)) == ["Karl Moen", "Paul Oro"]


def test_a_guest_received_in_audience_with_no_role_takes_part() -> None:
    found = draft(
        "Audience au Palais",
        "Brio, le 3 mai 2023 - Le Président Paul Oro a reçu en audience Karl Moen mardi au Palais.",
        "Ils ont évoqué la coopération.",
    )
    assert sorted(participants(found)) == ["Karl Moen", "Paul Oro"]


def test_a_german_guest_received_with_no_role_takes_part() -> None:
    found = draft(
        "Ministerpräsident empfängt Unternehmer",
        "Brio, 3. Mai 2023 - Ministerpräsident Paul Oro empfing Karl Moen am Dienstag zu einem "
        "Gespräch in der Staatskanzlei.",
        "Im Mittelpunkt stand die wirtschaftliche Zusammenarbeit.",
    )
    assert sorted(participants(found)) == ["Karl Moen", "Paul Oro"]


def test_an_english_host_received_a_guest_by_name() -> None:
    found = draft(
        "President receives Ghanaian minister",
        "Brio, 3 May 2023 - President Paul Oro received Karl Moen, the Foreign Minister of "
        "Ghana, at the State House.",
        "They discussed trade.",
    )
    assert sorted(participants(found)) == ["Karl Moen", "Paul Oro"]
    found = draft(
        "President receives businessman",
        "Brio, 3 May 2023 - President Paul Oro received Karl Moen on Tuesday at the State House.",
        "They discussed investment.",
    )
    assert sorted(participants(found)) == ["Karl Moen", "Paul Oro"]
