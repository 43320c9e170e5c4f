"""A signed message: the signer's block over the text ("Hon. Kim Dale, M.P." / "Speaker of
the House of Commons"), first-person paragraphs, the signature again under them: one
statement by the signer, none made of the signature (S12-5)."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft

TEXT = (
    "It is my pleasure to present the annual report of the House for the year 2023, a year "
    "of much change for our institution.",
    "I want to thank all members and staff for their work. Together we have opened the "
    "chamber to thousands of visitors.",
    "I am proud of what we achieved and I look forward to the year ahead.",
)

MESSAGES = {
    "honorific-postnominal": (
        "Message from the Speaker",
        "Hon. Kim Dale, M.P.",
        "Speaker of the House of Commons",
        *TEXT,
        "Hon. Kim Dale, M.P.",
    ),
    "the-hon-mp": (
        "Foreword by the Speaker",
        "The Hon. Kim Dale MP",
        "Speaker of the House of Commons",
        *TEXT,
        "The Hon. Kim Dale MP",
    ),
    "bare-name": (
        "Message from the Speaker",
        "Kim Dale",
        "Speaker of the House of Commons",
        *TEXT,
        "Kim Dale",
    ),
    "a-word-from": (
        "A word from the Speaker",
        "Kim Dale",
        "Speaker of the House of Commons",
        *TEXT,
        "Kim Dale",
    ),
    "fr": (
        "Mot du Président",
        "Hon. Kim Dale, M.P.",
        "Président de l'Assemblée nationale",
        "C'est avec plaisir que je vous présente le rapport annuel de l'Assemblée pour "
        "l'année 2023, une année de grands changements.",
        "Je remercie tous les députés et le personnel pour leur travail.",
        "Hon. Kim Dale, M.P.",
    ),
    "de": (
        "Vorwort des Präsidenten",
        "Kim Dale, MdB",
        "Präsident des Landtags",
        "Ich freue mich, Ihnen den Jahresbericht des Landtags für das Jahr 2023 vorzulegen, "
        "ein Jahr großer Veränderungen.",
        "Ich danke allen Abgeordneten und Mitarbeitern für ihre Arbeit.",
        "Kim Dale, MdB",
    ),
}


@pytest.mark.parametrize("paragraphs", MESSAGES.values(), ids=MESSAGES.keys())
def test_a_signed_message_is_its_signers_statement(paragraphs: tuple[str, ...]) -> None:
    found = draft(*paragraphs)
    assert len(found.statements) == 1
    statement = found.statements[0]
    assert statement.speaker.name == "Kim Dale"
    assert statement.text.startswith(("It is my", "C'est avec", "Ich freue"))
    assert "Dale" not in statement.text  # neither the block nor the signature
    assert statement.text.count("\n") == len(paragraphs) - 5


def test_a_line_over_the_text_that_is_no_name_signs_nothing() -> None:
    found = draft(
        "Clarification regarding the press release of 1 March",
        "Press Release",
        "In regards to the press release dated 1 March, we hereby clarify that the Government "
        "of Norland will be represented by its Minister for Foreign Affairs.",
    )
    assert all(s.speaker.name != "Press Release" for s in found.statements)
