"""The press-release parser: paragraphs in, a draft of source, meeting and statements out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from briefer.errors import ImportFailed
from briefer.importers import meetings
from briefer.importers.dates import find_dates, full_date
from briefer.importers.document import TextDocument
from briefer.importers.draft import Draft, ReleaseKind
from briefer.importers.furniture import furniture_flags
from briefer.importers.lexicon import PUBLISHERS
from briefer.importers.persons import (
    Mention,
    counterpart_countries,
    find_mentions,
    merge,
    surname,
)
from briefer.importers.statements import FoundStatement, find_statements
from briefer.model.records import Consultation, Person, Source, Statement

_PUBLISHER_PATTERN = "|".join(
    sorted((re.escape(p) for p in PUBLISHERS), key=len, reverse=True))
_FROM_LINE = re.compile(rf"^(?:From|Von|Issued by|Herausgeber)\s*:?\s*(?P<p>{_PUBLISHER_PATTERN}"
                        r"|[^.]{3,80})$")
_PUBLISHED_LINE = re.compile(r"(?i)^(?:published|veröffentlicht|date|datum|issued|press release|"
                             r"pressemitteilung|media release|news|stand)?\b[^.!?]{0,40}$")
_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w .'-]{1,30},\s*(?P<date>[^–—:-]{4,30}?)\s*(?:[–—:-]|$)")
_TITLE_PREFIX = re.compile(rf"^(?:{_PUBLISHER_PATTERN})(?:\s+(?:and|und)\s+(?:the\s+)?"
                           rf"(?:{_PUBLISHER_PATTERN}))?\s+(?:on|zu|zum|zur)\s+(?P<rest>.+)$")
_JOINT = re.compile(
    r"(?i)\b(?:joint (?:press |media )?(?:statement|declaration|communiqu)|"
    r"gemeinsame (?:erklärung|presseerklärung)|on behalf of the (?:eu|european union)|"
    r"im namen der eu|statement by the (?:g7|g20|foreign ministers|ministers|leaders|"
    r"high representative on behalf)|statement of the (?:g7|g20|foreign ministers)|"
    r"erklärung der (?:g7|g20|außenminister))"
)
_READOUT = re.compile(r"(?i)\b(?:readout|call with|telephone call|phone call|phone conversation|"
                      r"spoke (?:by phone|on the phone)|telefonat|telefonierte)\b")
_TITLE_STATEMENT = re.compile(
    r"(?i)^(?:press )?(?:statement|remarks|erklärung|statement) (?:by|from|of|von|der|des) "
    r"(?P<who>.+?)(?:\s+(?:on|regarding|about|following|zu|zum|zur|anlässlich)\s+.*)?$")
_GERMAN_WORDS = re.compile(r"\b(?:der|die|das|und|mit|von|sich|ist|nicht|für|auf|des|dem|ein|"
                           r"eine|wir|zu|im)\b")
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|to|is|with|for|on|that|we|a|an|in)\b")


@dataclass
class _Layout:
    """Which paragraph is the title, which are header or body, and what the header says."""

    title: str
    title_index: int | None
    body: list[int]
    publisher: str
    published: date | None
    labels: list[str]


def parse_release(document: TextDocument) -> Draft:
    """Return the draft of a release; raise ImportFailed when it holds no release at all."""
    paragraphs = list(document.paragraphs)
    if not any(p.strip() for p in paragraphs):
        raise ImportFailed(f"{document.origin} holds no text")
    layout = _layout(document, paragraphs)
    provenance: dict[str, str] = {}
    warnings: list[str] = []
    if layout.published is None:
        warnings.append("No publication date found; dates written as 'today' or without a "
                        "year are left empty.")
    home = PUBLISHERS.get(layout.publisher, "")
    everyone = [m for i in [layout.title_index, *layout.body] if i is not None
                for m in _mentions_with_counterparts(paragraphs[i])]
    people = {surname(p.name): p for p in merge(everyone, home)}

    found = find_statements(paragraphs, layout.body, layout.published)
    if not found:
        found = _title_statement(paragraphs, layout)
    meeting_index = next((i for i in layout.body[:5] if meetings.is_meeting(paragraphs[i])
                          and find_mentions(paragraphs[i])), None)
    kind = _kind(layout, meeting_index is not None, bool(found), paragraphs)
    consultation = None
    if meeting_index is not None and kind != "joint statement":
        consultation = _consultation(paragraphs, meeting_index, layout, people, home)
        provenance["consultation"] = _where(paragraphs, meeting_index)
    statements: list[Statement] = []
    if kind != "joint statement":
        for found_statement in found:
            statement = _statement(found_statement, people, home, consultation, paragraphs)
            provenance[f"statements[{len(statements)}]"] = _where(
                paragraphs, found_statement.indices[0])
            statements.append(statement)
            if not statement.speaker.name:
                warnings.append(f"Statement {len(statements)} is by an unnamed "
                                f"{statement.speaker.role.lower() or 'speaker'}; "
                                "the speaker is left empty.")
    if layout.title_index is not None:
        provenance["source.title"] = _where(paragraphs, layout.title_index)
    if not statements and consultation is None:
        warnings.append("Found no meeting and no statement in this release.")
    source = Source.from_text("\n".join(paragraphs), title=layout.title,
                              publisher=layout.publisher, url=document.url,
                              date_published=layout.published)
    return Draft(origin=document.origin, kind=kind, source=source, consultation=consultation,
                 statements=tuple(statements), warnings=tuple(warnings), provenance=provenance)


def _layout(document: TextDocument, paragraphs: list[str]) -> _Layout:
    flags = furniture_flags(paragraphs)
    labels = [p.strip().casefold() for p, f in zip(paragraphs, flags, strict=True) if f][:12]
    publisher = document.publisher if document.publisher in PUBLISHERS else ""
    published = document.date_published
    header: set[int] = set()
    for index, paragraph in enumerate(paragraphs[:12]):
        text = paragraph.strip()
        from_line = _FROM_LINE.match(text)
        if from_line and len(text.split()) <= 12:
            publisher = publisher or _known_publisher(from_line.group("p")) or from_line.group("p")
            header.add(index)
        elif text in PUBLISHERS:
            publisher = publisher or text
            header.add(index)
        elif _PUBLISHED_LINE.match(text) and full_date(text):
            published = published or full_date(text)
            header.add(index)
    candidates = [i for i, p in enumerate(paragraphs)
                  if not flags[i] and i not in header and p.strip()]
    title_index = _title_index(document.title, paragraphs, candidates)
    title = document.title.strip() if document.title else ""
    if title_index is not None:
        title = paragraphs[title_index].strip()
    body = [i for i in candidates if title_index is None or i > title_index]
    if body and published is None:
        dateline = _DATELINE.match(paragraphs[body[0]])
        if dateline:
            published = full_date(dateline.group("date"))
    publisher = publisher or _known_publisher(title[:80]) or _footer_publisher(paragraphs, body)
    return _Layout(title, title_index, body, publisher, published, labels)


def _title_index(meta_title: str, paragraphs: list[str], candidates: list[int]) -> int | None:
    if meta_title:
        wanted = meta_title.strip().casefold()
        for index in candidates[:8]:
            text = paragraphs[index].strip().casefold()
            if text and (text == wanted or wanted.startswith(text) or text.startswith(wanted)):
                return index
    for index in candidates[:6]:
        text = paragraphs[index].strip()
        if len(text.split()) <= 30 and not text.endswith(":") and full_date(text) is None:
            return index
    return None


def _known_publisher(text: str) -> str:
    match = re.match(rf"\s*(?:the\s+)?({_PUBLISHER_PATTERN})\b", text)
    return match.group(1) if match else ""


def _footer_publisher(paragraphs: list[str], body: list[int]) -> str:
    last = body[-1] if body else len(paragraphs) - 1
    for paragraph in paragraphs[last + 1:]:
        if paragraph.strip() in PUBLISHERS:
            return paragraph.strip()
    return ""


def _mentions_with_counterparts(paragraph: str) -> list[Mention]:
    spans = counterpart_countries(paragraph)
    mentions = []
    for mention in find_mentions(paragraph):
        country = mention.country or next(
            (c for start, end, c in spans if start <= mention.start < end), "")
        mentions.append(Mention(mention.name, mention.role, country, mention.start, mention.end))
    return mentions


def _kind(layout: _Layout, meeting: bool, statements: bool,
          paragraphs: list[str]) -> ReleaseKind:
    head = " ".join([layout.title, *layout.labels])
    if _JOINT.search(head) or any("joint" in label for label in layout.labels):
        return "joint statement"
    if meeting and (_READOUT.search(head) or "readout" in layout.labels):
        return "readout"
    if meeting:
        return "consultation"
    if statements:
        return "statement"
    return "other"


def _consultation(paragraphs: list[str], index: int, layout: _Layout,
                  people: dict[str, Person], home: str) -> Consultation:
    text = paragraphs[index]
    scope = f"{layout.title}\n{text}"
    present = [m for m in (*_mentions_with_counterparts(layout.title),
                           *_mentions_with_counterparts(text)) if m.name]
    participants = merge(present, home)
    participants = [_fullest(p, people) for p in participants]
    dates = [m.value for m in find_dates(text, layout.published) if m.value]
    title = layout.title
    prefixed = _TITLE_PREFIX.match(title)
    if prefixed:
        rest = prefixed.group("rest")
        title = rest[0].upper() + rest[1:]
    return Consultation(title=title, date=dates[0] if dates else None,
                        format=meetings.meeting_format(scope),
                        place=meetings.meeting_place(scope),
                        participants=tuple(participants),
                        topics=tuple(meetings.agenda_topics(text)), summary=text.strip())


def _statement(found: FoundStatement, people: dict[str, Person], home: str,
               consultation: Consultation | None, paragraphs: list[str]) -> Statement:
    mention = found.speaker
    if mention is None or not mention.name:
        role = mention.role if mention else ""
        speaker = Person(name="", role=role, country=home)
    else:
        speaker = _fullest(Person(mention.name, mention.role, mention.country or home), people)
    text = found.text
    return Statement(speaker=speaker, text=text, date=found.date,
                     occasion=consultation.title if consultation else "",
                     language=_language(text))


def _fullest(person: Person, people: dict[str, Person]) -> Person:
    known = people.get(surname(person.name))
    if known is None:
        return person
    return Person(name=known.name if len(known.name) > len(person.name) else person.name,
                  role=known.role if len(known.role) > len(person.role) else person.role,
                  country=person.country or known.country)


def _title_statement(paragraphs: list[str], layout: _Layout) -> list[FoundStatement]:
    match = _TITLE_STATEMENT.match(layout.title)
    if match is None or _JOINT.search(layout.title):
        return []
    speakers = [m for m in find_mentions(match.group("who")) if m.name]
    if len(speakers) != 1 or re.search(r"(?i)\b(?:ministers|leaders|and|und)\b",
                                        match.group("who")):
        return []
    family = surname(speakers[0].name)
    body = [i for i in layout.body
            if not (len(paragraphs[i].split()) <= 12 and family in paragraphs[i].casefold())]
    if not body:
        return []
    return [FoundStatement(speaker=speakers[0], paragraphs=[paragraphs[i].strip() for i in body],
                           indices=body, date=layout.published, how="whole release")]


def _language(text: str) -> str:
    lowered = text.casefold()
    german = len(_GERMAN_WORDS.findall(lowered))
    english = len(_ENGLISH_WORDS.findall(lowered))
    return "de" if german > english else "en"


def _where(paragraphs: list[str], index: int) -> str:
    text = " ".join(paragraphs[index].split())
    return f"paragraph {index + 1}: “{text[:70]}{'…' if len(text) > 70 else ''}”"
