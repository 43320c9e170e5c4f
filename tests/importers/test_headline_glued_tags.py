"""What a scraped page glues to its headline is no part of the title: a section tag in
capitals run into the first word ("POLITICSThe minister …", "ACTUALITÉLe ministre …")."""

from __future__ import annotations

from tests.importers.drafting import draft

_TEXT = (
    "Brio, 3 May 2023 – Defence Minister Ardo Kell received his Valdorian counterpart Ana Lo "
    "at the ministry on Tuesday for talks on air defence and training.",
    "The two ministers agreed to hold joint exercises next year.",
)


def test_a_section_tag_glued_to_the_headline_is_cut() -> None:
    for line, title in (
        ("POLITICSThe minister met the Valdorian ambassador", "The minister met the"),
        ("ACTUALITÉLe ministre Kell reçoit son homologue", "Le ministre Kell reçoit"),
        ("NEWSMinister Kell receives Minister Lo in Brio", "Minister Kell receives"),
    ):
        found = draft(line, *_TEXT)
        assert found.source.title.startswith(title), line


def test_capitals_that_open_a_headline_stay() -> None:
    found = draft("NATO Defence Ministers meet in Brio", *_TEXT)
    assert found.source.title == "NATO Defence Ministers meet in Brio"


def test_the_headline_over_a_deck_with_a_glued_tag() -> None:
    found = draft(
        "POLITICSMinister Kell to visit Valdoria next week",
        "Kell and Lo agree on joint air defence training",
        "POLITICSThe minister had earlier met the Valdorian ambassador in Brio",
        *_TEXT,
    )
    assert found.source.title == "Kell and Lo agree on joint air defence training"
