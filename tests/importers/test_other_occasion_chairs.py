"""Who is to chair another occasion the meeting prepares does not take part in it."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_presidents_who_are_to_chair_a_later_session_take_no_part() -> None:
    found = draft(
        "Ministers prepare joint cabinet session",
        "Foreign Minister Karl Moen met Foreign Minister Anna Berg of Norland in Brio on"
        " Saturday and prepared the joint cabinet session that the Presidents Jon Dahl and"
        " Per Ek are to chair.",
    )
    assert participants(found) == ["Karl Moen", "Anna Berg"]


def test_who_is_to_chair_a_later_summit_takes_no_part() -> None:
    found = draft(
        "Ministers prepare summit",
        "Foreign Minister Karl Moen met Foreign Minister Anna Berg of Norland in Brio on"
        " Saturday to prepare the summit to be chaired by President Jon Dahl.",
    )
    assert participants(found) == ["Karl Moen", "Anna Berg"]
