"""An event still to come, named in a meeting's report, neither dates the meeting nor
turns it into an announcement: "a fair to be held on 9 June", "the conference due to be held
on the 3rd and 4th March"."""

from __future__ import annotations

from datetime import date

from tests.importers.drafting import draft, participants


def test_a_fair_to_be_held_later_does_not_date_the_meeting() -> None:
    found = draft(
        "Minister Berg meets the Vestrian Deputy Minister of Trade",
        "Thursday, 2 June 2022",
        "Foreign Minister Anna Berg met the Vestrian Deputy Minister of Trade, Karl Moen, at the "
        "ministry in Brio for talks on trade and the ports.",
        "The Vestrian minister invited the government to a fair to be held in Ostburg on 9 June. "
        "The two ministers also discussed the new customs office.",
    )
    assert found.kind == "consultation"
    assert found.consultation is not None
    assert found.consultation.date != date(2022, 6, 9)
    assert "Karl Moen" in participants(found)


def test_a_conference_due_to_be_held_on_two_days_gives_no_date() -> None:
    found = draft(
        "Chair Karl Moen speaks with President Berg",
        "In their talks, the Chair told President Anna Berg about the conference due to be held "
        "online on the 3rd and 4th March 2021.",
        "Chair Karl Moen met President Anna Berg of Vestria in Brio for talks on the floods.",
    )
    assert found.consultation is not None
    assert found.consultation.date is None


def test_two_days_written_as_ordinals_are_no_one_date() -> None:
    found = draft(
        "Ministers of Norland and Vestria meet in Brio",
        "Foreign Minister Anna Berg met Foreign Minister Karl Moen of Vestria in Brio on the 3rd "
        "and 4th March 2021 for talks on the ports.",
    )
    assert found.consultation is not None
    assert found.consultation.date is None
