"""Bylines: lines that only name a person and their role, or a text's author."""

from __future__ import annotations

import re

from briefer.importers.patterncache import compiled
from briefer.importers.persons import find_mentions
from briefer.importers.roleterms import ROLE_PATTERN
from briefer.importers.speechwords import SPEECH_VERBS

_SAYS = re.compile(rf"\b(?:{SPEECH_VERBS})\b")


# an author's byline, maybe with a role, a date or the desk after it: "Par Jean Marc", "By Ana
# Vel | 5 April 2022", "Von Karl Moen, Brio", "Par Jean Marc, envoyé spécial", "Par la rédaction"
_BYLINE_OPENS = re.compile(
    r"^(?:Par|By|Von|Por)\s+(?:(?:la|le|notre|nos|our|the|staff|unsere[mr]?|nuestro)\s+\w+|"
    r"[A-ZÄÖÜÉ][\w.'’-]+(?:\s+[A-ZÄÖÜÉ][\w.'’-]+){0,3}\b)[^.!?]{0,40}$"
)


def byline(text: str) -> bool:
    """Return whether a line is an author's byline: "Par Jean Marc, envoyé spécial"."""
    return len(text.split()) <= 8 and _BYLINE_OPENS.match(text.strip()) is not None


def names_only(text: str) -> bool:
    """Return whether a line's words in lower case are only those that join names and roles
    ("of", "the", "de", "für", "bin")."""
    return all(
        not w.islower() or w in BYLINE_WORDS or w in _NAME_PARTICLES
        for w in re.findall(r"(?<!\w)[^\W\d_]{2,}", text)
    )


_NAME_PARTICLES = frozenset("bin bint ibn al el van von da di dos by".split())
# a journalist's byline, with a place: "By Jon Dahl, Brio", "Par Anna Berg"
BY_LINE = re.compile(
    r"^(?:(?:Written|Posted|Reported|Text) by|By|Par|Von)\s+"
    r"[A-ZÄÖÜ][\w.'’-]+(?:\s+[A-ZÄÖÜ][\w.'’-]+){0,3}"
    r"(?:\s*,\s*[A-ZÄÖÜ][\w.'’-]+(?:\s+[A-ZÄÖÜ][\w.'’-]+){0,2})?$"
)
ROLE_LINE = compiled(rf"(?:{ROLE_PATTERN})")
NAME_LINE = re.compile(r"(?:[A-ZÄÖÜÉ][\w’'.-]*\s+){1,3}[A-ZÄÖÜÉ][\w’'-]+")


def role_follows(paragraphs: list[str], index: int) -> bool:
    """Return whether the line after a name is a role alone (a byline over two lines)."""
    following = paragraphs[index + 1].strip() if index + 1 < len(paragraphs) else ""
    return bool(following) and ROLE_LINE.fullmatch(following) is not None


BYLINE_WORDS = frozenset(
    "for of the and to on in der des für und von zur zum de du la le des et aux à l d".split()
)


def is_byline(text: str, headed: bool = True) -> bool:
    """Return whether a short line only names a person and their role ("Tammy Bruce,
    Department Spokesperson"); a name with no role is one under a headline only, not the
    first line a page has: "Dr. Varo Conducts Busy Diplomacy" reads as a name of four words."""
    if len(text.split()) > 16 or text.endswith((".", ":", ",")) or _SAYS.search(text):
        return False
    if any(w.islower() and w not in BYLINE_WORDS for w in re.findall(r"[^\W\d_]+", text)):
        return False  # a verb: "… besuchte Polen" is a sentence
    mentions = [m for m in find_mentions(text) if m.name]
    return (
        len(mentions) == 1
        and mentions[0].end - mentions[0].start >= 0.7 * len(text)
        and (headed or bool(mentions[0].role))
    )
