"""The corpus's measures count what a user would count: a statement the parser got right is
right, and never also false."""

from __future__ import annotations

from pathlib import Path

from tests.importers.corpus import Entry
from tests.importers.measures import Measures, _count_statements

TEXT = """Remarks by Senator Ana Lo on the Norland hearing

Thank you, Madam Chair.

"We have heard the Ministers today, and we will hold them to their word on the border."
"""


def _entry(tmp_path: Path, paragraphs: int) -> Entry:
    path = tmp_path / "xx-test-01-remarks.txt"
    path.write_text(TEXT, "utf-8")
    said = {
        "speaker": "Ana Lo",
        "text_starts": "Thank you, Madam Chair",
        "text_ends": "to their word on the border.",
        "paragraphs": paragraphs,
    }
    return Entry(text_path=path, expected={"statements": [said]})


def test_a_right_statement_whose_short_first_paragraph_meets_a_quotation_mark_is_not_false(
    tmp_path: Path,
) -> None:
    # the parser's text joins the paragraphs without the quotation mark the page has before
    # the second: its first 40 characters stand nowhere in the text as written
    found = {
        "speaker": "Ana Lo",
        "text": "Thank you, Madam Chair.\nWe have heard the Ministers today, and we will hold "
        "them to their word on the border.",
    }
    counts = Measures()
    _count_statements(counts, _entry(tmp_path, paragraphs=2), {"statements": [found]})
    assert (counts.statements_right, counts.false_statements) == (1, 0)


def test_a_statement_outside_every_expected_passage_is_false(tmp_path: Path) -> None:
    found = {"speaker": "Ana Lo", "text": "Remarks by Senator Ana Lo on the Norland hearing"}
    counts = Measures()
    _count_statements(counts, _entry(tmp_path, paragraphs=2), {"statements": [found]})
    assert (counts.statements_right, counts.false_statements) == (0, 1)


def test_a_missed_statement_is_counted_by_how_near_the_parser_came(tmp_path: Path) -> None:
    entry = _entry(tmp_path, paragraphs=2)
    whole = (
        "Thank you, Madam Chair.\nWe have heard the Ministers today, and we will hold them to "
        "their word on the border."
    )
    cut = "Thank you, Madam Chair."
    tries = {
        "not found": [],
        "first words right, last wrong": [{"speaker": "Ana Lo", "text": cut}],
        "words right, no speaker": [{"speaker": "", "text": whole}],
        "words right, another speaker": [
            {"speaker": "", "text": cut},
            {"speaker": "Ivo Ren", "text": whole},
        ],
    }
    for how, found in tries.items():
        counts = Measures()
        _count_statements(counts, entry, {"statements": found})
        assert dict(counts.misses) == {how: 1}
