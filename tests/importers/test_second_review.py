"""What a second review of rounds 13 and 14 found: a meeting that mentions an earlier time is
still the meeting, and a meeting with the press in any of its forms is none."""

from __future__ import annotations

import pytest

from briefer.importers.persons import find_mentions
from tests.importers.drafting import draft, participants


def test_a_meeting_on_its_own_day_that_mentions_last_year_is_the_meeting() -> None:
    found = draft(
        "Minister Berg meets Minister Dahl",
        "Foreign Minister Anna Berg met Foreign Minister Jon Dahl of Norland in Brio on Monday "
        "to follow up on the trade agreement signed last year.",
    )
    assert participants(found) == ["Anna Berg", "Jon Dahl"]


def test_a_meeting_told_only_as_last_june_is_background() -> None:
    found = draft(
        "Minister Berg on trade",
        "Foreign Minister Anna Berg recalled that in a meeting with Foreign Minister Jon Dahl "
        "of Norland this past June, they agreed to expand trade. She said the ports would open.",
    )
    assert found.consultation is None


@pytest.mark.parametrize(
    "lede",
    [
        "Foreign Minister Anna Berg met with members of the press in Brio on Monday to present "
        "the year ahead.",
        "Foreign Minister Anna Berg met with members of the media in Brio on Monday to present "
        "the year ahead.",
        "Außenministerin Anna Berg traf sich am Montag in Brio mit Journalistinnen und "
        "Journalisten, um das Jahr vorzustellen.",
        "La ministre des Affaires étrangères Anna Berg a rencontré un groupe de journalistes "
        "lundi à Brio pour présenter l'année.",
    ],
)
def test_a_meeting_with_the_press_is_no_meeting(lede: str) -> None:
    assert draft("Minister Berg and the press", lede).consultation is None


def test_talks_and_then_reporters_stay_a_meeting() -> None:
    found = draft(
        "Minister Berg meets Minister Dahl",
        "Foreign Minister Anna Berg met Foreign Minister Jon Dahl of Norland in Brio on Monday "
        "and spoke with reporters after the talks.",
    )
    assert participants(found) == ["Anna Berg", "Jon Dahl"]


def test_an_article_after_an_honorific_is_no_one_s_name() -> None:
    text = "S.E. M. le Ministre d’Etat a ouvert aujourd'hui la Conférence diplomatique."
    assert [m.name for m in find_mentions(text) if m.name] == []
