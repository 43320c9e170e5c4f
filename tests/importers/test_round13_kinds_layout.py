"""Round 13: datelines and date lines, headline lines, statement releases and kinds, as
releases of publishers new to the parser write them (invented texts)."""

from __future__ import annotations

from datetime import date

from tests.importers.drafting import draft


def test_a_wire_dateline_with_the_agency_between_slashes_dates_the_release() -> None:
    found = draft(
        "Estoria and Norland discuss trade",
        "BRIO, 12.03.2022 /ESTORIA PRESS «Brio News»/. On March 11, the Minister of Foreign "
        "Affairs of Estoria Jon Dahl received the Ambassador of Norland Per Ek.",
        "They discussed the preparations for the talks in Brio.",
    )
    assert found.source.date_published == date(2022, 3, 12)


def test_a_spanish_date_line_run_on_from_a_section_label_dates_the_release() -> None:
    found = draft(
        "Foreign PolicyMAYO 3, 2019 05:10 PM",
        "Estoria condemns the attack on the embassy",
        "The Government of Estoria condemns in the strongest terms the attack on the embassy "
        "of Norland in Brio and expresses its solidarity with the victims.",
    )
    assert found.source.date_published == date(2019, 5, 3)


def test_a_speech_whose_address_lines_are_bullets_is_one_statement_from_the_address() -> None:
    found = draft(
        "OFFICIAL STATEMENT BY H.E. JON DAHL, EXECUTIVE SECRETARY OF THE UNION",
        "Brio, 3 May 2021",
        "• Your Excellency Per Ek, President of the Republic of Norland;",
        "• Honourable Karl Moen, Minister of Foreign Affairs of Vestria",
        "· My esteemed colleagues of the Council;",
        "Ladies and Gentlemen, All protocols observed;",
        "Good Afternoon,",
        "It is my honour to welcome you to Brio for this session of the Council of the Union, "
        "which meets at a time of great promise for the trade of our region.",
        "We have come a long way since the Union was founded, and much remains to be done.",
    )
    assert len(found.statements) == 1
    said = found.statements[0]
    assert said.speaker.name.casefold() == "jon dahl"
    lines = said.text.split("\n")
    assert lines[0].startswith("Your Excellency Per Ek, President")
    assert lines[-1].startswith("We have come a long way")
    assert len(lines) == 7


_FAIR = (
    "The Minister of Foreign Affairs of Estoria, Jon Dahl, opened the trade fair in Brio on "
    "Monday and called on the companies of the region to invest in the new port."
)


def test_a_photo_caption_marked_ph_under_the_headline_is_not_the_title() -> None:
    found = draft("Dahl opens the trade fair season", "Jon Dahl at the fair in Brio (ph)", _FAIR)
    assert found.source.title == "Dahl opens the trade fair season"


def test_the_headline_given_again_inside_section_labels_is_the_plain_one() -> None:
    found = draft(
        "Dahl opens the trade fair season",
        "ESTORIA :: ECONOMY",
        "ESTORIA :: Trade fair : Dahl opens the trade fair season :: ESTORIA",
        _FAIR,
    )
    assert found.source.title == "Dahl opens the trade fair season"


def test_a_country_section_label_is_no_part_of_the_title() -> None:
    found = draft("ESTORIA :: Dahl opens the trade fair season", _FAIR)
    assert found.source.title == "Dahl opens the trade fair season"


def test_a_headline_written_as_one_long_sentence_is_not_cut() -> None:
    headline = (
        "The Foreign Minister of Estoria held bilateral meetings with the ministers of "
        "Norland, Vestria, Ostland and Brio on the sidelines of the regional summit."
    )
    found = draft(
        headline,
        "On the sidelines of the summit in Brio, Minister Jon Dahl met his counterparts Per Ek, "
        "Anna Berg and Karl Moen. They discussed trade, the river treaty and the road corridor.",
    )
    assert found.source.title == headline


def test_a_link_to_the_release_in_another_language_does_not_hide_the_office_statement() -> None:
    found = draft(
        "Estoria rejects the claims of the senator",
        "Read this release in Spanish.",
        "The Government of the Republic of Estoria rejects the statements made by a senator of "
        "Norland about the trade between both countries.",
        "The Government of Estoria reiterates its commitment to the free trade agreement and "
        "to the dialogue with all its partners in the region.",
    )
    assert found.kind == "statement"
    assert len(found.statements) == 1
    said = found.statements[0]
    assert not said.speaker.name
    assert said.text.startswith("The Government of the Republic of Estoria rejects")
    assert said.text.count("\n") == 1


def test_a_statement_on_someone_taking_office_under_a_credited_caption_is_a_statement() -> None:
    found = draft(
        "Foreign Minister Dahl congratulates new Prime Minister",
        "Karl Moen was sworn in as Prime Minister in Brio. Picture: ARCHIVE",
        "BRIO, 3 MAY 2021 (RADIO) – Estoria's Foreign Minister Jon Dahl said Prime Minister "
        "Moen will earn the esteem of the world for his work for peace.",
        "“Karl Moen has given his life to the service of his country, and I am sure he will "
        "lead it with wisdom,” Dahl said.",
    )
    assert found.kind == "statement"


def test_a_future_inside_reported_words_is_no_announcement() -> None:
    found = draft(
        "Estoria on the new government of Norland",
        "Estoria's Foreign Minister Jon Dahl said the new government of Norland will find in "
        "Estoria a loyal partner for the trade of the region.",
        "“We share a river, a market and a history,” Dahl said.",
    )
    assert found.kind == "statement"


def test_a_ministry_position_told_without_its_words_is_a_statement_release() -> None:
    found = draft(
        "Estoria backs the mediation in Norland",
        "Brio.- The Ministry of Foreign Affairs of Estoria has restated its backing for the "
        "mediation in Norland and for the talks between the parties, and the minister told a "
        "radio programme that the talks would go on in the spring.",
        "The ministry also recalled the help that Estoria sent to Norland after the floods.",
    )
    assert found.kind == "statement"
    assert not found.statements


def test_a_few_words_quoted_to_be_rejected_keep_the_office_statement() -> None:
    found = draft(
        "Estoria rejects the claims of the senator",
        "The Ministry of Foreign Affairs of Estoria rejects the claim of a senator of Norland "
        "that Estoria is “a threat to regional trade” and recalls that Estoria has always kept "
        "its markets open.",
        "The Ministry reiterates its commitment to the free trade agreement and to the dialogue "
        "with all its partners in the region.",
    )
    assert len(found.statements) == 1
    said = found.statements[0]
    assert not said.speaker.name
    assert said.text.startswith("The Ministry of Foreign Affairs of Estoria rejects")
    assert said.text.count("\n") == 1


def test_a_news_site_place_and_name_line_under_the_headline_is_not_the_title() -> None:
    found = draft("Dahl opens the trade fair season", "Brio – Estoria Daily", _FAIR)
    assert found.source.title == "Dahl opens the trade fair season"


def test_a_dateline_with_a_long_place_name_dates_the_release() -> None:
    found = draft(
        "Secretary General pays courtesy call on the President of Norland",
        "Common Market Secretariat Headquarters, Brio, 3rd June, 2020: The Secretary General "
        "of the Union, Per Ek, paid a courtesy call on the President of Norland.",
        "The two discussed the customs union and the road corridor.",
    )
    assert found.source.date_published == date(2020, 6, 3)


def test_a_label_is_the_title_when_no_other_line_is_a_headline() -> None:
    found = draft(
        "Communiqué de presse",
        "Brio, le 3 mai 2021 – Le Ministère des Affaires étrangères de l'Estorie condamne "
        "fermement l'attaque contre l'ambassade de Norlande et exprime sa solidarité aux "
        "victimes.",
    )
    assert found.source.title == "Communiqué de presse"
    assert found.kind == "statement"


def test_a_communique_is_no_joint_communique() -> None:
    found = draft(
        "Communiqué",
        "Le Ministre des Affaires étrangères de l'Estorie condamne avec force l'assassinat de "
        "l'ambassadeur de Norlande à Brio, ce lundi 3 mai 2021.",
    )
    assert found.kind == "statement"


def test_an_aggregator_sentence_introducing_the_release_is_above_its_headline() -> None:
    found = draft(
        "News from the region",
        "Estoria's MFA has replied to a post by a foreign diplomat; its full text follows.",
        "Statement of the Ministry of Foreign Affairs on the remarks of the Ambassador of Norland",
        "The Ministry of Foreign Affairs of Estoria rejects the remarks of the Ambassador of "
        "Norland, Per Ek, on the elections in Estoria and recalls that they were free.",
        "The Ministry calls on the embassy to respect the rules of diplomatic conduct.",
    )
    assert found.source.title == (
        "Statement of the Ministry of Foreign Affairs on the remarks of the Ambassador of Norland"
    )
    assert found.statements[0].text.startswith("The Ministry of Foreign Affairs of Estoria")


def test_a_statement_a_news_agency_reproduces_under_its_own_heading() -> None:
    found = draft(
        "Statement by Estoria's Deputy Minister of Foreign Affairs",
        "BRIO, May 4 (ENA) Below, we reproduce the statement by Jon Dahl, Estoria's Deputy "
        "Minister of Foreign Affairs, on the situation in Norland after the elections.",
        "Statement by Jon Dahl, Estoria's Deputy Minister of Foreign Affairs:",
        "We have been following with concern the situation in Norland after the elections. We "
        "reject the repression of the protests and call for the will of the people to be "
        "respected.",
    )
    assert len(found.statements) == 1
    said = found.statements[0]
    assert said.speaker.name == "Jon Dahl"
    assert said.text.startswith("We have been following with concern")


def test_a_spanish_date_day_first_without_de_is_read() -> None:
    from briefer.importers.dates import full_date

    assert full_date("Brio, 3 MAYO 2019") == date(2019, 5, 3)
    assert full_date("3 Mayo, 2019") == date(2019, 5, 3)


def test_a_speech_that_opens_with_good_morning_is_one_statement() -> None:
    found = draft(
        "The trade week of the Union opens in Brio",
        "Good morning, colleagues and friends,",
        "It is my pleasure to open this trade week of the Union in Brio, the first since the "
        "new customs code came into force across the region.",
        "We meet at a time when the trade of our region has never been stronger.",
    )
    assert len(found.statements) == 1
    assert found.statements[0].text.startswith("Good morning, colleagues and friends,")
    assert found.statements[0].text.count("\n") == 2
