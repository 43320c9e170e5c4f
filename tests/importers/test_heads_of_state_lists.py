"""Heads of state and government listed after their countries: "the Presidents of A, B and
C, X, Y and Z" names X of A, Y of B and Z of C (P10-2 a)."""

from __future__ import annotations

from tests.importers.drafting import draft


def _sides(*paragraphs: str) -> dict[str, tuple[str, str]]:
    found = draft(*paragraphs)
    assert found.consultation is not None
    return {p.name: (p.role, p.country) for p in found.consultation.participants}


def test_presidents_of_three_countries() -> None:
    sides = _sides(
        "Summit in Nairobi",
        "On Monday in Nairobi, President Ona met the Presidents of Uganda, Tanzania and Rwanda, "
        "Ari Vel, Ivo Ren and Mira Tan.",
        "They discussed trade.",
    )
    assert sides["Ari Vel"] == ("President", "Uganda")
    assert sides["Ivo Ren"] == ("President", "Tanzania")
    assert sides["Mira Tan"] == ("President", "Rwanda")


def test_heads_of_state_respectively() -> None:
    sides = _sides(
        "Summit in Accra",
        "On Monday in Accra, President Ona met the Heads of State of Togo and Benin, "
        "respectively Ari Vel and Mira Tan.",
        "They discussed trade.",
    )
    assert sides["Ari Vel"] == ("Head of State", "Togo")
    assert sides["Mira Tan"] == ("Head of State", "Benin")
