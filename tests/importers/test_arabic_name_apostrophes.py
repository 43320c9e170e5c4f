"""An Arabic name whose word ends in an apostrophe (an ayin or a hamza) before its family
name with the article: "Karim Adi' al-Nour" is one person, not "Karim Adi" (P10-2 d)."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_an_apostrophe_before_the_article_does_not_end_the_name() -> None:
    found = draft(
        "President Ona receives the Prime Minister of Iraq",
        "President Ona held talks with Prime Minister Karim Adi' al-Nour of Iraq in Nairobi on "
        "Monday.",
        "They discussed trade and the security of the region.",
    )
    assert participants(found) == ["Ona", "Karim Adi' al-Nour"]


def test_a_typographic_apostrophe_before_al_written_apart() -> None:
    found = draft(
        "Talks with Iraq",
        "Prime Minister Ahmed Kadhim’ Al Rubai met President Ona in Baghdad on Monday.",
        "They discussed trade.",
    )
    assert participants(found) == ["Ahmed Kadhim’ Al Rubai", "Ona"]
