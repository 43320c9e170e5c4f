"""What changed between a briefing's copy of a record and the library's: word by word."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import StrEnum

from briefer.model.describe import describe
from briefer.model.records import Record

_TOKEN = re.compile(r"\s+|[^\s]+")  # words and the white space between them, kept


class Change(StrEnum):
    """What happened to a stretch of text."""

    SAME = "same"
    REMOVED = "removed"
    ADDED = "added"


@dataclass(frozen=True)
class Stretch:
    """A stretch of text and what happened to it."""

    change: Change
    text: str


def word_changes(old: str, new: str) -> list[Stretch]:
    """Return old turned into new as stretches kept, removed and added, whole words at a
    time (white space between changed words belongs to the change)."""
    before, after = _TOKEN.findall(old), _TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    stretches: list[Stretch] = []
    for operation, a0, a1, b0, b1 in matcher.get_opcodes():
        if operation == "equal":
            _add(stretches, Change.SAME, "".join(before[a0:a1]))
            continue
        _add(stretches, Change.REMOVED, "".join(before[a0:a1]))
        _add(stretches, Change.ADDED, "".join(after[b0:b1]))
    return stretches


def record_changes(copy: Record, library: Record) -> list[Stretch]:
    """Return what changed from the briefing's copy of a record to the library's, over
    everything the record shows (facts, text and source)."""
    return word_changes(describe(copy), describe(library))


def _add(stretches: list[Stretch], change: Change, text: str) -> None:
    if not text:
        return
    if stretches and stretches[-1].change is change:
        stretches[-1] = Stretch(change, stretches[-1].text + text)
    else:
        stretches.append(Stretch(change, text))
