"""Round 24's photo captions (invented releases): a line that names people one right after
another ("Courtesy call on Speaker X Speaker Y"), over or under the report, is no list of who
took part."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_a_caption_under_the_lede_adds_no_participant() -> None:
    found = draft(
        "Courtesy call on the Speaker",
        "Brio, 3 May 2023 - Ambassador Paul Oro paid a courtesy call on the Speaker of the "
        "National Assembly, Karl Moen, on Tuesday.",
        "Courtesy call on Speaker Karl Moen Speaker Anna Lind",
        "They discussed parliamentary cooperation.",
    )
    assert sorted(participants(found)) == ["Karl Moen", "Paul Oro"]


def test_a_caption_read_as_the_headline_adds_no_participant() -> None:
    found = draft(
        "Courtesy call on Speaker Karl Moen Speaker Anna Lind",
        "Brio, 3 May 2023 - Ambassador Paul Oro paid a courtesy call on the Speaker of the "
        "National Assembly, Karl Moen, on Tuesday.",
        "They discussed parliamentary cooperation.",
    )
    assert sorted(participants(found)) == ["Karl Moen", "Paul Oro"]
