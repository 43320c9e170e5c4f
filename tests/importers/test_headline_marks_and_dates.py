"""A headline's wire tag, section and quotation marks are no part of the title; dates written
year first, after a repeated headline, and an event's line above a speech."""

from __future__ import annotations

from datetime import date

from briefer.importers.datelines import read_dateline
from tests.importers.drafting import draft


def test_a_wire_tag_in_capitals_before_the_headline_is_dropped() -> None:
    found = draft(
        "(LEAD) Norland, Valdoria hold vice-ministerial defence talks",
        "BRIO, March 3 (Norland News) -- Norland and Valdoria held defence talks in Brio on "
        "Tuesday, the ministry said.",
        "The talks covered maritime security.",
    )
    assert found.source.title == "Norland, Valdoria hold vice-ministerial defence talks"


def test_a_section_the_headline_repeats_is_dropped() -> None:
    found = draft(
        "Defence Minister – Defence Minister travels to Valdoria",
        "I am travelling to Valdoria today to meet my colleague and discuss our cooperation.",
        "We will sign a new agreement on training.",
    )
    assert found.source.title == "Defence Minister travels to Valdoria"


def test_a_section_that_is_news_itself_stays() -> None:
    found = draft(
        "Norland – Minister Berg receives the Vestrian Ambassador",
        "Foreign Minister Anna Berg received the Ambassador of Vestria in Brio on Monday.",
        "They discussed trade.",
    )
    assert found.source.title == "Norland – Minister Berg receives the Vestrian Ambassador"


def test_single_typographic_quotation_marks_around_the_headline_are_dropped() -> None:
    found = draft(
        "‘Norland is the least travelled foreign minister’s country’",
        "Foreign Minister Lio Marden said on Monday that Norland needs more diplomats abroad.",
        "He spoke in Brio to reporters.",
    )
    assert found.source.title == "Norland is the least travelled foreign minister’s country"


def test_a_date_line_written_year_first_with_a_time_dates_the_release() -> None:
    found = draft(
        "Ministers meet in Brio",
        "2026 March 3 14:05",
        "The ministers of the council met in Brio on Monday to discuss trade and agreed on a plan.",
        "They will meet again next year.",
    )
    assert found.source.date_published == date(2026, 3, 3)
    assert found.consultation is not None
    assert found.consultation.date == date(2026, 3, 2)


def test_a_date_appended_to_the_headline_given_again_dates_the_release() -> None:
    found = draft(
        "Secretary General Pim Holt addressed the fifth meeting of the Council",
        "Secretary General Pim Holt addressed the fifth meeting of the Council 12.03.2026",
        "The Secretary General spoke to the members of the Council about the year's work in Brio.",
        "He thanked the hosts.",
    )
    assert found.source.title == (
        "Secretary General Pim Holt addressed the fifth meeting of the Council"
    )
    assert found.source.date_published == date(2026, 3, 12)


def test_an_events_line_above_a_speech_is_not_the_day_of_publication() -> None:
    found = draft(
        "Secretary General Pim Holt's statement at the 2026 Sea Ministerial Meeting",
        "Sea Ministerial Meeting, Brio, 12.03.2026",
        "Excellencies, dear colleagues,",
        "It is an honour to address this meeting of ministers on the state of our sea.",
        "We must act together to protect it.",
    )
    assert found.source.date_published is None
    assert found.source.title.startswith("Secretary General Pim Holt")


def test_a_speechs_own_heading_naming_an_office_is_no_headline() -> None:
    found = draft(
        "Secretary General Pim Holt's statement at the 2026 Sea Ministerial Meeting",
        "Statement of the Secretary General of the Council of Northern States Secretariat",
        "Excellencies, dear colleagues,",
        "It is an honour to address this meeting of ministers on the state of our sea.",
        "We must act together to protect it.",
    )
    assert found.source.title.startswith("Secretary General Pim Holt's statement")
    assert [s.speaker.name for s in found.statements if s.speaker] == ["Pim Holt"]


def test_a_spanish_speechs_own_heading_naming_an_office_is_no_headline() -> None:
    found = draft(
        "Discurso del Secretario General Pablo Ruiz en la 51 Reunión de Jefes de Estado",
        "Intervención del Secretario General",
        "Señoras y señores:",
        "Es un honor estar aquí hoy con ustedes en esta reunión de nuestra región.",
        "Muchas gracias.",
    )
    assert found.source.title.startswith("Discurso del Secretario General Pablo Ruiz")


def test_a_statement_heading_with_its_topic_under_a_section_stays_the_headline() -> None:
    found = draft(
        "Speeches and statements of the Secretary General",
        "Statement by the Secretary General on the floods in Brio",
        "The Secretary General is deeply saddened by the loss of life caused by the floods in "
        "Brio this week.",
        "He offers his condolences to the families.",
    )
    assert found.source.title == "Statement by the Secretary General on the floods in Brio"


_LONG_CREDITED = (
    "Regional cooperation in our region must reach the people who live at the borders and who "
    "work in the markets and the ports of every one of our member states in the years to come "
    "– says Secretary General Pim Holt"
)


def test_a_long_headline_credited_after_a_dash_is_the_title_not_the_place_line() -> None:
    found = draft(
        _LONG_CREDITED,
        "At the Council Secretariat, Brio",
        "The Secretary General spoke at a symposium on trade on Monday in Brio.",
        "He said that trade must grow.",
    )
    assert found.source.title == _LONG_CREDITED


def test_a_place_line_under_the_headline_is_no_headline() -> None:
    found = draft(
        "Trade must reach the people at the borders, says Secretary General Pim Holt",
        "At the Council Secretariat, Brio",
        "The Secretary General spoke at a symposium on trade on Monday in Brio.",
        "He said that trade must grow.",
    )
    assert found.source.title.startswith("Trade must reach the people")


def test_a_dateline_with_the_date_first_and_a_colon_after_the_place_is_read() -> None:
    line = read_dateline("12 May 2021, Addis Ababa: The Ministry welcomes the agreement.")
    assert line is not None
    assert (line.place, line.written) == ("Addis Ababa", "12 May 2021")
    assert read_dateline("12 May 2021, the day of the vote: nothing changed.") is None
