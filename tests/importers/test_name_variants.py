"""Names in forms the person pass did not read: a Burmese honorific, a double family name
with spaces around its hyphen, a Director-General's abbreviated office."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_the_burmese_honorific_u_opens_a_name() -> None:
    found = draft(
        "Foreign Minister Karl Moen met Foreign Minister U Aung Min Thein of Norland in Brio"
        " on Monday. The two ministers discussed the ports.",
    )
    assert participants(found) == ["Karl Moen", "Aung Min Thein"]


def test_a_double_family_name_with_spaced_hyphen_is_one_name() -> None:
    found = draft(
        "Karl Moen meets Anna Berg-Lund",
        "Foreign Minister Karl Moen met Mrs. Anna Berg - Lund in Brio on Monday. The two"
        " discussed the ports.",
    )
    assert participants(found) == ["Karl Moen", "Anna Berg-Lund"]


def test_a_place_before_a_dash_is_no_family_name() -> None:
    found = draft(
        "North Brio - Foreign Minister Karl Moen met Minister Anna Berg of Norland on Monday."
        " The two discussed the ports.",
    )
    assert participants(found) == ["Karl Moen", "Anna Berg"]


def test_dg_is_a_director_generals_office() -> None:
    found = draft(
        "Besides the Prime Minister, DG Karl Moen also met Vestrian Foreign Minister Jon Dahl"
        " while in Brio on Monday. They discussed the ports.",
    )
    assert participants(found) == ["Karl Moen", "Jon Dahl"]
