""" "He/she said" after a sentence that names someone only inside a that-clause or after
"the government of President" (round 13): the pronoun keeps the subject it had."""

from __future__ import annotations

from tests.importers.drafting import draft


def _speakers(*paragraphs: str) -> list[str | None]:
    found = draft("Minister Berg briefs the press", *paragraphs)
    return [s.speaker.name if s.speaker else None for s in found.statements]


def test_a_name_inside_a_that_clause_is_no_new_antecedent() -> None:
    assert _speakers(
        "Foreign Minister Anna Berg briefed the press in Brio on Monday.",
        "She noted that the Prime Minister, Karl Moen, had opened the summit in Vestria.",
        "“These results belong to our negotiators and to nobody else,” she said.",
    ) == ["Anna Berg"]


def test_a_name_after_the_government_of_president_is_no_new_antecedent() -> None:
    assert _speakers(
        "Foreign Minister Jon Dahl of Estoria received the press in Brio on Monday.",
        "The guest praised the reforms of the government of President Karl Moen.",
        "“Estoria has always defended peace in the whole region,” he said.",
    ) == ["Jon Dahl"]
