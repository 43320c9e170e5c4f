"""Statements (round 18): a paragraph is taken by one statement pass only, speech with no
quotation marks credited at its end, passages with credits of their own, and a quotation
paragraph with no credit after narration of the speaker's next meeting."""

from __future__ import annotations

from tests.importers.drafting import draft


def _said(found, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.speaker.name if s.speaker else "" for s in found.statements if words in s.text]


# "- A. B - said X": the dash speech is one statement, not found again with its leading dash
def test_dash_speech_with_a_closing_dash_credit_is_taken_once() -> None:
    found = draft(
        "Minister Kell in Brio",
        "Defence Minister Ardo Kell met his Valdorian counterpart in Brio on Monday.",
        "- We had a good talk. I am sure our allies value our effort - said Minister Ardo Kell"
        " in Brio.",
        "The ministers also discussed the exercise next spring.",
    )
    texts = [s.text for s in found.statements]
    assert texts == ["We had a good talk. I am sure our allies value our effort"]
    assert _said(found, "good talk") == ["Ardo Kell"]
