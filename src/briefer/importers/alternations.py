"""Long alternations of words or patterns written so that re tries at a position only those
that can start with the letter there: re passes over an alternative at once only by its first
letter matched with case, so it otherwise tries hundreds of roles or adjectives one by one at
every word (tests/importers/test_initials.py checks that they match as before)."""

from __future__ import annotations

import re
from collections.abc import Iterator


def words_by_initial(words: list[str]) -> str:
    """Return a case-insensitive pattern of words, longest first, with one look-ahead per
    initial before its words. The initials must not meet one letter without case ("s" and
    "ſ" both meet "S"): the words of one would be tried before the longer ones of the other."""
    ordered = sorted(words, key=lambda word: len(re.escape(word)), reverse=True)
    by_initial: dict[str, list[str]] = {}
    for word in ordered:
        by_initial.setdefault(word[0].lower(), []).append(re.escape(word))
    return "(?i:{})".format(
        "|".join(
            f"(?={re.escape(initial)})(?:{'|'.join(escaped)})"
            for initial, escaped in by_initial.items()
        )
    )


def by_first_letter(pattern: str, case_blind: bool = False) -> str:
    """Return a pattern matching as pattern (an alternation) does, its alternatives grouped
    by the letters they can start with, each group behind a look-ahead for its letters; an
    alternative that starts otherwise is in every group and in one for the letters no other
    starts with. Within a group the alternatives keep their order. Case-blind, for a pattern
    matched without case, the letters are grouped as lower case: "M" and "m" one group."""
    alternatives = _alternatives(pattern)
    initials = [_initials(alternative, case_blind) for alternative in alternatives]
    letters = sorted({letter for found in initials if found is not None for letter in found})
    if not letters:
        return pattern  # no alternative starts with a letter it must start with
    groups: dict[tuple[int, ...], list[str]] = {}
    for letter in letters:
        members = tuple(i for i, found in enumerate(initials) if found is None or letter in found)
        groups.setdefault(members, []).append(letter)
    parts = [
        f"(?=[{''.join(map(re.escape, group))}])(?:{'|'.join(alternatives[i] for i in members)})"
        for members, group in groups.items()
    ]
    others = [alternatives[i] for i, found in enumerate(initials) if found is None]
    if others:
        parts.append(f"(?![{''.join(map(re.escape, letters))}])(?:{'|'.join(others)})")
    return "|".join(parts)


def _alternatives(pattern: str) -> list[str]:
    """Return the alternatives of pattern: its parts between the "|" outside any group or set."""
    parts, start = [], 0
    for i, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    return [*parts, pattern[start:]]


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Yield each character of pattern outside escapes and sets, with where it is and how
    deep in groups (a group's parentheses at the depth outside it)."""
    depth, i, in_set = 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            i += (
                2 if pattern.startswith("^]", i + 1) else 1 if pattern.startswith("]", i + 1) else 0
            )
        else:
            depth -= char == ")"
            yield i, char, depth
            depth += char == "("
        i += 1


# a letter or a set of letters ("[Mm]", "[A-ZÄÖÜ]") an alternative must start with
_LEADING = re.compile(r"(?:(?P<letter>\w)|\[(?P<set>[^\]\\^]+)\])(?![?*{])")
# a group whose letters are matched as outside it: not "(?i:" nor a look-around
_GROUP = re.compile(r"\((?!\?)|\(\?(?::|-i:|P<\w+>)")
_LOOK_AROUND = re.compile(r"\(\?<?[=!]")
# what may leave a group out: "(?:Deputy )?", "(?:\w+ )*?", "(?:\w+ ){0,3}"
_OPTIONAL = re.compile(r"(?:[?*]|\{0?(?:,\d*)?\})\??")


def _initials(alternative: str, case_blind: bool = False) -> set[str] | None:
    """Return the letters an alternative must start with, None when it may start otherwise
    (an escape, an optional letter or group, a look-around). A group at the start gives the
    letters its own alternatives start with; case-blind, the letters are in lower case."""
    leading = _LEADING.match(alternative)
    if leading is None:
        return _group_initials(alternative, case_blind)
    found: set[str] = set()
    if leading.group("letter"):
        found.add(leading.group("letter"))
    else:
        for item in re.finditer(r"(.)-(.)|(.)", leading.group("set")):
            low, high, single = item.groups()
            if low:
                found.update(chr(c) for c in range(ord(low), ord(high) + 1))
            else:
                found.add(single)
    if case_blind:
        return {letter.lower() if len(letter.lower()) == 1 else letter for letter in found}
    return found


def _group_initials(alternative: str, case_blind: bool) -> set[str] | None:
    """Return the letters a group opening an alternative must start with: its own
    alternatives' letters, with those of what follows when it may be left out; a look-around
    is passed. None when a group allows any letter, or is one that matches with case."""
    group = _GROUP.match(alternative) or _LOOK_AROUND.match(alternative)
    if group is None or (alternative.startswith("(?-i:") and not case_blind):
        return None
    end = next((i for i, char, depth in _structure(alternative) if char == ")" and depth == 0), 0)
    if not end:
        return None
    if group.re is _LOOK_AROUND:
        return _initials(alternative[end + 1 :], case_blind)
    found: set[str] = set()
    for inner in _alternatives(alternative[group.end() : end]):
        letters = _initials(inner, case_blind)
        if letters is None:
            return None
        found |= letters
    if alternative.startswith("{", end + 1):
        return found if _OPTIONAL.match(alternative, end + 1) is None else None
    optional = _OPTIONAL.match(alternative, end + 1)
    if optional is None:
        return found
    rest = _initials(alternative[optional.end() :], case_blind)
    return None if rest is None else found | rest
