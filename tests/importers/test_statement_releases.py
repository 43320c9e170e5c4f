"""Releases that are one speaker's statement or speech, and news items that only quote
someone: what kind they are and whose words they give (releases invented here)."""

from __future__ import annotations

from briefer.importers.draft import Draft
from briefer.importers.headings import single_speaker
from briefer.importers.layout import Layout
from briefer.importers.speeches import whole_release
from tests.importers.drafting import draft


def _said(found: Draft) -> list[tuple[str, str, str]]:
    return [(s.speaker.name, s.speaker.role, s.text) for s in found.statements]


def test_a_chairpersons_statement_is_no_chairs_statement_of_a_meeting() -> None:
    found = draft(
        "Statement of the Chairperson on the floods in Vestria",
        "12 May 2021, Brio: The Chairperson of the Regional Commission Karl Moen expresses his "
        "solidarity with the families of the victims of the floods in the north of Vestria.",
        "The Chairperson further assures Vestria of the Commission's support in the weeks ahead "
        "and calls on all members to help.",
    )
    assert found.kind == "statement"
    [(name, _, text)] = _said(found)
    assert name == "Karl Moen"
    assert text.startswith("The Chairperson of the Regional Commission Karl Moen expresses")
    assert text.endswith("calls on all members to help.")
    assert text.count("\n") == 1


def test_a_dateline_with_a_colon_is_no_part_of_the_statement() -> None:
    found = draft(
        "Statement by the Secretary-General on the elections in Ostland",
        "3 June 2020, Brio: The Secretary-General of the Port Union, Anna Berg, welcomes the "
        "peaceful conduct of the elections held in Ostland on Sunday.",
        "She calls on all parties to accept the results and to settle any dispute in court.",
    )
    [(name, _, text)] = _said(found)
    assert name == "Anna Berg"
    assert text.startswith("The Secretary-General of the Port Union, Anna Berg, welcomes")


def test_a_sentence_that_names_a_date_and_ends_in_a_colon_is_no_dateline() -> None:
    found = draft(
        "Statement by the Spokesperson on the talks in Brio",
        "On 12 May 2021, the Spokesperson said: the talks in Brio will go on next week.",
        "Both delegations have agreed to meet again in Ostburg.",
    )
    [(_, _, text)] = _said(found)
    assert text.startswith("On 12 May 2021, the Spokesperson said:")


def test_the_chairs_statement_of_a_meeting_is_still_a_joint_statement() -> None:
    found = draft(
        "Statement by the Chair of the Ministerial Meeting of the Port States",
        "The ministers of the port states met in Brio on 4 May 2021 and agreed on a common "
        "customs office for the northern ports.",
    )
    assert found.kind == "joint statement"


def _speech(heading: str, place: str, salutation: str) -> Draft:
    return draft(
        heading,
        place,
        salutation,
        "Je vous remercie de votre accueil dans cette belle ville portuaire, qui nous réunit "
        "aujourd'hui.",
        "Nos ports partagent un avenir commun, et je suis heureuse d'être parmi vous.",
    )


def test_a_french_press_statement_by_someone_is_their_statement() -> None:
    found = _speech(
        "Déclaration à la presse par Anna Berg, Secrétaire générale de l'Union des ports",
        "Brio, le 4 mai 2021",
        "Madame la Présidente, Mesdames et Messieurs,",
    )
    assert found.kind == "statement"
    [(name, _, text)] = _said(found)
    assert name == "Anna Berg"
    assert text.startswith("Madame la Présidente, Mesdames et Messieurs,")
    assert text.endswith("je suis heureuse d'être parmi vous.")


def test_elements_of_a_french_speech_are_the_speakers_words() -> None:
    found = _speech(
        "Éléments de discours d'Anna Berg, Secrétaire générale de l'Union des ports",
        "Brio, le 4 mai 2021",
        "Madame la Présidente, Mesdames et Messieurs,",
    )
    assert found.kind == "statement"
    [(name, _, text)] = _said(found)
    assert name == "Anna Berg"
    assert text.startswith("Madame la Présidente")


def test_a_speech_heading_cut_after_the_speakers_name_names_the_speaker() -> None:
    heading = "Déclaration de presse par Anna Berg,"  # the role on the line below
    layout = Layout(heading, 0, [3, 4], "", None, [], [], [])
    speaker = single_speaker(layout)
    assert speaker is not None and speaker.name == "Anna Berg"
    german = Layout("Rede von Karl Moen,", 0, [3, 4], "", None, [], [], [])
    speaker = single_speaker(german)
    assert speaker is not None and speaker.name == "Karl Moen"


def test_a_news_item_on_an_election_that_quotes_a_reaction_is_no_statement() -> None:
    found = draft(
        "Brio, 12. März 2019. Der Verband hat heute Karl Moen für fünf weitere Jahre an seiner "
        "Spitze bestätigt. Die Mitglieder stimmten mit großer Mehrheit für ihn, und auch der "
        "Vorstand wurde neu gewählt: ihm gehören nun sieben Mitglieder aus fünf Ländern an.",
        "„Er hat den Verband in wenigen Jahren modernisiert“, sagte die Sprecherin der "
        "Mitglieder, Botschafterin Anna Berg.",
        "Die nächste Versammlung findet im Herbst in Ostburg statt, wo der Verband auch sein "
        "neues Büro eröffnen wird. Dort sollen künftig zwölf Mitarbeiter arbeiten.",
    )
    assert found.kind == "other"
    [(name, _, _)] = _said(found)
    assert name == "Anna Berg"


def test_an_english_news_item_on_an_appointment_quoting_the_appointee_is_no_statement() -> None:
    found = draft(
        "Anna Berg elected Secretary-General of the Port Union",
        "The member states of the Port Union on Tuesday elected Ambassador Anna Berg of "
        "Norland as the union's Secretary-General for a term of four years. She succeeds Karl "
        "Moen, who led the union for eight years, and takes office on 1 July.",
        "Ambassador Berg has served as Norland's ambassador to Vestria and Ostland and, before "
        "that, as the head of the northern ports authority for six years.",
        "“I am honoured by the trust of the member states,” Ambassador Berg said.",
    )
    assert found.kind == "other"
    assert [name for name, _, _ in _said(found)] == ["Anna Berg"]


def test_a_new_ministers_words_that_make_up_the_release_are_a_statement() -> None:
    found = draft(
        "Anna Berg takes office as Minister of Foreign Affairs",
        "Minister of Foreign Affairs Anna Berg took office today.",
        "“When I entered politics, I did so to serve this country and its people. Today I "
        "took up my duties as Minister of Foreign Affairs, and I look forward to this new role "
        "for the very reason I got into politics in the first place,” Minister Berg said.",
        "“Whatever the issue, the challenges of our time cross borders, and so must their "
        "answers. I want to defend our interests in the European Union and the United "
        "Nations,” she added.",
    )
    assert found.kind == "statement"


def test_a_third_partys_long_reaction_to_an_election_is_still_a_news_item() -> None:
    found = draft(
        "Der Verband hat heute Karl Moen an seiner Spitze bestätigt.",
        "„Er hat den Verband in wenigen Jahren modernisiert, neue Mitglieder gewonnen und "
        "unsere Häfen enger verbunden als je zuvor. Wir freuen uns auf die nächsten fünf Jahre "
        "mit ihm und wünschen ihm viel Erfolg“, sagte die Sprecherin der Mitglieder, "
        "Botschafterin Anna Berg.",
    )
    assert found.kind == "other"


def test_the_byline_names_the_spokesperson_a_headline_names_by_office() -> None:
    paragraphs = [
        "Statement attributable to the Spokesperson for the Secretary-General – on Vestria",
        "Karl Moen, Spokesperson for the Secretary-General",
        "The Secretary-General is deeply concerned by the fighting in the north of Vestria.",
        "He calls on all parties to stop the fighting and to return to the talks in Brio.",
    ]
    layout = Layout(paragraphs[0], 0, [2, 3], "", None, [], [paragraphs[1]], [])
    [found] = whole_release(paragraphs, layout)
    assert found.speaker is not None and found.speaker.name == "Karl Moen"
    assert found.paragraphs[0].startswith("The Secretary-General is deeply concerned")


def test_a_statement_under_its_own_heading_names_the_office_holder_its_body_names() -> None:
    found = draft(
        "Floods in Vestria: the Commission stands by the victims",
        "The Regional Commission today published the following statement on the floods that "
        "struck Vestria this week.",
        "Statement of the Chairperson on the floods in Vestria",
        "The Chairperson of the Regional Commission Karl Moen expresses his solidarity with "
        "the families of the victims of the floods in the north of Vestria.",
        "The Chairperson further assures Vestria of the Commission's support in the weeks ahead "
        "and calls on all members to help.",
    )
    assert [name for name, _, _ in _said(found)] == ["Karl Moen"]


def test_the_office_holder_may_be_named_before_the_office() -> None:
    found = draft(
        "Statement of the Chairperson on the floods in Vestria",
        "12 May 2021, Brio: H.E. Mr. Karl Moen, Chairperson of the Regional Commission, "
        "expresses his solidarity with the families of the victims of the floods in Vestria.",
        "The Chairperson further assures Vestria of the Commission's support in the weeks ahead "
        "and calls on all members to help.",
    )
    [(name, role, text)] = _said(found)
    assert (name, role) == ("Karl Moen", "Chairperson of the Regional Commission")
    assert text.startswith("H.E. Mr. Karl Moen, Chairperson")


def test_keynote_addresses_welcome_words_and_speeches_delivered_name_their_speaker() -> None:
    for heading, salutation in (
        ("Keynote address by Foreign Minister Anna Berg at the Port Forum", "Excellencies,"),
        ("Ansprache von Ministerin Anna Berg zum Jahresempfang", "Sehr geehrte Damen und Herren,"),
        ("Discours prononcé par Mme Anna Berg à l'ouverture du forum", "Mesdames et Messieurs,"),
    ):
        found = draft(
            heading,
            salutation,
            "Our ports have grown together for a century, and they will go on doing so.",
        )
        assert found.kind == "statement", heading
        assert [(name, text[:12]) for name, _, text in _said(found)] == [
            ("Anna Berg", salutation[:12])
        ], heading


def test_a_text_that_opens_with_a_salutation_is_a_speech() -> None:
    text = (
        "Je vous remercie de votre accueil dans cette belle ville portuaire, qui nous réunit "
        "aujourd'hui pour parler de l'avenir de nos ports."
    )
    found = draft(
        "La ministre Anna Berg au Forum des ports de Brio",
        "Brio, le 4 mai 2021",
        "Madame la Présidente, Mesdames et Messieurs,",
        text,
    )
    assert found.kind == "statement"
    assert [(n, t[:17]) for n, _, t in _said(found)] == [("Anna Berg", "Madame la Préside")]
    english = draft(
        "The Port Forum in Brio",
        "Excellencies, ladies and gentlemen,",
        "It is an honour to open this forum, which brings our ports together for the first "
        "time in twenty years.",
    )
    assert english.kind == "statement"
    [(name, _, said)] = _said(english)
    assert name == "" and said.startswith("Excellencies, ladies and gentlemen,")


def test_a_salutation_inside_a_news_item_makes_no_speech() -> None:
    found = draft(
        "Minister Berg opens the Port Forum",
        "Minister Anna Berg opened the Port Forum in Brio on Tuesday before 300 guests from "
        "twelve countries.",
        "Dear friends,",
        "The forum will go on until Friday with talks on trade and customs.",
    )
    assert found.statements == ()


def test_congratulations_on_an_election_are_a_statement() -> None:
    found = draft(
        "Foreign Minister Karl Moen congratulates Anna Berg on her election",
        "Anna Berg was elected President of Vestria on Sunday with a large majority, after a "
        "campaign that took her to every region of the country and to its ports.",
        "The new President takes office in June, when the outgoing President's term ends.",
        "“I congratulate President-elect Berg,” said Foreign Minister Karl Moen.",
    )
    assert found.kind == "statement"
    german = draft(
        "Außenminister gratuliert Anna Berg zur Wiederwahl",
        "Die Generalversammlung hat heute Anna Berg als Präsidentin wiedergewählt. Sie wird "
        "die Versammlung zwei weitere Jahre leiten.",
        "„Ich gratuliere Anna Berg sehr herzlich“, sagte Außenminister Karl Moen.",
    )
    assert german.kind == "statement"


def test_a_headline_in_the_present_tense_reports_an_appointment_too() -> None:
    found = draft(
        "Council appoints Anna Berg Director of the Port Agency",
        "The Council of the Port Union on Monday chose Anna Berg of Norland to lead the "
        "Port Agency from September. The agency has 40 staff and a budget of 12 million euros.",
        "The agency was set up in 2004 to run the union's customs office and its training "
        "centre for port pilots.",
        "“She knows our ports like no one else,” said the chair of the Council, Ambassador "
        "Karl Moen.",
    )
    assert found.kind == "other"
    assert [name for name, _, _ in _said(found)] == ["Karl Moen"]


def test_a_speech_begins_at_its_salutation_after_the_lines_of_its_heading() -> None:
    paragraphs = [
        "Statement by Ms. Anna Berg",
        "Director of the Ports Division of the Northern Union of Ports 28 February - 3 March 2000",
        "Madam Chairperson,",
        "Distinguished Delegates,",
        "I take great honour in addressing you at this session of the Port Commission.",
    ]
    layout = Layout(paragraphs[0], 0, [1, 2, 3, 4], "", None, [], [], [])
    [found] = whole_release(paragraphs, layout)
    assert found.speaker is not None and found.speaker.name == "Anna Berg"
    assert found.paragraphs[0] == "Madam Chairperson,"
    assert len(found.paragraphs) == 3


def test_words_said_before_a_trip_are_a_statement_not_the_trips_announcement() -> None:
    found = draft(
        "Außenminister Moen zur Antrittsreise nach Brio",
        "Außenminister Karl Moen sagte im Vorfeld seiner Antrittsreise nach Brio heute (23.03.):",
        "Vestria ist ein zentraler Partner für den Zusammenhalt in Europa. Mein Besuch ist ein "
        "Zeichen, dass wir einander brauchen.",
        "Hintergrund:",
        "Außenminister Karl Moen wird heute nach Brio reisen. Dort ist ein Gespräch mit der "
        "Außenministerin Anna Berg geplant.",
    )
    assert found.kind == "statement"
    assert [name for name, _, _ in _said(found)] == ["Karl Moen"]


def test_a_trip_announced_with_a_quoted_programme_is_still_an_announcement() -> None:
    found = draft(
        "Foreign Minister Moen to visit Brio",
        "Foreign Minister Karl Moen will travel to Brio on Monday, the ministry announced: the "
        "talks will cover the ports and the new customs office.",
        "He will meet his counterpart Anna Berg and open the Vestrian trade fair.",
    )
    assert found.kind == "other"


def test_a_speech_under_a_heading_split_over_lines_is_by_the_one_its_first_line_names() -> None:
    paragraphs = [
        "Déclaration de presse par Anna Berg,",
        "Secrétaire générale, Union des ports",
        "Brio, Mardi 4 mai 2021",
        "Madame la Présidente, Mesdames et Messieurs,",
        "Je vous remercie de votre accueil dans cette belle ville portuaire.",
    ]
    layout = Layout(paragraphs[1], 1, [2, 3, 4], "", None, [], [], [])  # the role line's title
    [found] = whole_release(paragraphs, layout)
    assert found.speaker is not None and found.speaker.name == "Anna Berg"
    assert found.paragraphs[0] == "Madame la Présidente, Mesdames et Messieurs,"


def test_a_statement_heading_over_a_byline_taken_for_the_title_names_the_speaker() -> None:
    paragraphs = [
        "Statement attributable to the Spokesperson for the Secretary-General – on Vestria",
        "Karl Moen, Spokesman for the Secretary-General",
        "The Secretary-General is deeply concerned by the fighting in the north of Vestria.",
        "He calls on all parties to stop the fighting and to return to the talks in Brio.",
    ]
    layout = Layout(paragraphs[1], 1, [2, 3], "", None, [], [], [])  # the byline's title
    [found] = whole_release(paragraphs, layout)
    assert found.speaker is not None and found.speaker.name == "Karl Moen"
    assert len(found.paragraphs) == 2


def test_an_election_reported_in_the_paragraph_that_quotes_the_reaction_is_a_news_item() -> None:
    found = draft(
        "Neuer alter Vorsitz im Hafenverband",
        "Brio, 12. März 2019. Der Verband hat heute Karl Moen für fünf weitere Jahre an seiner "
        "Spitze bestätigt. „Er hat den Verband in wenigen Jahren modernisiert“, sagte die "
        "Sprecherin der Mitglieder, Botschafterin Anna Berg.",
        "Die nächste Versammlung findet im Herbst in Ostburg statt.",
    )
    assert [name for name, _, _ in _said(found)] == ["Anna Berg"]
    assert found.kind == "other"
