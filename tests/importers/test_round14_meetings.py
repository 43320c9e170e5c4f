"""Meetings of round 14: a minister with a body of envoys, German negotiations and working
visits that "took place", a joint press conference of a visit, an envoy's credentials in a
French cleft sentence; and meetings that are only an occasion, a mention or another's words."""

from __future__ import annotations

from datetime import date

from briefer.importers import meetings
from tests.importers.drafting import draft, participants


def test_a_briefing_or_engagement_with_the_diplomatic_corps_is_a_meeting() -> None:
    organised = draft(
        "Minister briefs diplomatic corps",
        "Port Mara, 5 March 2025",
        "Minister Ruth Ola organised on Tuesday, 4 March 2025 in Port Mara, a briefing for the "
        "whole diplomatic corps.",
        "She told the envoys about the elections.",
    )
    engagement = draft(
        "Minister engages diplomatic corps",
        "Port Mara, 5 March 2025",
        "Foreign Minister Ruth Ola said this on Tuesday, 4 March 2025 at an engagement with the "
        "diplomatic corps and the resident UN agencies in Port Mara.",
        "She said the elections would be free.",
    )
    induction = draft(
        "New heads of mission inducted",
        "Port Mara, 5 March 2025",
        "Foreign Minister Ruth Ola, speaking on Tuesday, 4 March 2025 during the induction "
        "programme for newly appointed ambassadors, urged them to promote trade.",
        "The programme lasts a week.",
    )
    for found in (organised, engagement, induction):
        assert found.kind == "consultation"
        assert participants(found) == ["Ruth Ola"]
        assert found.consultation is not None
        assert found.consultation.date == date(2025, 3, 4)


def test_german_negotiations_and_a_working_visit_that_took_place() -> None:
    negotiations = draft(
        "Verhandlungen in Brio",
        "Brio, 4. Mai 2025",
        "Am 3. Mai fanden Verhandlungen des Außenministers Jon Dahl mit seiner Amtskollegin, "
        "Ministerin Ilse Varn, statt.",
        "Es ging um den Handel.",
    )
    assert negotiations.kind == "consultation"
    assert set(participants(negotiations)) == {"Jon Dahl", "Ilse Varn"}
    assert negotiations.consultation is not None
    assert negotiations.consultation.date == date(2025, 5, 3)
    visit = draft(
        "Arbeitsbesuch in Norland",
        "Brio, 4. Mai 2025",
        "Am 3. Mai fand der Arbeitsbesuch des Außenministers Jon Dahl in Norland statt.",
        "Er sprach mit Vertretern der Wirtschaft.",
    )
    assert visit.kind == "consultation"
    assert "Jon Dahl" in participants(visit)


def test_a_joint_press_conference_of_a_visit_is_a_meeting() -> None:
    found = draft(
        "Ministers brief the press",
        "Brio, 4 May 2025",
        "At a joint press conference with visiting Foreign Minister Ilse Varn, Minister Jon Dahl "
        "said the two countries would sign a trade deal.",
        "Varn said she agreed.",
    )
    assert found.kind == "consultation"
    assert set(participants(found)) == {"Jon Dahl", "Ilse Varn"}


def test_credentials_handed_over_in_a_french_cleft_sentence() -> None:
    found = draft(
        "Remise de lettres de créance",
        "Brio, 15 mars 2021",
        "C'est lors d'une cérémonie solennelle que l'ambassadrice Léa Marn a remis jeudi à la "
        "Présidente Paule Vire la lettre qui l'accrédite.",
        "Elle a transmis les salutations de son gouvernement.",
    )
    assert found.kind == "consultation"
    assert set(participants(found)) == {"Léa Marn", "Paule Vire"}


def test_a_speech_at_the_opening_of_a_meeting_is_no_meeting() -> None:
    found = draft(
        "Council opens",
        "Brio, 4 May 2025",
        "Speaking at the opening of the 12th Council Meeting, Secretary-General Ivo Brand said "
        "the region must unite.",
        "He called for more trade.",
    )
    assert found.consultation is None


def test_a_meeting_mentioned_in_passing_is_no_meeting() -> None:
    found = draft(
        "Ministry restructures",
        "Brio, 4 May 2025",
        "The decision was made known to the staff at a recent meeting, Minister Jon Dahl said.",
        "The ministry will open two embassies.",
    )
    assert found.consultation is None


def test_a_third_party_who_talked_in_parliament_met_nobody() -> None:
    found = draft(
        "Ministry condemns remarks",
        "Brio, 4 May 2025",
        "The ministry condemned the remarks made by Senator Ola Brix in parliament on Monday, "
        "where he talked of sanctions.",
        "They are unacceptable, it said.",
    )
    assert found.consultation is None


def test_reporters_met_are_an_audience_not_a_counterpart() -> None:
    found = draft(
        "Foreign reporters visit",
        "Brio, 4 May 2025",
        "Minister Jon Dahl and his deputy Ivo Brand met with a group of visiting foreign "
        "reporters on Monday.",
        "They spoke about the economy.",
    )
    assert found.consultation is None
    assert found.kind == "other"


def test_a_luncheon_held_for_the_diplomatic_corps_is_an_occasion() -> None:
    found = draft(
        "Minister addresses diplomatic corps",
        "Brio, 4 May 2025",
        "The yearly luncheon for the diplomatic corps held on Monday by Minister Jon Dahl in "
        "Brio was a success.",
        "Minister Jon Dahl thanked the envoys for their work.",
    )
    assert found.consultation is None


def test_talks_of_others_in_a_ministers_quoted_words_are_not_his_meeting() -> None:
    found = draft(
        "Minister on the talks",
        "Brio, 4 May 2025",
        "“The talks between our two neighbours went well,” Minister Jon Dahl said on Monday.",
        "He added that peace was near.",
    )
    assert found.consultation is None


def test_a_lede_after_page_furniture_and_captions_printed_twice_is_read() -> None:
    found = draft(
        "Minister Dahl meets Norland's foreign minister",
        "https://news.example.org/en/2025/05/04/item-2231",
        "[04/ May/2025]",
        "Minister Dahl meets Norland's foreign minister",
        "Minister Dahl (left) and Minister Varn Minister Dahl (left) and Minister Varn",
        "The two ministers at the ministry The two ministers at the ministry",
        "br>",
        "Foreign Minister Jon Dahl met on Sunday with the visiting Foreign Minister of Norland, "
        "Ilse Varn, to discuss trade and the border.",
        "The two sides agreed to meet again in the autumn.",
    )
    assert found.kind == "consultation"
    assert {"Jon Dahl", "Ilse Varn"} <= set(participants(found))


def test_a_third_party_who_talked_in_a_subordinate_clause_met_nobody() -> None:
    found = draft(
        "Ministry condemns remarks",
        "Brio, 4 May 2025",
        "The ministry condemned the remarks of Senator Ola Brix in parliament on Monday, in "
        "which he openly talked of sanctions against Estoria.",
        "They are unacceptable, it said.",
    )
    assert found.consultation is None


def test_who_speaks_on_a_matter_meets_nobody() -> None:
    assert meetings.meeting_sentence("Government speaks on Minister Dahl's statement on Ek") is None
    assert meetings.meeting_sentence("Minister Dahl spoke on Monday with Minister Varn.")
    assert meetings.meeting_sentence("Minister Dahl spoke on the phone with Minister Varn.")


def test_a_host_welcoming_a_guest_in_a_participle_met_the_guest() -> None:
    english = draft(
        "Minister Kwesi receives new Ambassador",
        "Port Mara, 5 March 2025",
        "In welcoming Ambassador Teo Raine, Minister Ada Kwesi expressed her wish to deepen ties "
        "between the two countries.",
        "Ambassador Raine thanked her for the warm welcome.",
    )
    french = draft(
        "Le ministre reçoit le nouvel ambassadeur",
        "Brio, 5 mars 2025",
        "En accueillant l'ambassadeur Teo Raine, la ministre Ada Kwesi a souhaité approfondir les "
        "liens.",
        "L'ambassadeur a remercié la ministre.",
    )
    german = draft(
        "Ministerin empfängt neuen Botschafter",
        "Brio, 5. März 2025",
        "Bei der Begrüßung des Botschafters Teo Raine betonte Ministerin Ada Kwesi die engen "
        "Beziehungen.",
        "Der Botschafter dankte ihr.",
    )
    for found in (english, french, german):
        assert found.kind == "consultation"
        assert set(participants(found)) == {"Ada Kwesi", "Teo Raine"}


def test_a_joint_news_conference_of_a_visit_is_a_meeting() -> None:
    found = draft(
        "Ministers brief the press",
        "Brio, 4 May 2025",
        "Speaking at a joint news conference with his visiting Norlandic counterpart Ilse Varn, "
        "Foreign Minister Jon Dahl said the two would sign a deal.",
        "Varn agreed.",
    )
    assert found.kind == "consultation"
    assert set(participants(found)) == {"Jon Dahl", "Ilse Varn"}


def test_others_talks_at_the_end_of_a_ministers_quotation_are_not_his_meeting() -> None:
    found = draft(
        "Minister praises peace process",
        "Brio, 4 May 2025",
        "Foreign Minister Jon Dahl on Monday praised the peace process between Norland and Sudor.",
        "“Another round is planned in a few days. The phone call between President Ana Velo and "
        "President Per Ek helped a lot,” the minister said.",
    )
    assert found.consultation is None
    own = draft(
        "Minister praises peace process",
        "Brio, 4 May 2025",
        "“We are glad. We met President Ana Velo yesterday,” Foreign Minister Jon Dahl said on "
        "Monday.",
    )
    assert own.kind == "consultation"


def test_a_speech_at_the_opening_of_a_long_named_meeting_is_no_meeting() -> None:
    speaking = draft(
        "Council of Ministers opens",
        "Brio, 4 May 2025",
        "Secretary-General Ivo Brand, speaking yesterday at the opening of the 12th Council of "
        "Ministers Meeting in Brio, said the region must unite.",
        "He called for more trade.",
    )
    remarks = draft(
        "Council of Ministers opens",
        "Brio, 4 May 2025",
        "In his remarks yesterday at the opening ceremony of the 40th Regular Meeting of the "
        "Conference of Heads of Government, Secretary-General Ivo Brand said the region must "
        "unite.",
        "He called for more trade.",
    )
    for found in (speaking, remarks):
        assert found.consultation is None


def test_the_heads_of_both_states_are_the_two_named_before() -> None:
    found = draft(
        "Außenminister Dahl in Norland",
        "Brio, 4. Mai 2025",
        "Außenminister Jon Dahl und Außenministerin Ilse Varn (Foto)",
        "Am 3. Mai fand der Arbeitsbesuch des Außenministers in Norland statt. In dem Gespräch "
        "berieten die Ressortchefs beider Staaten über den Handel.",
        "Es ging auch um die Grenze.",
    )
    assert found.kind == "consultation"
    assert set(participants(found)) == {"Jon Dahl", "Ilse Varn"}
    assert found.consultation is not None
    assert found.consultation.date == date(2025, 5, 3)


def test_envoys_of_a_credentials_ceremony_named_one_by_one_took_part() -> None:
    found = draft(
        "Minister receives credentials from four new envoys",
        "Brio, 4 May 2025",
        "Minister Jon Dahl on Monday received the credentials of four new envoys.",
        "The first envoy received was Ambassador Ana Velo of Norland.",
        "Of the four new envoys, Ambassador Per Ek will reside in Brio.",
        "The envoys in attendance were welcomed by the Chief of Protocol.",
    )
    assert {"Jon Dahl", "Ana Velo", "Per Ek"} <= set(participants(found))


def test_a_lede_after_bullet_summaries_is_read() -> None:
    found = draft(
        "Minister Dahl meets Norland's foreign minister",
        "Brio, 4 May 2025",
        "• Trade between the two countries has doubled in five years",
        "• A new border crossing is to open in the spring of next year",
        "• The two countries share a long history of friendship and trade",
        "• Norland is the country's third largest partner in the region",
        "Foreign Minister Jon Dahl met on Sunday with the visiting Foreign Minister of Norland, "
        "Ilse Varn, to discuss trade and the border.",
    )
    assert found.kind == "consultation"
    assert {"Jon Dahl", "Ilse Varn"} <= set(participants(found))


def test_words_said_at_a_meetings_opening_are_no_meeting() -> None:
    found = draft(
        "Council of Ministers opens",
        "Brio, 4 May 2025",
        "Secretary-General Ivo Brand said yesterday at the opening of the 12th Council of "
        "Ministers Meeting in Brio that the region must unite.",
        "He called for more trade.",
    )
    assert found.consultation is None
