"""A header line labelled as the day of issue ("Issued on 22 Apr. 2015") dates the release
over a bare date line above it (the day of the event announced)."""

from __future__ import annotations

import datetime

from tests.importers.drafting import draft


def test_the_day_of_issue_over_the_event_day() -> None:
    found = draft(
        "Visit of the Foreign Minister of Norland",
        "• 24 Apr. 2015 -",
        "• Issued on 22 Apr. 2015",
        "The Foreign Minister of Norland, Ana Vel, will visit the Union's seat on Friday 24 "
        "April 2015, where she will meet the Secretary General.",
        "Photos will be available.",
    )
    assert found.source.date_published == datetime.date(2015, 4, 22)
