"""Finding statements: introduced paragraphs ("X made the following statement:") and quotes."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from briefer.importers.dates import find_dates
from briefer.importers.furniture import is_contact_start, is_furniture
from briefer.importers.lexicon import SPEECH_VERBS
from briefer.importers.persons import Mention, known_mentions, surname
from briefer.importers.quotes import Quoted, find_quoted, starts_with_quote
from briefer.model.records import Person

_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
_STATEMENT_NOUN = re.compile(
    r"(?i)\b(?:(?:made|issued|gave|released|delivered|published) the following "
    r"(?:statement|remarks?|declaration)|the following (?:statement|remarks) (?:was|were)|"
    r"(?:following|folgende) (?:statement|remarks|erklärung|stellungnahme)|"
    r"(?:is|are) attributable to|zitiert werden|ließ erklären|gab folgende)\b"
)
_PRONOUN = re.compile(
    r"(?i)^(?:he|she|er|sie|the (?:foreign |defen[cs]e )?minister|"
    r"die ministerin|der minister|the secretary|the spokesperson)\b"
)
_SECTION_HEADING = re.compile(
    r"(?i)^(?:background|hintergrund|notes? to editors|further information|"
    r"weitere informationen|quick facts|associated links|related (?:links|products)|"
    r"quotes|zitate|contacts?|kontakt)\s*:?\s*$"
)
_DASH_ATTRIBUTION = re.compile(r"^\s*[-–—]\s*(?P<who>\S.{2,200})$")
_MIN_QUOTE_WORDS = 5


def _is_heading(paragraph: str) -> bool:
    """Return whether a paragraph is a short line that is not a sentence (a heading, a link)."""
    text = paragraph.strip()
    return len(text.split()) <= 6 and not text.endswith((".", "!", "?", "”", '"', "“", "«", "»"))


@dataclass
class FoundStatement:
    """A statement found in the text, before it becomes a record."""

    speaker: Mention | None
    paragraphs: list[str]
    indices: list[int]
    date: date | None = None
    how: str = "quoted"
    undated: bool = False  # said "last week", "on Monday": no date can be given
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def find_statements(
    paragraphs: Sequence[str],
    body: Sequence[int],
    published: date | None,
    people: Sequence[Person] = (),
    home: str = "",
) -> list[FoundStatement]:
    """Return the statements in the body paragraphs (given by index), in reading order.

    people are those the release names; they let a bare surname ("Pistorius said") or a
    role ("the Foreign Secretary") attribute a quote.
    """
    found: list[FoundStatement] = []
    used: set[int] = set()
    known = tuple(people)

    def mentions(text: str) -> Sequence[Mention]:
        return known_mentions(text, known, home)

    for position, index in enumerate(body):
        if index in used or not _is_intro(paragraphs[index], mentions):
            continue
        intro = paragraphs[index]
        statement = _introduced(paragraphs, body[position + 1 :], intro, published, mentions)
        if statement is not None:
            statement.indices.insert(0, index)
            used.update(statement.indices)
            found.append(statement)
    found.extend(_quoted(paragraphs, [i for i in body if i not in used], published, mentions))
    said = [s for s in found if any(p.strip() for p in s.paragraphs)]  # not a lone « or “”
    return sorted(said, key=lambda s: s.indices[0])


_Find = Callable[[str], Sequence[Mention]]


def _is_intro(paragraph: str, mentions: _Find) -> bool:
    text = paragraph.rstrip()
    if not text.endswith(":") or len(text.split()) > 70:
        return False
    if any(len(q.text.split()) >= _MIN_QUOTE_WORDS for q in find_quoted(text)):
        return False
    return bool(_VERB.search(text) or _STATEMENT_NOUN.search(text)) and bool(mentions(text))


def _speaker_in(intro: str, find: _Find) -> Mention | None:
    """Return who speaks: the person right after the verb (German "sagte Ministerin X"),
    else the nearest one before it ("After meeting X, Minister Y said:")."""
    mentions = find(intro)
    verb = _STATEMENT_NOUN.search(intro) or _VERB.search(intro)
    if not mentions or verb is None:
        return mentions[0] if mentions else None
    for mention in mentions:
        gap = intro[verb.end() : mention.start]
        if mention.start >= verb.end() and len(gap.split()) <= 1:
            return mention
    before = [m for m in mentions if m.end <= verb.start()]
    return before[-1] if before else mentions[0]


def _introduced(
    paragraphs: Sequence[str],
    following: Sequence[int],
    intro: str,
    published: date | None,
    mentions: _Find,
) -> FoundStatement | None:
    speaker = _speaker_in(intro, mentions)
    taken: list[int] = []
    texts: list[str] = []
    quoted_body = bool(following) and starts_with_quote(paragraphs[following[0]])
    family = surname(speaker.name) if speaker and speaker.name else ""
    previous = following[0] - 1 if following else 0
    for index in following:
        paragraph = paragraphs[index]
        if index != previous + 1:
            break  # furniture or a header stood between: the statement has ended
        previous = index
        if (
            is_furniture(paragraph)
            or is_contact_start(paragraph)
            or _is_intro(paragraph, mentions)
            or _SECTION_HEADING.match(paragraph)
            or _is_heading(paragraph)
            or _DASH_ATTRIBUTION.match(paragraph)
        ):
            break
        if quoted_body:
            if not starts_with_quote(paragraph) and taken:
                break
            text = _unquote(paragraph)
        else:
            if taken and (
                (family and family in paragraph.casefold())
                or _has_attributed_quote(paragraph)
                or paragraph.rstrip().endswith(":")
                or (_narrates(paragraph, mentions) and not _ANNOUNCES.search(intro))
            ):
                break
            text = paragraph.strip()
        taken.append(index)
        texts.append(text)
    if not taken:
        return None
    dates = [m.value for m in find_dates(intro, published)]
    return FoundStatement(
        speaker=speaker,
        paragraphs=texts,
        indices=taken,
        date=next((d for d in dates if d), None),
        how="introduced",
    )


def _unquote(paragraph: str) -> str:
    spans = find_quoted(paragraph)
    if len(spans) == 1 and spans[0].start == len(paragraph) - len(paragraph.lstrip()):
        return _tidy(spans[0].text, "")
    return paragraph.strip()


# "The following is attributable to …", "… teilt mit:": what follows is the release itself,
# narration and all.
_ANNOUNCES = re.compile(r"(?i)\b(?:attributable to|teilt(?:e)? mit|announced|gab bekannt)\b")
_NARRATION = re.compile(
    r"(?i)^(?:both|the two|the|die beiden|beide|die)\s+"
    r"(?:ministers?|sides|leaders|minister(?:innen)?|seiten|delegations?)\b"
)


def _narrates(paragraph: str, mentions: _Find) -> bool:
    """Return whether a paragraph is the release's own narration again: it opens by naming a
    person ("Der brasilianische Außenminister Mauro Vieira dankte …") or the ministers."""
    opening = paragraph.lstrip()[:60]
    return bool(_NARRATION.match(opening)) or any(
        m.start <= 8 for m in mentions(paragraph) if m.name or m.role
    )


def _has_attributed_quote(paragraph: str) -> bool:
    return any(_attribution_after(paragraph, q) is not None for q in find_quoted(paragraph))


def _attribution_after(paragraph: str, quote: Quoted) -> str | None:
    tail = paragraph[quote.end : quote.end + 160]
    window = " ".join(re.split(r"(?<=[.!?])\s", tail, maxsplit=1)[0].split()[:9])
    return window if _VERB.search(window) else None


def _quoted(
    paragraphs: Sequence[str], body: Sequence[int], published: date | None, find: _Find
) -> list[FoundStatement]:
    found: list[FoundStatement] = []
    last_speaker: Mention | None = None
    last_mention: Mention | None = None
    previous_index: int | None = None
    for position, index in enumerate(body):
        paragraph = paragraphs[index]
        mentions = find(paragraph)
        spans = [q for q in find_quoted(paragraph) if len(q.text.split()) >= _MIN_QUOTE_WORDS]
        speaker: Mention | None = None
        for quote in spans:
            speaker = _attributed(paragraph, quote, mentions, last_mention) or speaker
        following = paragraphs[body[position + 1]] if position + 1 < len(body) else ""
        dash = _DASH_ATTRIBUTION.match(following)
        if spans and speaker is None and dash and find(dash.group("who")):
            speaker = find(dash.group("who"))[0]  # "“…”" then "– Name, Role" (Canada)
        if (
            spans
            and speaker is None
            and starts_with_quote(paragraph)
            and last_speaker
            and found
            and found[-1].indices[-1] == index - 1
        ):
            speaker = last_speaker  # a quoted paragraph continuing the previous speaker
        if mentions:
            last_mention = (
                [m for m in mentions if m.name or m.is_spokesperson][-1]
                if any(m.name or m.is_spokesperson for m in mentions)
                else last_mention
            )
        if not spans or speaker is None:
            previous_index = index if spans else None
            continue
        text = " ".join(
            _tidy(q.text, spans[i + 1].text if i + 1 < len(spans) else "")
            for i, q in enumerate(spans)
        )
        when = _quote_date(paragraph, spans, published)
        continuing = (
            found
            and previous_index == found[-1].indices[-1] == index - 1
            and _same(found[-1].speaker, speaker)
        )
        if continuing:
            found[-1].paragraphs.append(text)
            found[-1].indices.append(index)
        else:
            found.append(
                FoundStatement(
                    speaker=speaker,
                    paragraphs=[text],
                    indices=[index],
                    date=when,
                    undated=when is None and bool(_VAGUE.search(_outside(paragraph, spans))),
                )
            )
        last_speaker = speaker
        previous_index = index
    return found


def _attributed(
    paragraph: str, quote: Quoted, mentions: Sequence[Mention], last_mention: Mention | None
) -> Mention | None:
    after = _attribution_after(paragraph, quote)
    if after is not None:
        inside = [m for m in mentions if 0 <= m.start - quote.end <= len(after) + 40]
        if inside:
            return inside[0]
        lead = paragraph[quote.end : quote.end + 200].lstrip(" ,.").casefold()
        verb = _VERB.search(lead)
        rest = lead[verb.end() :].lstrip() if verb and verb.start() == 0 else lead
        if _PRONOUN.match(rest) or _PRONOUN.match(lead):
            earlier = [m for m in mentions if m.end <= quote.start and (m.name or m.role)]
            return earlier[-1] if earlier else last_mention
    before = paragraph[: quote.start].rstrip()
    if before.endswith((":", ",")) and _VERB.search(before[-120:]):
        prior = [m for m in mentions if m.end <= quote.start]
        if prior:
            return prior[-1]
        if _PRONOUN.search(before[-60:].split(",")[-1].strip()) or re.search(
            r"(?i)\b(?:he|she|er|sie)\b", before[-60:]
        ):
            return last_mention
    return None


def _outside(paragraph: str, spans: list[Quoted]) -> str:
    """Return the paragraph with its quotations blanked out: the attribution and narration."""
    for quote in reversed(spans):
        paragraph = (
            paragraph[: quote.start] + " " * (quote.end - quote.start) + paragraph[quote.end :]
        )
    return paragraph


def _quote_date(paragraph: str, spans: list[Quoted], published: date | None) -> date | None:
    values = [m.value for m in find_dates(_outside(paragraph, spans), published) if m.value]
    return values[0] if values else None


_VAGUE = re.compile(
    r"(?i)\b(?:last (?:week|month|year)|earlier this (?:week|month|year)|recently|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"vergangene[nr]? (?:woche|monat|jahr)|letzte[nr]? (?:woche|monat)|kürzlich|"
    r"am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))\b"
)


def _tidy(text: str, following: str) -> str:
    """Return a quoted part as it reads on its own: a comma that gave way to the attribution
    ends the sentence, unless the sentence goes on in the next part (“A,” she said, “b.”)."""
    text = text.strip()
    if text.endswith(",") and not following[:1].islower():
        text = text[:-1] + "."
    return text


def _same(a: Mention | None, b: Mention | None) -> bool:
    if a is None or b is None:
        return a is b
    if not a.name or not b.name:
        return a.role == b.role and a.name == b.name
    return surname(a.name) == surname(b.name)
