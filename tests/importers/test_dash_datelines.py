"""A dateline that gives the date between dashes after the place and its island or region
("BRIO, Norland — June 5, 2024 — …") dates the release; a visit told as two days, each with its
weekday and month ("Monday 3 June–Tuesday 4 June 2024"), gives its meeting no single date."""

from __future__ import annotations

import datetime

from tests.importers.drafting import draft


def test_a_date_between_dashes_after_the_place_dates_the_release() -> None:
    found = draft(
        "Minister Vel receives the Selonian Ambassador",
        "BRIO, Norland — June 5, 2024 — His Excellency Foreign Minister Ana Vel received the "
        "Ambassador of Selonia, Marc Ilo, for talks on fisheries.",
        "The two discussed the ports.",
    )
    assert found.source.date_published == datetime.date(2024, 6, 5)


def test_a_visit_over_two_days_each_with_its_weekday_has_no_single_date() -> None:
    found = draft(
        "Minister Vel visits Selonia",
        "Foreign Minister Ana Vel paid an official visit to Selonia on Monday 3 June–Tuesday "
        "4 June 2024, where she met her counterpart Marc Ilo.",
        "The ministers discussed fisheries.",
    )
    assert found.consultation is not None
    assert found.consultation.date is None
