"""Long alternations of words or patterns written so that re tries at a position only those
that can start with the letter there: re passes over an alternative at once only by its first
letter matched with case, so it otherwise tries hundreds of roles or adjectives one by one at
every word (tests/importers/test_initials.py checks that they match as before)."""

from __future__ import annotations

import re


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


def by_first_letter(pattern: str) -> str:
    """Return a pattern matching as pattern (an alternation, matched with case) does, its
    alternatives grouped by the letters they can start with, each group behind a look-ahead
    for its letters; an alternative that starts otherwise is in every group and in one for
    the letters no other starts with. Within a group the alternatives keep their order."""
    alternatives = _alternatives(pattern)
    initials = [_initials(alternative) for alternative in alternatives]
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
    parts, depth, start, i, in_set = [], 0, 0, 0, False
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
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


# a letter or a set of letters ("[Mm]", "[A-ZÄÖÜ]") an alternative must start with
_LEADING = re.compile(r"(?:(?P<letter>\w)|\[(?P<set>[^\]\\^]+)\])(?![?*{])")


def _initials(alternative: str) -> set[str] | None:
    """Return the letters an alternative must start with, None when it may start otherwise
    (a group, an escape, an optional letter)."""
    leading = _LEADING.match(alternative)
    if leading is None:
        return None
    if leading.group("letter"):
        return {leading.group("letter")}
    found: set[str] = set()
    items = leading.group("set")
    for item in re.finditer(r"(.)-(.)|(.)", items):
        low, high, single = item.groups()
        if low:
            found.update(chr(c) for c in range(ord(low), ord(high) + 1))
        else:
            found.add(single)
    return found
