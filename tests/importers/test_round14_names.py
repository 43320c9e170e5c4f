"""Names read apart from the words around them: a day or an agency's letters run on after a
name, a portfolio's fields set off by commas, "Al-" family names, a role phrase in lower case
before a comma, an apposition after a name (invented releases)."""

from __future__ import annotations

from briefer.importers.persons import find_mentions
from tests.importers.drafting import draft, participants


def test_a_weekday_after_a_name_ends_it() -> None:
    found = draft(
        "Foreign Minister meets Norland counterpart",
        "Foreign Minister Karl Moen met her Norland counterpart Ana Velo Thursday to discuss "
        "trade and fisheries.",
    )
    assert participants(found) == ["Karl Moen", "Ana Velo"]


def test_an_agency_acronym_after_a_name_ends_it() -> None:
    assert [m.name for m in find_mentions("Meeting with Ms. Ana Velo DOS")] == ["Ana Velo"]


def test_a_portfolio_field_after_a_comma_is_no_name() -> None:
    text = (
        "The Minister of Foreign Affairs, International Trade and Diaspora, Dr Pax Amory "
        "received the Ambassador of Norland, Karl Moen."
    )
    named = {m.name: m.role for m in find_mentions(text)}
    assert named["Pax Amory"] == "Minister of Foreign Affairs, International Trade and Diaspora"
    assert "International" not in named


def test_a_portfolio_opening_with_a_field_word_is_read_to_the_name() -> None:
    text = "He met the Minister of Foreign Affairs, Regional Integration and Trade, Hon. Pax Amory."
    named = {m.name: m.role for m in find_mentions(text)}
    assert named == {"Pax Amory": "Minister of Foreign Affairs, Regional Integration and Trade"}


def test_a_name_after_a_comma_role_before_other_verbs() -> None:
    text = "The Minister of Foreign Affairs, Leila Al-Rami took part in the summit."
    assert [m.name for m in find_mentions(text)] == ["Leila Al-Rami"]


def test_an_arabic_family_name_alone_is_the_subject_that_speaks() -> None:
    found = draft(
        "Foreign Minister receives US envoy",
        "Foreign Minister Omar Al-Harbi received Deputy Secretary Mara Quinlan in Tripoli "
        "on Monday.",
        "During the meeting with Deputy Secretary Mara Quinlan, Al-Harbi said that “we insist "
        "on a single national army”.",
    )
    assert [(s.speaker.name, s.text[:9]) for s in found.statements] == [
        ("Omar Al-Harbi", "we insist")
    ]


def test_a_later_form_without_the_arabic_article_is_the_same_person() -> None:
    found = draft(
        "Foreign Minister receives Norland envoy",
        "Foreign Minister Leila Al-Rami received Ambassador Karl Moen of Norland on Monday.",
        "“Our two countries share a long friendship,” Rami told the ambassador.",
    )
    assert [s.speaker.name for s in found.statements] == ["Leila Al-Rami"]


def test_a_lower_case_role_phrase_before_a_comma_names_the_counterpart() -> None:
    found = draft(
        "Minister meets ambassador",
        "Foreign Minister Karl Moen met today with the Ruritanian ambassador to our country, "
        "Stefan Roe, to discuss cooperation in agriculture.",
    )
    assert participants(found) == ["Karl Moen", "Stefan Roe"]


def test_a_role_in_an_apposition_after_the_name() -> None:
    text = (
        "Foreign Minister Karl Moen spoke by phone with Dan Roe, a senior adviser to the "
        "Secretary of State, on the crisis."
    )
    named = {m.name: m.role for m in find_mentions(text)}
    assert named["Dan Roe"] == "Senior adviser to the Secretary of State"


def test_a_country_possessive_before_the_role_after_a_name() -> None:
    text = "Statement by Karl Moen, Norway's Deputy Minister of Foreign Affairs:"
    [mention] = find_mentions(text)
    assert (mention.name, mention.country) == ("Karl Moen", "Norway")


def test_an_acute_accent_for_the_apostrophe() -> None:
    text = "Statement by Aoife O´Brien, Ireland´s Minister of Foreign Affairs:"
    [mention] = find_mentions(text)
    assert (mention.name, mention.country) == ("Aoife O´Brien", "Ireland")


def test_ministre_d_etat_is_a_rank_not_a_name() -> None:
    text = (
        "Le Ministre d'État, Ministre des Affaires étrangères, Jean Kouassi a reçu "
        "l'ambassadeur de France, Paul Morel."
    )
    assert [m.name for m in find_mentions(text)] == ["Jean Kouassi", "Paul Morel"]
    first = find_mentions("Le Ministre d'État Jean Kouassi a reçu M. Morel.")[0]
    assert first.name == "Jean Kouassi"


def test_a_role_phrase_after_a_verb_and_an_adverb() -> None:
    text = (
        "Foreign Minister Karl Moen welcomed today the Union’s Special Envoy for the Sahel, "
        "Stefan Roe, upon his arrival at the airport."
    )
    named = {m.name: m.role for m in find_mentions(text)}
    assert named["Stefan Roe"] == "Union’s Special Envoy for the Sahel"


def test_a_lower_case_arabic_article_and_bodies_named_alike() -> None:
    assert [m.name for m in find_mentions("In Baghdad, al-Abadi said the army would stay.")] == [
        "al-Abadi"
    ]
    assert find_mentions("Al-Azhar said the decision was final.") == ()


def test_the_first_of_two_family_names_is_the_same_person_later() -> None:
    found = draft(
        "Foreign ministers meet",
        "Foreign Minister Karl Moen met the Minister of Foreign Affairs of Spain, José Manuel "
        "Albares Bueno, in Oslo on Monday. Minister Albares thanked Minister Moen for the "
        "invitation.",
        "“We are friends,” said Albares.",
    )
    assert participants(found) == ["Karl Moen", "José Manuel Albares Bueno"]
    assert [s.speaker.name for s in found.statements] == ["José Manuel Albares Bueno"]


def test_initials_without_dots_before_a_name_are_no_family_name() -> None:
    found = draft(
        "Foreign Minister warns envoys",
        "BRIO, 3 May 2022: Foreign Minister KD Karl Moen said “envoys posted in Brio should "
        "keep to their own affairs.”",
    )
    assert [s.speaker.name for s in found.statements] == ["Karl Moen"]


def test_foreign_affairs_adviser_is_a_role() -> None:
    text = "The closure of the port was no punishment, Foreign Affairs Adviser Karl Moen said."
    named = {m.name: m.role for m in find_mentions(text)}
    assert named == {"Karl Moen": "Foreign Affairs Adviser"}


def test_a_korean_given_name_is_no_german_noun() -> None:
    text = (
        "Foreign Minister Karl Moen received the new ambassador of the Republic of Korea to our "
        "country, Mr. Lee Jae-sung, who presented a copy of his credentials."
    )
    assert [m.name for m in find_mentions(text)] == ["Karl Moen", "Lee Jae-sung"]


def test_a_role_phrase_before_an_honorific_and_a_name() -> None:
    text = "Minister Karl Moen received the outgoing ambassador of Japan, Mr. Ken Sato."
    named = {m.name: (m.role, m.country) for m in find_mentions(text)}
    assert named["Ken Sato"] == ("Ambassador of Japan", "Japan")


def test_a_headline_verb_after_a_name_ends_it() -> None:
    text = "Foreign Minister Karl Moen, Secretary Dan Roe Discuss Bilateral Ties"
    assert [m.name for m in find_mentions(text)] == ["Karl Moen", "Dan Roe"]


def test_das_ending_a_name_before_a_comma_is_a_family_name() -> None:
    text = "Ms. Riva Lal Das, Secretary (East), led the delegation."
    assert [m.name for m in find_mentions(text)] == ["Riva Lal Das"]


def test_a_combining_mark_of_a_broken_encoding_stays_in_the_name() -> None:
    text = "The Honourable Fran\u0324ois-Philippe Moen, Minister of Foreign Affairs, spoke today."
    assert [m.name for m in find_mentions(text)] == ["Fran\u0324ois-Philippe Moen"]


def test_a_name_of_five_words_after_an_honorific() -> None:
    text = "La rencontre s’est déroulée en présence de M. Mohamed Bowba Ould Mohamed Lebrun."
    assert [m.name for m in find_mentions(text)] == ["Mohamed Bowba Ould Mohamed Lebrun"]


def test_a_body_of_states_ends_before_the_name() -> None:
    text = (
        "Secretary General of the Union of Northern States Karl Moen had a meeting with "
        "Foreign Minister Jon Dahl."
    )
    named = {m.name: m.role for m in find_mentions(text)}
    assert named["Karl Moen"] == "Secretary General of the Union of Northern States"
