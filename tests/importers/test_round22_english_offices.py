"""Attribution (round 22): the offices of provinces, states, devolved and city governments and
of trade and development offices, credited after a quotation in English ("said Premier X",
"said the Chief Executive, Y", "said Z, chief executive of …"), and a quotation under a
"Quote:" label signed after a dash."""

from __future__ import annotations

import pytest

from briefer.importers.meetingmentions import mentioned
from tests.importers.drafting import draft

_QUOTE = "“Our exporters need a foothold in Asia, and this office gives them one,”"


def _statements(*paragraphs: str) -> list[tuple[str, str]]:
    found = draft(
        "Province opens trade office in Singapore",
        "March 3, 2025",
        "The Government of Northland is opening a trade office in Singapore to help local"
        " exporters reach Asian markets.",
        *paragraphs,
        "The office will open in June and employ six staff.",
    )
    return [(s.speaker.name, s.speaker.role) for s in found.statements if s.speaker]


@pytest.mark.parametrize(
    ("credit", "role"),
    [
        ("said Premier Dana Fordham.", "Premier"),
        ("said Deputy Premier Dana Fordham.", "Deputy Premier"),
        ("said Dana Fordham, Premier of Northland.", "Premier"),
        ("said First Minister Dana Fordham.", "First Minister"),
        ("said Deputy First Minister Dana Fordham.", "Deputy First Minister"),
        ("said Chief Minister Dana Fordham.", "Chief Minister"),
        ("said Lord Mayor Dana Fordham.", "Lord Mayor"),
        ("said the Chief Executive, Dana Fordham.", "Chief Executive"),
        ("said Chief Executive Dana Fordham.", "Chief Executive"),
        (
            "said Secretary for Commerce and Economic Development Dana Fordham.",
            "Secretary for Commerce and Economic Development",
        ),
        ("said MEC for Economic Development Dana Fordham.", "MEC for Economic Development"),
        ("said Dana Fordham, MEC for Economic Development.", "MEC for Economic Development"),
        ("said Minister-President Dana Fordham.", "Minister-President"),
        ("said Deputy USTR Dana Fordham.", "Deputy USTR"),
        ("said Secretary of State for Trade Dana Fordham.", "Secretary of State for Trade"),
        (
            "said Secretary of State for Business and Trade Dana Fordham.",
            "Secretary of State for Business and Trade",
        ),
        ("said Parliamentary Secretary Dana Fordham.", "Parliamentary Secretary"),
        ("said Dana Fordham, Associate Minister of Trade.", "Associate Minister of Trade"),
        ("said County Executive Dana Fordham.", "County Executive"),
        ("said Tourism Minister Dana Fordham.", "Tourism Minister"),
    ],
)
def test_a_sub_national_or_trade_office(credit: str, role: str) -> None:
    assert _statements(f"{_QUOTE} {credit}") == [("Dana Fordham", role)]


def test_a_company_officer_in_lower_case_after_the_name() -> None:
    credit = "said Bob Lee, chief executive of Northland Exporters."
    assert _statements(f"{_QUOTE} {credit}") == [("Bob Lee", "chief executive")]


def test_the_premier_named_before() -> None:
    assert _statements(
        "Premier Dana Fordham met exporters in the capital on Monday.",
        f"{_QUOTE} the Premier said.",
    ) == [("Dana Fordham", "Premier")]


def test_a_quote_label_signed_after_a_dash() -> None:
    assert _statements(
        "Quote: “Our exporters need a foothold in Asia, and this office gives them one.” –"
        " Jane Smithers, Minister of Trade"
    ) == [("Jane Smithers", "Minister of Trade")]


def test_a_portfolio_of_several_fields_after_the_name_stays_whole() -> None:
    credit = "said Dana Fordham, Minister of Economic Development, Trade and Tourism."
    assert _statements(f"{_QUOTE} {credit}") == [
        ("Dana Fordham", "Minister of Economic Development, Trade and Tourism")
    ]


def test_a_board_of_chief_executives_is_no_person() -> None:
    text = "He will come to Brio again in April for a Chief Executive Board Meeting of the Union."
    assert mentioned(text) == []


def test_a_teaser_line_signed_by_a_surname_is_no_statement() -> None:
    found = draft(
        "Envoy visits the islands",
        "March 3, 2025",
        "“Our ties are driven by the priorities of our members” – Varo",
        "The Secretary-General, Paul Varo, visited the islands on Monday and met the Premier,"
        " Dana Fordham, to discuss trade.",
        "Mr Varo told the Premier: “Our ties are driven by the priorities of our members, and"
        " that is what makes them last.”",
    )
    assert len(found.statements) == 1
