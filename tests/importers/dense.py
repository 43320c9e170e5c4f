"""Releases dense with what the parser looks for, of any length: for the linear-time test
and benchmarks/parse_dense.py."""

from __future__ import annotations

import random
from collections.abc import Callable

from briefer.importers.document import TextDocument

_SYLLABLES = ("ka", "to", "mi", "ra", "ne", "so", "lu", "be", "da", "fi", "ho", "te")


def _quotes(size: int, seed: int) -> list[str]:
    """One paragraph of thousands of short, attributed quotations, after a speaker's intro."""
    parts, length, index = [], 0, 0
    while length < size:
        part = f"„Das ist Zitat {index + seed} hier.“ sagte sie. “Quote {index} here,” he said."
        parts.append(part)
        length += len(part) + 1
        index += 1
    return ["Anna Schmidt, Foreign Minister, said:", " ".join(parts)]


def _names(size: int, seed: int) -> list[str]:
    """One paragraph of meetings between people who are all different."""
    chance = random.Random(size + seed)

    def name() -> str:
        return "".join(chance.choice(_SYLLABLES) for _ in range(3)).capitalize()

    parts, length = [], 0
    while length < size:
        part = (
            f"Foreign Minister {name()} {name()} met his Japanese counterpart {name()} "
            f"{name()} in Berlin, and Mr {name()} said the talks went well."
        )
        parts.append(part)
        length += len(part) + 1
    return [" ".join(parts)]


def _dates(size: int, seed: int) -> list[str]:
    """One paragraph crowded with dates in every form the parser reads."""
    parts, length, index = [], 0, 0
    while length < size:
        part = (
            f"On 3 March 2021, 12.04.2022, May {index % 28 + 1}, "
            f"le {(index + seed) % 28 + 1} mars 2021 and 4/{index % 12 + 1}/2023 the ministers "
            "met today."
        )
        parts.append(part)
        length += len(part) + 1
        index += 1
    return [" ".join(parts)]


def _pronouns(size: int, seed: int) -> list[str]:
    """One paragraph of quotations credited to "he", each after a sentence whose only person
    stands in a that-clause: who "he" is must be looked for sentences back, every time."""
    parts, length, index = [], 0, 0
    while length < size:
        part = (
            f"She noted that Minister Jon Dahl had agreed to point {index + seed}. "
            f"“We will meet again soon and trade more,” he said."
        )
        parts.append(part)
        length += len(part) + 1
        index += 1
    return [" ".join(parts)]


DENSE: dict[str, Callable[[int, int], list[str]]] = {
    "quote-dense": _quotes,
    "name-dense": _names,
    "date-dense": _dates,
    "pronoun-dense": _pronouns,
}


def dense_release(kind: str, size: int, seed: int = 0) -> TextDocument:
    """Return a release of about size characters of the given kind; another seed gives
    another text (the parser caches what it found in a text it has seen)."""
    paragraphs = ("Ministers meet in Berlin", "Berlin, 5 May 2024", *DENSE[kind](size, seed))
    return TextDocument(paragraphs, origin=f"{kind}.txt", format="text")
