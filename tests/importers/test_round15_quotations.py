"""Quotations and attribution (round 15): a minister's words quoted as fragments of the
writer's own sentence, credited as the sentence says whose view it gives."""

from __future__ import annotations

from tests.importers.drafting import draft

_LEDE = "Foreign Minister Ana Vel of Norland gave an interview to the daily Le Soleil on Monday."


def _said(found, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.speaker.name if s.speaker else "" for s in found.statements if words in s.text]


# a fragment ending a sentence given as the minister's view: "According to the minister, …"
def test_fragment_after_according_to_the_minister() -> None:
    found = draft(
        "Norland minister on partners",
        _LEDE,
        "According to the minister, Norland was long used to ‘lectures full of orders from"
        " abroad’.",
    )
    assert _said(found, "lectures full of orders") == ["Ana Vel"]


def test_fragment_after_in_her_opinion() -> None:
    found = draft(
        "Norland minister on partners",
        _LEDE,
        "In her opinion, the region now needs to “speak with one voice to its partners”.",
    )
    assert _said(found, "speak with one voice") == ["Ana Vel"]


def test_fragment_after_selon_elle() -> None:
    found = draft(
        "La ministre norlandaise et les partenaires",
        "La ministre des Affaires étrangères Ana Vel a accordé un entretien au quotidien Le"
        " Soleil lundi.",
        "Selon elle, le pays se bat pour « une relation d'égal à égal avec ses partenaires ».",
    )
    assert _said(found, "une relation d'égal") == ["Ana Vel"]


# a quoted term in the writer's own sentence stays out
def test_quoted_term_in_a_view_sentence_is_no_statement() -> None:
    found = draft(
        "Norland minister on partners",
        _LEDE,
        "According to the minister, the talks covered the “rule of law”.",
    )
    assert _said(found, "rule of law") == []


# a quotation opened in the writer's sentence whose closing mark was forgotten does not run
# on into the next paragraph's quotation with its own credit
def test_unclosed_fragment_does_not_join_the_next_credited_quotation() -> None:
    found = draft(
        "Norland minister on new ties",
        "Foreign Minister Ana Vel of Norland told the daily Le Soleil that the new ties are"
        " ‘the sign of a freedom recovered by our people.",
        "‘They follow the leaders' vision of a sovereign country,’ the minister said.",
    )
    texts = [s.text for s in found.statements]
    assert len(texts) == 2
    assert texts[0].startswith("the sign of a freedom")
    assert texts[1].startswith("They follow")


# an interview answer does not run on into the interviewer's next question typed into its
# paragraph when the next paragraph is the next answer
def test_interview_answer_stops_before_the_next_question() -> None:
    found = draft(
        "Interview with Foreign Minister Tomas Varo",
        "Foreign Minister Tomas Varo answered our questions on Monday.",
        "Tomas Varo: Our capital hosted the summit of the region and we signed three"
        " agreements. What comes next for the region?",
        "Tomas Varo: Next year we will hold the first joint exercise with our neighbours.",
    )
    texts = [s.text for s in found.statements]
    assert texts[0].endswith("three agreements.")
    assert texts[1].startswith("Next year")


def test_a_question_ending_the_last_answer_stays() -> None:
    found = draft(
        "Interview with Foreign Minister Tomas Varo",
        "Foreign Minister Tomas Varo answered our questions on Monday.",
        "Tomas Varo: We signed three agreements with our neighbours. Who could ask for more?",
    )
    assert found.statements[0].text.endswith("Who could ask for more?")


# a quotation credited by the given name (or chiefly title) that opened the full name before
def test_quotation_credited_by_a_given_name() -> None:
    found = draft(
        "Leaders meet",
        "Prime Minister Tala Ana Ruvea and Governor Moko P. Lanu met in the capital on Monday.",
        "“This is our second meeting and we will meet again next year,” said Moko.",
    )
    [statement] = found.statements
    assert statement.speaker is not None and statement.speaker.name.endswith("Moko P. Lanu")


# a credit by a name in full that no earlier sentence introduced with a role
def test_quotation_credited_to_a_bare_name_in_french() -> None:
    found = draft(
        "Le ministre reçoit les ambassadeurs",
        "Le ministre des Affaires étrangères Paul Dalo a reçu les ambassadeurs lundi.",
        "« Ce fut une rencontre très utile pour nos deux pays », a déclaré Marc Oyo.",
    )
    assert _said(found, "rencontre très utile") == ["Marc Oyo"]


def test_quotation_credited_to_a_bare_name_with_its_role_after() -> None:
    found = draft(
        "Le ministre reçoit les ambassadeurs",
        "Le ministre des Affaires étrangères Paul Dalo a reçu les ambassadeurs lundi.",
        "‘’Ce fut une rencontre très utile pour nos deux pays’’, assure Marc Oyo, le doyen des"
        " ambassadeurs.",
    )
    assert _said(found, "rencontre très utile") == ["Marc Oyo"]


# two fragments of one sentence with the writer's words between are two statements
def test_two_fragments_of_one_sentence_are_two_statements() -> None:
    found = draft(
        "Norland minister on partners",
        _LEDE,
        "Today, she continued, the country is ‘in the middle of reshaping these ties’ so that"
        " it can ‘really talk about substance with them’.",
    )
    texts = [s.text for s in found.statements]
    assert [t[:12] for t in texts] == ["in the middl", "really talk "]
    assert _said(found, "really talk about substance") == ["Ana Vel"]


# a portrait opening with the subject's words, named by the next sentence's subject
def test_opening_quotation_credited_to_the_next_sentence_subject() -> None:
    found = draft(
        "Lise Varnet, nouvelle ambassadrice",
        "« C'est une grande joie pour moi et pour ma famille. » Le 3 mars, Lise Varnet a"
        " succédé à Paul Dalo comme ambassadrice à Norlande.",
    )
    assert _said(found, "grande joie") == ["Lise Varnet"]
