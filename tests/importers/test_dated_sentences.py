"""A short sentence of the text that holds a date ("The Prime Minister is scheduled to return
on Sunday, February 5, 2023.") is no date line of the header: the dateline dates the release."""

from __future__ import annotations

import datetime

from tests.importers.drafting import draft


def test_a_dated_sentence_after_the_lede_does_not_date_the_release() -> None:
    found = draft(
        "Prime Minister Out Of State For Regional Meetings",
        "February 4, 2023 – Prime Minister Ana Vel will leave the country today to attend a "
        "special meeting on regional air travel in Brio.",
        "Prime Minister Vel is scheduled to return on Sunday, February 5, 2023.",
        "The Minister of Finance, Ivo Tal, will act in her absence.",
    )
    assert found.source.date_published == datetime.date(2023, 2, 4)
