"""A statement headed "Statement by X" whose own words report talks held is the meeting's
report (K12-2); talks named only as the occasion the words were issued on stay a statement
(K11-5's side of the boundary)."""

from __future__ import annotations

import datetime

from tests.importers.drafting import draft, participants


def test_a_speakers_first_person_words_that_report_talks_make_a_consultation() -> None:
    found = draft(
        "Statement by Executive Director Paul Mercan on Estoria",
        "Washington, May 4, 2024",
        "Executive Director Paul Mercan issued the following statement today after meeting "
        "with Estoria's Planning Minister Eva Sorn in Brio:",
        "“Minister Sorn and I met today and agreed that our teams will work together closely. "
        "Our talks this morning were frank and constructive.”",
    )
    assert found.kind == "consultation"
    assert participants(found) == ["Paul Mercan", "Eva Sorn"]
    assert found.consultation is not None
    assert found.consultation.date == datetime.date(2024, 5, 4)
    assert [s.speaker.name for s in found.statements] == ["Paul Mercan"]


def test_french_first_person_talks_in_a_declaration() -> None:
    for words in (
        "« Le ministre Mercan et moi nous sommes rencontrés ce matin et avons convenu de "
        "renforcer notre coopération. »",
        "« Je me suis entretenue ce matin avec le ministre Paul Mercan et nous avons convenu "
        "de renforcer notre coopération. »",
        "« J'ai rencontré ce matin le ministre Paul Mercan et nous avons convenu de renforcer "
        "notre coopération. »",
    ):
        found = draft(
            "Déclaration de la Directrice générale Ana Lo sur l'Estoria",
            "Paris, le 4 mai 2024",
            "Mme Ana Lo, Directrice générale, a fait aujourd'hui la déclaration suivante après "
            "sa visite au ministère estorien du Plan, dirigé par le ministre Paul Mercan :",
            words,
        )
        assert found.kind == "consultation", words
        assert participants(found) == ["Ana Lo", "Paul Mercan"], words


def test_german_first_person_talks_in_a_statement() -> None:
    found = draft(
        "Erklärung von Präsidentin Ana Lo",
        "Berlin, 4. Mai 2024",
        "Präsidentin Ana Lo erklärte heute in Brio:",
        "„Ich habe heute den estorischen Planungsminister Paul Mercan getroffen, und wir haben "
        "vereinbart, enger zusammenzuarbeiten.“",
    )
    assert found.kind == "consultation"
    assert participants(found) == ["Ana Lo", "Paul Mercan"]


def test_an_offices_statement_that_tells_its_principals_talks_is_a_consultation() -> None:
    found = draft(
        "Statement of the Registry on the President's recent visit to Brio",
        "The Hague, 10 May 2024",
        "On Saturday, 4 May, the President of the Court, Judge Ana Lo, met Foreign Minister Ivo "
        "Ran of Norland in Brio at his request and discussed cooperation with the Court.",
        "The Registry recalls that the visit was not an investigation.",
    )
    assert found.kind == "consultation"
    assert participants(found) == ["Ana Lo", "Ivo Ran"]
    assert found.consultation is not None
    assert found.consultation.date == datetime.date(2024, 5, 4)


def test_talks_named_only_as_the_occasion_of_the_words_stay_a_statement() -> None:
    for lede, words in (
        (
            "Minister Ana Lo issued the following statement after talks with Estoria's Foreign "
            "Minister Eva Sorn:",
            "“I am deeply concerned about the situation in the region. We need a ceasefire now.”",
        ),
        (
            "Nach ihrem Treffen mit dem estorischen Außenminister Paul Mercan erklärte "
            "Ministerin Lo:",
            "„Ich bin tief besorgt über die Lage in der Region. Wir brauchen jetzt einen "
            "Waffenstillstand.“",
        ),
    ):
        found = draft("Statement by Foreign Minister Ana Lo", "Berlin, 4 May 2024", lede, words)
        assert found.kind == "statement", lede
        assert found.consultation is None, lede


def test_talks_named_by_a_noun_in_a_statement_are_no_meeting() -> None:
    found = draft(
        "Statement by the Foreign Minister on the situation in Norland",
        "Following the withdrawal of two parties from the political talks earlier today, "
        "Foreign Minister Ana Lo made the following statement:",
        "I was disappointed to learn of today's developments in the party leaders' talks. I hope "
        "that all the parties will return to the talks as early as possible.",
    )
    assert found.kind == "statement"
    assert found.consultation is None


def test_words_reporting_talks_after_a_lead_in_in_the_same_paragraph() -> None:
    found = draft(
        "Statement by Fund Director Ana Lo on Norland",
        "Washington, May 4, 2024",
        "Ms. Ana Lo, Director of the Fund, issued the following statement today after meeting "
        "with Norland's Finance Minister Ivo Ran in Brio: “Minister Ran and I met today and "
        "agreed to work closely together on the program. We had a productive discussion.”",
    )
    assert found.kind == "consultation"
    assert participants(found) == ["Ana Lo", "Ivo Ran"]
