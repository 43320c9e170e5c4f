"""A person as a text writes them (a mention: name, role, country and where it stands), and
the stretches of a text that mentions found so far take."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    """A person written in a text, with where the mention stands; `how` says how the person
    was inferred when the text does not name them there ("the Foreign Secretary")."""

    name: str
    role: str
    country: str
    start: int
    end: int
    how: str = ""

    @property
    def is_spokesperson(self) -> bool:
        return self.name == "" and bool(re.search(r"(?i)spokes|sprecher", self.role))


class Taken:
    """Which characters of a text mentions already cover: checked per mention, not against
    every mention found so far (a long paragraph has thousands)."""

    def __init__(self, length: int, mentions: Iterable[Mention]) -> None:
        self._covered = bytearray(length)
        for mention in mentions:
            self.take(mention)

    def free(self, mention: Mention) -> bool:
        return not any(self._covered[mention.start : mention.end])

    def take(self, mention: Mention) -> Mention:
        self._covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        return mention
