"""Whom "he", "she", an office ("the President has said") or a possessive ("Ihr Fazit:") stands
for: the subject of the narration before, or the last person named.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefer.i18n import N_, _
from briefer.importers.genders import role_gender
from briefer.importers.mentions import Mention
from briefer.importers.sentences import (
    SENTENCE_END,
    SUBJECT_WINDOW,
    is_possessive,
    last_clause,
    mentions_between,
)


@dataclass(frozen=True)
class Said:
    """Who spoke, and how they were inferred when a word stands for them."""

    mention: Mention
    how: str = ""


PRONOUN_HOW = N_("“he” or “she” taken as the last person named")


OFFICE_HOW = N_("the office that speaks taken as the person named with it before")


PRONOUN = re.compile(
    r"(?i)^(?:he|she|er|sie|il|elle|the (?:foreign |defen[cs]e |prime )?minister|"
    r"the (?:secretary|spokesperson|chancellor|president)|die ministerin|der minister|"
    r"the (?:[a-z]+ )?premier|"  # "the Norland premier wrote": the prime minister named before
    r"die kanzlerin|der kanzler|le ministre|la ministre|a-t-il|a-t-elle|le président|"
    r"[a-zéèêîôûç]+(?:-t)?-(?:il|elle)|"  # an inverted verb: "souligne-t-elle", "poursuit-il"
    r"la présidente|"
    # "Poland’s top diplomat", "le chef de la diplomatie": the foreign minister named before
    r"(?:the )?(?:[a-zäöüé]+['’]s )?(?:top |chief )?diplomat|l[ea] chef(?:fe)? de la diplomatie|"
    r"(?:der |die )?chefdiplomat(?:in)?)\b"
    # "la ministre déléguée", "le ministre adjoint": another office, not the minister before
    r"(?!\s+(?:délégu|adjoint))"
)


PRONOUN_SUBJECT = re.compile(r"^\s*(?:He|She|Er|Sie|Il|Elle)\s")


# an office as the subject right before the verb: "the President has said", "der Minister"
OFFICE_SAYS = re.compile(
    r"(?i)\b(?:the|der|die|le|la)\s+(?P<office>president|minister|secretary(?: of state)?|"
    r"chancellor|präsident(?:in)?|minister(?:in)?|kanzler(?:in)?|président(?:e)?|ministre)"
    r"\s+(?:has\s+|had\s+|hat\s+|a\s+)?(?:(?:also|later|further|then|again)\s+)?$"
)


# an office with no article as the subject before the verb, in the English of non-native
# writers: "As Minister said to his counterpart X: “…”", "Minister stressed: “…”"
_BARE_OFFICE_SAYS = re.compile(
    r"(?:^\s*|[,;]\s*|\b(?:[Aa]s|[Ww]hen|[Ww]hile|[Tt]hen|[Aa]nd|[Ss]o)\s+)"
    r"(?P<office>(?:(?:Prime|Foreign|Defen[cs]e)\s+)?(?:Minister|President|Secretary|Chancellor))"
    r"\s+(?:has\s+|had\s+)?(?:(?:also|later|further|then|again)\s+)?$"
)


# Spanish usage in English translations: "the Chancellor" (el Canciller), "the Secretary of
# State" stand for the foreign minister
FOREIGN_OFFICES = ("chancellor", "secretary of state")


FOREIGN_MINISTER = re.compile(r"(?i)\bforeign\b|\bforeign affairs\b|\bexternal\b|exterior")


DIPLOMAT = re.compile(
    r"(?i)\b(?:the (?:[a-zäöüé]+['’]s )?(?:top |chief )?diplomat|\w+['’]s (?:top|chief) diplomat|"
    r"chef(?:fe)? de la diplomatie|"
    r"chefdiplomat(?:in)?)\b"
)


# an epithet of the head of state as the subject of a sentence: "The Head of State also
# greeted X", "The newly elected President observed", "Le chef de l'État a salué"
HEAD_OF_STATE = re.compile(
    r"(?:^|[.!?]\s+)(?P<epithet>(?:The|Le|La|Das|Der|El)\s+(?:(?:newly[- ]elected|new|nouveau|"
    r"nouvelle|neue)\s+)?(?:Head of State|[Cc]hef de l['’]État|Staatsoberhaupt|"
    r"[Jj]efe del? Estado|President|Président|Präsident|Presidente))\s+"
    r"(?!(?:of|de|du|des|der|del|von|elect)\b)(?=[a-zéè])"
)


def office_says(before_verb: str, last_person: Mention | None) -> Mention | None:
    """Return who speaks when the subject right before the verb is an office ("the
    President has said") that the last person named holds."""
    office = OFFICE_SAYS.search(before_verb) or _BARE_OFFICE_SAYS.search(before_verb)
    if office is None or last_person is None:
        return None
    held = office["office"].casefold()
    if held in last_person.role.casefold():
        return last_person
    foreign = held in FOREIGN_OFFICES and FOREIGN_MINISTER.search(last_person.role)
    return last_person if foreign else None


# a possessive and a noun of saying or concluding, a colon before the quotation and no verb:
# "Ihr Fazit:", "Sein Appell an die Jugend:", "Her message to the students:", "His verdict
# after the debate:", "Son constat :", "Sa conclusion :", "Su conclusión:"
_SAYING_NOUNS = (
    r"message|verdict|conclusion|appeal|call|advice|assessment|view|take|promise|pledge|"
    r"warning|plea|answer|reply|response|motto|credo|summary|bottom line|words|comment|"
    r"reaction|wish|hope|demand|thanks|vision|impression|message|lesson|"
    r"Fazit|Appell|Botschaft|Bilanz|Resümee|Urteil|Forderung|Credo|Motto|Antwort|Rat|Wunsch|"
    r"Hoffnung|Mahnung|Warnung|Versprechen|Einschätzung|Schlussfolgerung|Aufruf|Plädoyer|"
    r"Kommentar|Reaktion|Dank|Worte|Devise|Anliegen|Eindruck|Lehre|Antwort|"
    r"constat|conclusion|appel|bilan|credo|verdict|conseil|souhait|espoir|avertissement|"
    r"mot d['’]ordre|réponse|réaction|analyse|plaidoyer|promesse|vœu|leitmotiv|devise|"
    r"impression|leçon|"
    r"conclusión|mensaje|llamamiento|llamado|balance|valoración|advertencia|respuesta|"
    r"reacción|consejo|deseo|promesa|lema|impresión|veredicto|lección"
)
OWN_WORDS = re.compile(
    r"(?i)^\s*(?:[\w ]{0,30},\s*)?(?P<own>her|his|ihre?|seine?|son|sa|su)\s+"
    r"(?:[\wäöüéèêà-]+\s+)?"  # "Sein klares Fazit", "Her final message", "Son dernier mot"
    rf"(?:{_SAYING_NOUNS})\b[^.!?:;“”„«»\"]{{0,80}}:\s*$"
)
_OWNER_GENDER = {"her": "f", "his": "m", "sein": "m", "seine": "m"}


def possessive_credit(
    clause: str,
    paragraph: str,
    position: int,
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> Said | None:
    """Return whom the possessive of a verbless credit points to when `clause`, at
    `position` in the paragraph, is one ("Ihr Fazit:", "Her message to the students:"),
    else None."""
    own = OWN_WORDS.match(clause)
    if own is None:
        return None
    gender = _OWNER_GENDER.get(own["own"].casefold())
    return _possessor(paragraph, position, mentions, last_person, gender)


def _possessor(
    paragraph: str,
    position: int,
    mentions: Sequence[Mention],
    last_person: Mention | None,
    gender: str | None,
) -> Said | None:
    """Return whom a possessive before a quotation points to ("Ana Lo besuchte Kiel. Sie
    traf auch Bürgermeister Jan Ost. Ihr Fazit: „…“": Lo): the named subject of the last
    sentence before it that does not open with "he" or "she", whether it stands first or
    after the verb ("An diesem Tag war die Präsidentin, Ana Lo, in Kiel."); else the
    subject of the narration before the paragraph. A person the possessive's gender does
    not fit is passed over."""
    window = max(0, position - SUBJECT_WINDOW)
    ends = [window, *(e.end() for e in SENTENCE_END.finditer(paragraph, window, position))]
    for start, end in zip(reversed(ends), [position, *reversed(ends[1:])], strict=True):
        sentence = paragraph[start:end]
        named = [
            m
            for m in mentions_between(mentions, start, end)
            if m.name and not is_possessive(paragraph, m) and not _no_subject(paragraph, m)
        ]
        if PRONOUN_SUBJECT.match(sentence) or not named:
            continue  # "Sie traf auch Bürgermeister X.": she goes on, X is her object
        fitting = [m for m in named if gender is None or role_gender(m) in ("", gender)]
        return Said(fitting[0], _(PRONOUN_HOW)) if fitting else None
    if last_person is None or (gender is not None and role_gender(last_person) not in ("", gender)):
        return None
    return Said(last_person, _(PRONOUN_HOW))


# a person named inside a that-clause or as the one whose government or success is spoken
# of: "She noted that the Prime Minister, X, had …", "the reforms of the government of
# President X", "congratulated X on …" — no new subject for "he" or "she"
_THAT_CLAUSE = re.compile(r"(?i)\b(?:that|dass|que|qu['’])\s")


_NOT_SUBJECT_BEFORE = re.compile(
    r"(?i)(?:\b(?:government|administration|gouvernement|regierung) (?:of|de|du|von|des)|"
    r"\bcongratulat\w+|\bfélicit\w+|\bgratulierte?)\s+(?:(?:the|le|la|l['’]|dem|der)\s+)?"
    r"(?:(?:[A-Z][\w-]+\s+){0,3})?$"
)


# the other side named in a circumstance that opens the sentence: "During a visit with X,"
_IN_CIRCUMSTANCE = re.compile(
    r"^\s*(?:During|At|In|On|After|Following|Before|While|Lors|Au cours|Après|En marge|"
    r"Pendant|Während|Bei|Nach)\b[^,.;]{0,120}\b(?:with|to|of|by|avec|auprès|de|du|mit|von)"
    r"\s+(?:[\w.’'-]+\s+){0,5}$"
)


def _no_subject(paragraph: str, mention: Mention) -> bool:
    """Return whether a mention stands where no sentence subject does: inside a that-clause,
    after "government of", "congratulated", or in a circumstance before the subject."""
    before = last_clause(paragraph[max(0, mention.start - 300) : mention.start])
    return bool(
        _THAT_CLAUSE.search(before)
        or _NOT_SUBJECT_BEFORE.search(before)
        or _IN_CIRCUMSTANCE.match(before)
    )


def pronoun_said(
    paragraph: str, position: int, mentions: Sequence[Mention], last_person: Mention | None
) -> Said | None:
    """Return the speaker "he", "she" or a subjectless verb stands for at position: the
    subject of the narration before it, else the last person named."""
    subject = subject_before(paragraph, position, mentions) or last_person
    return Said(subject, _(PRONOUN_HOW)) if subject else None


def subject_before(paragraph: str, position: int, mentions: Sequence[Mention]) -> Mention | None:
    """Return who "he" or "she" stands for at position: the subject of the last sentence
    before it that names one ("Minister X met her counterpart Y. “…,” she said": X), passing
    over sentences whose people stand in a that-clause or a circumstance. A person named in a
    possessive ("he praised President Y’s government") is no subject: the pronoun keeps the
    antecedent it had. Only the text just before is read, so that a paragraph of thousands of
    quotations costs each the same."""
    window = max(0, position - SUBJECT_WINDOW)
    named = [
        m
        for m in mentions_between(mentions, window, position + 1)
        if m.end <= position and (m.name or m.is_spokesperson) and not is_possessive(paragraph, m)
    ]
    ends = [e.end() for e in SENTENCE_END.finditer(paragraph, window, position)]
    for _sentence in range(_SUBJECT_SENTENCES):
        if not named:
            break
        before = bisect.bisect_right(ends, named[-1].start)
        start = ends[before - 1] if before else window
        sentence = [m for m in named if m.start >= start]
        opening = paragraph[start : sentence[0].start] if sentence else ""
        subject = next((m for m in sentence if not _no_subject(paragraph, m)), None)
        if subject is not None and not _PRONOUN_OPENS.match(opening):
            return subject
        named = named[: len(named) - len(sentence)]
    return None


# a sentence whose subject is "he" or "she", first or after the verb: "She also met Mayor
# X.", "Later, he met X.", "Dort traf sie X.", "Ensuite, elle a rencontré X.": the one
# named in it is no subject; the pronoun's antecedent goes on
_PRONOUN_OPENS = re.compile(
    r"^[\s”»\"’']*(?:(?:He|She|Er|Sie|Il|Elle)\s|"
    r"[A-ZÄÖÜÉ][\wäöüßéè]*,?\s+(?:[a-zäöüßéè]+\s+)?(?:he|she|er|sie|il|elle)\s)"
)


_SUBJECT_SENTENCES = 4  # sentences that name someone, walked back through at most
