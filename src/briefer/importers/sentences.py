"""Sentences around a quotation: where one ends, the clause an attribution stands in, the
verbs of speech, and the mentions of a stretch of a paragraph."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from briefer.importers.mentions import Mention
from briefer.importers.speechwords import SPEECH_VERBS

MIN_QUOTE_WORDS = 5


SAID_VERB = re.compile(
    rf"\b(?:{SPEECH_VERBS}|saying|adding|noting|stressing|emphasi[sz]ing|declaring|"
    r"underlining|warning|insisting|affirmant|soulignant|déclarant|ajoutant|according to|"
    r"welcomed)\b"  # "The diplomat also welcomed the vote “where things have calmed down.”"
)


# "Pour Jean Dupont, « … »", "Selon X, « … »", "Für die Ministerin X „…“", "Laut X „…“":
# whose view the quote gives
WHOSE_VIEW = re.compile(r"(?i)^\s*(?:pour|selon|für|laut|for|according to)\s")


# a full stop that ends a sentence: not an initial or a title ("M. Stoltenberg", "Dr. X")
SENTENCE_END = re.compile(
    r"(?=[.!?])(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bMme)(?<!\bSt)(?<!\bJr)(?<!\bSr)"
    r"(?<!\bAmb)(?<!\bProf)(?<!\bHon)(?<!\bBrig)(?<!\bRtd)(?<!\bGen)(?<!\bCol)"
    r"[.!?](?=\s+[A-ZÄÖÜÉÀ„“\"«(]|\s*$)"
)


# Speech after a dash, its attribution at the end: "– Text, says the minister."
DASH = re.compile(r"^\s*[–—-](?:\s+|(?=[A-ZÄÖÜÉÀ]))(?P<speech>\S.*)$", re.DOTALL)  # "-The …" too


def first_clause(text: str) -> str:
    """Return the first sentence of text (of its first 200 characters at most)."""
    end = SENTENCE_END.search(text)
    return text[: end.end() if end else min(len(text), 200)][:200]


def last_clause(text: str) -> str:
    """Return the last sentence of text (of its last 300 characters at most)."""
    ends = list(SENTENCE_END.finditer(text[-300:]))
    start = len(text) - 300 + ends[-1].end() if ends and len(text) > 300 else 0
    if ends and len(text) <= 300:
        start = ends[-1].end()
    return text[start:]


def is_possessive(paragraph: str, mention: Mention) -> bool:
    """Return whether a mention is a possessive ("Blinken’s commitment"): not a speaker."""
    return paragraph[mention.end : mention.end + 2] in ("’s", "'s")


def mentions_between(mentions: Sequence[Mention], start: int, end: int) -> list[Mention]:
    """Return the mentions that start from start to before end: a paragraph's mentions are in
    order, so a quotation looks only at its own stretch of a long paragraph."""
    low = bisect.bisect_left(mentions, start, key=lambda m: m.start)
    high = bisect.bisect_left(mentions, end, key=lambda m: m.start)
    return list(mentions[low:high])


SUBJECT_WINDOW = 800  # characters: a few sentences, as far back as "he" reaches
