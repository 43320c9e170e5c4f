"""Dates typed into a field as people write them in English, German and French."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefer.importers.dates import read_date
from briefer.months import MONTHS

MARCH_16 = date(2021, 3, 16)


@pytest.mark.parametrize(
    "written",
    [
        "March 16, 2021",  # English
        "16 March 2021",
        "Mar 16, 2021",
        "16th of March 2021",
        "march 16, 2021",  # typed in haste, in lower case
        "16.03.2021",  # German
        "16.3.2021",
        "16. März 2021",
        "am 16. märz 2021",
        "16 mars 2021",  # French
        "le 16 mars 2021",
        "2021-03-16",  # ISO, as the field shows a date it read
        "  16 March 2021. ",
    ],
)
def test_a_date_is_read_as_people_write_it(written: str) -> None:
    assert read_date(written) == MARCH_16


@given(st.dates(date(1900, 1, 1), date(2099, 12, 31)), st.sampled_from(sorted(MONTHS)))
def test_every_day_reads_back_in_each_language(day: date, language: str) -> None:
    month = MONTHS[language][day.month - 1]
    written = {
        "en": f"{month} {day.day}, {day.year}",
        "de": f"{day.day}. {month} {day.year}",
        "fr": f"{day.day} {month} {day.year}",
    }[language]
    assert read_date(written) == day
    assert read_date(f"{day.day:02d}.{day.month:02d}.{day.year}") == day


def test_an_empty_field_is_no_date() -> None:
    assert read_date("   ") is None


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("On Mar 16", "“On Mar 16” has no year"),  # parser debris: which year?
        ("16.03.", "“16.03.” has no year"),
        ("03/04/2021", "could be day or month first"),
        ("31.02.2021", "“31.02.2021” is not a date"),
        ("16 Marchh 2021", "“16 Marchh 2021” is not a date"),
        ("tomorrow", "“tomorrow” is not a date"),
        ("16 March 2021 and 17 March 2021", "is not a date"),
    ],
)
def test_what_is_not_a_date_is_refused_saying_what_to_write(written: str, said: str) -> None:
    with pytest.raises(ValueError, match=said) as refused:
        read_date(written)
    assert "write" in str(refused.value)
