"""Whatever text it is given, the parser returns a draft or raises ImportFailed."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefer.errors import ImportFailed
from briefer.importers.document import TextDocument
from briefer.importers.pressrelease import parse_release

FRAGMENTS = [
    "Foreign Minister",
    "Außenministerin",
    "Federal Minister of Defence",
    "Mr. MOTEGI Toshimitsu,",
    "made the following statement today:",
    "sagte heute (13.07.):",
    "said:",
    "“",
    "”",
    "„",
    "“",
    "«",
    "»",
    "‘",
    "’",
    '"',
    "met",
    "held consultations via video teleconference",
    "in Tokyo",
    "3 November 2022",
    "04.11.2022",
    "13.07.",
    "yesterday",
    "Home > News",
    "Share",
    ":",
    ",",
    ".",
    "The agenda included",
    "Statement by",
    "Joint statement",
    "A spokesperson said:",
    "his Japanese counterpart,",
    "R&D <b>",
    "\u200b",
    "Kramp-Karrenbauer",
    "茂木敏充",
    "of Japan",
]
words = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12))
paragraph = st.lists(words, max_size=14).map(" ".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(paragraph, max_size=12))
@example(["Foreign Minister Foreign Minister", "A spokesperson said:", "«"])  # found by CI runs
def test_the_parser_raises_nothing_but_its_own_error(paragraphs: list[str]) -> None:
    try:
        draft = parse_release(TextDocument(tuple(paragraphs), "fuzz.txt", "text"))
    except ImportFailed as error:
        assert str(error).startswith("fuzz.txt")
        return
    for statement in draft.statements:
        assert statement.text.strip()
    draft.to_json()
