"""Two quotations of one speaker in one paragraph, parted by a reported sentence of its own
(not a bare attribution), are two passages (round 12); "“A,” she said. “B.”" stays one."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_quote_in_a_new_sentence_with_a_that_clause_is_a_new_passage() -> None:
    found = draft(
        "Minister Moen on the strike in the north",
        "Foreign Minister Karl Moen told reporters that “the strike must end before the "
        "harvest, or the farmers of the north will pay for it.” He stressed that any deal "
        "should be reached “within the law of 1990, with a clear timetable and firm "
        "guarantees.”",
    )
    texts = [s.text for s in found.statements]
    assert len(texts) == 2, texts
    assert texts[0].startswith("the strike must end")
    assert texts[0].endswith("pay for it.")
    assert texts[1].startswith("within the law of 1990")


def test_a_reported_sentence_after_the_attribution_parts_two_quotes() -> None:
    found = draft(
        "Minister Moen on the talks between the unions",
        "“More and more sides are talking to each other, and that is good news,” Minister "
        "Karl Moen said on the radio. He said the foreign ministers of Ostland and Vestria had "
        "met last week at a regional forum in the capital of Vestria. “It would help if the "
        "unions also saw this, but the unions are still catching up,” the minister said.",
    )
    texts = [s.text for s in found.statements]
    assert len(texts) == 2, texts
    assert texts[0].startswith("More and more sides")
    assert texts[1].startswith("It would help")


def test_a_quote_after_a_bare_attribution_goes_on() -> None:
    found = draft(
        "Minister Moen on the port",
        "“The port must reopen before winter,” Minister Karl Moen said. “The trade of the "
        "whole region depends on it, and we will not let it suffer.”",
    )
    [statement] = found.statements
    assert "depends on it" in statement.text
