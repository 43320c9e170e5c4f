"""Round 14: dates, headline lines and statement releases as the pages of publishers new to
the parser print them (invented texts)."""

from __future__ import annotations

from datetime import date

from tests.importers.drafting import draft


def test_a_month_run_into_its_day_number_still_dates_the_meeting() -> None:
    found = draft(
        "Foreign Minister meets the Ambassador of Norland",
        "On Monday March7, 2022 the Minister of Foreign Affairs of Estoria, Jon Dahl, met the "
        "Ambassador of Norland, Per Ek, in Brio to discuss the trade between the two countries.",
    )
    assert found.consultation is not None
    assert found.consultation.date == date(2022, 3, 7)


def test_a_date_after_a_bar_at_the_end_of_the_headline_dates_the_release() -> None:
    found = draft(
        "Minister Jon Dahl receives the new Ambassador of Norland in Brio |05 May 2022",
        "Minister Jon Dahl receives the new Ambassador of Norland in Brio",
        "The Minister of Foreign Affairs of Estoria, Jon Dahl, yesterday received the new "
        "Ambassador of Norland, Per Ek, who presented a copy of his letters of credence.",
    )
    assert found.source.date_published == date(2022, 5, 5)
    assert found.source.title == "Minister Jon Dahl receives the new Ambassador of Norland in Brio"
    assert found.consultation is not None
    assert found.consultation.date == date(2022, 5, 4)


def test_a_byline_with_its_date_run_on_dates_the_release_and_is_not_the_title() -> None:
    found = draft(
        "Foreign Minister meets the Ambassador of Norland",
        "Staff Reporter Staff ReporterMarch 3, 2024",
        "The Minister of Foreign Affairs of Estoria, Jon Dahl, earlier today met the "
        "Ambassador of Norland, Per Ek, at the Ministry in Brio.",
    )
    assert found.source.date_published == date(2024, 3, 3)
    assert found.source.title == "Foreign Minister meets the Ambassador of Norland"
    assert found.consultation is not None
    assert found.consultation.date == date(2024, 3, 3)
