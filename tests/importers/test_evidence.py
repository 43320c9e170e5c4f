"""Where in a release's text each field of a draft or a library record stands."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from briefer.importers.evidence import draft_passages, record_passages
from briefer.importing import draft_file, store
from briefer.library import Library
from briefer.model import Consultation, Statement

CORPUS = Path(__file__).parents[1] / "data/corpus/tuning"
NATO = next(CORPUS.glob("nato-04-*.txt"))
_WORDS = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORDS.findall(text)]


def read(text: str, passages: tuple[tuple[int, int], ...]) -> list[str]:
    return [text[start:end] for start, end in passages]


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt"))[::6], ids=lambda p: p.stem)
def test_a_statement_s_words_are_where_the_parser_read_them(path: Path) -> None:
    draft = draft_file(path)
    found = draft_passages(draft)
    text = draft.source.text
    for number, statement in enumerate(draft.statements):
        passages = found[f"statements[{number}].text"]
        assert words(" ".join(read(text, passages))) == words(statement.text)


def test_each_field_of_a_meeting_stands_where_the_release_says_it() -> None:
    draft = draft_file(NATO)
    meeting = draft.consultation
    assert meeting is not None
    found = draft_passages(draft)
    text = draft.source.text
    assert read(text, found["source.title"]) == [draft.source.title]
    assert read(text, found["consultation.date"]) == ["29 November 2023"]
    assert read(text, found["consultation.summary"]) == [meeting.summary]
    kuleba = found["consultation.participants[1]"]
    assert read(text, kuleba) == ["Foreign Minister", "Dmytro Kuleba"]
    # the one quoted in the fourth paragraph, whose "he said" names no one
    assert read(text, found["statements[0].speaker"]) == ["Stoltenberg"]
    assert "consultation.place" not in found  # the release names no place: none is shown


def test_a_library_record_s_fields_are_found_in_its_release_by_value(tmp_path: Path) -> None:
    with Library(tmp_path / "library.sqlite") as library:
        store(library, draft_file(NATO))
        meeting, said = (library.get(i) for i in (1, 2))
    assert isinstance(meeting, Consultation) and isinstance(said, Statement)
    assert meeting.source is not None
    text = meeting.source.text
    found = record_passages(meeting, text)
    assert read(text, found["summary"]) == [meeting.summary]
    assert read(text, found["date"]) == ["29 November 2023"]
    assert read(text, record_passages(said, text)["text"]) == [said.text]
    # a summary tidied up since keeps what still stands in the release, run by run
    tidied = replace(meeting, summary="Jens Stoltenberg welcomed Foreign Minister Dmytro Kuleba.")
    assert read(text, record_passages(tidied, text)["summary"]) == [
        "Jens Stoltenberg welcomed Foreign Minister Dmytro Kuleba"
    ]
    edited = replace(said, text="Words the release never held.")
    assert "text" not in record_passages(edited, text)
