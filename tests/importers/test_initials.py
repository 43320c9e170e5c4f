"""The look-aheads that let the parser's biggest patterns skip words at once must not skip a
word one of their alternatives could start: each pattern's possible first letters, read off
the pattern itself, are among those its look-ahead admits."""

from __future__ import annotations

import re
from re import _constants as constants  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from briefer.importers import (
    alternations,
    dates,
    kinds,
    meetingphrases,
    meetingplaces,
    names,
    personlists,
    rolenames,
    rolephrases,
    roleterms,
)
from briefer.importers.countrynames import ADJECTIVE_PATTERN, ADJECTIVES

Chars = set[str] | None  # None: any character


def initials(items: Any) -> tuple[Chars, bool]:
    """Return the characters a parsed pattern can start with (None: any), and whether it
    can match nothing at all; zero-width assertions (the look-ahead itself) are passed."""
    found: set[str] = set()
    for op, value in items:
        if op in (constants.AT, constants.ASSERT, constants.ASSERT_NOT):
            continue
        if op is constants.LITERAL:
            return found | {chr(value)}, False
        if op is constants.IN:
            chars = _in_set(value)
            return (None if chars is None else found | chars), False
        empty = False
        for alternative in _alternatives(op, value):
            chars, can_be_empty = (None, False) if alternative is None else initials(alternative)
            if chars is None:
                return None, False
            found |= chars
            empty = empty or can_be_empty
        if not empty:
            return found, False
    return found, True


def _in_set(value: Any) -> Chars:
    """Return the characters of a set ([A-Za-z]), None when it holds a category (\\w)."""
    found: set[str] = set()
    for kind, item in value:
        if kind is constants.LITERAL:
            found.add(chr(item))
        elif kind is constants.RANGE:
            found.update(chr(c) for c in range(item[0], item[1] + 1))
        else:
            return None
    return found


def _alternatives(op: Any, value: Any) -> list[Any]:
    """Return what may come first inside a group, a branch or a repeat ([] for nothing,
    [None] for anything else)."""
    if op is constants.SUBPATTERN:
        return [value[-1]]
    if op is constants.BRANCH:
        return list(value[1])
    if op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
        return [value[2], []] if value[0] == 0 else [value[2]]  # [] : may be left out
    return [None]


def look_ahead(pattern: re.Pattern[str]) -> set[str]:
    """Return the characters the first look-ahead of a pattern admits."""
    for op, value in parser.parse(pattern.pattern, pattern.flags):
        if op is constants.ASSERT:
            chars, _ = initials(value[1])
            assert chars is not None
            return chars
    raise AssertionError("no look-ahead")


@pytest.mark.parametrize(
    "pattern",
    [
        names.ROLE_ALONE,
        rolenames.ROLE_THEN_NAME,
        rolenames.NAME_THEN_ROLE,
        dates._RELATIVE,
        dates._RELATIVE_FR,
        dates._WEEKDAY,
        kinds._ADVISORY,
        kinds._PRESS_INVITED,
        meetingplaces._FORMATS[1][1],
        meetingplaces._FORMATS[2][1],
        meetingplaces._IN_PERSON,
        personlists._MONARCHY,
        rolephrases._LOWER_CASE_OFFICE,
    ],
)
def test_no_alternative_starts_with_a_letter_the_look_ahead_skips(
    pattern: re.Pattern[str],
) -> None:
    chars, _ = initials(parser.parse(pattern.pattern, pattern.flags))
    assert chars is not None
    assert chars <= look_ahead(pattern), sorted(chars - look_ahead(pattern))


def test_a_role_that_starts_otherwise_is_caught() -> None:
    role = re.compile(r"\b(?=[A-Zm])(?:Minister|ministre|envoy)\b")
    chars, _ = initials(parser.parse(role.pattern))
    assert chars is not None and not chars <= look_ahead(role)


def word_start(items: Any) -> tuple[bool, bool]:
    """Return whether every character a parsed pattern can start with is a word character,
    and whether it can match nothing at all; zero-width assertions are passed."""
    for op, value in items:
        if op in (constants.AT, constants.ASSERT, constants.ASSERT_NOT):
            continue
        if op is constants.LITERAL:
            return re.match(r"\w", chr(value)) is not None, False
        if op is constants.IN:
            return all(_word_item(kind, item) for kind, item in value), False
        empty = False
        for alternative in _alternatives(op, value):
            if alternative is None:
                return False, False
            words, can_be_empty = word_start(alternative)
            if not words:
                return False, False
            empty = empty or can_be_empty
        if not empty:
            return True, False
    return True, True


def _word_item(kind: Any, item: Any) -> bool:
    """Return whether an item of a set ([a-z], \\w, \\d) holds word characters only."""
    if kind is constants.LITERAL:
        return re.match(r"\w", chr(item)) is not None
    if kind is constants.RANGE:
        return all(re.match(r"\w", chr(c)) for c in range(item[0], item[1] + 1))
    return kind is constants.CATEGORY and item in (
        constants.CATEGORY_WORD,
        constants.CATEGORY_DIGIT,
    )


def test_every_meeting_phrase_starts_with_a_word_character() -> None:
    # the meeting pattern's look-ahead for one passes over the boundaries after words
    parsed = parser.parse(meetingphrases.MEETING.pattern, meetingphrases.MEETING.flags)
    branch = next(value for op, value in parsed if op is constants.BRANCH)
    for phrase in branch[1]:
        assert word_start(phrase) == (True, False), phrase


def test_a_phrase_that_starts_otherwise_is_caught() -> None:
    for pattern in (r"\b(?=\w)(?:met|-talks)", r"\b(?=\w)(?:met|(?:a )?talks|\W*call)"):
        branch = next(value for op, value in parser.parse(pattern) if op is constants.BRANCH)
        assert not all(word_start(phrase) == (True, False) for phrase in branch[1])


def test_adjectives_by_initial_match_as_one_alternation_of_them() -> None:
    # the adjectives are tried by their first letter; any case of each matches as much as
    # in one alternation of them all, longest first
    escaped = sorted((re.escape(a) for a in ADJECTIVES), key=len, reverse=True)
    whole, by_initial = re.compile(f"(?i:{'|'.join(escaped)})"), re.compile(ADJECTIVE_PATTERN)
    for adjective in ADJECTIVES:
        for text in (adjective, adjective.upper(), adjective.title(), f"{adjective}en Rat"):
            expected = whole.match(text)
            found = by_initial.match(text)
            assert (found and found.group(0)) == (expected and expected.group(0)), text


def test_adjective_initials_meet_no_letter_twice() -> None:
    # one look-ahead per initial: two that met one letter ("s" and "ſ" meet "S") would try
    # the adjectives of one before those of the other, longer or not
    every = "".join(map(chr, range(0x110000)))
    met = [
        set(re.findall(f"(?i){re.escape(a)}", every)) for a in {a[0].lower() for a in ADJECTIVES}
    ]
    assert sum(map(len, met)) == len(set().union(*met))


def test_roles_are_grouped_by_the_letters_they_start_with() -> None:
    # the roles are split where the parser splits them, and each is grouped by letters
    # that hold every letter it can start with, read off the parsed role
    roles = "|".join(
        roleterms._ROLES_EN + roleterms._ROLES_DE + roleterms._ROLES_FR + roleterms._ROLES_ES
    )
    alternatives = alternations._alternatives(roles)
    assert "|".join(alternatives) == roles
    parsed = parser.parse(roles)
    assert len(alternatives) == len(
        next(value for op, value in parsed if op is constants.BRANCH)[1]
    )
    for alternative in alternatives:
        claimed = alternations._initials(alternative)
        chars, empty = initials(parser.parse(alternative))
        assert claimed is None or (chars is not None and not empty and chars <= claimed), (
            alternative
        )


def test_alternatives_grouped_by_first_letter_match_as_before() -> None:
    plain = (
        r"Minister(?:in)?|[Mm]inistre|[A-ZÄ][a-z]+minister|(?:Deputy )?Envoy|Ms?|a\|b|[]x]y|\(Z\)"
    )
    assert len(alternations._alternatives(plain)) == 8
    grouped = re.compile(alternations.by_first_letter(plain))
    texts = "Minister Ministerin ministre Außenminister Äminister Envoy M Ms a|b ]y xy (Z) Zz"
    for text in [*texts.split(), "Deputy Envoy"]:
        expected, found = re.match(plain, text), grouped.match(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_meeting_phrases_are_grouped_by_the_letters_they_start_with_in_any_case() -> None:
    # read off each parsed phrase, matched without case: every letter it can start with, in
    # lower case, is among those it is grouped by
    alternatives = alternations._alternatives(meetingphrases._PHRASES)
    parsed = parser.parse(meetingphrases._PHRASES, re.IGNORECASE)
    assert len(alternatives) == len(
        next(value for op, value in parsed if op is constants.BRANCH)[1]
    )
    grouped = 0
    for alternative in alternatives:
        claimed = alternations._initials(alternative, case_blind=True)
        chars, empty = initials(parser.parse(alternative, re.IGNORECASE))
        if claimed is not None:
            grouped += 1
            assert chars is not None and not empty, alternative
            assert {c.lower() for c in chars} <= claimed, alternative
    assert grouped > 0.9 * len(alternatives)  # "(?:a|ont) reçu", "(?:tele)?phone" too


def test_groups_optional_groups_and_look_arounds_give_the_letters_after_them() -> None:
    cases = {
        "(?:a|ont) reçu": {"a", "o"},
        "(?:tele)?phone": {"t", "p"},
        "(?:en )?(?:a|ont) discuté": {"e", "a", "o"},
        "(?:\\w+ )*?b": None,  # a word of any letter may come first
        "(?<!has )call": {"c"},
        "(?=[ab])c": {"c"},
        "(?:x){2}y": {"x"},
        "(?:x){0,2}y": None,
        "(?i:m)inister": None,  # matched without case inside: "M" too
        "(x|[Yy])z": {"x", "Y", "y"},
        "(?:|x)": None,
        "(?:x": None,
    }
    for alternative, letters in cases.items():
        assert alternations._initials(alternative) == letters, alternative
    assert alternations._initials("(?-i:[A-C])x") is None
    assert alternations._initials("(?-i:[A-C])x", case_blind=True) == {"a", "b", "c"}
    assert alternations._initials("Minister", case_blind=True) == {"m"}


def test_phrases_grouped_without_case_match_as_before() -> None:
    plain = r"met|Meeting|(?:a|ont) reçu|(?:tele)?phone call|(?<!has )called on|\w*treffen|talks"
    grouped = re.compile(f"(?i)\\b(?:{alternations.by_first_letter(plain, case_blind=True)})")
    whole = re.compile(f"(?i)\\b(?:{plain})")
    text = (
        "They MET and held a meeting; il a reçu, ils ont reçu; a Telephone call, a phone call; "
        "she called on him, has called on; Arbeitstreffen, Treffen; TALKS, Metall"
    )
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in whole.finditer(text)]
    assert len(list(whole.finditer(text))) == 11  # not "has called on"
