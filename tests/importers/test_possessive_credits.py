"""A verbless credit of a possessive and a noun of saying before a quotation ("Ihr Fazit:
„…“", "Her message: “…”", "His verdict after the debate: “…”", "Son constat : « … »") is the
words of the person the possessive points to: the subject the narration goes on with, not
the one "she" or "he" met in the sentence before (S12-6)."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Die Präsidentin des Parlaments, Ana Lo, besuchte am Montag Kiel und sprach mit "
            "Studierenden über die Zukunft Europas.",
            "Sie traf auch Ministerpräsident Jan Ost. Ihr Fazit: „Europa hält zusammen, auch "
            "in schweren Zeiten.“",
        ),
        (
            # the subject after the verb (German V2), the possessive in a paragraph of its own
            "An diesem Montag war die Präsidentin des Parlaments, Ana Lo, in Kiel. Sie traf "
            "dort Ministerpräsident Jan Ost und sprach mit Studierenden.",
            "Ihr Fazit nach dem Besuch: „Europa hält zusammen, auch in schweren Zeiten.“",
        ),
        (
            "Speaker Ana Lo visited Kiel on Monday and spoke to students about the future of "
            "Europe.",
            "She also met Prime Minister Jan Ost. Her message: “Europe stands together, even "
            "in hard times.”",
        ),
        (
            "La présidente du Parlement, Ana Lo, s'est rendue à Kiel lundi pour parler de "
            "l'Europe avec des étudiants.",
            "Elle a aussi rencontré le ministre-président Jan Ost. Son constat : « L'Europe "
            "tient bon, même dans les moments difficiles. »",
        ),
    ],
)
def test_her_conclusion_is_hers(paragraphs: tuple[str, str]) -> None:
    found = draft("Visit to Kiel", *paragraphs, "Am Abend reiste sie nach Brio weiter.")
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Ana Lo"


def test_his_verdict_is_the_subjects_not_the_last_one_he_met() -> None:
    found = draft(
        "Minister visits Kiel",
        "Foreign Minister Paul Varo visited Kiel on Monday and spoke to students about the "
        "future of Europe.",
        "He also met Mayor Eva Ost and Governor Lena Dorn.",
        "His verdict after the debate: “Europe stands together, even in hard times.”",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Paul Varo"


@pytest.mark.parametrize(
    ("narration", "credit", "quotation"),
    [
        (
            "Die Präsidentin des Parlaments, Ana Lo, besuchte am Montag Kiel und sprach mit "
            "Studierenden. Sie traf auch Ministerpräsident Jan Ost.",
            "Ihr Fazit nach dem Besuch:",
            "„Europa hält zusammen, auch in schweren Zeiten.“",
        ),
        (
            "Speaker Ana Lo visited Kiel on Monday and spoke to students about Europe. She "
            "also met Prime Minister Jan Ost.",
            "Her message to the students:",
            "“Europe stands together, even in hard times.”",
        ),
    ],
)
def test_a_possessive_credit_on_a_line_of_its_own(
    narration: str, credit: str, quotation: str
) -> None:
    found = draft("Visit to Kiel", narration, credit, quotation, "Am Abend reiste sie weiter.")
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Ana Lo"
