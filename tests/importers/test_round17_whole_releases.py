"""Whole releases read in round 17: speeches whose text follows a lede or a label and opens
with an address that calls out ("Dear colleagues!") or wraps an addressee over two lines
(invented releases)."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_speech_after_its_occasion_with_salutations_ending_in_exclamation_marks() -> None:
    found = draft(
        "Chairman Anton Velikov gave a greeting speech at the 12th meeting of the Council",
        "On 4 May 2023 in Brio the 12th meeting of the Council took place, at which Anton "
        "Velikov spoke.",
        "Dear Anton Sergeyevich!",
        "Dear members of the Council!",
        "Let me greet the hosts of this session and thank them for the warm welcome in Brio.",
        "Our cooperation has grown over the years, and we are ready to go further together.",
        "Dear colleagues, thank you for your attention!",
    )
    assert found.kind == "statement"
    assert found.consultation is None
    assert len(found.statements) == 1
    speech = found.statements[0]
    assert speech.speaker.name == "Anton Velikov"
    assert speech.text.startswith("Dear Anton Sergeyevich!")
    assert speech.text.endswith("thank you for your attention!")


def test_remarks_in_full_under_a_label_with_addressees_wrapped_over_two_lines() -> None:
    found = draft(
        "Secretary General Pim Holt addresses symposium on regional growth",
        "Brio, 3 March 2021: Secretary General Pim Holt addressed the symposium on regional "
        "growth organised by the Institute.",
        "The remarks in full:",
        "Her Excellency Ms Lina Rao, Secretary (East),",
        "Ministry of Foreign Affairs, Government of Norland",
        " Dr Pim Vos, Director, Institute of Growth,",
        "Ladies and gentlemen,",
        "It is an honour for me to address this symposium on the growth of our region.",
        "I thank the Institute for organising it and all of you for coming.",
    )
    assert found.kind == "statement"
    assert len(found.statements) == 1
    speech = found.statements[0]
    assert speech.speaker.name == "Pim Holt"
    assert speech.text.startswith("Her Excellency Ms Lina Rao")
    assert "all of you for coming" in speech.text


def test_a_site_notice_above_a_speech_is_not_its_first_paragraph() -> None:
    found = draft(
        "Speech by Minister for Defence, Dr Ng Ko, at the Volunteers Dinner",
        "12 May 2012",
        "This page was moved from an older version of the site and may look different.",
        "Ladies and gentlemen,",
        "Good evening. It is a pleasure to be here with our volunteers tonight.",
        "You have served our country with dedication, and I thank you for it.",
    )
    assert len(found.statements) == 1
    assert found.statements[0].text.startswith("Ladies and gentlemen")
    assert "older version" not in found.statements[0].text


def test_an_office_only_sub_heading_keeps_the_speaker_the_headline_names() -> None:
    found = draft(
        "Secretary General Pim Holt's statement at the 2026 Sea Ministerial Meeting",
        "Statement of the Secretary General of the Council of Northern States Secretariat",
        "Sea Ministerial Meeting, Brio, 12.03.2026",
        "Excellencies, dear colleagues,",
        "It is a pleasure for me to address this meeting on behalf of the Council.",
        "Our region faces many challenges, and we will meet them together.",
    )
    assert found.kind == "statement"
    assert [s.speaker.name for s in found.statements] == ["Pim Holt"]


def test_we_the_member_states_is_a_joint_statement_not_one_speakers() -> None:
    english = draft(
        "On the state of international security",
        "We, the member states of the Northern Treaty Organization, are deeply concerned about "
        "the state of international security.",
        "We call on all states to respect their commitments.",
    )
    french = draft(
        "Déclaration sur la sécurité internationale",
        "Nous, États membres de l'Organisation du traité nordique, sommes profondément "
        "préoccupés par la situation.",
        "Nous appelons tous les États à respecter leurs engagements.",
    )
    for found in (english, french):
        assert found.kind == "joint statement"
        assert found.statements == ()


def test_a_first_person_release_under_an_office_only_headline_is_its_statement() -> None:
    for opening in (
        "I am travelling to Valdoria today for talks with my counterpart.",
        "Today I will travel to Valdoria for talks with my counterpart.",
    ):
        found = draft(
            "Minister for Defence – Minister for Defence to visit Valdoria",
            "Monday, 10 September 2012",
            opening,
            "During my visit I will also meet senior officials and visit our troops there.",
            "Valdoria is an important partner, and the talks will strengthen our cooperation.",
        )
        assert found.kind == "statement"
        assert len(found.statements) == 1
        statement = found.statements[0]
        assert statement.speaker.name == ""
        assert statement.text.startswith(opening)
        assert statement.text.endswith("strengthen our cooperation.")
