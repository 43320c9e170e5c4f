"""Quotations and attribution (round 14): forms news copies use to quote ministers."""

from __future__ import annotations

from briefer.importers.quotes import find_quoted
from tests.importers.drafting import draft


def _said(found, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.speaker.name if s.speaker else "" for s in found.statements if words in s.text]


# doubled single marks ‘‘ … ’’ typed for double ones (agency copies)
def test_doubled_single_marks_quote_like_double_ones() -> None:
    paragraph = "Minister Lena Ortmann said the talks ‘‘were a step to calm in the region.’’"
    [quoted] = find_quoted(paragraph)
    assert quoted.text == "were a step to calm in the region."
    assert paragraph[quoted.end :] == ""


def test_doubled_single_marks_credited_after_the_quotation() -> None:
    found = draft(
        "Ortmann calls for calm",
        "‘‘We will keep every channel open to our neighbours,’’ Foreign Minister Lena Ortmann"
        " told reporters in the capital.",
    )
    [statement] = found.statements
    assert statement.text.startswith("We will keep")
    assert statement.speaker is not None and statement.speaker.name == "Lena Ortmann"


def test_doubled_single_marks_around_a_short_clause_after_a_weekday() -> None:
    found = draft(
        "Ortmann on the border talks",
        "Foreign Minister Lena Ortmann said on Tuesday ‘‘the border is calm again’’.",
    )
    assert _said(found, "the border is calm again") == ["Lena Ortmann"]
