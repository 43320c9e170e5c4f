"""Capital letters (those of the Latin scripts names are written in), and where a word stands
as a whole in a text."""

from __future__ import annotations

from collections.abc import Iterator

# Capital letters of the Latin scripts names are written in ("Çavuşoğlu", "Łukasz",
# "Ólafur"): Python's re has no class for them.
UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper() and chr(c).isalpha())


def word_starts(text: str, word: str) -> Iterator[int]:
    """Yield where a word (or name) stands in text with no letter, digit or "_" right after it,
    found without building a pattern for it (compiling one for each person cost the parser
    a third of its time)."""
    start = text.find(word) if word else -1
    while start >= 0:
        end = start + len(word)
        if end == len(text) or not (text[end].isalnum() or text[end] == "_"):
            yield start
        start = text.find(word, start + 1)
