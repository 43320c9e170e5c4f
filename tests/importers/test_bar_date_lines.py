"""A date line whose date is the first of cells parted by bars dates the release, whatever
the cells after it say: a mirror site's "Date: 14/03/2019 | Source: … | …", a portal's
"14.03.19 | News" with a two-digit year."""

from __future__ import annotations

import datetime

from tests.importers.drafting import draft

LEDE = "The Foreign Minister of Norland, Ana Vel, met her Selonian counterpart Marc Ilo on "


def test_a_labelled_date_before_a_source_and_a_long_link() -> None:
    found = draft(
        "Minister Vel meets Selonian counterpart",
        "Date: 05/03/2019 | Source: The Norland Daily Times | Minister Vel meets Selonian "
        "counterpart in Brio for talks on the ports",
        LEDE + "March 5 in Brio.",
        "They discussed the ports.",
    )
    assert found.source.title == "Minister Vel meets Selonian counterpart"
    assert found.source.date_published == datetime.date(2019, 3, 5)


def test_a_two_digit_year_before_a_section_label() -> None:
    for lines in (
        ("Minister Vel meets Selonian counterpart", "14.03.19 | News"),
        ("14.03.19 | News", "Minister Vel meets Selonian counterpart"),
    ):
        found = draft(*lines, LEDE + "Wednesday in Brio.", "They discussed the ports.")
        assert found.source.title == "Minister Vel meets Selonian counterpart"
        assert found.source.date_published == datetime.date(2019, 3, 14)
