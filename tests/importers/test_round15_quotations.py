"""Quotations and attribution (round 15): a minister's words quoted as fragments of the
writer's own sentence, credited as the sentence says whose view it gives."""

from __future__ import annotations

from tests.importers.drafting import draft

_LEDE = "Foreign Minister Ana Vel of Norland gave an interview to the daily Le Soleil on Monday."


def _said(found, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.speaker.name if s.speaker else "" for s in found.statements if words in s.text]


# a fragment ending a sentence given as the minister's view: "According to the minister, …"
def test_fragment_after_according_to_the_minister() -> None:
    found = draft(
        "Norland minister on partners",
        _LEDE,
        "According to the minister, Norland was long used to ‘lectures full of orders from"
        " abroad’.",
    )
    assert _said(found, "lectures full of orders") == ["Ana Vel"]


def test_fragment_after_in_her_opinion() -> None:
    found = draft(
        "Norland minister on partners",
        _LEDE,
        "In her opinion, the region now needs to “speak with one voice to its partners”.",
    )
    assert _said(found, "speak with one voice") == ["Ana Vel"]


def test_fragment_after_selon_elle() -> None:
    found = draft(
        "La ministre norlandaise et les partenaires",
        "La ministre des Affaires étrangères Ana Vel a accordé un entretien au quotidien Le"
        " Soleil lundi.",
        "Selon elle, le pays se bat pour « une relation d'égal à égal avec ses partenaires ».",
    )
    assert _said(found, "une relation d'égal") == ["Ana Vel"]


# a quoted term in the writer's own sentence stays out
def test_quoted_term_in_a_view_sentence_is_no_statement() -> None:
    found = draft(
        "Norland minister on partners",
        _LEDE,
        "According to the minister, the talks covered the “rule of law”.",
    )
    assert _said(found, "rule of law") == []
