"""A dateline that gives the date between dashes after the place and its island or region
("BRIO, Norland — June 5, 2024 — …") dates the release."""

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
