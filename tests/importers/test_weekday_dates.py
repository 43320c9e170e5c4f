"""A weekday named alone dates the meeting when the report states one full date on that
weekday and the release itself is undated."""

from __future__ import annotations

from datetime import date

from tests.importers.drafting import draft


def test_a_lone_weekday_takes_the_full_date_of_that_weekday_in_the_report() -> None:
    found = draft(
        "La ministre Berg s'entretient avec M. Karl Moen",
        "Samedi, la ministre Anna Berg s'est entretenue avec M. Karl Moen, ministre des Affaires "
        "étrangères de Vestria. L'entretien a porté sur les inondations.",
        "« La partie vestrienne a exprimé sa solidarité après les inondations d'aujourd'hui, le "
        "9 avril 2022 », relève le ministère.",
    )
    assert found.consultation is not None
    assert found.consultation.date == date(2022, 4, 9)  # a Saturday


def test_a_full_date_on_another_weekday_does_not_date_the_meeting() -> None:
    found = draft(
        "Minister Berg meets Minister Moen",
        "On Saturday, Foreign Minister Anna Berg met Foreign Minister Karl Moen of Vestria in "
        "Brio for talks on the floods.",
        "The floods began on 5 April 2022, the ministry recalled.",
    )
    assert found.consultation is not None
    assert found.consultation.date is None


def test_a_lone_weekday_takes_the_first_day_of_a_span_stated_in_the_report() -> None:
    found = draft(
        "Secretary General welcomes Minister Moen",
        "Secretary General Anna Berg met with Foreign Minister Karl Moen of Vestria on Wednesday, "
        "ahead of a meeting of the Council's foreign ministers.",
        "At their meeting over the next two days (6-7 April 2022), ministers will discuss the "
        "ports.",
    )
    assert found.consultation is not None
    assert found.consultation.date == date(2022, 4, 6)  # a Wednesday
