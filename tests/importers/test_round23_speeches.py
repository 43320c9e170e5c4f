"""Speeches of envoys on their mission's site (round 23): a headline naming the speaker in a
possessive whose name ends in s ("Ambassador Harris’ Remarks at …"), the speech unquoted under
it."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_possessive_headline_of_a_name_ending_in_s_names_the_speech_s_speaker() -> None:
    found = draft(
        "Ambassador Harris’ Remarks at the Embassy’s Independence Day Reception",
        "July 2, 2019",
        "Distinguished guests, dear friends, good evening and welcome.",
        "It is a great honour to celebrate our national day with so many friends of our "
        "country here in Selonia.",
        "Our two nations have built a partnership that grows stronger every year, in trade, "
        "in education and in culture.",
    )
    assert found.kind == "statement"
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name.endswith("Harris")
    assert statement.text.startswith("Distinguished guests")
    assert statement.text.endswith("in education and in culture.")


def test_a_possessive_with_a_straight_apostrophe_after_s_names_the_speaker_too() -> None:
    found = draft(
        "Ambassador Ola Dimas' Remarks at the National Day Reception 2021",
        "September 12, 2021",
        "(As prepared for delivery)",
        "Honourable Minister, excellencies, ladies and gentlemen,",
        "Thank you all for joining us tonight. Our friendship with Norland rests on the "
        "values we share and on the work we do together every day.",
    )
    assert found.kind == "statement"
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Ola Dimas"
    assert statement.text.endswith("work we do together every day.")


def test_a_french_possessive_is_not_read_into_a_name_ending_in_s() -> None:
    found = draft(
        "Le discours de l’ambassadeur Jean Thomas à la réception du 14 juillet",
        "Mesdames et Messieurs, chers amis,",
        "C’est un grand plaisir de vous accueillir ce soir à la résidence pour célébrer notre "
        "fête nationale avec nos amis de Sélonie.",
    )
    assert found.kind == "statement"
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Jean Thomas"


def test_the_page_headline_names_the_speaker_over_a_photo_caption_read_as_the_title() -> None:
    found = draft(
        "Ambassador Lukas’ Remarks at the Embassy’s National Day Celebration",
        "Ambassador Lukas giving remarks at the National Day Celebration",
        "June 20, 2018",
        "Ladies and gentlemen, dear friends, welcome, and thank you for joining us tonight.",
        "Hosting this celebration is one of the best parts of my work in Selonia.",
        "We take a moment to celebrate all the reasons we are proud of our country and of "
        "our friendship with yours.",
    )
    assert found.kind == "statement"
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Lukas"
    assert statement.text.startswith("Ladies and gentlemen")


def test_a_headline_given_again_glued_to_the_speech_s_first_words_is_no_part_of_it() -> None:
    found = draft(
        "Ambassador Jon Dahl’s speech at the National Day reception (12.05. 2021)",
        "Ambassador Jon Dahl’s speech at the National Day reception (12.05. 2021)Excellencies, "
        "dear guests, it is a great pleasure to welcome you to the residence,",
        "ladies and gentlemen.",
        "It is with great joy that we celebrate our national day with so many friends of our "
        "country tonight.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Jon Dahl"
    assert statement.text.startswith("Excellencies, dear guests")


def test_a_press_stakeout_transcript_is_its_one_speaker_s_statement() -> None:
    found = draft(
        "Transcript of Press Stakeout by Mr. Ola Dimas United Nations Special Envoy for "
        "Selonia, following his Briefing to the Security Council",
        "12 Mar 2020",
        "Good afternoon. It was good to brief the Council in person again, and I told the "
        "members that I am frustrated at the lack of progress.",
        "I also heard strong support for the work that my team and I are doing, and I hope "
        "that it will now turn into action.",
        "And after that I will travel to Brio to continue the discussions with the parties.",
    )
    assert found.kind == "statement"
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Ola Dimas"
    assert statement.text.startswith("Good afternoon.")
    assert statement.text.endswith("with the parties.")


def test_a_french_stakeout_transcript_names_its_speaker_before_the_organisation() -> None:
    found = draft(
        "Point de presse de M. Jean Morel, Envoyé spécial des Nations Unies pour la Sélonie",
        "Bonjour à tous. Je viens de présenter mon rapport au Conseil et j’ai dit aux membres "
        "ma préoccupation devant l’absence de progrès.",
        "J’ai aussi entendu un soutien très fort pour le travail de mon équipe, et j’espère "
        "qu’il se traduira par des actes.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Jean Morel"
