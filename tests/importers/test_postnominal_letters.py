"""A name with the honorifics of a parliament or a court before it ("Hon.", "The Hon.", "Rt
Hon.", "The Right Honourable", "H.E.") and the letters of a member or of the bar after it
(", M.P.", "MP", "QC", "KC", "MdB", "MEP", "PhD"): the letters are part of the mention (a
name line is all name), the role after them is the person's, and the letters alone after a
name say it is one."""

from __future__ import annotations

import pytest

from briefer.importers.persons import find_mentions
from tests.importers.drafting import draft, participants


@pytest.mark.parametrize(
    "line",
    [
        "Hon. Kim Dale, M.P.",
        "The Hon. Kim Dale MP",
        "The Right Honourable Kim Dale, PC, MP",
        "Rt Hon. Kim Dale KC MP",
        "Rt. Hon. Kim Dale, Q.C., M.P.",
        "Dr. Lena Dorn, PhD",
        "Prof. Dr. Lena Dorn MdB",
        "Lena Dorn MdB",
        "Kim Dale, M.E.P.",
    ],
)
def test_a_name_line_with_letters_is_all_name(line: str) -> None:
    [mention] = find_mentions(line)
    assert mention.name in ("Kim Dale", "Lena Dorn")
    assert (mention.start, mention.end) == (0, len(line))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Kim Dale, MP, Speaker of the House, opened the session.", "Speaker of the House"),
        (
            "Hon. Kim Dale, M.P., Speaker of the Assembly, opened the session.",
            "Speaker of the Assembly",
        ),
        (
            "The Hon. Kim Dale QC, Minister for Foreign Affairs, met Ivo Ran.",
            "Minister for Foreign Affairs",
        ),
    ],
)
def test_the_role_after_the_letters_is_the_persons(text: str, role: str) -> None:
    assert (find_mentions(text)[0].name, find_mentions(text)[0].role) == ("Kim Dale", role)


def test_a_member_named_with_letters_only_takes_part_in_the_meeting() -> None:
    found = draft(
        "Committee chair meets Norland's ambassador",
        "Kim Dale MP, who chairs the Foreign Affairs Committee, met Ambassador Ivo Ran of"
        " Norland in Brio on Tuesday to discuss the trade agreement.",
    )
    assert participants(found) == ["Kim Dale", "Ivo Ran"]


def test_german_member_of_the_bundestag() -> None:
    found = draft(
        "Ausschussvorsitzende empfängt Botschafter",
        "Lena Dorn MdB, Vorsitzende des Auswärtigen Ausschusses, empfing am Dienstag in Brio"
        " Botschafter Ivo Ran aus Norland zu einem Gespräch über das Handelsabkommen.",
    )
    assert {name.split()[-1] for name in participants(found)} == {"Dorn", "Ran"}
