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
