"""A headline's wire tag, section and quotation marks are no part of the title; dates written
year first, after a repeated headline, and an event's line above a speech."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_wire_tag_in_capitals_before_the_headline_is_dropped() -> None:
    found = draft(
        "(LEAD) Norland, Valdoria hold vice-ministerial defence talks",
        "BRIO, March 3 (Norland News) -- Norland and Valdoria held defence talks in Brio on "
        "Tuesday, the ministry said.",
        "The talks covered maritime security.",
    )
    assert found.source.title == "Norland, Valdoria hold vice-ministerial defence talks"


def test_a_section_the_headline_repeats_is_dropped() -> None:
    found = draft(
        "Defence Minister – Defence Minister travels to Valdoria",
        "I am travelling to Valdoria today to meet my colleague and discuss our cooperation.",
        "We will sign a new agreement on training.",
    )
    assert found.source.title == "Defence Minister travels to Valdoria"


def test_a_section_that_is_news_itself_stays() -> None:
    found = draft(
        "Norland – Minister Berg receives the Vestrian Ambassador",
        "Foreign Minister Anna Berg received the Ambassador of Vestria in Brio on Monday.",
        "They discussed trade.",
    )
    assert found.source.title == "Norland – Minister Berg receives the Vestrian Ambassador"


def test_single_typographic_quotation_marks_around_the_headline_are_dropped() -> None:
    found = draft(
        "‘Norland is the least travelled foreign minister’s country’",
        "Foreign Minister Lio Marden said on Monday that Norland needs more diplomats abroad.",
        "He spoke in Brio to reporters.",
    )
    assert found.source.title == "Norland is the least travelled foreign minister’s country"
