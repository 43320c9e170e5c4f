"""A page's date line whose label, date and section the copy ran together without spaces
("Presseartikel13. März 2024Vertretung in Brio") still dates the release."""

from __future__ import annotations

import datetime

import pytest

from tests.importers.drafting import draft


@pytest.mark.parametrize(
    "line",
    [
        "Presseartikel12. März 2024Vertretung in Brio",
        "News release12 March 2024Embassy in Brio",
        "Communiqué12 mars 2024Ambassade à Brio",
    ],
)
def test_a_run_together_date_line_dates_the_release(line: str) -> None:
    found = draft(
        "Vertretung in Brio",
        line,
        "Minister Vel visits the Selonian ports",
        "Foreign Minister Ana Vel visited the ports of Selonia and spoke to the dock workers "
        "about the new ferry line.",
        "The line opens in the summer.",
    )
    assert found.source.date_published == datetime.date(2024, 3, 12)
