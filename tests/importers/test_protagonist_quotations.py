"""A paragraph of nothing but a closed quotation, no verb of speech, after narration that
names the release's protagonist only in a possessive ("The visit reflects Secretary-General
X's commitment …") or a compound subject ("X und ihre Delegation werden …") is the
protagonist's words (S12-1b); another person's possessive gives them no words."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft


@pytest.mark.parametrize(
    ("lede", "narration", "quotation"),
    [
        (
            "Secretary-General Mara Velt travelled to Brio on Monday and met Foreign Minister "
            "Ivo Sand and Defence Minister Eva Holm.",
            "The visit reflects Secretary-General Velt's commitment to the region.",
            "“Peace in the region is built by talking to every side, every day.”",
        ),
        (
            "Secretary-General Mara Velt travelled to Brio on Monday and met Foreign Minister "
            "Ivo Sand and Defence Minister Eva Holm.",
            "Secretary-General Velt and her delegation will return to Brio in the autumn.",
            "“Peace in the region is built by talking to every side, every day.”",
        ),
        (
            "Generalsekretärin Mara Velt reiste am Montag nach Brio und traf dort Außenminister "
            "Ivo Sand und Verteidigungsministerin Eva Holm.",
            "Velt und ihre Delegation werden im Herbst zurückkehren.",
            "„Frieden in der Region entsteht nur durch Gespräche mit allen Seiten.“",
        ),
    ],
)
def test_a_verbless_quotation_after_the_protagonist_is_theirs(
    lede: str, narration: str, quotation: str
) -> None:
    found = draft("Visit to Brio", lede, narration, quotation)
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Mara Velt"


def test_another_persons_possessive_gives_them_no_words() -> None:
    found = draft(
        "Visit to Brio",
        "Secretary-General Mara Velt travelled to Brio on Monday and met Foreign Minister "
        "Ivo Sand.",
        "The visit reflects Minister Sand's commitment to the region.",
        "“Peace in the region is built by talking to every side, every day.”",
    )
    assert all(s.speaker is None or s.speaker.name != "Ivo Sand" for s in found.statements)
