"""When a meeting was held, as releases say it: a weekday or a relative day counted from the
release's date, a date after the weekday, several days (no one date). Invented releases."""

from __future__ import annotations

from datetime import date

import pytest

from briefer.importers.dates import find_dates
from tests.importers.drafting import draft


def _meeting_day(*paragraphs: str) -> date | None:
    found = draft(*paragraphs)
    assert found.consultation is not None
    return found.consultation.date


def test_a_weekday_right_after_the_verb_counts_from_the_release() -> None:
    day = _meeting_day(
        "Secretary Doe's Meeting With Foreign Minister Roe",
        "March 5, 2021",
        "Secretary of State John Doe met Tuesday with Foreign Minister Jane Roe of Examplia "
        "in Washington.",
    )
    assert day == date(2021, 3, 2)


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Secretary Doe's Meeting With Foreign Minister Roe",
            "March 25, 2021",
            "Secretary of State John Doe met with Foreign Minister Jane Roe of Examplia on "
            "Tuesday, March 2, 2021 in Washington.",
        ),
        (
            "Außenminister Muster trifft Amtskollegin Beispiel",
            "15.03.2021",
            "Außenminister Max Muster hat am Dienstag (2. März) in Berlin seine Amtskollegin "
            "Erika Beispiel empfangen.",
        ),
    ],
)
def test_a_weekday_takes_the_date_written_after_it_not_the_last_such_day(
    paragraphs: tuple[str, ...],
) -> None:
    assert _meeting_day(*paragraphs) == date(2021, 3, 2)


def test_a_weekday_with_its_date_is_read_not_inferred_and_a_bare_one_is_inferred() -> None:
    stated = draft(
        "Foreign Minister Doe's Meeting With Foreign Minister Roe",
        "March 25, 2021",
        "Foreign Minister John Doe met with Foreign Minister Jane Roe of Examplia on Tuesday "
        "(2 March 2021) in Example City.",
    )
    assert stated.consultation is not None and stated.consultation.date == date(2021, 3, 2)
    assert "consultation.date" not in stated.inferred  # the review does not ask to check it
    counted = draft(
        "Foreign Minister Doe's Meeting With Foreign Minister Roe",
        "March 5, 2021",
        "Foreign Minister John Doe met with Foreign Minister Jane Roe of Examplia on Tuesday in "
        "Example City.",
    )
    assert counted.consultation is not None and counted.consultation.date == date(2021, 3, 2)
    assert "counted from the release's date" in counted.inferred["consultation.date"]


def test_a_weekday_and_its_date_date_the_talks_without_a_release_date() -> None:
    found = find_dates("On Tuesday, 2 March 2021, the two ministers met in Bern.", None)
    assert {m.value for m in found} == {date(2021, 3, 2)}


def test_a_french_weekday_after_the_participle_counts_from_the_release() -> None:
    day = _meeting_day(
        "Le ministre Dupont reçoit son homologue",
        "5 mars 2021",
        "Le ministre des Affaires étrangères, Jean Dupont, a reçu mardi son homologue, Marie "
        "Durand. Les deux ministres ont évoqué la situation au Sahel et les relations "
        "bilatérales.",
    )
    assert day == date(2021, 3, 2)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The ministers met in Examplia on March 3-4, 2021.", "en"),
        ("The ministers met in Examplia on April 6 and 7.", "en"),
        ("The ministers met in Examplia on Monday and Tuesday.", "en"),
        ("Les ministres se sont rencontrés lundi et mardi à Genève.", "fr"),
    ],
)
def test_the_first_of_several_days_is_no_date_of_its_own(text: str, language: str) -> None:
    assert find_dates(text, date(2021, 4, 10), language) == []


def test_a_french_weekday_announced_is_no_date() -> None:
    text = "Les délégations seront prévues mardi à Genève."
    assert find_dates(text, date(2021, 3, 5), "fr") == []


def test_a_minister_who_spoke_to_a_counterpart_with_no_place_said_called_them() -> None:
    found = draft(
        "On the Foreign Minister's conversation with the Foreign Minister of Examplia",
        "November 28, 2023",
        "The Foreign Minister spoke this evening to the Foreign Minister of Examplia, Jane "
        "Roe, to convey the hope that the Government of Examplia will act at once.",
    )
    assert found.kind == "readout"
    assert found.consultation is not None and found.consultation.format == "telephone"
    assert found.consultation.date == date(2023, 11, 28)


def test_ministers_who_met_and_spoke_to_the_press_met_in_person() -> None:
    found = draft(
        "Minister Doe meets Foreign Minister Roe",
        "November 28, 2023",
        "Foreign Minister John Doe met Foreign Minister Jane Roe of Examplia today and spoke "
        "with reporters after the talks.",
    )
    assert found.kind == "consultation"
    assert found.consultation is not None and found.consultation.format == "in person"


@pytest.mark.parametrize(
    "lede",
    [
        "Defence Minister Jane Roe travelled to Examplia on 8 March 2016. During her three-day "
        "visit she met her Examplian counterpart John Doe.",
        "Verteidigungsministerin Jane Roe ist am 8. März 2016 zu Gesprächen nach Examplien "
        "gereist. Bei ihrem dreitägigen Besuch traf sie ihren Amtskollegen John Doe.",
    ],
)
def test_the_day_a_visit_of_several_days_began_is_not_the_day_of_its_talks(lede: str) -> None:
    assert _meeting_day("Minister Roe in Examplia", "10 March 2016", lede) is None


def test_the_day_a_one_day_trip_was_made_dates_its_talks() -> None:
    lede = (
        "Defence Minister Jane Roe travelled to Examplia on 8 March 2016. During her visit "
        "she met her Examplian counterpart John Doe."
    )
    assert _meeting_day("Minister Roe in Examplia", "10 March 2016", lede) == date(2016, 3, 8)


def test_an_agency_dateline_in_brackets_dates_the_release_not_the_talks() -> None:
    day = _meeting_day(
        "Foreign Minister and Committee Chairs Discuss Regional Situation",
        "BRIO, (Examplia News Agency / Wire - 28th Sep, 2021 ) :Foreign Minister Anna Berg and "
        "the chairs of the foreign affairs committee met in London and held discussions on the "
        "regional situation.",
    )
    assert day is None


def test_the_day_relations_were_established_dates_no_talks() -> None:
    day = _meeting_day(
        "Ambassador meets Secretary on the anniversary of relations",
        "The Ambassador of Examplia, John Doe, held a meeting with Anna Berg, Secretary for "
        "Economic Relations of the Ministry of Foreign Affairs of Norland.",
        "Diplomatic relations between the two countries were established on January 12, 1960, "
        "and had as a foundational moment the meeting between their leaders in New York.",
    )
    assert day is None
