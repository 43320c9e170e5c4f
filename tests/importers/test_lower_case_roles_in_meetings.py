"""Sides of a meeting or call named after a role in lower case (invented releases): "thanked
the president Ivo Ren of Norland", "welcomed Valdoria's newly appointed defence minister Ivo
Ren"."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_a_caller_named_after_the_president_in_lower_case_is_a_side() -> None:
    found = draft(
        "Congratulatory calls for Prime Minister Rao",
        "Brio, 4 March 2025 – Prime Minister Deva Rao received congratulatory calls from the "
        "leaders of Norland and Valdoria on Monday.",
        "Rao thanked the president Ivo Ren of Norland and the prime minister Ana Lo of Valdoria "
        "for their warm wishes.",
    )
    assert found.kind == "readout"
    assert participants(found) == ["Deva Rao", "Ivo Ren", "Ana Lo"]


def test_a_guest_named_after_a_possessive_lower_case_role_is_a_side() -> None:
    found = draft(
        "Minister Kell welcomes counterpart",
        "Brio, 4 March 2025 – Defence Minister Ardo Kell welcomed Valdoria's newly appointed "
        "defence minister Ivo Ren on Monday.",
    )
    assert found.kind == "consultation"
    assert participants(found) == ["Ardo Kell", "Ivo Ren"]


def test_a_host_greeting_a_guest_at_a_reception_with_a_speech_meets_no_one() -> None:
    found = draft(
        "Landtagspräsident zum Empfang des Bundespräsidenten",
        "Gegen 11 Uhr begrüßt Landtagspräsident Karl Muster den Gast auf einem Empfang mit "
        "einer Rede.",
        "„Es ist mir eine große Freude, dass Sie heute zu uns gekommen sind“, sagte Muster.",
    )
    assert found.kind != "consultation"
