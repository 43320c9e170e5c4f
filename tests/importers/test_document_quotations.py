"""Quotations credited to a document ("A statement signed by X said: “…”", "According to the
statement, “…”") are the words of its signatory, one passage with the bare quotations after
them (round 10)."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_quotations_from_a_signed_statement_are_one_passage_of_its_signatory() -> None:
    found = draft(
        "Ministry denies reports on the border",
        "Karl Moen, Spokesperson, Ministry of Transport, has denied reports that the "
        "northern border will close.",
        "A statement signed by Moen said: “The Ministry has read with concern the false "
        "reports in some newspapers that the northern border will close next week, and it "
        "wants to set the record straight.”",
        "According to the statement, “no minister ever said that the border would be closed "
        "at any time”.",
        "“The Government has no plan to close any border crossing this year.”",
        "Moen said “nobody should share the false reports about the border.”",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Karl Moen"
    assert statement.text.count("\n") == 3
    assert statement.text.startswith("The Ministry has read with concern")
    assert statement.text.endswith("the false reports about the border.")


def test_according_to_the_communique_after_a_named_spokesperson_is_the_spokesperson() -> None:
    found = draft(
        "Ministry rejects the claims",
        "The Ministry's Spokesperson, Anna Berg, issued a communiqué on the claims on Monday.",
        "According to the communiqué, “the Government of Norland rejects every one of these "
        "claims and will answer them in court”.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Anna Berg"


def test_a_quotation_the_statement_is_said_to_say_after_it_is_its_issuers() -> None:
    found = draft(
        "Ministry rejects the claims",
        "The Ministry's Spokesperson, Anna Berg, issued a statement on the claims on Monday.",
        "“The Government of Norland rejects every one of these claims and will answer them in "
        "court,” the statement added.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Anna Berg"


def test_a_document_credited_quotation_with_nobody_named_before_has_no_speaker() -> None:
    found = draft(
        "Ministry rejects the claims",
        "According to the statement, “the Government of Norland rejects every one of these "
        "claims and will answer them in court”.",
    )
    assert all(s.speaker is None or not s.speaker.name for s in found.statements)
