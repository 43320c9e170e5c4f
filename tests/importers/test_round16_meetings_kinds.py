"""Meetings and kinds read in round 16: audiences told by their noun, meetings that are only
an occasion or background, and news items on an event that quote several leaders (invented
releases)."""

from __future__ import annotations

from datetime import date

from tests.importers.drafting import draft, participants


def test_an_audience_granted_told_in_the_passive_is_a_meeting() -> None:
    found = draft(
        "Le chef de l'Etat reçoit le ministre sélonien",
        "Brio, 10 mai 2023 – La coopération régionale était au centre de l'audience accordée au "
        "ministre sélonien Paul Varo par le président de la République, Jean Oulo, le 9 mai 2023.",
        "Les deux hommes ont passé en revue les dossiers de la sous-région.",
    )
    assert found.kind == "consultation"
    assert found.consultation is not None and found.consultation.date == date(2023, 5, 9)
    assert sorted(participants(found)) == ["Jean Oulo", "Paul Varo"]


def test_the_audience_he_granted_him_and_talks_he_had_with_him() -> None:
    french = draft(
        "Le siège de l'Union au coeur des échanges",
        "Le président de la République, Jean Oulo, en a discuté avec le ministre sélonien Paul "
        "Varo au cours d'une audience qu'il lui a accordée le 3 mars 2022 à Brio.",
        "Le ministre a salué l'engagement du président.",
    )
    granted = draft(
        "Le siège de l'Union au coeur des échanges",
        "Le président Jean Oulo a accordé le 3 mars 2022 une audience au ministre sélonien Paul "
        "Varo.",
        "Le ministre a salué l'engagement du président.",
    )
    english = draft(
        "Union's seat discussed",
        "Brio, 4 March 2022 – The seat of the Union was the main subject of the audience that "
        "President Jean Oulo granted to Selonian Foreign Minister Paul Varo on 3 March 2022.",
        "The minister thanked the president.",
    )
    for found in (french, granted, english):
        assert found.kind == "consultation"
        assert found.consultation is not None and found.consultation.date == date(2022, 3, 3)
        assert participants(found) == ["Jean Oulo", "Paul Varo"]


def test_this_interview_took_place_dates_the_meeting() -> None:
    found = draft(
        "La ministre en visite à Sélo",
        "Brio, le 8 mars 2021 – La ministre des Affaires étrangères, Lise Marn, a rencontré le "
        "président sélonien Paul Oro. Cette entrevue a eu lieu le jeudi 4 mars à Sélo.",
        "Les deux personnalités ont évoqué la coopération.",
    )
    assert found.consultation is not None and found.consultation.date == date(2021, 3, 4)


def test_a_visit_last_month_told_after_the_quotations_is_background() -> None:
    found = draft(
        "Lise Marn au forum de Brio",
        "Brio, 6 mai 2023 – La ministre des Affaires étrangères Lise Marn a pris la parole au "
        "forum de Brio.",
        "« La Norlande a de grandes ressources. Nous voulons les mettre au service de la paix », "
        "a déclaré Lise Marn devant les participants.",
        "« Nous sommes prêts à travailler avec tous nos voisins », a-t-elle ajouté.",
        "Le mois dernier, Lise Marn a effectué une visite à Sélo à l'invitation de son homologue "
        "Paul Oro.",
    )
    assert found.kind == "statement"
    assert found.consultation is None


def test_the_meeting_at_which_someone_spoke_held_somewhere_is_the_occasion() -> None:
    found = draft(
        "Minister Vel calls for regional solidarity",
        "Foreign Minister Ana Vel addressed the 9th Meeting of the Regional Council, held in Brio "
        "on 4 May 2023, and called on the region's states to stand together.",
        "“Our people cannot wait for another season of hunger. We must act together now,” the "
        "minister said.",
    )
    assert found.kind == "statement"
    assert found.consultation is None


def test_a_ceremony_where_two_leaders_are_quoted_is_a_news_item() -> None:
    found = draft(
        "Ten years of the Brio Treaty",
        "Norland's embassy and the Ministry of Foreign Affairs marked the tenth anniversary of "
        "the Brio Treaty with a ceremony on Friday.",
        "“This treaty has brought our peoples closer than ever before,” said Ambassador Ana Vel.",
        "“We will build on it for the next ten years and beyond,” Foreign Minister Ivo Brand said.",
    )
    assert found.kind == "other"
    assert {s.speaker.name for s in found.statements if s.speaker} == {"Ana Vel", "Ivo Brand"}


def test_a_report_built_on_one_officials_words_stays_a_statement() -> None:
    found = draft(
        "Minister Brand at the Regional Forum",
        "Foreign Minister Ivo Brand told the Regional Forum on Friday that Norland stands by its "
        "neighbours.",
        "“We will build on our treaty for the next ten years and beyond,” the minister said.",
        "“Our region needs more trade, not less,” Mr Brand added.",
    )
    assert found.kind == "statement"


def test_a_later_side_meeting_told_with_dialogued_with_keeps_its_people() -> None:
    found = draft(
        "Varo Holds Talks at the Island States Conference",
        "Brio, Norland – Foreign Minister Ivo Varo is part of Norland's delegation to the Fourth "
        "Conference on Island States, held in Brio from 3 to 6 May 2024.",
        "Foreign Minister Ivo Varo alongside the Honourable Dr Ana Lo, Prime Minister of Norland, "
        "engaged in discussions with Mr Omar Qadi, Envoy of Selonia.",
        "On that same day, Minister Varo dialogued with Ambassador Paul Oro, Vice Minister of "
        "Foreign Affairs of Estland.",
    )
    assert "Paul Oro" in participants(found)


def test_the_heads_of_two_bodies_named_after_their_meeting_took_part() -> None:
    found = draft(
        "Government and UN mission review the humanitarian situation",
        "Brio, 4 May 2024 – The government and the UN mission met on Friday for their regular "
        "monthly review of the humanitarian situation.",
        "Acting Foreign Minister Ivo Varo chaired the government's side, while Ambassador Ana Lo "
        "led the UN team.",
        "Both sides agreed to keep the roads open to aid convoys.",
    )
    assert found.kind == "consultation"
    assert participants(found) == ["Ivo Varo", "Ana Lo"]


def test_a_bodys_meeting_opened_by_its_head_is_no_meeting_of_theirs() -> None:
    found = draft(
        "Regional Council closes its 51st meeting",
        "Brio, 6 May 2023 – The governing council and conference of the Regional Community closed "
        "this week in Brio.",
        "The 51st meeting of the Council, held in hybrid form, was opened by Director-General Ana "
        "Vel on 3 May 2023.",
        "Members discussed the region's budget and the programme for the coming year.",
    )
    assert found.consultation is None
    assert found.kind == "other"


def test_a_ministers_review_of_a_summit_and_the_presidents_talks_is_his_statement() -> None:
    for told in (
        "He said that on the margins of the summit President Paul Oro held bilateral talks with "
        "the President of Selonia, Ana Lo.",
        "According to the minister, President Paul Oro held bilateral talks with the President "
        "of Selonia, Ana Lo.",
    ):
        found = draft(
            "Minister Varo reviews the Brio summit",
            "Foreign Minister Ivo Varo said on Monday that the summit of the Southern Union in "
            "Brio had been a success for Norland.",
            "“We came with clear goals and we achieved them,” the minister told reporters.",
            told,
            "“These talks opened new doors for our exporters,” Mr Varo said.",
        )
        assert found.kind == "statement"
        assert found.consultation is None


def test_an_interview_written_up_is_a_statement_whatever_meetings_it_recalls() -> None:
    found = draft(
        "Norland has fought for its own interests",
        "BRIO: Foreign Minister Ivo Varo said in an interview that Norland has told its partners "
        "plainly what it expects of them.",
        "Varo, expanding upon his recent tour, said talks were held on trade during his visits "
        "to Selonia and Estland.",
        "“In Selonia there were the same worries,” he said, adding that he met President Ana Lo "
        "and other Selonian officials.",
    )
    assert found.kind == "statement"
    assert found.consultation is None


def test_someone_who_spoke_on_a_day_when_he_delivered_a_speech_met_nobody() -> None:
    found = draft(
        "Minister Varo bids two ambassadors farewell",
        "Foreign Minister Ivo Varo has said that the diplomatic corps stood with Norland in its "
        "darkest hour.",
        "Minister Varo spoke Thursday, August 20th, when he delivered a statement at a farewell "
        "luncheon for two ambassadors.",
        "“All of you stayed with us,” he told the diplomats present.",
    )
    assert found.consultation is None
    assert found.kind == "statement"


def test_an_appeal_to_an_office_and_others_meetings_in_quoted_words_are_no_meeting() -> None:
    found = draft(
        "Protecting Norland's interests",
        "Regional Affairs Secretary Ana Vel has called on the Foreign Secretary to withdraw "
        "guidance sent to diplomats on visits by regional ministers.",
        "Commenting on the letter, Ms Vel said:",
        "“Ministerial engagement abroad drives investment. Just this week, Economy Secretary Ivo "
        "Brand met with a large Selonian company in Brio to discuss a new plant.",
        "“We will resist any move to curtail these visits.”",
    )
    assert found.consultation is None
    assert found.kind == "statement"


def test_a_host_who_received_an_envoy_or_a_nominee_met_them() -> None:
    english = draft(
        "Foreign Minister receives the nominee of Selonia",
        "The Foreign Minister, Prof. Ivo Varo, received in his office the nominee of Selonia for "
        "the post of Director-General, Ambassador Ana Lo.",
        "The meeting discussed the relations between the two countries.",
    )
    french = draft(
        "Le ministre reçoit l'envoyé spécial sélonien",
        "Le ministre des Affaires étrangères, Ivo Varo, a reçu lundi l'envoyé spécial du président "
        "sélonien, l'ambassadeur Paul Oro.",
        "Les deux hommes ont évoqué la situation dans la région.",
    )
    assert english.kind == "consultation"
    assert participants(english) == ["Ivo Varo", "Ana Lo"]
    assert french.kind == "consultation"
    assert participants(french) == ["Ivo Varo", "Paul Oro"]


def test_an_envoy_summoned_in_the_active_is_a_meeting() -> None:
    found = draft(
        "Foreign Minister summons Selonian diplomat",
        "Foreign Minister Ivo Varo has summoned Selonia's most senior diplomat in Brio, Mr Paul "
        "Oro, after the border incident of Sunday.",
        "The minister told him that Norland expects a full account of the incident.",
    )
    assert found.kind == "consultation"
    assert participants(found) == ["Ivo Varo", "Paul Oro"]


def test_a_trip_told_day_by_day_from_today_is_an_announcement() -> None:
    german = draft(
        "Außenminister Varo zu Gesprächen in Brio und Selo",
        "Außenminister Varo nimmt heute an einem Treffen der Außenminister der Region in Brio "
        "teil.",
        "Morgen (23.08.) trifft sich der Außenminister mit seinem selonischen Amtskollegen Paul "
        "Oro in Selo.",
    )
    english = draft(
        "Foreign Minister Varo to Brio and Selo",
        "Foreign Minister Ivo Varo takes part today in a meeting of the region's foreign "
        "ministers in Brio.",
        "Tomorrow, the minister meets his Selonian counterpart Paul Oro in Selo.",
    )
    for found in (german, english):
        assert found.kind == "other"
        assert found.consultation is None


def test_a_french_conference_of_the_ministrys_envoys_is_a_meeting() -> None:
    for lede in (
        "Le ministre des Affaires étrangères, Paul Varo, a ouvert lundi la conférence "
        "diplomatique, qui réunit à Brio les ambassadeurs de la Norlande.",
        "La conférence diplomatique annuelle s'est tenue lundi à Brio en présence du ministre des "
        "Affaires étrangères, Paul Varo, et des ambassadeurs de la Norlande.",
    ):
        found = draft(
            "Conférence diplomatique 2023",
            f"Brio, le 5 juin 2023 – {lede}",
            "Le ministre a présenté aux chefs de mission les priorités de sa diplomatie.",
        )
        assert found.kind == "consultation"
        assert participants(found) == ["Paul Varo"]


def test_talks_told_with_an_adverb_in_an_elision_are_a_meeting() -> None:
    found = draft(
        "Visite au siège de l'Union",
        "Brio, le 5 juin 2023 – En visite au siège de l'Union à Brio, la ministre des Affaires "
        "étrangères Ana Vel s'est d'abord entretenue avec le secrétaire général, Paul Oro.",
        "La ministre a plaidé pour une Union plus forte.",
    )
    assert found.kind == "consultation"
    assert participants(found) == ["Ana Vel", "Paul Oro"]
