"""A quoted clause that ends a "he said that …" sentence and opens in the speaker's first
person is words spoken, not a term in prose (round 12)."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_first_person_clause_quoted_at_the_end_of_a_that_sentence_is_a_statement() -> None:
    found = draft(
        "Minister Dahl on the border agreement",
        "Foreign Minister Jon Dahl visited the northern border on Tuesday.",
        "He said that the region must go on, and that it is right that “we welcome the new "
        "border agreement with Norland.”",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Jon Dahl"
    assert statement.text.startswith("we welcome the new border agreement")


def test_a_term_quoted_at_the_end_of_a_that_sentence_is_no_statement() -> None:
    found = draft(
        "Minister Dahl on the anniversary",
        "Foreign Minister Jon Dahl visited the northern border on Tuesday.",
        "He stated that 2024 marks the tenth anniversary of the “Agreement on the Northern "
        "Border and the Free Passage of Goods”.",
    )
    assert not found.statements
