"""The press-release parser: paragraphs in, a draft of source, meeting and statements out."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from briefer.errors import ImportFailed
from briefer.importers.consultation import (
    build_consultation,
    by_surname,
    find_meeting,
    fullest,
    mentioned,
)
from briefer.importers.document import TextDocument
from briefer.importers.draft import Draft, ReleaseKind
from briefer.importers.layout import Layout, read_layout
from briefer.importers.lexicon import PUBLISHERS, SPOKESPERSON
from briefer.importers.persons import Mention, find_mentions, merge, surname
from briefer.importers.statements import FoundStatement, find_statements
from briefer.model.records import Consultation, Person, Source, Statement

_JOINT = re.compile(
    r"(?i)\b(?:joint (?:press |media )?(?:statement|declaration|communiqu)|"
    r"gemeinsame (?:erklärung|presseerklärung)|on behalf of the (?:eu|european union)|"
    r"im namen der eu|statement by the (?:g7|g20|foreign ministers|ministers|leaders|"
    r"high representative on behalf)|statement of the (?:g7|g20|foreign ministers)|"
    r"erklärung der (?:g7|g20|außenminister))"
)
_READOUT = re.compile(
    r"(?i)\b(?:readout|call with|telephone (?:call|talk)s?|phone call|phone conversation|"
    r"spoke (?:by phone|on the phone)|speaks? with|spoke with|spricht mit|sprach mit|"
    r"telefonat|telefonier\w*|video call)\b"
)
_TITLE_STATEMENT = re.compile(
    r"(?i)^(?:[^:]{2,40}:\s+)?(?:press )?(?:statement|remarks|erklärung) "
    r"(?:by|from|of|von|der|des) "
    r"(?P<who>.+?)(?:\s+(?:on|regarding|about|following|zu|zum|zur|anlässlich)\s+.*)?$"
)
_STATEMENT_LABELS = ("press statement", "statement", "erklärung", "media statement")
_ANNOUNCEMENT_LABELS = ("media advisory", "advisory", "terminhinweis", "announcement")
_COLLECTIVE = re.compile(r"(?i)\b(?:ministers|leaders|governments|and|und)\b")
_TODAY = re.compile(r"(?i)\b(?:today|heute)\b")
_GERMAN_WORDS = re.compile(
    r"\b(?:der|die|das|und|mit|von|sich|ist|nicht|für|auf|des|dem|ein|eine|wir|zu|im)\b"
)
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|to|is|with|for|on|that|we|a|an|in)\b")


def parse_release(document: TextDocument) -> Draft:
    """Return the draft of a release; raise ImportFailed when it holds no release at all."""
    paragraphs = list(document.paragraphs)
    if not any(p.strip() for p in paragraphs):
        raise ImportFailed(f"{document.origin} holds no text")
    layout = read_layout(document, paragraphs)
    warnings: list[str] = []
    if layout.published is None:
        warnings.append(
            "No publication date found; dates written as 'today' or without a year are left empty."
        )
    home = PUBLISHERS.get(layout.publisher, "")
    texts = [layout.title, *layout.bylines, *(paragraphs[i] for i in layout.body)]
    known = merge(m for text in texts for m in mentioned(text))

    found = find_statements(
        paragraphs, layout.body, layout.published, known, home
    ) or _whole_release(paragraphs, layout)
    single = _single_speaker(layout) is not None
    meeting = [] if single or _announcement(layout) else find_meeting(paragraphs, layout, known)
    kind = _kind(layout, bool(meeting), bool(found))
    consultation = None
    provenance: dict[str, str] = {}
    if meeting and kind != "joint statement":
        consultation = build_consultation(paragraphs, meeting, layout, known, home)
        provenance["consultation"] = _where(paragraphs, meeting[0])
        if consultation.format == "telephone":
            kind = "readout"  # a call is read out, whatever the headline calls it
        if consultation.date is None and layout.published is not None:
            warnings.append(
                f"The meeting's day is not stated; the release is dated "
                f"{layout.published.isoformat()}. Enter the day if you know it."
            )
    statements: list[Statement] = []
    today = bool(layout.body) and _TODAY.search(paragraphs[layout.body[0]]) is not None
    index = by_surname(known)
    for item in found:
        if item.date is None and not item.undated and (today or _TODAY.search(item.paragraphs[0])):
            item.date = layout.published
        statement = _statement(item, index, home, consultation)
        provenance[f"statements[{len(statements)}]"] = _where(paragraphs, item.indices[0])
        statements.append(statement)
        if not statement.speaker.name:
            warnings.append(
                f"Statement {len(statements)} is by an unnamed "
                f"{statement.speaker.role.lower() or 'speaker'}; the speaker is "
                "left empty."
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


def _kind(layout: Layout, meeting: bool, statements: bool) -> ReleaseKind:
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


def _announcement(layout: Layout) -> bool:
    """Return whether the release announces something to come (a media advisory)."""
    return any(label in _ANNOUNCEMENT_LABELS for label in layout.labels)


def _single_speaker(layout: Layout) -> Mention | None:
    """Return who a single-speaker statement is by, from its headline ("Statement by Foreign
    Minister X on …", "Statement by the Spokesperson on …") or its byline under a "Press
    statement" label; None for anything else, joint statements included."""
    match = _TITLE_STATEMENT.match(layout.title)
    if match and not _JOINT.search(layout.title) and not _COLLECTIVE.search(match.group("who")):
        who = match.group("who")
        named = [m for m in find_mentions(who) if m.name]
        if len(named) == 1:
            return named[0]
        spokesperson = SPOKESPERSON.search(who)
        if not named and spokesperson:
            role = spokesperson.group(0)
            return Mention("", role[0].upper() + role[1:], "", 0, 0)
    if any(label in _STATEMENT_LABELS for label in layout.labels) and len(layout.bylines) == 1:
        named = [m for m in find_mentions(layout.bylines[0]) if m.name]
        return named[0] if named else None
    return None


def _whole_release(paragraphs: list[str], layout: Layout) -> list[FoundStatement]:
    """Return the whole text as one statement when the release is one speaker's statement."""
    speaker = _single_speaker(layout)
    if speaker is None:
        return []
    family = surname(speaker.name) if speaker.name else ""
    body = [
        i
        for i in layout.body
        if not (family and len(paragraphs[i].split()) <= 12 and family in paragraphs[i].casefold())
    ]
    ends = next((n for n, i in enumerate(body) if _ends_statement(paragraphs[i])), len(body))
    body = [i for n, i in enumerate(body[:ends]) if n == 0 or i == body[n - 1] + 1]
    if not body:
        return []
    return [
        FoundStatement(
            speaker=speaker,
            paragraphs=[paragraphs[i].strip() for i in body],
            indices=body,
            date=layout.published,
            how="whole release",
        )
    ]


def _ends_statement(paragraph: str) -> bool:
    text = paragraph.strip()
    return len(text.split()) <= 6 and not text.endswith((".", "!", "?", "”", '"'))


def _statement(
    found: FoundStatement,
    known: Mapping[str, Person],
    home: str,
    consultation: Consultation | None,
) -> Statement:
    mention = found.speaker
    if mention is None or not mention.name:
        speaker = Person(name="", role=mention.role if mention else "", country=home)
    else:
        person = fullest(Person(mention.name, mention.role, mention.country), known)
        speaker = person if person.country else replace(person, country=home)
    return Statement(
        speaker=speaker,
        text=found.text,
        date=found.date,
        occasion=consultation.title if consultation else "",
        language=_language(found.text),
    )


def _language(text: str) -> str:
    lowered = text.casefold()
    german = len(_GERMAN_WORDS.findall(lowered))
    english = len(_ENGLISH_WORDS.findall(lowered))
    return "de" if german > english else "en"


def _where(paragraphs: list[str], index: int) -> str:
    text = " ".join(paragraphs[index].split())
    return f"paragraph {index + 1}: “{text[:70]}{'…' if len(text) > 70 else ''}”"
