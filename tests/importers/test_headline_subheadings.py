"""A headline over its sub-heading: of two lines that read like headlines, one right under the
other above the text, the first is the headline (the second its deck, a topic line or a
quotation of the minister's) unless the first is the site's: a trail, a section, a label or
an office's name. The passes still read the sub-heading, which says who met whom."""

from __future__ import annotations

from tests.importers.drafting import draft, participants

_TEXT = (
    "Brio, 3 May 2023 – Defence Minister Ardo Kell received his Valdorian counterpart Ana Lo "
    "at the ministry on Tuesday for talks on air defence and training.",
    "The two ministers agreed to hold joint exercises next year.",
)


def test_the_headline_over_a_topic_line() -> None:
    found = draft("Minister Kell receives Minister Lo in Brio", "Talks on many fronts", *_TEXT)
    assert found.source.title == "Minister Kell receives Minister Lo in Brio"


def test_the_headline_over_a_deck_that_tells_the_meeting() -> None:
    found = draft(
        "Norland and Valdoria: a partnership of trust",
        "Minister Kell receives his Valdorian counterpart Ana Lo for talks on air defence",
        *_TEXT,
    )
    assert found.source.title == "Norland and Valdoria: a partnership of trust"
    assert found.kind == "consultation"
    assert sorted(participants(found)) == ["Ana Lo", "Ardo Kell"]


def test_the_headline_over_a_quotation_of_the_minister() -> None:
    found = draft(
        "Valdorian Defence Minister visits Brio",
        "Minister Kell: We will train together for years to come",
        *_TEXT,
    )
    assert found.source.title == "Valdorian Defence Minister visits Brio"


def test_a_trail_or_a_label_between_marks_the_headline_under_it() -> None:
    for between in ("Home > Media > Press releases", "Press release"):
        found = draft(
            "International security and defence",
            between,
            "Minister Kell receives Minister Lo in Brio",
            *_TEXT,
        )
        assert found.source.title == "Minister Kell receives Minister Lo in Brio", between


def test_an_office_or_a_section_over_the_headline_is_no_headline() -> None:
    for site in (
        "Ministry of Defence, Veterans and Civil Protection of Norland",
        "Office of the Spokesperson",
        "Latest news and events",
        "Home > News",
    ):
        found = draft(site, "Minister Kell receives Minister Lo in Brio", *_TEXT)
        assert found.source.title == "Minister Kell receives Minister Lo in Brio", site


def test_a_banner_that_repeats_the_headline_is_no_headline() -> None:
    found = draft(
        "Press Releases: Minister Kell receives Minister Lo in Brio",
        "Minister Kell receives Minister Lo in Brio",
        *_TEXT,
    )
    assert found.source.title == "Minister Kell receives Minister Lo in Brio"
