"""Who says a quotation with no credit of its own, by the sentences around it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.i18n import N_, _
from briefer.importers.antecedents import OFFICE_SAYS, PRONOUN_HOW, possessive_credit
from briefer.importers.barenames import BARE_NAME_SUBJECT, a_name
from briefer.importers.mentions import Mention
from briefer.importers.names import surname
from briefer.importers.passages import Quote, unnamed_subject
from briefer.importers.quotecredits import foreign_minister
from briefer.importers.quotes import Quoted, find_quoted
from briefer.importers.quotespans import is_speech, is_theme, titled
from briefer.importers.release import Release
from briefer.importers.sentences import (
    SAID_VERB,
    SENTENCE_END,
    is_possessive,
    last_clause,
    mentions_between,
)
from briefer.importers.speechwords import FIRST_PERSON, SPEECH_VERBS_EN

# a credit inside a quotation whose marks are broken: "“… ,’ said Minister X, ‘…”",
# "\"Our ties … said Minister X “are …”" (machine-translated, marks mixed or left open)
_INSIDE = re.compile(
    rf"(?:^|[\s,’'\"“”‘])(?:{SPEECH_VERBS_EN}|stressed|added)\s+(?:(?:the\s+)?[\w-]+\s+){{0,4}}$"
)


_MARK = re.compile(r"[\"“”„«»‘]|’(?!\w)")  # a quotation mark, not an apostrophe


def _credit_inside(paragraph: str, span: Quoted, mentions: Sequence[Mention]) -> Mention | None:
    """Return the person a quotation left open or holding quotation marks of its own is
    credited to inside it, by a verb of speech right before their name (the credit was not
    cut out of it), else None."""
    if span.closed and not _MARK.search(span.text):
        return None
    for mention in mentions_between(mentions, span.start, span.end):
        if mention.name and _INSIDE.search(
            paragraph[max(span.start, mention.start - 60) : mention.start]
        ):
            return mention
    return None


def _unattributed(
    release: Release, index: int, span: Quoted, last_person: Mention | None, how: str
) -> tuple[Mention | None, str]:
    """Return who says a quotation that is its paragraph, with no attribution: the one person
    the sentence before names, or the one whose reported speech it goes on ("He stressed
    that …" / "“We must …”")."""
    paragraph = release.paragraphs[index]
    speaker = _reacting(release, index) if _alone(paragraph, span) else None
    if speaker is not None:
        return speaker, _(_REACTING_HOW)
    speaker = _reported_before(release, index, last_person) if _whole(paragraph, span) else None
    if speaker is None and span.closed and not paragraph[: span.start].strip(" “„\"«‘‚'"):
        speaker = _next_subject(release, index, span)
    if speaker is None and span.closed and _whole(paragraph, span):
        speaker = _protagonist_before(release, index) or _possessive_line(
            release, index, last_person
        )
    return (speaker, _(PRONOUN_HOW)) if speaker else (None, how)


def _possessive_line(release: Release, index: int, last_person: Mention | None) -> Mention | None:
    """Return whom a verbless possessive credit ending the paragraph before points to
    ("Ihr Fazit nach dem Besuch:" / "„…“", "Her message to the students:" / "“…”")."""
    if index < 1:
        return None
    text = release.paragraphs[index - 1]
    clause = last_clause(text)
    said = possessive_credit(
        clause, text, len(text) - len(clause), release.mentions(index - 1), last_person
    )
    return said.mention if said else None


# the rest of a compound subject after its first person: "Prosecutor X and his delegation
# will …", "la Secrétaire générale X et sa délégation", "X und seine Delegation"
_COMPOUND = re.compile(
    r"^\s+(?:and|et|und|y)\s+(?:his|her|their|its|sa|son|ses|leur|seine?|ihre?|su|sus)\s"
)


# the owner of a wish or a resolve, before the name: "la volonté du Procureur X",
# "the resolve of Prosecutor X", "den Willen von Präsidentin X"
_OWNER_BEFORE = re.compile(
    r"\b(?:[Oo]f|du|de la|de l['’]|de|d['’]|des|von|der|des)\s+(?:(?:the|le|la|l['’])\s*)?"
    r"(?:[A-ZÉ][\w’'-]*\s+){0,3}$"
)


def _protagonist_before(release: Release, index: int) -> Mention | None:
    """Return who says a paragraph of nothing but a closed quotation of whole sentences with
    no credit, when the last sentence before it names one person only, the first the release
    names, as its subject, in a compound subject ("X and his delegation will …") or as the
    owner of something ("The trip shows Prosecutor X's resolve to …", "la volonté du
    Procureur X"): the protagonist's words."""
    if index < 1:
        return None
    text = release.paragraphs[index - 1].rstrip()
    if not text.endswith((".", "!", "?")) or find_quoted(text):
        return None
    ends = list(SENTENCE_END.finditer(text[:-1]))
    start = ends[-1].end() if ends else 0
    named = [m for m in release.mentions(index - 1) if m.name and m.start >= start]
    if len({m.name for m in named}) != 1:
        return None
    who = named[0]
    first = next((m for i in range(index) for m in release.mentions(i) if m.name), None)
    if first is None or surname(first.name) != surname(who.name):
        return None
    lead = _SENTENCE_LEAD.match(text[start:])
    opens = who.start <= start + (lead.end() if lead else 0) + 2
    if (
        opens
        or is_possessive(text, who)
        or _COMPOUND.match(text[who.end :])
        or _OWNER_BEFORE.search(text, start, who.start)
    ):
        return first  # named in full
    return None


# the opening of a sentence before its subject: "Le 3 mars, ", "On 3 March, ", "Today, "
_SENTENCE_LEAD = re.compile(r"^[\s”»\"’'.]*(?:[A-ZÀ-Ý][^.,;:!?“”«»]{0,30},\s*)?")


def _next_subject(release: Release, index: int, span: Quoted) -> Mention | None:
    """Return the speaker of a first-person quotation opening its paragraph with no credit
    when the next sentence opens with a person as its subject ("« C'est une grande joie. »
    Le 3 mars, Lise Varnet a succédé à …"): a portrait's or interview's opening words."""
    if not (FIRST_PERSON.search(span.text) and span.text.rstrip()[-1:] in ".!?…"):
        return None
    paragraph = release.paragraphs[index]
    where, rest = index, paragraph[span.end :]
    if not rest.strip(" ”»\"’'"):
        if index + 1 >= len(release.paragraphs):
            return None
        where, rest = index + 1, release.paragraphs[index + 1]
    start = len(paragraph) - len(rest) if where == index else 0
    lead = _SENTENCE_LEAD.match(rest)
    at = start + (lead.end() if lead else 0)
    subjects = [m for m in release.mentions(where) if m.name and at <= m.start <= at + 2]
    if subjects:
        return subjects[0]
    text = release.paragraphs[where]
    bare = BARE_NAME_SUBJECT.match(text, at)
    if bare is None or not a_name(bare["name"]):
        return None
    return Mention(bare["name"], "", "", 0, 0)  # "Lise Varnet a succédé …": a name alone


# a photo's caption: "From left to right: …", "(v.l.n.r.)", "© …", "Foto: …"
_PHOTO = re.compile(
    r"(?i)\b(?:from left to right|left to right|von links nach rechts|de gauche à droite|"
    r"v\.\s?l\.\s?n\.\s?r|photo:|foto:|bild:|credit:)|©"
)


_REACTING_HOW = N_("the one person the sentence before the quotation names")


# the first person as an object: "Let me also say …", "pour moi", "il m'a dit"
_ME = re.compile(r"(?i)\b(?:me|moi)\b|\bm['’](?=\w)")


def _alone(paragraph: str, span: Quoted) -> bool:
    """Return whether a quotation in the first person is its paragraph, nothing else (its
    full stop may stand after the closing mark: "… with them”.")."""
    rest = paragraph[: span.start] + paragraph[span.end :]
    return not rest.strip(' “”„"«».!') and bool(
        FIRST_PERSON.search(span.text) or _ME.search(span.text)
    )


def _reacting(release: Release, index: int) -> Mention | None:
    """Return who speaks in a paragraph that is only a quotation with no attribution: the
    one person the last sentence before it names ("X zeigte sich sehr erfreut über …"),
    over a photo's caption between them."""
    for before in (index - 1, index - 2):
        if before < 0:
            return None
        text = release.paragraphs[before].strip()
        if (len(text.split()) <= 15 and not text.endswith((".", "!", "?", ":"))) or _PHOTO.search(
            text
        ):
            continue  # "Begegnung mit Ministerpräsident X; Bild: …": a caption
        ends = list(SENTENCE_END.finditer(text[:-1]))
        start = ends[-1].end() if ends else 0
        mentions = [m for m in release.mentions(before) if m.name and m.start >= start]
        own = find_quoted(text[start:])
        if any(
            is_speech(q.text) and not titled(q.text) and not is_theme(text[start:], q) for q in own
        ):
            return None  # words of its own: the quotation after it is no reaction to them
        if len({m.name for m in mentions}) != 1:
            paragraph = release.paragraphs[before]
            return _reporting(paragraph, len(paragraph) - len(paragraph.lstrip()) + start, mentions)
        # "He later met President Vel …": Vel is not the sentence's subject
        return None if unnamed_subject(text[start:]) else mentions[0]
    return None


def _whole(paragraph: str, span: Quoted) -> bool:
    """Return whether a quotation is its paragraph, nothing else, and a sentence of its own:
    it opens in capitals and ends in a full stop, or runs to the paragraph's end."""
    rest = paragraph[: span.start] + paragraph[span.end :]
    text = span.text.rstrip(' ”’"»')
    return (
        not rest.strip(' “”„"«».!')
        and text[:1].isupper()
        and (not span.closed or text.endswith((".", "!", "?")))
    )


def uncredited(
    release: Release,
    index: int,
    span: Quoted,
    before: Quote | None,
    last_person: Mention | None,
    how: str,
) -> tuple[Mention | None, str, bool]:
    """Return who says a quotation with no credit, how, and whether its own sentence credits
    it: the paragraph's one quotation after a quotation of no one's (_unattributed), or one
    glued to a sentence of reported speech ("She added that Norland stands ready.“Our
    friendship is solid …”"): the reported sentence's subject goes on in their own words, a
    passage of its own. A quotation whose marks are broken may hold its credit
    (_credit_inside)."""
    inside = _credit_inside(release.paragraphs[index], span, release.mentions(index))
    if inside is not None:
        return inside, "", True
    if before is None or before.speaker is None:
        speaker, how = _unattributed(release, index, span, last_person, how)
        if speaker is not None:
            return speaker, how, False
    if not _after_reported(release.paragraphs[index], span):
        return None, how, False
    reporter = _reporter(release, index, span.start, (before and before.speaker) or last_person)
    return (reporter, _(PRONOUN_HOW), True) if reporter else (None, how, False)


# what may follow a quotation that is a passage of its own: the paragraph's end, or a new
# sentence of the writer's ("… wie X erklärte. „…“ Norland ist …")
_NEXT_SENTENCE = re.compile(r"[”’\"».]*(?:\s*$|\s+[A-ZÄÖÜÀ-Ý])")


def _after_reported(paragraph: str, span: Quoted) -> bool:
    """Return whether a closed quotation of whole sentences ends its paragraph or comes
    before a new sentence, right after a sentence of the writer's: a passage with no credit
    of its own."""
    before = paragraph[: span.start].rstrip()
    text = span.text.rstrip(' ”’"»')
    return (
        span.closed
        and _NEXT_SENTENCE.match(paragraph[span.end :]) is not None
        and before.endswith((".", ":"))
        and text[:1].isupper()
        and text.endswith((".", "!", "?"))
    )


# the subject of reported speech standing for the person named before: "He stressed that
# …", "Regarding his visit, the minister said he …"
_REPORTING_SUBJECT = re.compile(
    r"(?i)(?:^|,\s*)(?:he|she|the (?:foreign )?minister|the (?:foreign )?secretary)"
    r"\s+(?:also\s+|further\s+)?$"
)


def _reported_before(release: Release, index: int, last_person: Mention | None) -> Mention | None:
    """Return who speaks in a paragraph that is only a quotation, when the paragraph before
    it ends in their reported speech: "He stressed that …" / "“We must …”"."""
    if index == 0:
        return None
    return _reporter(release, index - 1, len(release.paragraphs[index - 1]), last_person)


def _reporter(
    release: Release, index: int, end: int, last_person: Mention | None
) -> Mention | None:
    """Return the subject of the sentence of reported speech that ends paragraph `index` at
    `end`: "He stressed that …", "the minister said …", or one named right before the verb
    ("Ivo Brand also noted that …")."""
    paragraph = release.paragraphs[index][:end]
    text = paragraph.strip()
    ends = list(SENTENCE_END.finditer(text[:-1]))
    start = ends[-1].end() if ends else 0
    sentence = text[start:]
    verb = SAID_VERB.search(sentence)
    if verb is None or find_quoted(sentence) or not text.endswith((".", ":")):
        return None
    offset = len(paragraph) - len(paragraph.lstrip()) + start
    named = [m for m in release.mentions(index) if m.name and offset <= m.start < len(paragraph)]
    subject = _REPORTING_SUBJECT.search(sentence[: verb.start()])
    if subject is None:
        at = offset + verb.start()
        credited = [m for m in named if _NAMED_SUBJECT.fullmatch(paragraph[m.end : at])]
        if len(credited) == 1 and not _named_after(paragraph, at, named):
            return credited[0]  # "Ivo Brand also noted that the region is calm."
        return None
    if last_person is None:
        return None
    if named:
        return None  # "He told Minister Y that …": whose words follow is not clear
    office = OFFICE_SAYS.search(subject.group(0).lstrip(" ,"))
    if office is not None and office["office"].casefold() not in last_person.role.casefold():
        return foreign_minister(release)  # "the minister": not the president named last
    return last_person


# between a named subject and its verb of speech: ", role," or an adverb
_NAMED_SUBJECT = re.compile(r"\s*(?:,[^,.;:!?]{1,80},)?\s*(?:(?:also|further|then|again)\s+)?")


def _named_after(paragraph: str, at: int, named: Sequence[Mention]) -> bool:
    """Return whether someone is named after the verb (an object: "told Minister Y that")."""
    return any(m.start > at for m in named)


def _reporting(paragraph: str, start: int, mentions: Sequence[Mention]) -> Mention | None:
    """Return the subject of the sentence of reported speech from `start`, named right before
    its verb ("Receiving the donation, Foreign Minister X pointed out that, following Y's plan,
    …")."""
    verb = SAID_VERB.search(paragraph, start)
    if verb is None:
        return None
    return next((m for m in mentions if 0 <= verb.start() - m.end <= 2), None)
