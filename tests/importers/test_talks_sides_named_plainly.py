"""Talks and calls whose other side is named plainly or after a long role (invented
releases): a name with no role after "im Telefonat mit", a guest described at length
("Valdoria's newly appointed defence minister"), French "a tenu des discussions avec"."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_a_name_with_no_role_after_a_call_with_is_the_other_side() -> None:
    found = draft(
        "Telefonat mit Valdorien",
        "Brio, 4. März 2025 – Im Telefonat mit Ivo Ren drängte Präsident Ola Ona auf eine "
        "Waffenruhe.",
    )
    assert found.kind == "readout"
    assert sorted(participants(found)) == ["Ivo Ren", "Ola Ona"]


def test_a_guest_described_by_four_words_before_the_role_is_welcomed() -> None:
    found = draft(
        "Minister Kell welcomes counterpart",
        "Brio, 4 March 2025 – Defence Minister Ardo Kell welcomed Valdoria's newly appointed "
        "Defence Minister Ivo Ren on Monday.",
    )
    assert found.kind == "consultation"
    assert participants(found) == ["Ardo Kell", "Ivo Ren"]


def test_french_discussions_held_with_someone_are_talks() -> None:
    found = draft(
        "Le président Vel et le président Ren",
        "Brio, le 4 mars 2025 – Le président Ari Vel a tenu des discussions avec le président "
        "Ivo Ren au palais présidentiel.",
    )
    assert found.kind == "consultation"
    assert participants(found) == ["Ari Vel", "Ivo Ren"]
