"""The heading of a speech and its date: salutation lines ending in ";" under it are the
speech, a date after a dash at its end ("– Brio, May 4, 2020[1]") dates it, and a heading
given again with its date in brackets ("(23/08/2022)") is the title without the date."""

from __future__ import annotations

from datetime import date

from tests.importers.drafting import draft

_HEADING = "Inaugural address by the Foreign Minister, Ambassador Karl Moen – Brio, May 4, 2020[1]"
_SALUTATIONS = (
    "Mr. Jon Dahl, President of Norland;",
    "Ms. Anna Berg, Vice-President;",
    "General Lars Holm, Head of the Cabinet Office, through whom I salute all cabinet members;",
)
_SPEECH = (
    "Let me start by thanking the President for the trust he has placed in me, and all of you "
    "for coming to the ministry today."
)


def test_salutation_lines_ending_in_a_semicolon_are_no_headline() -> None:
    found = draft(_HEADING, *_SALUTATIONS, "Dear colleagues, friends.", _SPEECH)
    assert found.source.title == (
        "Inaugural address by the Foreign Minister, Ambassador Karl Moen – Brio, May 4, 2020"
    )


def test_a_date_after_a_dash_at_the_end_of_a_heading_dates_the_speech() -> None:
    found = draft(_HEADING, *_SALUTATIONS, "Dear colleagues, friends.", _SPEECH)
    assert found.source.date_published == date(2020, 5, 4)


def test_a_numeric_date_in_brackets_is_one_day() -> None:
    heading = "Remarks of the Minister of Defence, Ambassador Anna Berg, at the Northern Summit"
    found = draft("Northern Group", heading, f"{heading} (23/08/2022)", _SPEECH)
    assert found.source.title == heading
    assert found.source.date_published == date(2022, 8, 23)


def test_several_days_in_brackets_still_date_nothing() -> None:
    found = draft(
        "Minister Berg opens the conference of the northern ports in Brio (17/18.11.2016)", _SPEECH
    )
    assert found.source.date_published is None


def test_the_end_of_a_span_of_days_after_a_dash_dates_nothing() -> None:
    heading = "Statement by the Director of the Ports Office 28 February - 3 March 2000"
    found = draft(heading, _SPEECH)
    assert found.source.date_published is None


def test_a_salutation_by_name_and_role_is_no_headline() -> None:
    found = draft(
        "Address by the Foreign Minister of Norland at the Ministerial Meeting - 01 May 2019",
        "His Excellency Karl Moen, Minister of Foreign Affairs, Chair of the Ministerial Meeting",
        "Excellencies,",
        _SPEECH,
    )
    assert found.source.title == (
        "Address by the Foreign Minister of Norland at the Ministerial Meeting - 01 May 2019"
    )
    assert found.source.date_published == date(2019, 5, 1)


def test_a_headline_opening_with_a_name_and_role_says_something() -> None:
    found = draft("Mr. Moen, the Foreign Minister, receives the Vestrian envoy", _SPEECH)
    assert found.source.title == "Mr. Moen, the Foreign Minister, receives the Vestrian envoy"


def test_the_speechs_own_heading_under_the_headline_is_no_title() -> None:
    found = draft(
        "Statement by the Foreign Minister of Norland at the Ministerial Meeting",
        "Country Statement by Hon. Karl Moen, Minister of Foreign Affairs of Norland",
        "Excellencies,",
        _SPEECH,
    )
    assert found.source.title == (
        "Statement by the Foreign Minister of Norland at the Ministerial Meeting"
    )


def test_a_line_naming_the_issuing_offices_is_no_headline() -> None:
    found = draft(
        "Norland and Vestria agree on a new ferry line",
        "Ministries of Trade, Transport, and Health and Welfare",
        "Foreign Minister Anna Berg received the Ambassador of Vestria, Karl Moen, at the ministry "
        "on Monday for talks on the ports.",
    )
    assert found.source.title == "Norland and Vestria agree on a new ferry line"


def test_a_long_speech_headline_naming_the_occasion_in_full() -> None:
    heading = (
        "Speech of Foreign Minister Karl Moen at the ceremony for the 12th Class of Candidate "
        "Attachés of the Diplomatic Academy and the awarding of Diplomas to the 11th Class of "
        "Attachés (15.07.2022)"
    )
    found = draft(heading, "0", "Your Grace, ladies and gentlemen.", _SPEECH)
    assert found.source.title == heading
    assert found.source.date_published == date(2022, 7, 15)


def test_a_caption_naming_who_is_in_the_photo_is_no_headline() -> None:
    found = draft(
        "Moen in Vestria",
        "Stichworte: Reisen - Handel",
        "Der norländische Außenminister Karl Moen mit seinem vestrischen Kollegen Jon Dahl",
        "Außenminister Karl Moen ist am Montag zu einem Besuch in Vestria eingetroffen. Er traf "
        "dort seinen Amtskollegen Jon Dahl zu Gesprächen über den Handel.",
    )
    assert found.source.title == "Moen in Vestria"


def test_a_headline_may_open_with_the_ministry_that_acts() -> None:
    found = draft(
        "Ministry denies reports on the border",
        "Karl Moen, Spokesperson, Ministry of Transport, has denied reports that the northern "
        "border will close.",
    )
    assert found.source.title == "Ministry denies reports on the border"
