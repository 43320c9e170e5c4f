"""Datelines and date fields that date a release: a German dateline ending in a full stop, a
weekday and a US date with the office in brackets, a "Date:" field with a slashed date whose
reading a full date in the text confirms."""

from __future__ import annotations

from datetime import date

from tests.importers.drafting import draft


def test_a_german_dateline_ends_in_a_full_stop() -> None:
    found = draft(
        "Verband bestätigt Karl Moen",
        "Brio, 12. März 2019. Der Verband hat heute Karl Moen für fünf weitere Jahre an seiner "
        "Spitze bestätigt.",
    )
    assert found.source.date_published == date(2019, 3, 12)


def test_a_weekday_and_us_date_with_the_office_in_brackets() -> None:
    found = draft(
        "President Berg receives Vestrian Minister",
        "Brio, Saturday March 16, 2019 (Press Office) — President Anna Berg received the "
        "Vestrian Minister of Trade, Karl Moen, at the palace for talks on trade.",
    )
    assert found.source.date_published == date(2019, 3, 16)


def test_a_slashed_date_field_read_as_the_text_confirms() -> None:
    found = draft(
        "La ministre Berg reçoit M. Karl Moen",
        "Date:",
        "04/09/19",
        "La ministre Anna Berg a reçu le 9 avril 2019 M. Karl Moen, ambassadeur de Vestria, pour "
        "un entretien sur les ports.",
    )
    assert found.source.date_published == date(2019, 4, 9)


def test_a_slashed_date_field_no_full_date_confirms_is_left_unread() -> None:
    found = draft(
        "La ministre Berg reçoit M. Karl Moen",
        "Date:",
        "04/09/19",
        "La ministre Anna Berg a reçu M. Karl Moen, ambassadeur de Vestria, pour un entretien "
        "sur les ports.",
    )
    assert found.source.date_published is None
