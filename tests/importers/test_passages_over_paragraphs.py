"""Paragraphs in a row that hold nothing but one speaker's quotation and an attribution to
them form one passage, also when each attribution stands before its quote or is longer
than "he said" (round 12)."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_paragraphs_each_attributed_before_the_quote_are_one_passage() -> None:
    found = draft(
        "Minister Moen on the envoys posted in Brio",
        "BRIO, 3 May 2022: Foreign Minister Karl Moen said “envoys posted in Brio should keep to "
        "their own affairs and respect our laws.”",
        "Moen said “envoys come here for a few years to improve the ties of their countries "
        "with ours.”",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Karl Moen"
    assert "improve the ties" in statement.text


def test_a_paragraph_of_narration_with_a_quote_is_not_joined_to_the_one_before() -> None:
    found = draft(
        "Minister Moen on the envoys posted in Brio",
        "Foreign Minister Karl Moen said “envoys posted in Brio should keep to their own affairs "
        "and respect our laws.”",
        "After the talks, which lasted three hours and covered trade, visas and the port, Moen "
        "visited the old harbour and said “the port will reopen before the winter comes.”",
    )
    assert len(found.statements) == 2
