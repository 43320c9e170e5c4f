"""Round 14: dates, headline lines and statement releases as the pages of publishers new to
the parser print them (invented texts)."""

from __future__ import annotations

from datetime import date

from tests.importers.drafting import draft, participants


def test_a_month_run_into_its_day_number_still_dates_the_meeting() -> None:
    found = draft(
        "Foreign Minister meets the Ambassador of Norland",
        "On Monday March7, 2022 the Minister of Foreign Affairs of Estoria, Jon Dahl, met the "
        "Ambassador of Norland, Per Ek, in Brio to discuss the trade between the two countries.",
    )
    assert found.consultation is not None
    assert found.consultation.date == date(2022, 3, 7)


def test_a_date_after_a_bar_at_the_end_of_the_headline_dates_the_release() -> None:
    found = draft(
        "Minister Jon Dahl receives the new Ambassador of Norland in Brio |05 May 2022",
        "Minister Jon Dahl receives the new Ambassador of Norland in Brio",
        "The Minister of Foreign Affairs of Estoria, Jon Dahl, yesterday received the new "
        "Ambassador of Norland, Per Ek, who presented a copy of his letters of credence.",
    )
    assert found.source.date_published == date(2022, 5, 5)
    assert found.source.title == "Minister Jon Dahl receives the new Ambassador of Norland in Brio"
    assert found.consultation is not None
    assert found.consultation.date == date(2022, 5, 4)


def test_a_byline_with_its_date_run_on_dates_the_release_and_is_not_the_title() -> None:
    found = draft(
        "Foreign Minister meets the Ambassador of Norland",
        "Staff Reporter Staff ReporterMarch 3, 2024",
        "The Minister of Foreign Affairs of Estoria, Jon Dahl, earlier today met the "
        "Ambassador of Norland, Per Ek, at the Ministry in Brio.",
    )
    assert found.source.date_published == date(2024, 3, 3)
    assert found.source.title == "Foreign Minister meets the Ambassador of Norland"
    assert found.consultation is not None
    assert found.consultation.date == date(2024, 3, 3)


def test_remarks_under_a_heading_block_are_the_speakers_statement() -> None:
    found = draft(
        "Remarks by the Honourable Tomas Rell",
        "Minister of External Affairs",
        "Delivered at Port Selden Airport",
        "Monday 4th March, 2019",
        "I leave today for a working visit to the Republic of Norland, where I will meet my "
        "counterpart and the leaders of its parliament.",
        "This visit follows the talks we held in Brio last year on trade, fisheries and the "
        "protection of our shared coastline.",
        "I thank the people of Estoria for their support.",
    )
    assert found.kind == "statement"
    assert found.source.title == "Remarks by the Honourable Tomas Rell"
    assert len(found.statements) == 1
    said = found.statements[0]
    assert said.speaker.name == "Tomas Rell"
    assert said.text.startswith("I leave today")
    assert said.text.endswith("for their support.")


def test_a_french_speech_heading_in_capitals_over_three_lines_names_the_speaker() -> None:
    found = draft(
        "ALLOCUTION DE SON EXCELLENCE MADAME",
        "ANNE-LISE MORVAN",
        "LORS DE LA FÊTE NATIONALE",
        "Excellences, Mesdames et Messieurs,",
        "C'est avec une grande joie que je vous accueille aujourd'hui pour célébrer notre fête "
        "nationale avec nos amis du corps diplomatique.",
        "Je vous remercie.",
    )
    assert found.source.title == (
        "ALLOCUTION DE SON EXCELLENCE MADAME ANNE-LISE MORVAN LORS DE LA FÊTE NATIONALE"
    )
    assert len(found.statements) == 1
    assert found.statements[0].speaker.name == "Anne-Lise Morvan"
    assert found.statements[0].text.startswith("Excellences, Mesdames et Messieurs,")


def test_a_press_statement_signed_by_the_spokesperson_is_the_spokespersons() -> None:
    found = draft(
        "Ministry rejects reports on the remarks of the Minister",
        "There are reports in the media that the Minister of Foreign Affairs withdrew his "
        "remarks on the elections in Norland. The reports are false.",
        "The Minister stands by his remarks, which reflect the position of the Government of "
        "Estoria on the elections.",
        "Jon Abara (Spokesperson)",
        "MINISTRY OF FOREIGN AFFAIRS",
        "12 March 2019",
    )
    assert found.kind == "statement"
    assert len(found.statements) == 1
    said = found.statements[0]
    assert said.speaker.name == "Jon Abara"
    assert said.text.startswith("There are reports")
    assert said.text.endswith("on the elections.")


def test_a_statement_to_parliament_is_the_ministers_not_the_meeting_it_reports() -> None:
    found = draft(
        "Statement to Parliament by the Minister of Foreign Affairs, the Hon. Tomas Rell",
        "House of Assembly",
        "Wednesday 6th March, 2013",
        "Madam Speaker, I rise to report to this Honourable House on the meeting of the heads "
        "of government held in Colombo last week.",
        "The meeting agreed on a declaration on the small states of the Commonwealth.",
    )
    assert found.kind == "statement"
    assert found.consultation is None
    assert len(found.statements) == 1
    assert found.statements[0].speaker.name == "Tomas Rell"
    assert found.statements[0].text.startswith("Madam Speaker, I rise")


def test_a_farewell_address_under_a_numbered_date_line_is_the_ministers_statement() -> None:
    found = draft(
        "Farewell Address by the Honourable Karl Moen, Minister of Foreign Affairs",
        "No. 2019/12 - Brio, Estoria - May 9, 2019",
        "Check Against Delivery",
        "My first words are to thank you all for the dedication and loyalty you have given me "
        "over the last two years.",
        "With your help, I was able to focus on our foreign policy priorities.",
    )
    assert found.kind == "statement"
    assert len(found.statements) == 1
    assert found.statements[0].speaker.name == "Karl Moen"
    assert found.statements[0].text.startswith("My first words")


_DINNER = (
    "The Minister of Foreign Affairs of Estoria, Jon Dahl, hosted a dinner in Brio on Monday "
    "for the visiting scholars of the University of Norland."
)


def test_a_month_between_slashes_in_brackets_dates_the_release() -> None:
    found = draft(
        "Estoria News Agency",
        "[29/ March/2017]",
        "Minister Dahl hosts a dinner for visiting scholars",
        _DINNER,
    )
    assert found.source.date_published == date(2017, 3, 29)


def test_a_photo_caption_given_twice_in_a_row_is_not_the_headline() -> None:
    found = draft(
        "Minister Dahl hosts a dinner for visiting scholars",
        "Minister Dahl gives a speech",
        "Minister Dahl gives a speech",
        _DINNER,
    )
    assert found.source.title == "Minister Dahl hosts a dinner for visiting scholars"


def test_a_photo_caption_printed_twice_on_one_line_is_not_the_headline() -> None:
    found = draft(
        "Minister Dahl hosts a dinner for visiting scholars",
        "Minister Dahl gives a speech Minister Dahl gives a speech",
        _DINNER,
    )
    assert found.source.title == "Minister Dahl hosts a dinner for visiting scholars"


def test_a_section_label_joined_to_the_headline_by_a_hyphen_is_no_part_of_it() -> None:
    found = draft("News-Foreign Minister hosts a dinner for visiting scholars", _DINNER)
    assert found.source.title == "Foreign Minister hosts a dinner for visiting scholars"


def test_the_articles_date_line_under_the_headline_wins_over_a_bare_date_above() -> None:
    found = draft(
        "2025/11/04",
        "Minister Dahl hosts a dinner for visiting scholars",
        "November 5, 2025",
        _DINNER,
    )
    assert found.source.date_published == date(2025, 11, 5)


_RECEIVED = (
    "The Minister of Foreign Affairs of Estoria, Jon Dahl, received on Monday in Brio the new "
    "Ambassador of Norland, Per Ek, who presented a copy of his letters of credence."
)


def test_page_clutter_before_the_lede_leaves_the_meeting_in_the_lede() -> None:
    found = draft(
        "Estoria News Agency",
        "https://www.estoria-news.es/en/news/12345",
        "Minister meets new envoy",
        "br>",
        "Minister Jon Dahl with Ambassador Per Ek",
        "Minister Jon Dahl with Ambassador Per Ek",
        "Minister meets new envoy",
        "Estoria News Agency",
        "Minister Jon Dahl and Ambassador Per Ek at the ministry",
        "Minister Jon Dahl and Ambassador Per Ek at the ministry",
        _RECEIVED,
        "The two sides discussed trade and fisheries.",
    )
    assert found.kind == "consultation"
    assert sorted(name.split()[-1] for name in participants(found)) == ["Dahl", "Ek"]


def test_a_minister_meeting_a_group_of_reporters_is_no_meeting() -> None:
    found = draft(
        "Minister meets visiting foreign reporters",
        "The Minister of Foreign Affairs of Estoria, Jon Dahl, and his deputy Anna Berg met "
        "with a group of visiting foreign reporters in Brio on Monday.",
        "They answered questions on the trade talks with Norland and the situation in the region.",
    )
    assert found.consultation is None
    assert found.kind == "other"


def test_of_two_variants_of_one_headline_the_first_is_the_title() -> None:
    found = draft(
        "Minister Dahl telefoniert mit Amtskollegen Ek",
        "Minister Dahl spricht mit Amtskollegen Ek",
        "Der Außenminister von Estoria, Jon Dahl, hat am Montag mit seinem norländischen "
        "Amtskollegen Per Ek telefoniert.",
    )
    assert found.source.title == "Minister Dahl telefoniert mit Amtskollegen Ek"


def test_a_ministers_communication_to_parliament_under_a_name_and_chamber_is_his() -> None:
    found = draft(
        "Minister of Foreign Affairs Tomas Rell",
        "House of Assembly",
        "Wednesday 6th March, 2013",
        "I rise to report to this Honourable House on the meeting of the heads of government "
        "held in Colombo last week.",
        "The meeting agreed on a declaration on the small states of the Commonwealth.",
    )
    assert found.kind == "statement"
    assert found.source.title == "Minister of Foreign Affairs Tomas Rell"
    assert len(found.statements) == 1
    assert found.statements[0].speaker.name == "Tomas Rell"
    assert found.statements[0].text.startswith("I rise to report")
