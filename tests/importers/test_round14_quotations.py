"""Quotations and attribution (round 14): forms news copies use to quote ministers."""

from __future__ import annotations

from briefer.importers.quotes import find_quoted
from tests.importers.drafting import draft


def _said(found, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.speaker.name if s.speaker else "" for s in found.statements if words in s.text]


# doubled single marks ‘‘ … ’’ typed for double ones (agency copies)
def test_doubled_single_marks_quote_like_double_ones() -> None:
    paragraph = "Minister Lena Ortmann said the talks ‘‘were a step to calm in the region.’’"
    [quoted] = find_quoted(paragraph)
    assert quoted.text == "were a step to calm in the region."
    assert paragraph[quoted.end :] == ""


def test_doubled_single_marks_credited_after_the_quotation() -> None:
    found = draft(
        "Ortmann calls for calm",
        "‘‘We will keep every channel open to our neighbours,’’ Foreign Minister Lena Ortmann"
        " told reporters in the capital.",
    )
    [statement] = found.statements
    assert statement.text.startswith("We will keep")
    assert statement.speaker is not None and statement.speaker.name == "Lena Ortmann"


def test_doubled_single_marks_around_a_short_clause_after_a_weekday() -> None:
    found = draft(
        "Ortmann on the border talks",
        "Foreign Minister Lena Ortmann said on Tuesday ‘‘the border is calm again’’.",
    )
    assert _said(found, "the border is calm again") == ["Lena Ortmann"]


# an inverted attribution before the quotation: "Said the minister: “…"
def test_inverted_said_the_minister_before_a_quotation() -> None:
    found = draft(
        "Minister visits flooded towns",
        "Foreign Minister Ana Velo visited the flooded towns on Monday.",
        "Said the minister: “Our partners stood by us after the floods and we thank them.”",
    )
    assert _said(found, "Our partners stood by us") == ["Ana Velo"]


def test_inverted_attribution_with_the_closing_mark_missing() -> None:
    found = draft(
        "Minister visits flooded towns",
        "Foreign Minister Ana Velo visited the flooded towns on Monday.",
        "Said the foreign minister: “We will rebuild every bridge before the rains come back.",
    )
    assert _said(found, "We will rebuild every bridge") == ["Ana Velo"]


# a paragraph of nothing but a quotation after reported speech: the reporter's words go on
def test_whole_quotation_paragraph_after_reported_speech_is_the_ministers() -> None:
    found = draft(
        "Minister addresses heads of mission",
        "Foreign Minister Ana Velo addressed the heads of mission on Monday.",
        "President Tomas Rell opened the new port last week.",
        "Regarding her visit to Asia, the minister said she would meet her counterparts.",
        "“A meeting would also be held with the leaders of the regional bank.”",
    )
    assert _said(found, "A meeting would also be held") == ["Ana Velo"]


def test_quotation_left_open_at_the_end_of_the_release() -> None:
    found = draft(
        "Minister addresses heads of mission",
        "Foreign Minister Ana Velo addressed the heads of mission on Monday.",
        "She stressed that the embassies must work for trade and investment.",
        "“We will use every chance we have and lead the change in the region.",
    )
    assert _said(found, "We will use every chance") == ["Ana Velo"]


def test_someone_named_after_he_said_adding_that_is_no_speaker() -> None:
    found = draft(
        "Minister back from Asia",
        "Foreign Minister Ana Velo spoke of her tour of the region.",
        "“After Manila, I went to Hanoi and there too we found a will to trade,” she said,"
        " adding that she met President Tomas Rell and his ministers.",
    )
    assert _said(found, "After Manila") == ["Ana Velo"]


# a news copy's dateline in capitals is no transcript's speaker label
def test_a_dateline_in_capitals_is_no_speaker_label() -> None:
    found = draft(
        "Minister on the new policy",
        "KARACHI: Foreign Minister Ana Velo said in an interview that the government has told"
        " its partners to change their approach. We have told them that we need assistance.",
        "The foreign minister said that a better understanding was needed.",
    )
    assert all(s.speaker is None or s.speaker.name != "Karachi" for s in found.statements)


# quoted fragments ending the writer's sentence about the speaker
def test_fragment_after_a_relative_pronoun_is_the_subjects() -> None:
    found = draft(
        "Osei thanks donors",
        "Minister Kwame Osei thanked the donors for the vaccines, which “have protected our"
        " people and our guests”.",
    )
    assert _said(found, "have protected our people") == ["Kwame Osei"]


def test_fragment_after_in_order_to_is_the_ministers() -> None:
    found = draft(
        "Velo in Lisbon",
        "Foreign Minister Ana Velo met partners in Lisbon on Monday.",
        "The minister said the country wants to work with its partners in order to “meet every"
        " commitment of the road map”.",
    )
    assert _said(found, "meet every commitment") == ["Ana Velo"]


def test_fragment_in_the_first_person_after_a_noun() -> None:
    found = draft(
        "Velo on the request",
        "Foreign Minister Ana Velo noted that the request of the partners shows a “deep trust in"
        " our institutions and our courts”.",
    )
    assert _said(found, "deep trust in our institutions") == ["Ana Velo"]


def test_a_quoted_term_ending_the_sentence_is_no_statement() -> None:
    found = draft(
        "Memorandum signed",
        "Foreign Minister Ana Velo and Minister Tomas Rell signed a memorandum on “cooperation"
        " in the field of higher education and science”.",
    )
    assert not found.statements


# the other side named in a circumstance before the subject is no speaker
def test_circumstance_before_a_bare_family_name_names_the_other_side() -> None:
    found = draft(
        "Minister holds talks with US delegation",
        "Foreign Minister Omar Al-Harbi held talks with a US delegation in the capital on Monday.",
        "During a visit with Deputy Secretary Mara Quinlan, Al-Harbi said that “we insist on a"
        " single national army for the whole country”.",
        "“Our people want one state and one army,” he added.",
    )
    assert _said(found, "we insist on a single national army") == ["Omar Al-Harbi"]
    assert _said(found, "Our people want one state") == ["Omar Al-Harbi"]


def test_circumstance_before_he_names_the_other_side() -> None:
    found = draft(
        "Minister holds talks with US delegation",
        "Foreign Minister Leila Haddad held talks with a US delegation in the capital on Monday.",
        "At a joint press briefing with Deputy Secretary Mara Quinlan, she said “we insist on a"
        " single national army for the whole country”.",
    )
    assert _said(found, "we insist on a single national army") == ["Leila Haddad"]


# a quotation that is the object of a speech verb, its hearer between, is no phrase
def test_fragment_said_to_the_hearer_goes_on_into_the_next_quotation() -> None:
    found = draft(
        "Minister receives EU envoy",
        "Minister Zara Akin explained to Borrell “the worsening economic and social situation in"
        " the country,” and commended “the role of the European Union and the aid it gives, most"
        " of all the aid that came after the floods of the spring,”"
        " stressing “the need to help it get out of its crises.”",
    )
    assert _said(found, "the worsening economic") == ["Zara Akin"]


# the French press's narrative infinitive before the quotation: "Et d’ajouter : « … »"
def test_french_narrative_infinitive_before_a_quotation() -> None:
    found = draft(
        "Le ministre en visite au port",
        "Le ministre des Affaires étrangères Jean Morel a visité le port lundi.",
        "Et d’ajouter : « Nous allons reconstruire chaque pont avant le retour des pluies. »",
    )
    assert _said(found, "Nous allons reconstruire") == ["Jean Morel"]
