"""Quotations and attribution (round 16): verbs of urging, a credit that opens the next
paragraph, quotations glued to a reported sentence or opened with the wrong mark, speakers
credited by a description, and the headline's quotation."""

from __future__ import annotations

from tests.importers.drafting import draft


def _said(found, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.speaker.name if s.speaker else "" for s in found.statements if words in s.text]


# "urged" and its kin are verbs of speech
def test_urged_credits_the_quotation() -> None:
    found = draft(
        "Norland minister at the regional summit",
        "Foreign Minister Ana Vel of Norland addressed the regional summit in Brio on Monday.",
        "“Our neighbours need more help than ever before,” Vel urged.",
    )
    assert _said(found, "Our neighbours need more help") == ["Ana Vel"]


# a paragraph whose credit stands first ("X continued, “…”") joins the same speaker's passage
def test_credit_first_continuation_joins_the_passage() -> None:
    found = draft(
        "Norland minister at the regional summit",
        "Dr. Ivo Rell, Minister of Health of Norland, addressed the regional summit in Brio on"
        " Monday.",
        "“Our neighbours need more help than ever before,” he said. “The region must speak with"
        " one voice.”",
        "Dr. Rell continued, “Some partners have not shown up at all.”",
    )
    texts = [s.text for s in found.statements]
    assert len(texts) == 1
    assert "Our neighbours" in texts[0] and "Some partners" in texts[0]


# the headline is never a statement
def test_quotation_in_the_headline_is_no_statement() -> None:
    found = draft(
        "Lise Marn, ministre des Affaires étrangères : « la Norlande a de grandes ressources »",
        "La ministre des Affaires étrangères de Norlande, Lise Marn, a participé lundi au forum"
        " de Brio.",
        "Elle y a présenté les priorités de son pays pour la région.",
    )
    assert _said(found, "grandes ressources") == []


# a quotation opened with a closing mark after a comma
def test_quotation_opened_with_a_closing_mark() -> None:
    found = draft(
        "Norland minister welcomes delegations",
        "Foreign Minister Ana Vel of Norland opened the regional conference in Brio on Monday.",
        "She told the guests that their coming shows real faith in the region, ”and I thank"
        " every delegation that travelled here this week.”",
    )
    assert _said(found, "and I thank every delegation") == ["Ana Vel"]


# a term quoted in the same marks inside a quotation does not cut it short
def test_nested_term_in_the_same_marks_does_not_end_the_quotation() -> None:
    found = draft(
        "Norland speaker on the season",
        "Ivo Brand, Speaker of the Parliament of Norland, met the press in Brio on Monday.",
        "“We have had to cancel several visits. Even if it is not “a normal season”, we remain"
        " ready to talk,” Brand said.",
    )
    texts = [s.text for s in found.statements if "cancel several visits" in s.text]
    assert len(texts) == 1 and "ready to talk" in texts[0]


# a quotation glued to a reported sentence, with no credit
def test_quotation_glued_to_a_reported_sentence() -> None:
    found = draft(
        "Norland ambassador at the embassy reception",
        "“Let us work together,” said Ambassador Ana Vel at the reception in Brio on Monday.",
        "She added that Norland stands ready to help.“Our friendship is solid and I hope our"
        " partners will stay with us.”",
    )
    assert _said(found, "Our friendship is solid") == ["Ana Vel"]
    assert len(found.statements) == 2  # a passage of its own after the reported sentence


# a quoted paragraph after reported speech, with a term quoted in the same marks inside it
def test_quoted_paragraph_after_reported_speech_with_a_nested_term() -> None:
    found = draft(
        "Norland speaker on the season",
        "Ivo Brand, Speaker of the Parliament of Norland, met the press in Brio on Monday.",
        "Ivo Brand also noted that the region is calm.",
        "“We have had to cancel several visits. Even if it is not “a normal season”, we remain"
        " ready to talk.”",
    )
    texts = [s.text for s in found.statements if "cancel several visits" in s.text]
    assert _said(found, "cancel several visits") == ["Ivo Brand"]
    assert "ready to talk" in texts[0]


# "X released the following statement on [date]:" is no part of the statement
def test_released_the_following_statement_intro_line() -> None:
    found = draft(
        "Statement on the council's decision",
        "Ivo Brand, Minister of Foreign Affairs of Norland, issued the following press statement"
        " on May 4:",
        "The Ministry of Foreign Affairs of Norland notes the council's decision with concern.",
        "We see no use in further talks with Selonia.",
    )
    texts = [s.text for s in found.statements]
    assert len(texts) == 1
    assert texts[0].startswith("The Ministry") and "no use in further talks" in texts[0]
    assert _said(found, "no use in further talks") == ["Ivo Brand"]


# the intro line after a wire dateline names the speaker a headline gives only as an office
def test_released_the_following_statement_after_a_dateline_names_the_speaker() -> None:
    found = draft(
        "Press Statement by Director-General of Department of Selonian Affairs",
        "Brio, May 4 (NNA) -- Ivo Brand, director-general of the Department of Selonian Affairs"
        " of the Ministry of Foreign Affairs, issued the following statement on Tuesday:",
        "The Ministry of Foreign Affairs of Norland notes the council's decision with concern.",
        "We see no use in further talks with Selonia.",
    )
    assert _said(found, "no use in further talks") == ["Ivo Brand"]


# a speaker credited by a nationality noun
def test_credit_by_a_nationality_noun() -> None:
    found = draft(
        "Le président de la Commission reçu par le chef de l'Etat",
        "Le président de la Commission de l'Union, M. Paul Varo Meko, a été reçu le 3 mars 2021"
        " par le chef de l'Etat.",
        "« Nous ferons la passation ici », déclare le norlandais.",
    )
    assert _said(found, "Nous ferons la passation") == ["Paul Varo Meko"]


# "a déclaré lors de [event] tenu du 3 au 5 mai que « … »"
def test_said_at_an_event_with_a_span_of_days() -> None:
    found = draft(
        "La Norlande au forum de Brio",
        "La ministre des Affaires étrangères Lise Marn a déclaré lors du forum de Brio tenu du 3"
        " au 5 mai que, « La Norlande a de grandes ressources. Nous voulons les partager. »",
    )
    assert _said(found, "grandes ressources") == ["Lise Marn"]


# a speaker credited by a longer role phrase than the one stored
def test_credit_by_a_long_role_phrase() -> None:
    found = draft(
        "Le président de la Commission reçu par le Premier ministre",
        "Le président de la Commission de l'Union, M. Paul Varo, a été reçu lundi à Brio.",
        "Il dit avoir écouté les conseils du Premier ministre Jean Oulo.",
        "« Nous avons aussi redit notre appui au pays », a ajouté le président de la Commission.",
    )
    assert _said(found, "redit notre appui") == ["Paul Varo"]


# a speech that quotes a founder is the speaker's speech
def test_remarks_that_quote_a_founder_are_one_statement() -> None:
    found = draft(
        "Remarks by Ms Ana Vel on the 20th Anniversary of the Northern Rim Association",
        "The Secretary-General gave a speech to mark the day.",
        "It is an honour for me to speak to you today. We have come a long way together.",
        "Our founder, President Ivo Brand, once said, and I quote, « The sea that joins us is our"
        " common ground ». I believe this is still true.",
        "I thank you all for your support.",
    )
    texts = [s.text for s in found.statements]
    assert _said(found, "It is an honour") == ["Ana Vel"]
    assert len(texts) == 1 and "I thank you all" in texts[0]


# a clause of the writer's after the attribution parts a second quote hung on it
def test_writers_clause_after_the_credit_parts_two_quotes() -> None:
    found = draft(
        "Norland minister on partners",
        "Foreign Minister Ana Vel of Norland met the press in Brio on Monday.",
        "“We need every partner at the table,” Vel underscored as she said this applied not only"
        " to Selonia, but to “every partner that shares our goals for the region”.",
    )
    assert len(found.statements) == 2
