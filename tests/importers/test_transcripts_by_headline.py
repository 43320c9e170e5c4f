"""Transcripts of a press conference whose speaker the headline alone names ("Press
Conference by Prime Minister Tanaro on …"): the first-person answers are his statement, a
bracketed question summary or an "[Opening statement]" label is not (invented releases)."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_opening_statement_of_a_press_conference_named_in_the_headline() -> None:
    found = draft(
        "Press Conference by Prime Minister Tanaro on His Visit to Norland",
        "May 3, 2026",
        "[Provisional translation]",
        "[Opening statement]",
        "This visit is over, and I want to share some thoughts with you.",
        "I held talks with the leaders of Norland on trade and energy, and we agreed to work "
        "more closely together.",
        "I am convinced that this visit has opened a new chapter in our relations.",
    )
    assert found.kind == "statement"
    assert len(found.statements) == 1
    statement = found.statements[0]
    assert statement.speaker.name.endswith("Tanaro")
    assert statement.text.startswith("This visit is over")
    assert statement.text.endswith("a new chapter in our relations.")
    assert "Provisional" not in statement.text


def test_a_misspelt_title_in_the_headline_still_names_the_speaker() -> None:
    found = draft(
        "Press Conference by Prime Minster Tanaro on His Visit to Norland",
        "May 3, 2026",
        "[Opening statement]",
        "This visit is over, and I want to share some thoughts with you.",
        "I am convinced that this visit has opened a new chapter in our relations.",
    )
    assert found.kind == "statement"
    assert [s.speaker.name.split()[-1] for s in found.statements] == ["Tanaro"]


def test_a_bracketed_question_summary_is_no_part_of_the_answer() -> None:
    found = draft(
        "Press Conference by Prime Minister Tanaro ahead of the Summit",
        "May 3, 2026",
        "[Provisional translation]",
        "(On the Prime Minister's aims for the summit)",
        "First, I will travel to Brio, where I will meet President Oru Vask.",
        "I intend to discuss with him the security of our region and our trade.",
        "(On the economy)",
        "I believe that wages must keep rising this year.",
    )
    assert found.kind == "statement"
    assert [s.speaker.name.split()[-1] for s in found.statements] == ["Tanaro"] * len(
        found.statements
    )
    text = " ".join(s.text for s in found.statements)
    assert text.startswith("First, I will travel to Brio")
    assert "wages must keep rising" in text
    assert "(On" not in text
    assert "aims for the summit" not in text


def test_a_line_telling_of_the_conference_under_the_translation_note_is_not_an_answer() -> None:
    found = draft(
        "Press Conference by Prime Minister Tanaro on the Summit",
        "May 3, 2026",
        "[Provisional translation]",
        "The Prime Minister held a press conference at his office in Brio on the summit.",
        "(On the summit)",
        "The summit was a success for the whole region.",
        "I held talks with President Oru Vask, and we agreed to expand our trade.",
        "I am convinced that we have opened a new chapter.",
    )
    assert found.kind == "statement"
    assert found.consultation is None
    assert len(found.statements) == 1
    assert found.statements[0].text.startswith("The summit was a success")


def test_a_report_on_a_press_conference_is_not_its_transcript() -> None:
    found = draft(
        "Press Conference by Prime Minister Tanaro on the Summit",
        "May 3, 2026",
        "Prime Minister Tanaro held a press conference on the summit today in Brio.",
        "He said the summit had been a success and that the talks had gone well.",
        "The Prime Minister added that the region must stay united.",
    )
    assert found.statements == ()


def test_conferences_in_french_and_german_name_their_speaker_too() -> None:
    french = draft(
        "Conférence de presse de M. Jean Tanaro, Premier ministre, sur le sommet",
        "3 mai 2026",
        "(Sur les objectifs du sommet)",
        "Je me rendrai d'abord à Brio, où je rencontrerai le président Oru Vask.",
        "Nous parlerons de la sécurité de notre région et du commerce.",
    )
    german = draft(
        "Pressekonferenz von Bundeskanzlerin Ana Lo zum Gipfel",
        "3. Mai 2026",
        "(Zu den Zielen des Gipfels)",
        "Ich werde zunächst nach Brio reisen und dort Präsident Oru Vask treffen.",
        "Wir werden über die Sicherheit unserer Region sprechen.",
    )
    assert [s.speaker.name for s in french.statements] == ["Jean Tanaro"]
    assert [s.speaker.name for s in german.statements] == ["Ana Lo"]
    assert french.kind == german.kind == "statement"


def test_questions_labelled_by_who_asks_them_part_the_answers() -> None:
    found = draft(
        "Press Conference by Prime Minister Tanaro on His Visit to Norland",
        "May 3, 2026",
        "[Opening statement]",
        "This visit is over, and I want to share some thoughts with you.",
        "I am convinced that this visit has opened a new chapter in our relations.",
        "Reporter (Norland Times): What did you discuss with President Vask about energy?",
        "We agreed to build a new pipeline, and I believe it will serve both our peoples.",
        "Question: When will you visit again?",
        "I hope to return next year.",
    )
    assert found.kind == "statement"
    assert [s.text.split()[0] for s in found.statements] == ["This", "We", "I"]
    assert {s.speaker.name.split()[-1] for s in found.statements} == {"Tanaro"}
    assert not any("Norland Times" in s.text or "?" in s.text for s in found.statements)


def test_a_possessive_headline_names_the_speaker_of_the_transcript() -> None:
    found = draft(
        "Prime Minister Tanaro's Press Conference on the Summit",
        "May 3, 2026",
        "(On the summit)",
        "The summit was a success, and I thank President Oru Vask for hosting it.",
        "I am convinced that we have opened a new chapter.",
    )
    assert found.kind == "statement"
    assert found.consultation is None
    assert [s.speaker.name.split()[-1] for s in found.statements] == ["Tanaro"]
