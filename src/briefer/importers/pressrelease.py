"""The press-release parser: paragraphs in, a draft of source, meeting and statements out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from briefer.errors import ImportFailed
from briefer.importers import meetings
from briefer.importers.dates import find_dates, full_date
from briefer.importers.document import TextDocument
from briefer.importers.draft import Draft, ReleaseKind
from briefer.importers.furniture import furniture_flags
from briefer.importers.lexicon import (
    ADJECTIVE_PATTERN,
    ADJECTIVES,
    COUNTRY_NAMES,
    PUBLISHERS,
)
from briefer.importers.persons import (
    Mention,
    counterpart_countries,
    find_mentions,
    known_mentions,
    merge,
    surname,
)
from briefer.importers.statements import FoundStatement, find_statements
from briefer.model.records import Consultation, Person, Source, Statement

_PUBLISHER_PATTERN = "|".join(sorted((re.escape(p) for p in PUBLISHERS), key=len, reverse=True))
_FROM_LINE = re.compile(r"^(?:From|Von|Issued by|Herausgeber)\s*:\s*(?P<p>.{3,200})$")
_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w .'-]{1,30},\s*(?P<date>[^–—:-]{4,30}?)\s*(?:[–—:-]|$)")
_TITLE_PREFIX = re.compile(
    rf"^(?:{_PUBLISHER_PATTERN})(?:\s+(?:and|und)\s+(?:the\s+)?"
    rf"(?:{_PUBLISHER_PATTERN}))?\s+(?:on|zu|zum|zur)\s+(?P<rest>.+)$"
)
_JOINT = re.compile(
    r"(?i)\b(?:joint (?:press |media )?(?:statement|declaration|communiqu)|"
    r"gemeinsame (?:erklärung|presseerklärung)|on behalf of the (?:eu|european union)|"
    r"im namen der eu|statement by the (?:g7|g20|foreign ministers|ministers|leaders|"
    r"high representative on behalf)|statement of the (?:g7|g20|foreign ministers)|"
    r"erklärung der (?:g7|g20|außenminister))"
)
_READOUT = re.compile(
    r"(?i)\b(?:readout|call with|telephone (?:call|talk)s?|phone call|"
    r"phone conversation|spoke (?:by phone|on the phone)|telefonat|"
    r"telefonierte)\b"
)
_TITLE_STATEMENT = re.compile(
    r"(?i)^(?:press )?(?:statement|remarks|erklärung|statement) (?:by|from|of|von|der|des) "
    r"(?P<who>.+?)(?:\s+(?:on|regarding|about|following|zu|zum|zur|anlässlich)\s+.*)?$"
)
_GERMAN_WORDS = re.compile(
    r"\b(?:der|die|das|und|mit|von|sich|ist|nicht|für|auf|des|dem|ein|"
    r"eine|wir|zu|im)\b"
)
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
        warnings.append(
            "No publication date found; dates written as 'today' or without a year are left empty."
        )
    home = PUBLISHERS.get(layout.publisher, "")
    everyone = [
        m
        for i in [layout.title_index, *layout.body]
        if i is not None
        for m in _mentions_with_counterparts(paragraphs[i])
    ]
    known = merge(everyone)
    people = {surname(p.name): p for p in known}

    found = find_statements(paragraphs, layout.body, layout.published, known)
    if not found:
        found = _title_statement(paragraphs, layout)
    meeting = _meeting_paragraph(paragraphs, layout, known)
    kind = _kind(layout, meeting is not None, bool(found))
    consultation = None
    if meeting is not None and kind != "joint statement":
        consultation = _consultation(paragraphs, meeting, layout, known, home)
        provenance["consultation"] = _where(paragraphs, meeting)
    statements: list[Statement] = []
    today = _says_today(paragraphs, layout)
    for found_statement in found:
        if found_statement.date is None and (today or _says_today_in(found_statement)):
            found_statement.date = layout.published
        statement = _statement(found_statement, people, home, consultation)
        provenance[f"statements[{len(statements)}]"] = _where(
            paragraphs, found_statement.indices[0]
        )
        statements.append(statement)
        if not statement.speaker.name:
            warnings.append(
                f"Statement {len(statements)} is by an unnamed "
                f"{statement.speaker.role.lower() or 'speaker'}; "
                "the speaker is left empty."
            )
    if layout.title_index is not None:
        provenance["source.title"] = _where(paragraphs, layout.title_index)
    if not statements and consultation is None:
        warnings.append("Found no meeting and no statement in this release.")
    source = Source.from_text(
        "\n".join(paragraphs),
        title=layout.title,
        publisher=layout.publisher,
        url=document.url,
        date_published=layout.published,
    )
    return Draft(
        origin=document.origin,
        kind=kind,
        source=source,
        consultation=consultation,
        statements=tuple(statements),
        warnings=tuple(warnings),
        provenance=provenance,
    )


def _layout(document: TextDocument, paragraphs: list[str]) -> _Layout:
    flags = furniture_flags(paragraphs)
    labels = [p.strip().casefold() for p, f in zip(paragraphs, flags, strict=True) if f][:15]
    publisher = _known_publisher(document.publisher)
    published = document.date_published
    header: set[int] = set()
    for index, paragraph in enumerate(paragraphs[:_HEADER_LINES]):
        text = paragraph.strip()
        from_line = _FROM_LINE.match(text)
        if from_line and len(text.split()) <= 16:
            publisher = publisher or _known_publisher(from_line.group("p"))
            header.add(index)
        elif _known_publisher(text, whole=True):
            publisher = publisher or _known_publisher(text)
            header.add(index)
        elif _is_date_line(text):
            published = published or full_date(text)
            header.add(index)
    candidates = [
        i for i, p in enumerate(paragraphs) if not flags[i] and i not in header and p.strip()
    ]
    title_index = _title_index(document.title, paragraphs, candidates)
    title = document.title.strip() if document.title else ""
    if title_index is not None:
        title = paragraphs[title_index].strip()
    start = -1 if title_index is None else title_index
    # a standfirst, "From:" and "Published" lines right after the title belong to the header
    following = [i for i in range(start + 1, min(start + 5, len(paragraphs))) if i in header]
    if following:
        start = max(following)
    body = [i for i in candidates if i > start]
    if body and published is None:
        dateline = _DATELINE.match(paragraphs[body[0]])
        if dateline:
            published = full_date(dateline.group("date"))
    publisher = publisher or _known_publisher(title[:80]) or _footer_publisher(paragraphs, body)
    return _Layout(title, title_index, body, publisher, published, labels)


_HEADER_LINES = 25


def _is_date_line(text: str) -> bool:
    """Return whether a short line is there to date the release ("03.11.2022 - Press release")."""
    if len(text.split()) > 14 or full_date(text) is None:
        return False
    undated = text
    for mention in find_dates(text, None):
        undated = undated.replace(mention.text, " ")
    return len(re.findall(r"[^\W\d_]{2,}", undated)) <= 7 and not undated.rstrip().endswith(".")


def _title_index(meta_title: str, paragraphs: list[str], candidates: list[int]) -> int | None:
    if meta_title:
        wanted = meta_title.strip().casefold()
        for index in candidates[:12]:
            text = paragraphs[index].strip().casefold()
            if text and (text == wanted or wanted.startswith(text) or text.startswith(wanted)):
                return index
    for index in candidates[:_HEADER_LINES]:
        text = paragraphs[index].strip()
        if (
            3 <= len(text.split()) <= 30
            and not text.endswith(":")
            and full_date(text) is None
            and not _known_publisher(text, whole=True)
        ):
            return index
    return None


def _known_publisher(text: str, whole: bool = False) -> str:
    """Return the publisher named at the start of text (or as the whole text), canonical."""
    flags = re.IGNORECASE
    pattern = rf"\s*(?:the\s+)?({_PUBLISHER_PATTERN})" + (r"\s*$" if whole else r"\b")
    match = re.match(pattern, text, flags)
    if not match:
        return ""
    return _CANONICAL[match.group(1).casefold()]


_CANONICAL = {name.casefold(): name for name in PUBLISHERS}


def _footer_publisher(paragraphs: list[str], body: list[int]) -> str:
    last = body[-1] if body else len(paragraphs) - 1
    for paragraph in paragraphs[last + 1 :]:
        if paragraph.strip() in PUBLISHERS:
            return paragraph.strip()
    return ""


def _mentions_with_counterparts(paragraph: str) -> list[Mention]:
    return _with_counterparts(paragraph, find_mentions(paragraph))


def _with_counterparts(paragraph: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Give mentions inside "their Japanese counterparts, …" the counterparts' country."""
    spans = counterpart_countries(paragraph)
    return [
        replace(
            m,
            country=m.country or next((c for start, end, c in spans if start <= m.start < end), ""),
        )
        for m in mentions
    ]


def _kind(layout: _Layout, meeting: bool, statements: bool) -> ReleaseKind:
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


def _meeting_paragraph(paragraphs: list[str], layout: _Layout, known: list[Person]) -> int | None:
    """Return the paragraph that reports the meeting: in the lede, in the past, naming people;
    the first naming two people if there is one."""
    reporting = [
        i
        for i in layout.body[:_LEDE]
        if meetings.meeting_sentence(paragraphs[i])
        and any(m.name for m in known_mentions(paragraphs[i], known))
    ]
    for index in reporting:
        sentence = meetings.meeting_sentence(paragraphs[index]) or ""
        if len({m.name for m in known_mentions(sentence, known) if m.name}) >= 2:
            return index
    return reporting[0] if reporting else None


_LEDE = 4


def _consultation(
    paragraphs: list[str], index: int, layout: _Layout, known: list[Person], home: str
) -> Consultation:
    text = paragraphs[index]
    sentence = meetings.meeting_sentence(text) or text
    present = [
        m
        for source in (layout.title, text)
        for m in _with_counterparts(source, known_mentions(source, known))
        if m.name
    ]
    participants = [_fullest(p, known) for p in merge(present)]
    participants = _fill_countries(participants, f"{layout.title} {text}", home)
    dates = [m.value for m in find_dates(text, layout.published) if m.value]
    title = layout.title
    prefixed = _TITLE_PREFIX.match(title)
    if prefixed:
        rest = prefixed.group("rest")
        title = rest[0].upper() + rest[1:]
    topics: list[str] = []
    position = layout.body.index(index)
    for following in layout.body[position : position + _REPORT]:
        for topic in meetings.agenda_topics(paragraphs[following]):
            if topic not in topics:
                topics.append(topic)
    return Consultation(
        title=title,
        date=dates[0] if dates else None,
        format=_format(sentence, text, layout.title),
        place=meetings.meeting_place(sentence),
        participants=tuple(participants),
        topics=tuple(topics),
        summary=text.strip(),
    )


_REPORT = 9  # paragraphs from the meeting's that may still report on it
_THE_MEETING = re.compile(
    r"(?i)\b(?:the (?:meeting|talks|consultations|dialogue|call|discussion)|"
    r"(?:das|die) (?:treffen|gespräche?|konsultationen|telefonat))\b"
)


def _format(sentence: str, paragraph: str, title: str) -> str:
    """Return the meeting's format: from its sentence or the title, else from a sentence that
    says how "the meeting" was held (but not one dated, which is about another occasion)."""
    stated = meetings.meeting_format(f"{sentence} {title}")
    if stated not in ("", "in person"):
        return stated
    for other in meetings.sentences(paragraph):
        if other != sentence and _THE_MEETING.search(other) and not find_dates(other, None):
            specific = meetings.meeting_format(other)
            if specific not in ("", "in person"):
                return specific
    return stated


def _fill_countries(participants: list[Person], text: str, home: str) -> list[Person]:
    """Give participants of unknown country one: the lede's subject the publisher's country,
    a single other one the one country named in the text that nobody has, the rest home."""
    people = list(participants)
    if home and people and not people[0].country:
        people[0] = replace(people[0], country=home)
    missing = [i for i, p in enumerate(people) if not p.country]
    free = _named_countries(text) - {p.country for p in people}
    if len(missing) == 1 and len(free) == 1:
        people[missing[0]] = replace(people[missing[0]], country=free.pop())
    return [p if p.country else replace(p, country=home) for p in people]


def _named_countries(text: str) -> set[str]:
    named = {
        country
        for name, country in COUNTRY_NAMES.items()
        if re.search(rf"\b{re.escape(name)}\b", text)
    }
    named |= {ADJECTIVES[m.casefold()] for m in re.findall(rf"\b({ADJECTIVE_PATTERN})\b", text)}
    # the first part of "deutsch-indischen", "German-Japanese", "UK-India"
    for stem in re.findall(r"\b(\w+)-(?=\w)", text):
        country = (
            ADJECTIVES.get(stem.casefold())
            or ADJECTIVES.get(stem.casefold() + "e")
            or COUNTRY_NAMES.get(stem)
        )
        if country:
            named.add(country)
    return named


def _statement(
    found: FoundStatement, people: dict[str, Person], home: str, consultation: Consultation | None
) -> Statement:
    mention = found.speaker
    if mention is None or not mention.name:
        speaker = Person(name="", role=mention.role if mention else "", country=home)
    else:
        person = _fullest(
            Person(mention.name, mention.role, mention.country), list(people.values())
        )
        speaker = person if person.country else replace(person, country=home)
    return Statement(
        speaker=speaker,
        text=found.text,
        date=found.date,
        occasion=consultation.title if consultation else "",
        language=_language(found.text),
    )


def _fullest(person: Person, known: list[Person]) -> Person:
    match = next((p for p in known if surname(p.name) == surname(person.name)), None)
    if match is None:
        return person
    return Person(
        name=match.name if len(match.name) > len(person.name) else person.name,
        role=match.role if len(match.role) > len(person.role) else person.role,
        country=person.country or match.country,
    )


def _says_today(paragraphs: list[str], layout: _Layout) -> bool:
    """Return whether the release's opening paragraph dates its news "today"."""
    return bool(layout.body) and _TODAY.search(paragraphs[layout.body[0]]) is not None


def _says_today_in(found: FoundStatement) -> bool:
    return _TODAY.search(found.paragraphs[0]) is not None


_TODAY = re.compile(r"(?i)\b(?:today|heute)\b")


def _title_statement(paragraphs: list[str], layout: _Layout) -> list[FoundStatement]:
    match = _TITLE_STATEMENT.match(layout.title)
    if match is None or _JOINT.search(layout.title):
        return []
    speakers = [m for m in find_mentions(match.group("who")) if m.name]
    if len(speakers) != 1 or re.search(
        r"(?i)\b(?:ministers|leaders|and|und)\b", match.group("who")
    ):
        return []
    family = surname(speakers[0].name)
    body = [
        i
        for i in layout.body
        if not (len(paragraphs[i].split()) <= 12 and family in paragraphs[i].casefold())
    ]
    if not body:
        return []
    return [
        FoundStatement(
            speaker=speakers[0],
            paragraphs=[paragraphs[i].strip() for i in body],
            indices=body,
            date=layout.published,
            how="whole release",
        )
    ]


def _language(text: str) -> str:
    lowered = text.casefold()
    german = len(_GERMAN_WORDS.findall(lowered))
    english = len(_ENGLISH_WORDS.findall(lowered))
    return "de" if german > english else "en"


def _where(paragraphs: list[str], index: int) -> str:
    text = " ".join(paragraphs[index].split())
    return f"paragraph {index + 1}: “{text[:70]}{'…' if len(text) > 70 else ''}”"
