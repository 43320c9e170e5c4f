"""A communiqué's or an office's own words quoted by the press (round 13): "“…”, the
communiqué says.", "the ministry explained that “…”", "the government's wish “to …”" are the
office's, speaker none, not the last person the release names in passing."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft


@pytest.mark.parametrize(
    "credit", ["the communiqué says", "the press release stated", "the statement reads"]
)
def test_a_quotation_credited_to_an_unsigned_communique_is_the_offices(credit: str) -> None:
    found = draft(
        "Estoria denies plan to recall consuls",
        "The Ministry of Foreign Affairs of Estoria on Monday denied reports that it would "
        "recall its consuls from Norland. Jon Dahl, the Norland ambassador, was received at "
        "the ministry on Friday.",
        f"“The ministry never intended to recall any consul from any of its posts”, {credit}.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == ""
    assert statement.speaker.role == "Ministry of Foreign Affairs of Estoria"


def test_an_office_that_explained_that_quotes_its_own_words() -> None:
    found = draft(
        "Estoria denies plan to recall consuls",
        "President Karl Moen of Norland had spoken of a crisis between the neighbours.",
        "In a communiqué, the Estorian foreign ministry explained that “at no point did the "
        "government plan to recall its consuls”.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == ""
    assert statement.text.startswith("at no point did the government")


def test_a_clause_spelling_out_the_governments_wish_is_the_offices() -> None:
    found = draft(
        "Estoria sets out its trade policy",
        "The Ministry of Foreign Affairs of Estoria published its trade policy on Monday.",
        "The document ends by restating the government's wish “to widen trade with every "
        "partner in the region”.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == ""
    assert statement.text.startswith("to widen trade with every partner")


def test_a_statement_a_person_issued_stays_theirs() -> None:
    found = draft(
        "Ministry rejects the claims",
        "Foreign Minister Anna Berg issued a statement on the claims on Monday.",
        "“The Government of Norland rejects every one of these claims and will answer them in "
        "court,” the statement said.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Anna Berg"
