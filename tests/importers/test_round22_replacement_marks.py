"""Quotation marks an archive stored as U+FFFD (round 22), as it did every apostrophe and dash:
a mark before a word opens a quotation, one after a word or its stop closes it."""

from __future__ import annotations

from briefer.importers.pressrelease import parse_release
from briefer.importers.readers import read_pasted
from briefer.importers.textfile import normalise


def test_replacement_marks_around_a_quotation_are_read_as_quotation_marks() -> None:
    text = "\ufffdWe met \ufffd and that\ufffds all,\ufffd she said. \ufffdIt went well.\ufffd"
    assert normalise(text) == "“We met \ufffd and that\ufffds all,” she said. “It went well.”"


def test_replacement_marks_inside_words_stay() -> None:
    assert normalise("caf\ufffd au lait, \ufffdt\ufffd") == "caf\ufffd au lait, \ufffdt\ufffd"


def test_a_quotation_stored_with_replacement_marks_is_the_speakers() -> None:
    found = parse_release(
        read_pasted(
            "Governor to lead trade mission to Norland\n\n"
            "BRIO \ufffd Gov. Ana Lind on Monday will lead governors on a trade mission to "
            "Norland.\n\n"
            "\ufffdTo grow jobs \ufffd we know we have to reach out to our partners. That\ufffds "
            "who\ufffds buying our products,\ufffd Lind said.\n"
        )
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Ana Lind"
    assert statement.text.startswith("To grow jobs")
