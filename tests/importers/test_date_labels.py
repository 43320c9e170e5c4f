"""Date lines under a headline as Arab and other ministries' sites print them: a bulleted
headline with a "Date:" line under it in one block, an Arabic "Date:" label, a date written
year first ("2023/11/14"), a day-first "07/04/2023" the text agrees with."""

from __future__ import annotations

from datetime import date

from briefer.importers.dates import full_date
from briefer.importers.draft import Draft
from briefer.importers.pressrelease import parse_release
from briefer.importers.textfile import read_text, split_paragraphs

_LETTER = (
    "Mr. Karl Moen, Secretary-General of the Regional Commission, received today at the seat "
    "of the Commission a letter from Anna Berg, the President of Vestria, handed over by her "
    "envoy Jon Dahl."
)


def _parsed(text: str) -> Draft:
    return parse_release(read_text(text.encode(), "release.txt", ""))


def test_a_date_written_year_first_is_read() -> None:
    assert full_date("Date: 2023/11/14") == date(2023, 11, 14)
    assert full_date("le 2023.5.6") == date(2023, 5, 6)


def test_an_arabic_date_line_is_not_joined_to_the_headline_above() -> None:
    block = "Moen receives a letter from the President of Vestria\n    التاريخ: 2023/11/14"
    assert split_paragraphs(block) == (
        "Moen receives a letter from the President of Vestria",
        "التاريخ: 2023/11/14",
    )


def test_a_bulleted_headline_over_an_arabic_date_line() -> None:
    found = _parsed(
        "News Details\n  • Moen receives a letter from the President of Vestria\n"
        f"    التاريخ: 2023/11/14\n\n{_LETTER}\n"
    )
    assert found.source.title == "Moen receives a letter from the President of Vestria"
    assert found.source.date_published == date(2023, 11, 14)


def test_bulleted_lines_of_a_list_are_no_headline() -> None:
    found = _parsed(
        "Moen receives a letter from the President of Vestria\n\n  • Writer Office\n"
        f"  • Hits of the page 1,234\n  • Posted in the Commission news\n\n{_LETTER}\n"
    )
    assert found.source.title == "Moen receives a letter from the President of Vestria"


def test_a_day_first_date_line_the_text_agrees_with() -> None:
    found = _parsed(
        "News Details\n  • Commission chief receives Vestrian Foreign Minister at headquarters\n"
        "    Date: 07/04/2023\n\nMr. Karl Moen, Secretary-General of the Regional Commission, "
        "received Mr. Jon Dahl, the Minister of Foreign Affairs of Vestria, at the seat of the "
        "Commission on 7 April. The two discussed the situation in the region.\n"
    )
    assert found.source.date_published == date(2023, 4, 7)
    assert found.consultation is not None
    assert found.consultation.date == date(2023, 4, 7)


def test_a_month_first_date_line_the_text_agrees_with() -> None:
    found = _parsed(
        "Commission chief receives Vestrian Foreign Minister at headquarters\n\n"
        "Date: 07/04/2023\n\nMr. Karl Moen, Secretary-General of the Regional Commission, "
        "received Mr. Jon Dahl, the Minister of Foreign Affairs of Vestria, at the seat of the "
        "Commission on July 4. The two discussed the situation in the region.\n"
    )
    assert found.source.date_published == date(2023, 7, 4)
