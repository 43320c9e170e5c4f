"""One release as the parser's passes annotate it.

The passes run in order over one Release (see pressrelease.py): layout and furniture,
language, the people named, statements, the meeting, the kind. Each adds what it found, with
where (a Span) and how sure (read from explicit text, or inferred); a later pass reads an
earlier one's findings instead of finding them again. The people a paragraph names, its dates
and its quotations are found once per paragraph and kept here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from briefer.importers.dates import DateMention, find_dates
from briefer.importers.document import TextDocument
from briefer.importers.knownpersons import known_mentions
from briefer.importers.mentions import Mention
from briefer.model.records import Person


@dataclass(frozen=True)
class Span:
    """Where in the release a pass found something: paragraph, characters, what, and why."""

    paragraph: int
    start: int
    end: int
    evidence: str = ""


@dataclass
class Release:
    """A release's paragraphs and everything the passes have found in them so far.

    `read` maps a draft's field ("source.title", "statements[0].text", …) to the spans it
    was read from; `inferred` names the fields a pass inferred rather than read ("the only
    person named", "the publisher's country"), for a reviewer to check first.
    """

    document: TextDocument
    paragraphs: list[str]
    published: date | None = None
    home: str = ""  # the publisher's country
    language: str = "en"
    people: tuple[Person, ...] = ()
    read: dict[str, tuple[Span, ...]] = field(default_factory=dict)
    inferred: dict[str, str] = field(default_factory=dict)  # field → how it was inferred
    # quoted speech no one could be credited with, so taken as no statement: (paragraph, start)
    unclaimed: dict[tuple[int, int], Span] = field(default_factory=dict)
    _mentions: dict[int, tuple[Mention, ...]] = field(default_factory=dict)
    _dates: dict[int, list[DateMention]] = field(default_factory=dict)

    def mentions(self, index: int) -> tuple[Mention, ...]:
        """Return the people paragraph `index` names, once the people are known."""
        if index not in self._mentions:
            self._mentions[index] = known_mentions(self.paragraphs[index], self.people, self.home)
        return self._mentions[index]

    def dates(self, index: int) -> list[DateMention]:
        """Return the dates paragraph `index` gives, resolved against the publication date."""
        if index not in self._dates:
            self._dates[index] = find_dates(self.paragraphs[index], self.published, self.language)
        return self._dates[index]

    def note(self, name: str, *spans: Span) -> None:
        """Record that a field was read from spans of the release."""
        self.read[name] = spans

    def infer(self, name: str, how: str) -> None:
        """Record that a field was inferred, and how ("the publisher's country")."""
        self.inferred[name] = how
