"""The head of a Swiss canton's Council of State ("Staatsratspräsident", as the
French-speaking cantons' "président du Conseil d'État" is called in German) is a role, not
part of the name after it."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_the_head_of_a_cantons_council_of_state_is_a_role() -> None:
    found = draft(
        "Botschafterin zu Gast im Kanton",
        "Der Kanton empfing am 9. Mai 2019 die norländische Botschafterin Eva Lind. Sie wurde "
        "von Staatsratspräsident Karl Moen und Vizepräsident Paul Dufort empfangen.",
    )
    assert "Karl Moen" in participants(found)
