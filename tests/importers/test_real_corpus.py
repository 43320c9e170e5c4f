"""The parser on real releases (tests/data/corpus): the corpus keeps its rules, and the
parser's figures on the tuning and the held-out set do not fall.

The floors are the figures measured when they were last raised (benchmarks/parser_accuracy.py
prints them); a change that loses accuracy, on the set tuned on or on publishers never seen,
fails here. Issue 12's targets for the held-out set are in TARGETS: the floors rise towards
them.
"""

from __future__ import annotations

import re

import pytest

from briefer.importing import draft_file
from tests.importers.corpus import entries, family_name, problems
from tests.importers.measures import Measures, matches, measure

# measure → (tuning, held-out batches 1 to 17) floors. The tuning set grew with releases of
# classes the held-out batches showed (CLASSES.md, nineteen rounds to 2026-12-07); the floors
# were set again each time from what the parser then scored. Each held-out batch was collected
# and annotated blind after the tuning before it and checked by a second annotator; batches 2
# to 12 were then read by one colleague each who described their classes (batch 12's for a
# round still to come). Batch 13 (32 releases, 23 publishers: trade and development ministries
# and sub-national governments) and batch 14 (31 releases, 26 publishers: embassies, UN
# missions and envoys, regional bodies), collected during round 19 and after it, were only
# measured: the fresh figures for publishers never seen; batch 14 was then read for round 23
# (2026-12-07). Batch 15 (30 releases, 24 publishers: heads of government and state, defence
# ministries, parliaments, IOM and FAO), collected blind after round 22, was measured blind
# after round 23 too, then read for round 24. Batch 16 (30 releases, 27 publishers:
# parliaments, heads of state, small and island governments, Länder, cantons, provinces in
# French), collected blind after round 23, was measured blind before and after round 24, then
# read for round 25 (2026-12-08). Batch 17 (30 releases, 27 publishers: defence and foreign
# ministries, heads of state and government, parliaments), collected blind after round 24, was
# measured blind before and after round 25, then read for round 26. Batch 18 (30 releases, 27
# publishers: heads of state and government, embassies, provinces and territories), collected
# blind after round 25, was measured blind before and after round 26, and its figures set as
# its floors. The participants' countries (right, and wrong: a country given that is not the
# one expected) were first measured on 2026-12-08, when they were decided for the whole
# release, and the meeting's place (right, and wrong: found where none is expected, or another)
# the same day, when the places were made precise.
FLOORS = {
    "statement_rate": (
        0.97,
        0.76,
        0.84,
        0.77,
        0.83,
        0.73,
        0.83,
        0.6,
        0.83,
        0.57,
        0.89,
        0.96,
        0.96,
        0.44,
        0.69,
        0.66,
        0.88,
        0.92,
        0.48,
    ),
    "false_per_100": (
        0.5,
        0.5,
        0.5,
        0.5,
        0.5,
        0.5,
        0.5,
        3.2,
        0.5,
        9.4,
        0.5,
        0.5,
        0.5,
        9.4,
        3.3,
        3.4,
        0.5,
        0.5,
        0.5,
    ),
    "participants_f1": (
        0.95,
        0.85,
        0.91,
        0.82,
        0.9,
        0.87,
        0.86,
        0.64,
        0.87,
        0.7,
        0.83,
        0.9,
        0.89,
        0.51,
        0.77,
        0.86,
        0.8,
        0.8,
        0.62,
    ),
    "kind_rate": (
        0.97,
        0.89,
        0.97,
        0.81,
        0.92,
        0.93,
        0.87,
        0.65,
        0.85,
        0.65,
        0.87,
        0.93,
        0.89,
        0.68,
        0.77,
        0.9,
        0.9,
        0.86,
        0.6,
    ),
    "meeting_date_rate": (
        0.88,
        0.75,
        1.0,
        0.87,
        1.0,
        1.0,
        0.75,
        0.33,
        0.85,
        0.77,
        0.66,
        1.0,
        0.62,
        0.75,
        0.62,
        0.87,
        0.91,
        0.8,
        0.66,
    ),
    "dates_invented": (0, 0, 0, 0, 0, 0, 2, 0, 0, 2, 0, 0, 0, 2, 4, 1, 0, 1, 1),
    "country_rate": (
        0.55,
        0.52,
        0.37,
        0.44,
        0.39,
        0.45,
        0.37,
        0.33,
        0.25,
        0.39,
        0.63,
        0.64,
        0.3,
        0.35,
        0.33,
        0.46,
        0.21,
        0.47,
        0.53,
    ),
    "countries_wrong": (0, 4, 0, 0, 1, 2, 2, 0, 1, 2, 3, 0, 1, 0, 2, 2, 1, 0, 1),
    "place_rate": (
        0.55,
        0.73,
        0.62,
        0.35,
        0.68,
        0.53,
        0.23,
        0.2,
        0.66,
        0.5,
        0.46,
        0.52,
        0.63,
        0.27,
        0.33,
        0.5,
        0.56,
        0.16,
        0.16,
    ),
    "places_wrong": (18, 6, 2, 0, 2, 0, 6, 3, 5, 3, 2, 0, 2, 2, 6, 5, 0, 2, 4),
}
BATCHES = range(1, 19)
GROUPS = ("tuning", *(f"heldout {n}" for n in BATCHES))
TARGETS = {  # issue 12, on the held-out set
    "statement_rate": 0.90,
    "false_per_100": 2.0,
    "participants_f1": 0.85,
    "kind_rate": 0.85,
    "meeting_date_rate": 0.90,
    "dates_invented": 0,
}
AT_MOST = {"false_per_100", "dates_invented", "countries_wrong", "places_wrong"}


@pytest.fixture(scope="module")
def measured() -> dict[str, Measures]:
    heldout = entries("heldout")
    batches = {f"heldout {n}": measure([e for e in heldout if e.batch == n]) for n in BATCHES}
    return {"tuning": measure(entries("tuning")), **batches}


def test_the_corpus_is_real_sized_and_split_by_publisher() -> None:
    tuning, heldout = entries("tuning"), entries("heldout")
    assert len(tuning) + len(heldout) >= 150
    assert len(heldout) >= 50
    publishers = {e.publisher for e in tuning}, {e.publisher for e in heldout}
    assert len(publishers[0] | publishers[1]) >= 25
    assert not publishers[0] & publishers[1], "a publisher is in both sets"
    for split in (tuning, heldout):
        languages = {e.expected["language"] for e in split}
        assert {"en", "de", "fr"} <= languages
        assert {e.expected["kind"] for e in split} >= {"consultation", "statement", "other"}


def test_each_release_has_a_number_of_its_own_within_its_publisher() -> None:
    names = [e.name for split in ("tuning", "heldout") for e in entries(split)]
    numbered = [re.match(r".*?-\d\d(?=-|$)", name) for name in names]
    assert all(numbered)
    prefixes = [match.group(0) for match in numbered if match]
    assert sorted({p for p in prefixes if prefixes.count(p) > 1}) == []


@pytest.mark.parametrize("split", ["tuning", "heldout"])
def test_every_expected_result_is_found_in_its_text(split: str) -> None:
    found = {e.name: problems(e) for e in entries(split)}
    assert {name: p for name, p in found.items() if p} == {}


@pytest.mark.parametrize("split", GROUPS)
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_parser_does_not_fall_below_its_floor(
    measured: dict[str, Measures], split: str, name: str
) -> None:
    floor = FLOORS[name][GROUPS.index(split)]
    value = getattr(measured[split], name)
    if name in AT_MOST:
        assert value <= floor, f"{split} {name}: {value} (at most {floor})"
    else:
        assert value >= floor, f"{split} {name}: {value:.3f} (floor {floor})"


def test_no_release_of_the_corpus_fails_to_import(measured: dict[str, Measures]) -> None:
    assert [m.failed for m in measured.values()] == [[]] * len(GROUPS)


def test_a_release_in_another_language_keeps_title_date_and_kind_and_says_so() -> None:
    others = [e for split in ("tuning", "heldout") for e in entries(split)]
    others = [e for e in others if e.expected["language"] not in ("en", "de", "fr")]
    assert len(others) >= 3
    for entry in others:
        draft = draft_file(entry.text_path)
        assert draft.language == entry.expected["language"]
        assert draft.statements == ()
        assert any(
            "recognises statements in English, German and French" in w for w in draft.warnings
        )
        assert draft.source.title


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("MOTEGI Toshimitsu", "motegi"),
        ("J. Karl Moen", "moen"),
        ("Anna Berg", "berg"),
        ("Fiamē Naomi Mata’afa", "mataafa"),
        ("Fiamē Naomi Mataʻafa", "mataafa"),
    ],
)
def test_participants_are_compared_by_family_name_written_first_or_last(
    name: str, family: str
) -> None:
    assert family_name(name) == family


_SAID = {
    "speaker": "Anna Berg",
    "text_starts": "We stand",
    "text_ends": "the region,",
    "paragraphs": 1,
}


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("We stand with our partners in the region.", True),  # its comma became a full stop
        ("We stand with our partners in the region", True),
        ("We stand with our partners in the region and beyond.", False),  # ends too late
        ("We stand with our partners in the", False),  # ends too early
        ("And we stand with our partners in the region.", False),  # starts too early
    ],
)
def test_a_statement_is_right_by_its_words_not_the_stop_after_them(text: str, right: bool) -> None:
    found = {"speaker": "Anna Berg", "text": text}
    assert matches(found, _SAID) is right
    assert matches(found, {**_SAID, "text_ends": "the region"}) is right
