"""Quoted words the parser could credit to no one are not lost silently: the draft warns of
them, with where they stand, so that a reviewer adds them if they are a statement."""

from __future__ import annotations

from pathlib import Path

from briefer.importing import draft_file

OPENING = """Land signs partnership with Shandong province

3 March 2025

The state government received a delegation from Shandong province in Stuttgart today.

"""


def _warnings(tmp_path: Path, paragraph: str) -> list[str]:
    path = tmp_path / "release.txt"
    path.write_text(OPENING + paragraph + "\n\nThe partnership dates from 1985.\n", "utf-8")
    return [w for w in draft_file(path).warnings if w.startswith("Quoted words")]


def test_first_person_words_credited_to_no_one_are_named_in_a_warning(tmp_path: Path) -> None:
    warnings = _warnings(
        tmp_path, '"Our companies need reliable partners, and we give them that today."'
    )
    assert len(warnings) == 1
    assert "paragraph 4" in warnings[0]
    assert "“Our companies need reliable partners, and we give" in warnings[0]


def test_words_whose_credit_is_not_understood_are_named_in_a_warning(tmp_path: Path) -> None:
    # the verb of saying is there, the speaker it names is not understood
    paragraph = (
        '"Reliable partners give companies certainty in hard times like these," said the '
        "Fnord of Upper Qux."
    )
    assert len(_warnings(tmp_path, paragraph)) == 1


def test_credited_words_and_quoted_titles_give_no_warning(tmp_path: Path) -> None:
    credited = '"We give our companies reliable partners today," said Minister Anna Berg.'
    title = (
        'The delegation presented the study "Trade and Investment in the Yellow Sea Region 2030".'
    )
    assert _warnings(tmp_path, credited) == []
    assert _warnings(tmp_path, title) == []
