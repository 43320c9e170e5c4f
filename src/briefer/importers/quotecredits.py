"""Who a quote's own credit names: its attribution, the next line's, a document, an office."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.i18n import _
from briefer.importers.antecedents import HEAD_OF_STATE, OFFICE_HOW, PRONOUN_HOW
from briefer.importers.credits import (
    DOCUMENT_HOW,
    HEAD_OFFICE,
    OFFICE_CREDIT_HOW,
    document_issued,
    from_document,
    head_of_state,
    issuing_office,
    office_credit,
    office_holder,
    office_speaks,
)
from briefer.importers.mentions import Mention
from briefer.importers.names import surname
from briefer.importers.passages import Quote
from briefer.importers.perfectcredits import perfect_credit
from briefer.importers.quotes import Quoted
from briefer.importers.release import Release
from briefer.importers.sentences import (
    SAID_VERB,
    SENTENCE_END,
    SUBJECT_WINDOW,
    first_clause,
    last_clause,
    mentions_between,
)
from briefer.importers.speakers import attribute
from briefer.importers.speechwords import SPEECH_VERBS

_FOREIGN_ROLE = re.compile(
    r"(?i)foreign minister|minister of foreign|außenminister|affaires étrangères"
)


def foreign_minister(release: Release) -> Mention | None:
    """Return the one foreign minister the release names, else None."""
    ministers = [p for p in release.people if p.name and _FOREIGN_ROLE.search(p.role)]
    if len(ministers) != 1:
        return None
    person = ministers[0]
    return Mention(person.name, person.role, person.country, 0, 0)


# a credit by the speaker's seat: "“…,” the Eastbay MP told reporters", "the MP for Eastbay
# said", "the Eastbay lawmaker added", "le député de Brio a ajouté"
_SEAT = re.compile(
    r"(?:\b[Tt]he\s+(?P<place>(?:[A-Z][\w’'-]+\s+){1,3})(?:MP|M\.P\.|lawmaker|legislator|"
    r"parliamentarian|senator|congress(?:wo)?man)\b|"
    r"\b(?:[Tt]he\s+)?(?:MP|[Mm]ember|le député|la députée|der Abgeordnete|die Abgeordnete)\s+"
    r"(?:for|of|de|du|aus|für)\s+(?P<seat>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}))"
)


def _member_for(
    release: Release,
    paragraph: str,
    spans: Sequence[Quoted],
    number: int,
    last_person: Mention | None,
) -> Mention | None:
    """Return who a credit by a parliamentary seat stands for ("“…,” the Eastbay MP told
    reporters"): the person the release is about, when it names them with that seat or names
    no one else."""
    if last_person is None or not last_person.name:
        return None
    span = spans[number]
    preceding = spans[number - 1].end if number else 0
    following = spans[number + 1].start if number + 1 < len(spans) else len(paragraph)
    after = first_clause(paragraph[span.end : following])[:120]
    before = last_clause(paragraph[preceding : span.start])[-120:]
    seat = _SEAT.search(after) if SAID_VERB.search(after) else None
    if seat is None and SAID_VERB.search(before) and before.rstrip(' “„"«')[-1:] in ",:":
        seat = _SEAT.search(before)  # "The Eastbay MP told reporters: “…”"
    if seat is None:
        return None
    if len({p.name for p in release.people if p.name}) == 1:
        return last_person  # an item about one person
    place = (seat["place"] or seat["seat"]).strip()
    family = surname(last_person.name)
    for text in release.paragraphs:
        if place in text and family and family in text.casefold():
            return last_person
    return None


def from_office(
    release: Release,
    index: int,
    spans: Sequence[Quoted],
    number: int,
    before: Quote | None,
    last_person: Mention | None,
    how: str,
) -> tuple[Mention | None, str]:
    """Return who speaks in a quote its sentence credits to a document or an office, and how
    ("According to the statement, “…”": whoever signed or issued it; a document no one is
    said to have signed or issued is the office's — "“…”, the communiqué says." — not the
    last person the release names in passing; "the ministry explained that “…”")."""
    paragraph = release.paragraphs[index]
    if from_document(paragraph, spans, number):
        if before and before.speaker:
            return before.speaker, _(DOCUMENT_HOW)
        if document_issued(release, index):
            return (last_person, _(DOCUMENT_HOW)) if last_person else (None, how)
        return issuing_office(release, index), _(DOCUMENT_HOW)
    office = office_speaks(paragraph, spans, number)
    if office:
        return issuing_office(release, index, office), _(DOCUMENT_HOW)
    member = _member_for(release, paragraph, spans, number, last_person)
    # "“…,” the Eastbay MP told reporters": the seat taken as the person named with it
    return (member, _(OFFICE_HOW)) if member else (None, how)


def own_attribution(
    release: Release,
    index: int,
    spans: Sequence[Quoted],
    number: int,
    last_person: Mention | None,
) -> tuple[Mention | None, str]:
    """Return who a quote's own attribution names, in its paragraph or, cut off by a stray
    line break, at the start of the next one."""
    paragraph, mentions = release.paragraphs[index], release.mentions(index)
    speaker, how = attribute(paragraph, spans, number, mentions, last_person)
    speaker = speaker or perfect_credit(paragraph, spans[number], mentions)  # "Das hat X betont."
    if how == _(PRONOUN_HOW) and speaker is not None:
        # "The Head of State greeted Envoy X. He said “…”": the president, not X
        own = speaker in mentions_between(mentions, speaker.start, speaker.start + 1)
        head = epithet_subject(release, paragraph, speaker if own else None, spans[number].start)
        speaker = head or speaker
    if how == _(PRONOUN_HOW):
        # "« … », a ajouté le président de la Commission.": the one who holds that office,
        # not the last person named
        holder = office_credit(release, paragraph, spans, number)
        if holder is not None:
            return holder, _(OFFICE_CREDIT_HOW)
    if speaker is None and number == len(spans) - 1:
        return _said_next_line(release, index, spans, number, last_person) or (None, how)
    return speaker, how


def epithet_subject(
    release: Release, paragraph: str, subject: Mention | None, end: int
) -> Mention | None:
    """Return the head of state when a sentence before `end`, from the one the subject "he"
    was taken for stands in on, opens with an epithet of theirs ("The Head of State also
    greeted Trade Envoy X, …", "The newly elected President observed …"): "he" is the
    president, not X."""
    start = max(0, end - SUBJECT_WINDOW)  # the sentences just before, as "he" reaches
    if subject is not None and subject.start >= start:
        ends = [e.end() for e in SENTENCE_END.finditer(paragraph, start, subject.start)]
        start = ends[-1] if ends else start
    found = HEAD_OF_STATE.finditer(paragraph, max(0, start - 1), end)
    if any(m.start("epithet") >= start for m in found):
        return head_of_state(release)
    offices = [
        m
        for m in _OFFICE_OPENS.finditer(paragraph, max(0, start - 1), end)
        if m.start("office") >= start
    ]
    # "The Director-General thanked Norland. “…,” he said.": the one the release gave it to
    return office_holder(release, offices[-1]["office"]) if offices else None


# an office alone opening a sentence as its subject: "The Director-General thanked …", "Le
# Directeur général a remercié …", "Der Generaldirektor dankte …"
_OFFICE_OPENS = re.compile(
    r"(?:^|[.!?]\s+)(?P<office>(?:The|Le|La|L['’]|Der|Die|El)\s*(?:"
    + HEAD_OFFICE
    + r"))\s+(?!(?:of|for|to|de|du|des|der|del|von)\b)(?=[a-zäöüéè])"
)


# a paragraph that is the attribution of the quotation closing the paragraph before, cut
# off by a stray line break: "…»" / ", a confié à la presse la ministre estorienne."; or set
# apart with no comma, in lower case: "« … »" / "a déclaré X à l’issue de l’audience."
_CREDIT_LINE = re.compile(rf"^\s*(?:[,–—-]\s*|(?=[a-zàâçéèêëîïôûù]))(?:{SPEECH_VERBS})\b")


def _said_next_line(
    release: Release,
    index: int,
    spans: Sequence[Quoted],
    number: int,
    last_person: Mention | None,
) -> tuple[Mention, str] | None:
    """Return who the next paragraph credits a quote with when it opens with a verb of
    speech (after a comma, or in lower case) and the quote ends its own paragraph, else
    None."""
    paragraph = release.paragraphs[index]
    span = spans[number]
    if not span.closed or paragraph[span.end :].strip(" .") or index + 1 >= len(release.paragraphs):
        return None
    following = release.paragraphs[index + 1]
    if not _CREDIT_LINE.match(following):
        return None
    joined = paragraph[: span.end] + " " + following
    shift = span.end + 1
    mentions = [
        Mention(m.name, m.role, m.country, m.start + shift, m.end + shift, m.how)
        for m in release.mentions(index + 1)
    ]
    moved = Quoted(span.text, span.start, span.end, span.closed)
    speaker, how = attribute(joined, [*spans[:number], moved], number, mentions, last_person)
    if speaker is None:
        speaker = office_credit(release, joined, [*spans[:number], moved], number)
        how = _(OFFICE_CREDIT_HOW)
    return (speaker, how) if speaker is not None else None
