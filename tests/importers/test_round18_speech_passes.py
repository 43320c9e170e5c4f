"""Statements (round 18): a paragraph is taken by one statement pass only, speech with no
quotation marks credited at its end, passages with credits of their own, and a quotation
paragraph with no credit after narration of the speaker's next meeting."""

from __future__ import annotations

from tests.importers.drafting import draft


def _said(found, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.speaker.name if s.speaker else "" for s in found.statements if words in s.text]


# "- A. B - said X": the dash speech is one statement, not found again with its leading dash
def test_dash_speech_with_a_closing_dash_credit_is_taken_once() -> None:
    found = draft(
        "Minister Kell in Brio",
        "Defence Minister Ardo Kell met his Valdorian counterpart in Brio on Monday.",
        "- We had a good talk. I am sure our allies value our effort - said Minister Ardo Kell"
        " in Brio.",
        "The ministers also discussed the exercise next spring.",
    )
    texts = [s.text for s in found.statements]
    assert texts == ["We had a good talk. I am sure our allies value our effort"]
    assert _said(found, "good talk") == ["Ardo Kell"]


# a quoted fragment the writer's sentence holds, then a quotation with a credit of its own in
# the next paragraph: two passages
def test_fragment_in_narration_and_next_credited_quotation_are_two_passages() -> None:
    found = draft(
        "Jeanne Morel s'entretient avec son homologue",
        "La ministre de la Défense de Norlande, Jeanne Morel, s'est entretenue lundi avec son"
        " homologue valdorien, Paul Dera.",
        "Au cours de cet entretien téléphonique avec son homologue valdorien, la ministre de la"
        " Défense a rappelé « l’urgence d’un cessez-le-feu dans la région ».",
        "« Les civils doivent être protégés », ajoute Jeanne Morel.",
    )
    texts = [s.text for s in found.statements]
    assert not any("urgence" in t and "civils" in t for t in texts)
    assert _said(found, "Les civils doivent") == ["Jeanne Morel"]


# "… said “we …”" then "“…,” he added.": the speaker's own clause goes on in the next paragraph
def test_quoted_clause_in_first_person_goes_on_in_the_next_paragraph() -> None:
    found = draft(
        "Minister Kell meets counterpart",
        "Defence Minister Ardo Kell met his Valdorian counterpart, Paul Dera, in Brio on Monday.",
        "Speaking to reporters after the talks with his Valdorian counterpart in the capital, the"
        " minister Ardo Kell said “we agreed to hold a joint exercise next spring”.",
        "“Our soldiers will train together on both sides of the river,” Kell added.",
    )
    assert any("joint exercise" in s.text and "train together" in s.text for s in found.statements)


# first-person words with no quotation mark, credited at the paragraph's end after a comma
def test_unquoted_speech_credited_after_a_comma_by_a_role() -> None:
    found = draft(
        "Minister Kell meets Valdorian counterpart",
        "Ardo Kell, Minister of Defence of Norland, met his Valdorian counterpart Paul Dera in"
        " Brio on Monday.",
        "Our talks were useful and we agreed on a plan for next year, Minister of Defence of"
        " Norland said.",
    )
    assert [s.text for s in found.statements] == [
        "Our talks were useful and we agreed on a plan for next year"
    ]
    assert _said(found, "Our talks") == ["Ardo Kell"]


def test_unquoted_speech_credited_after_a_comma_with_the_verb_first() -> None:
    found = draft(
        "La ministre Morel à Brio",
        "La ministre de la Défense, Jeanne Morel, a rencontré lundi à Brio son homologue"
        " valdorien, Paul Dera.",
        "Nous avons convenu d'un plan commun pour l'année prochaine, a déclaré Jeanne Morel.",
    )
    assert _said(found, "Nous avons convenu") == ["Jeanne Morel"]


# narration, then a dash that opens the speech, then "- said the head of the MoD"
def test_speech_opened_by_a_dash_inside_a_paragraph_and_the_head_of_the_ministry() -> None:
    found = draft(
        "Minister Kell meets Valdorian counterpart",
        "Minister of Defence Ardo Kell met his Valdorian counterpart Paul Dera in Brio on Monday.",
        "The minister noted that spending will grow - I said that we will reach 3% of our GDP by"
        " 2031 - said the head of the MoD.",
    )
    assert [s.text for s in found.statements] == ["I said that we will reach 3% of our GDP by 2031"]
    assert _said(found, "3% of our GDP") == ["Ardo Kell"]


# narration credited after a comma is no statement: no one speaks in the first person
def test_narration_credited_after_a_comma_is_no_statement() -> None:
    found = draft(
        "Minister Kell meets Valdorian counterpart",
        "Minister of Defence Ardo Kell met his Valdorian counterpart Paul Dera in Brio on Monday.",
        "The two ministers agreed on a plan for next year, Minister Kell said.",
    )
    assert not found.statements


# a paragraph of nothing but a first-person quotation, after narration of the next meeting of
# someone quoted before: theirs
def test_quotation_alone_after_narration_of_the_speakers_next_meeting() -> None:
    found = draft(
        "President Ona receives Valdoria's Foreign Minister",
        "President Tamu Ona on Tuesday received the Foreign Minister of Valdoria, Ilse Brun, at"
        " State House in Brio.",
        "“Our trade with Valdoria will double in the next five years,” President Ona said.",
        "Later, Ona met President Per Vel of Norland on border security and the new railway line",
        "“We are working with Norland on a common market for the whole region.”",
    )
    assert _said(found, "common market") == ["Tamu Ona"]


# … not when the one narrated has not been quoted: no one's words are known to go on
def test_quotation_alone_after_narration_of_someone_never_quoted() -> None:
    found = draft(
        "President Ona receives Valdoria's Foreign Minister",
        "President Tamu Ona on Tuesday received the Foreign Minister of Valdoria, Ilse Brun, at"
        " State House in Brio.",
        "Later, Ona met President Per Vel of Norland on border security and the new railway line",
        "“We are working with Norland on a common market for the whole region.”",
    )
    assert _said(found, "common market") in ([], [""])


# the same with the office's noun alone, or the name and a role between commas
def test_unquoted_speech_credited_to_the_minister_or_a_name_with_its_role() -> None:
    opening = (
        "Minister Kell meets Valdorian counterpart",
        "Minister of Defence Ardo Kell met his Valdorian counterpart Paul Dera in Brio on Monday.",
    )
    for credit in ("the minister said", "Ardo Kell, Minister of Defence, said"):
        found = draft(*opening, f"Our talks were useful and we agreed on a plan, {credit}.")
        assert [s.text for s in found.statements] == [
            "Our talks were useful and we agreed on a plan"
        ]
        assert _said(found, "Our talks") == ["Ardo Kell"]


# … and by a pronoun: the one named before the words, in their paragraph or the one before
def test_unquoted_speech_credited_by_a_pronoun() -> None:
    found = draft(
        "Minister Kell meets Valdorian counterpart",
        "Minister of Defence Ardo Kell met his Valdorian counterpart Paul Dera in Brio on Monday.",
        "Our talks were useful and we agreed on a plan for next year, he said.",
    )
    assert _said(found, "Our talks") == ["Ardo Kell"]
    found = draft(
        "Ministerin Morel trifft Amtskollegen",
        "Verteidigungsministerin Jeanne Morel traf am Montag in Brio ihren Amtskollegen Paul Dera.",
        "Wir haben einen gemeinsamen Plan für das nächste Jahr vereinbart, sagte sie.",
    )
    assert _said(found, "gemeinsamen Plan") == ["Jeanne Morel"]


def test_unquoted_speech_credited_by_a_french_inverted_pronoun() -> None:
    found = draft(
        "La ministre Morel à Brio",
        "La ministre de la Défense, Jeanne Morel, a rencontré lundi à Brio son homologue"
        " valdorien, Paul Dera.",
        "Nous avons convenu d'un plan commun pour l'année prochaine, a-t-elle déclaré.",
    )
    assert _said(found, "plan commun") == ["Jeanne Morel"]


# the subject after a verb in second place: "Am Nachmittag traf Ona …"
def test_quotation_alone_after_german_narration_of_the_speakers_next_meeting() -> None:
    found = draft(
        "Präsident Ona empfängt Außenministerin",
        "Präsident Tamu Ona empfing am Dienstag die Außenministerin von Valdoria, Ilse Brun, in"
        " Brio.",
        "„Unser Handel mit Valdoria wird sich in fünf Jahren verdoppeln“, sagte Präsident Ona.",
        "Am Nachmittag traf Ona den Präsidenten von Norland, Per Vel, zu Gesprächen über die"
        " Grenze",
        "„Wir arbeiten mit Norland an einem gemeinsamen Markt für die ganze Region.“",
    )
    assert _said(found, "gemeinsamen Markt") == ["Tamu Ona"]


# … and in German, where the quoted phrase opens with a noun's capital
def test_german_phrase_in_narration_and_next_credited_quotation_are_two_passages() -> None:
    found = draft(
        "Ministerin Morel telefoniert mit Amtskollegen",
        "Verteidigungsministerin Jeanne Morel telefonierte am Montag mit ihrem Amtskollegen aus"
        " Valdoria, Paul Dera.",
        "Im Gespräch mit ihrem valdorischen Amtskollegen über die Lage in der Region betonte die"
        " Ministerin die „Dringlichkeit eines Waffenstillstands in der ganzen Region“.",
        "„Die Zivilisten müssen jederzeit geschützt werden“, fügte Morel hinzu.",
    )
    texts = [s.text for s in found.statements]
    assert not any("Dringlichkeit" in t and "Zivilisten" in t for t in texts)
    assert _said(found, "Die Zivilisten") == ["Jeanne Morel"]


# the dash credit in mid-paragraph, the writer's sentences going on after it
def test_dash_credit_in_mid_paragraph_with_narration_after_it() -> None:
    found = draft(
        "Minister Kell meets Valdorian counterpart",
        "Minister of Defence Ardo Kell met his Valdorian counterpart Paul Dera in Brio on Monday.",
        "The minister noted that spending will grow - I said that we will reach 3% of our GDP by"
        " 2031 - said the head of the MoD. He also visited the naval base in Brio.",
    )
    assert [s.text for s in found.statements] == ["I said that we will reach 3% of our GDP by 2031"]
    assert _said(found, "3% of our GDP") == ["Ardo Kell"]
