"""A host named in the headline who receives a guest named by office only, and Spanish
meetings told in the present perfect (invented releases)."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_a_headline_host_receiving_a_guest_by_office_reports_the_meeting() -> None:
    found = draft(
        "Robles recibe al jefe naval de Valdoria",
        "Ministerio de Defensa - 04.03.2025",
        "La ministra de Defensa, Margarita Robles, ha repasado con el jefe de la Armada de "
        "Valdoria la cooperación naval entre los dos países.",
    )
    assert found.kind == "consultation"
    assert participants(found) == ["Margarita Robles"]


def test_a_spanish_meeting_told_in_the_present_perfect_is_held() -> None:
    found = draft(
        "La ministra y el jefe naval de Valdoria",
        "Ministerio de Defensa - 04.03.2025",
        "La ministra de Defensa, Margarita Robles, se ha reunido con el almirante Ivo Ren, jefe "
        "de la Armada de Valdoria, en la sede del Ministerio.",
    )
    assert found.kind == "consultation"
    assert participants(found)[0] == "Margarita Robles"


def test_a_headline_host_to_receive_later_reports_nothing() -> None:
    found = draft(
        "Robles recibirá al jefe naval de Valdoria",
        "Ministerio de Defensa - 04.03.2025",
        "La ministra de Defensa, Margarita Robles, repasará con el jefe de la Armada de Valdoria "
        "la cooperación naval entre los dos países.",
    )
    assert found.kind != "consultation"
