"""Where a quotation ends and who it is credited to when its marks or its attribution stand
apart from it (round 10): a quotation left open, marks typed beside a space, an attribution
in a sentence of its own, words credited to a document."""

from __future__ import annotations

from briefer.importers.draft import Draft
from tests.importers.drafting import draft


def _said(found: Draft) -> list[tuple[str, str]]:
    return [(s.speaker.name if s.speaker else "", s.text) for s in found.statements]


def test_a_paragraph_of_narration_ends_a_quotation_left_open() -> None:
    found = draft(
        "Minister Berg meets the unions",
        "Minister of Trade Anna Berg met the leaders of the unions in Brio on Monday.",
        'After the talks, Minister Berg said: "We owe the unions our thanks for their advice. '
        "Our trade policy is one the whole country shares.",
        "The talks also covered wages, pensions and the new agreement with Vestria.",
    )
    [(name, text)] = _said(found)
    assert name == "Anna Berg"
    assert text == (
        "We owe the unions our thanks for their advice. Our trade policy is one the whole "
        "country shares."
    )


def test_a_later_quotation_is_not_glued_to_one_left_open() -> None:
    found = draft(
        "Minister Berg meets the unions",
        "Minister of Trade Anna Berg met the leaders of the unions in Brio on Monday.",
        'After the talks, Minister Berg said: "We owe the unions our thanks for their advice. '
        "Our trade policy is one the whole country shares.",
        'The talks also covered wages. Ambassador Karl Moen of Vestria said: "We welcome the new '
        'agreement with Vestria and we will support it."',
    )
    assert [(name, text.count("\n") + 1) for name, text in _said(found)] == [
        ("Anna Berg", 1),
        ("Karl Moen", 1),
    ]


def test_a_quotation_going_on_over_paragraphs_still_goes_on() -> None:
    found = draft(
        "Minister Berg meets the unions",
        'Minister of Trade Anna Berg said: "We owe the unions our thanks for their advice.',
        '"Our trade policy is one the whole country shares, from the ports to the farms."',
    )
    [(name, text)] = _said(found)
    assert name == "Anna Berg"
    assert text.count("\n") == 1


def test_a_closing_mark_typed_after_a_space_closes_the_quotation() -> None:
    found = draft(
        "Ports of Brio and Ostburg to share a customs office",
        "Minister of Transport Anna Berg visited the port of Ostburg on Tuesday.",
        '"Our two ports will share one customs office from next spring, and this is only the '
        'first step for our ", she said.',
    )
    [(name, text)] = _said(found)
    assert name == "Anna Berg"
    assert text.startswith("Our two ports will share one customs office")
    assert text.endswith("the first step for our")


def test_a_paragraph_opened_by_a_mark_and_a_space_is_a_quotation() -> None:
    found = draft(
        "Deputy Minister receives the sports delegation",
        "The Deputy Minister of Foreign Affairs Anna Berg has met a delegation of the Sports "
        "Council in Brio.",
        "” Brio is a sport loving nation, and our people love the games of the north” she stated.",
    )
    [(name, text)] = _said(found)
    assert name == "Anna Berg"
    assert text.startswith("Brio is a sport loving nation")


def test_an_attribution_in_a_sentence_of_its_own_after_the_mark_credits_the_quotation() -> None:
    found = draft(
        "Ambassador hands over vehicles to the Ministry of Health",
        "The vehicles were handed over by Ambassador Karl Moen to Principal Secretary Anna "
        "Berg at the Ministry of Health in Brio.",
        "“Reaching patients in remote villages when the roads are closed has been our hardest "
        "task for many years”. Principal Secretary Berg said.",
        "“We hope these vehicles will save many lives in the villages of the north”. "
        "Ambassador Moen said as he handed over the keys.",
    )
    assert [name for name, _ in _said(found)] == ["Anna Berg", "Karl Moen"]
    assert _said(found)[1][1].endswith("in the villages of the north")


def test_a_pronoun_in_a_sentence_of_its_own_after_the_mark_is_the_person_named_before() -> None:
    found = draft(
        "Minister opens the new clinic",
        "Minister of Health Anna Berg opened the new clinic in Brio on Monday.",
        "“This clinic will serve forty villages that had no doctor of their own until now”. "
        "She said.",
    )
    [(name, text)] = _said(found)
    assert name == "Anna Berg"
    assert text.startswith("This clinic will serve forty villages")


def test_a_new_sentence_that_reports_more_after_the_mark_is_no_attribution() -> None:
    found = draft(
        "Minister opens the new clinic",
        "“This clinic will serve forty villages that had no doctor of their own until now”. "
        "Minister of Health Anna Berg said that the government would open ten more clinics "
        "in the north of the country before the end of the coming year.",
    )
    assert not found.statements


def test_a_participle_after_a_pronoun_subject_credits_the_pronouns_person() -> None:
    found = draft(
        "Minister bids farewell to three ambassadors",
        "Foreign Minister Anna Berg hosted a farewell luncheon for three ambassadors in Brio.",
        "She stated that the three ambassadors, Ambassador Karl Moen of Vestria, Ambassador "
        "Jon Dahl of Ostland and Ambassador Per Lie of Norland, were true friends of the "
        "country; adding: “They have special pages in our history and we will miss them.”",
    )
    [(name, text)] = _said(found)
    assert name == "Anna Berg"
    assert text.startswith("They have special pages")


def test_she_after_a_paragraph_whose_subject_is_an_office_is_its_holder() -> None:
    found = draft(
        "Deputy Minister receives a delegation",
        "The Deputy Minister of Foreign Affairs Anna Berg has met a delegation of the Sports "
        "Council in Brio.",
        "The Council also asked President Karl Moen to give a trophy for the games.",
        "The Deputy Minister in her statement welcomed the delegation.",
        "“Our country loves sport and our armed forces will welcome the games,” she stated.",
    )
    [(name, _)] = _said(found)
    assert name == "Anna Berg"


def test_a_quotation_after_told_and_an_audience_set_off_by_a_comma_is_the_tellers() -> None:
    found = draft(
        "Minister bids farewell to three ambassadors",
        "Foreign Minister Anna Berg hosted a farewell luncheon for three ambassadors in Brio.",
        "She told the members of the diplomatic corps present in the C. Dennis, Jr. Hall of "
        "the ministry, “All of you stayed with us in the hardest months, and we thank you.”",
    )
    [(name, text)] = _said(found)
    assert name == "Anna Berg"
    assert text.startswith("All of you stayed with us")


def test_a_quotation_alone_after_reported_speech_is_the_reporters() -> None:
    found = draft(
        "Vestria donates rice to Norland",
        "Receiving the donation, Foreign Minister Anna Berg pointed out that, following the "
        "plan of President Karl Moen, she had asked Vestria for food assistance.",
        "“In line with the directives of the President, we started talks with our partners, "
        "including Vestria, and we thank them for their help.”",
    )
    [(name, _)] = _said(found)
    assert name == "Anna Berg"


def test_a_quoted_name_in_the_sentence_before_does_not_keep_a_quotation_from_its_speaker() -> None:
    found = draft(
        "Vestria donates rice to Norland",
        "Receiving the donation, Foreign Minister Anna Berg pointed out that, following the "
        "“Agenda for Prosperity and Development” of President Karl Moen, she had asked "
        "Vestria for food assistance.",
        "“In line with the directives of the President, we started talks with our partners, "
        "including Vestria, and we thank them for their help.”",
    )
    [(name, _)] = _said(found)
    assert name == "Anna Berg"


def test_the_secretary_of_state_who_points_out_is_the_foreign_minister_named_before() -> None:
    found = draft(
        "Foreign Minister Berg visits the port of Ostburg",
        "Foreign Minister Anna Berg met the governor of the province and the harbour master "
        "in Ostburg on Monday to discuss the damage done by the storms.",
        "The Secretary of State later pointed out that “the port must reopen before winter, "
        "or the trade of the whole region will suffer”.",
    )
    [(name, text)] = _said(found)
    assert name == "Anna Berg"
    assert text.startswith("the port must reopen")


def test_the_chancellor_who_has_said_is_the_foreign_minister_named_before() -> None:
    found = draft(
        "Foreign Minister Berg visits the port of Ostburg",
        "Foreign Minister Anna Berg met the governor of the province and the harbour master "
        "in Ostburg on Monday to discuss the damage done by the storms.",
        "In a message to the harbour workers, the Chancellor has also said “the port must "
        "reopen before winter, or the trade of the whole region will suffer”.",
    )
    [(name, _)] = _said(found)
    assert name == "Anna Berg"


def test_a_bare_family_name_after_a_quotation_is_the_person_named_in_full_before() -> None:
    found = draft(
        "Vestria opens a consulate in Brio",
        "Vestria's new honorary consul is Harald Agner, who will serve Vestria and Ostland "
        "from the same building in Brio.",
        "“Your presence today is a testament to our shared goals and our partnership”, Agner "
        "said, promising to serve both countries.",
    )
    [(name, _)] = _said(found)
    assert name == "Harald Agner"


def test_he_after_a_sentence_opened_by_a_bare_family_name_is_that_person() -> None:
    found = draft(
        "Vestria opens a consulate in Brio",
        "Ambassador Anna Berg of Norland thanked the envoy of Vestria, Olaf Sjoberg, for his "
        "support.",
        "Sjoberg said he was glad that Vestria could open the consulate. “This is evidence of "
        "the long relations between our two countries”, he remarked.",
    )
    [(name, _)] = _said(found)
    assert name == "Olaf Sjoberg"


def test_a_country_before_said_is_no_family_name() -> None:
    found = draft(
        "Vestria opens a consulate in Brio",
        "The ambassadors of Sierra Leone and Vestria met in Brio on Monday.",
        "“We will open the consulate in the spring and serve both countries from it”, Leone "
        "said in a note.",
    )
    assert all(s.speaker is None or s.speaker.name != "Sierra Leone" for s in found.statements)


def test_he_after_a_quotation_credited_in_the_same_paragraph_is_its_speaker() -> None:
    found = draft(
        "Vestria opens a consulate in Brio",
        "Ambassador Anna Berg of Norland opened the ceremony in Brio.",
        "Vestria's new honorary consul is Harald Agner, who will serve Vestria and Ostland.",
        "“Your presence today is a testament to our shared goals”, Agner said, promising to "
        "serve both countries. “I am dedicated to the friendship of our peoples”, he assured.",
    )
    assert [name for name, _ in _said(found)] == ["Harald Agner"]
    assert "I am dedicated" in found.statements[0].text


def test_the_chancellor_credited_after_the_foreign_minister_is_not_one_named_later() -> None:
    found = draft(
        "Berg takes office as Foreign Minister of Norland",
        "Foreign Minister Anna Berg took office at a ceremony in Brio on Monday, where she "
        "met the staff of the ministry and the diplomatic corps.",
        "“We share one future and we want a country without discrimination of any kind,” "
        "added the Chancellor.",
        "On Friday she met the Minister of Foreign Affairs of Vestria, Karl Moen, and the "
        "Chancellor of Ostland, Jon Dahl.",
    )
    [(name, _)] = _said(found)
    assert name == "Anna Berg"
