"""Passages and statement passes (round 19): a quoted fragment whose subject the writer's
clause holds ("noted that they “discussed …”") is no passage the next paragraph's credited
quotation goes on, while a quotation right after its verb ("said “envoys …”") is; a lead-in
"The statement on the call is as follows:" over an office's third-person account is no
document's words."""

from __future__ import annotations

from tests.importers.drafting import draft


def _said(found, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.speaker.name if s.speaker else "" for s in found.statements if words in s.text]


def _apart(found, first: str, second: str) -> bool:  # type: ignore[no-untyped-def]
    texts = [s.text for s in found.statements]
    return any(first in t for t in texts) and not any(first in t and second in t for t in texts)


# "X noted that they “[predicate]”": the writer's clause holds the subject; the next
# paragraph's quotation with a credit of its own is a passage of its own
def test_fragment_after_that_and_a_subject_is_apart_from_the_next_credited_quotation() -> None:
    found = draft(
        "Minister Lo speaks with Valdorian counterpart",
        "Defence Minister Ana Lo spoke by phone with her Valdorian counterpart, Per Tal, on"
        " Monday.",
        "Writing online, Minister Ana Lo noted that they “discussed the grain corridor and the"
        " border.”",
        "“We also agreed to meet again in spring”, she added.",
    )
    assert _apart(found, "grain corridor", "meet again")
    assert _said(found, "meet again") == ["Ana Lo"]


def test_german_and_french_fragments_after_a_subject_are_apart() -> None:
    found = draft(
        "Ministerin Lo telefoniert mit Amtskollegen",
        "Verteidigungsministerin Ana Lo hat am Montag mit ihrem valdorischen Amtskollegen Per"
        " Tal telefoniert.",
        "Lo schrieb, beide Seiten hätten „die Lage an der Grenze ausführlich besprochen“.",
        "„Wir wollen uns im Frühjahr wieder treffen“, fügte sie hinzu.",
    )
    assert _apart(found, "Lage an der Grenze", "Frühjahr")
    found = draft(
        "La ministre Lo s'entretient avec son homologue",
        "La ministre de la Défense, Ana Lo, s'est entretenue lundi avec son homologue"
        " valdorien, Per Tal.",
        "Ana Lo a écrit que les deux ministres « ont passé en revue la situation à la frontière ».",
        "« Nous nous reverrons au printemps », a-t-elle ajouté.",
    )
    assert _apart(found, "situation à la", "printemps")


# the one-passage case: each paragraph is the speaker's quotation right after the verb
def test_quotation_right_after_its_verb_goes_on_in_the_next_credited_paragraph() -> None:
    found = draft(
        "Minister Lo on the grain corridor",
        "Defence Minister Ana Lo said that “the grain corridor must stay open all winter.”",
        "“Our navy will escort the ships”, she added.",
    )
    assert any("grain corridor" in s.text and "escort" in s.text for s in found.statements)
    found = draft(
        "Minister Lo on the grain corridor",
        "Defence Minister Ana Lo wrote: “the grain corridor must stay open all winter.”",
        "“Our navy will escort the ships”, she added.",
    )
    assert any("grain corridor" in s.text and "escort" in s.text for s in found.statements)


# "[The] press statement on the call between A and B is as follows:" over an office's
# third-person account of it: a readout's lead-in, not a document's words
def test_lead_in_over_a_third_person_account_of_a_call_is_no_statement() -> None:
    for lines in (
        (
            "Press statement on the phone call between President Ana Ona and Prime Minister"
            " Per Tal is as follows:",
            "President Ana Ona spoke by phone with Prime Minister Per Tal of Valdoria.",
            "During the conversation, the sides discussed bilateral trade and the new border"
            " crossing.",
        ),
        (
            "Le communiqué sur l'entretien téléphonique entre la présidente Ana Ona et le Premier"
            " ministre Per Tal est le suivant :",
            "La présidente Ana Ona s'est entretenue par téléphone avec le Premier ministre Per"
            " Tal.",
            "Les deux parties ont évoqué le commerce bilatéral.",
        ),
        (
            "Die Erklärung zum Telefonat zwischen Präsidentin Ana Ona und Premierminister Per"
            " Tal lautet:",
            "Präsidentin Ana Ona hat heute mit Premierminister Per Tal telefoniert.",
            "Beide Seiten erörterten den bilateralen Handel.",
        ),
    ):
        assert not draft(*lines).statements, lines[0]


# the same line over words in the first person: they are the speaker's
def test_lead_in_over_first_person_words_on_a_call_is_a_statement() -> None:
    found = draft(
        "Statement on the phone call between President Ana Ona and Prime Minister Per Tal:",
        "I spoke by phone today with Prime Minister Per Tal of Valdoria. We discussed trade.",
        "We agreed to meet again soon.",
    )
    assert any("We agreed to meet" in s.text for s in found.statements)
    found = draft(
        "Statement on the attack in Brio",
        "The Ministry of Foreign Affairs of Norland condemns the attack in Brio.",
        "Norland stands with the people of Valdoria.",
    )
    assert any("condemns the attack" in s.text for s in found.statements)


_KELL = (
    "Minister Kell meets Valdorian counterpart",
    "Minister of Defence Ardo Kell met his Valdorian counterpart Paul Dera in Brio on Monday.",
)


# unquoted words credited after a comma begin after the writer's sentence before them …
def test_unquoted_speech_after_a_sentence_of_narration_begins_after_it() -> None:
    found = draft(
        *_KELL,
        "The ministers also visited the naval base. Our talks were useful and we agreed on a"
        " plan, the minister said.",
    )
    assert [s.text for s in found.statements] == ["Our talks were useful and we agreed on a plan"]
    found = draft(
        "Ministerin Morel trifft Amtskollegen",
        "Verteidigungsministerin Jeanne Morel traf am Montag in Brio ihren Amtskollegen Paul Dera.",
        "Die Ministerinnen besuchten auch den Hafen. Wir haben einen gemeinsamen Plan vereinbart,"
        " sagte Morel.",
    )
    assert [s.text for s in found.statements] == ["Wir haben einen gemeinsamen Plan vereinbart"]


# … and the credit may stand in mid-paragraph, the writer's sentences going on after it
def test_unquoted_speech_credited_after_a_comma_in_mid_paragraph() -> None:
    found = draft(
        *_KELL,
        "Our talks were useful and we agreed on a plan, the minister said. The ministers then"
        " visited the naval base.",
    )
    assert [s.text for s in found.statements] == ["Our talks were useful and we agreed on a plan"]
    assert _said(found, "Our talks") == ["Ardo Kell"]
    found = draft(
        "La ministre Morel à Brio",
        "La ministre de la Défense, Jeanne Morel, a rencontré lundi à Brio son homologue"
        " valdorien, Paul Dera.",
        "Nous avons convenu d'un plan commun, a déclaré Jeanne Morel. Les deux ministres ont"
        " ensuite visité la base navale.",
    )
    assert _said(found, "plan commun") == ["Jeanne Morel"]


_ONA = (
    "President Ona receives Valdoria's Foreign Minister",
    "President Tamu Ona on Tuesday received the Foreign Minister of Valdoria, Ilse Brun, at"
    " State House in Brio.",
    "“Our trade with Valdoria will double in the next five years,” President Ona said.",
)


# a quotation alone after narration whose subject is a pronoun or an office alone ("He later
# met President Vel …"): the one quoted just before goes on, not the one the sentence names
def test_quotation_alone_after_narration_with_a_pronoun_or_an_office_as_subject() -> None:
    for narration in (
        "He later met President Per Vel of Norland on border security.",
        "In the afternoon, the President held talks with President Per Vel of Norland on"
        " border security.",
    ):
        found = draft(
            *_ONA, narration, "“We are working with Norland on a common market for the region.”"
        )
        assert _said(found, "common market") == ["Tamu Ona"], narration
