"""Who a quotation's own sentence says spoke it: the attribution after it (trailingcredits.py),
else the one before it ("X said:"; "Said the minister: “…"; "Pour X, « … »"), or the subject of
the writer's sentence a fragment of the speaker's words ends (fragments.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.i18n import _
from briefer.importers.antecedents import (
    DIPLOMAT,
    OFFICE_HOW,
    OWN_WORDS,
    PRONOUN,
    PRONOUN_HOW,
    PRONOUN_SUBJECT,
    Said,
    office_says,
    possessive_credit,
    pronoun_said,
)
from briefer.importers.fragments import said_in_fragment
from briefer.importers.mentions import Mention
from briefer.importers.quotes import Quoted
from briefer.importers.sentences import (
    SAID_VERB,
    WHOSE_VIEW,
    is_possessive,
    last_clause,
    mentions_between,
)
from briefer.importers.speechwords import SPEECH_VERBS_EN
from briefer.importers.trailingcredits import said_after

# Verbs whose subject is the sentence's subject, not the nearest name: "X praised Y's
# commitment, saying “…”".
_PARTICIPLE = re.compile(
    r"\b(?:saying|adding|noting|stressing|emphasi[sz]ing|declaring|underlining|warning|"
    r"insisting|explaining|stating|concluding|affirmant|soulignant|déclarant|ajoutant|"
    r"und (?:sagte|betonte|erklärte|fügte hinzu))\b"
)


_PRONOUN_BEFORE = re.compile(r"(?i)\b(?:he|she|er|sie|il|elle)\b")


def attribute(
    paragraph: str,
    spans: Sequence[Quoted],
    number: int,
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> tuple[Mention | None, str]:
    """Return who said quote `number` of a paragraph, from its own sentence (None if it
    does not say), and how they were inferred when a pronoun stands for them."""
    for attribution in (said_after, _said_before):
        speaker = attribution(paragraph, spans, number, mentions, last_person)
        if speaker is not None:
            return speaker.mention, speaker.how
    return None, ""


def _said_before(
    paragraph: str,
    spans: Sequence[Quoted],
    number: int,
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> Said | None:
    """Return the speaker the words before the quote name ("X said:"; "Minister X stated,
    “…"; "sagte Außenministerin X: „…"; "X praised Y, saying “…")."""
    span = spans[number]
    preceding = spans[number - 1].end if number else 0
    before = last_clause(paragraph[preceding : span.start])
    offset = span.start - len(before)
    verbs = list(SAID_VERB.finditer(before))
    verb = verbs[-1] if verbs else None
    if (
        verb is not None
        and len(before[verb.end() :].split()) > 6
        and not (verb.group(0) == "told" and before.rstrip().endswith((",", ":")))
        and not _own_clause(paragraph, spans[number])
        and not _said_at_that(before[verb.end() :], spans[number])
    ):
        verb = None  # "stated that 2024 marks the anniversary of the “…”": a term in prose
    candidates = [
        m for m in mentions_between(mentions, offset, span.start) if not is_possessive(paragraph, m)
    ]
    author = _recalled_author(paragraph, before, offset, span.start, mentions)
    said = (
        Said(author)
        if author
        else _said_inverted(paragraph, before, offset, candidates, mentions, last_person)
    )
    if said is not None:
        return said  # "He recalled President X's words: “…”": X's words; "Said X: “…"
    if verb is None:
        return _said_without_verb(
            paragraph, before, offset, candidates, mentions, last_person
        ) or said_in_fragment(paragraph, span, before, offset, mentions, last_person)
    right_after = [m for m in candidates if 0 <= m.start - (offset + verb.end()) <= 2]
    if right_after and verb.group(0) != "told":  # "X told the President:": the President hears
        return Said(right_after[0])  # "sagte Außenministerin X:", "a déclaré M. X :"
    earlier = [m for m in candidates if m.end <= offset + verb.start()]
    holder = office_says(before[: verb.start()], last_person)
    if holder is not None:
        # "In a message to X, the President has said “…”": the office named before, not X
        return Said(holder, _(OFFICE_HOW))
    if earlier:
        return _earlier_subject(paragraph, before, offset, verb, earlier, mentions, last_person)
    if _PRONOUN_BEFORE.search(before[: verb.start()][-40:]) or DIPLOMAT.search(
        before[: verb.start()]
    ):
        return pronoun_said(paragraph, offset, mentions, last_person)
    return None


# the end of a credit whose verb stands further back: "a déclaré lors du forum de Brio tenu
# du 3 au 5 mai que, « … »", "said at the summit held in Brio on 3 May that “…”"
_THAT_BEFORE = re.compile(r"(?i)\b(?:que|qu['’]|that|dass)\s*[,:]?\s*$")
_THAT_WORD = re.compile(r"(?i)\b(?:que|qu['’]|that|dass)\b")


def _said_at_that(between: str, span: Quoted) -> bool:
    """Return whether the words between a verb of speech and a quotation are where and when
    it was said, ending in "that": the quotation of whole sentences is what was said."""
    text = span.text.rstrip(' ”’"»')
    return (
        len(between.split()) <= 20
        and _THAT_BEFORE.search(between) is not None
        and len(_THAT_WORD.findall(between)) == 1  # not "said that X … that “…”"
        and text[:1].isupper()
        and text.endswith((".", "!", "?"))
    )


# an attribution in the inverted order of the press, before the quotation: "Said the
# minister: “…", "Added Foreign Minister X, “…"
_INVERTED = re.compile(
    rf"^\s*(?=[A-Z])(?i:{SPEECH_VERBS_EN})\s+"
    r"(?P<who>[^.!?:;“”\"«»]{3,80}?)\s*[:,]\s*$"
)


# the French press's narrative infinitive: "Et d’ajouter :", "Et le ministre de conclure :"
_INFINITIVE_SAID = re.compile(
    r"(?i)^\s*et\s+(?:(?:le|la)\s+(?:ministre|président|présidente|chef de la diplomatie)\s+)?"
    r"d(?:e\s+|['’]\s*)(?:ajouter|conclure|poursuivre|préciser|souligner|insister|rappeler|"
    r"expliquer|lancer|affirmer|marteler|indiquer|renchérir|résumer)\s*[:,]\s*$"
)


def _said_inverted(
    paragraph: str,
    before: str,
    offset: int,
    candidates: Sequence[Mention],
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> Said | None:
    """Return the speaker an inverted attribution names ("Said the minister: “…"): the
    person named right after the verb, or the one "the minister" stands for."""
    if _INFINITIVE_SAID.match(before):
        # "Et d’ajouter : « … »": the subject of the narration goes on
        return pronoun_said(paragraph, offset, mentions, last_person)
    inverted = _INVERTED.match(before)
    if inverted is None or SAID_VERB.search(inverted["who"]) is not None:
        return None
    named = [m for m in candidates if m.start - offset < inverted.end("who") + 1]
    if named:
        return Said(named[0])
    if PRONOUN.match(inverted["who"]):
        return pronoun_said(paragraph, offset, mentions, last_person)
    return None


# a circumstance before the sentence's subject: "During a visit with X, Al-Harbi said",
# "At a joint press briefing with X, the FM said", "Lors de sa visite avec X, Y a déclaré"
_CIRCUMSTANCE = re.compile(
    r"^\s*(?:During|At|In|On|After|Following|Before|While|Speaking|Addressing|Lors|Au cours|"
    r"Après|À l['’]issue|En marge|Pendant|Während|Bei|Nach|Im Rahmen)\b[^,]{3,160},\s*"
    r"(?P<subject>[^,]{1,60}?)\s*$"
)


# a verb of speech coordinated with the sentence's first verb: "… and said", "… und sagte",
# "… et a déclaré"
_AND_BEFORE = re.compile(r"\b(?:and|und|et)\s+$")


def _earlier_subject(
    paragraph: str,
    before: str,
    offset: int,
    verb: re.Match[str],
    earlier: Sequence[Mention],
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> Said | None:
    """Return the speaker among the people named before the speech verb: the subject of the
    sentence, not one named in a participle's clause or in a circumstance before it."""
    participle = _PARTICIPLE.search(before, verb.start())
    # "X wished Y success and said “…”": the second verb has the subject of the first
    participle = participle or _AND_BEFORE.search(before, 0, verb.start())
    if participle and PRONOUN_SUBJECT.match(before):
        # "He stated that A, B and C …; adding: “…”": he adds, not A
        return pronoun_said(paragraph, offset, mentions, last_person)
    circumstance = _CIRCUMSTANCE.match(before[: verb.start()])
    if circumstance is not None and all(
        m.end <= offset + circumstance.start("subject") for m in earlier
    ):
        # "During a visit with X, Al-Harbi said": X is the other side; a name no pass knew
        # speaks, or the one "he" stands for
        if _PRONOUN_BEFORE.fullmatch(circumstance["subject"]) and last_person is not None:
            return Said(last_person, _(PRONOUN_HOW))
        return None
    return Said(earlier[0] if participle else earlier[-1])


# words a speaker recalls or quotes, and their author: "recalled President X's words at the
# summit: “…”", "a rappelé les propos du président X :", "erinnerte an die Worte von X:"
_RECALLS = re.compile(
    r"(?i)\b(?:recall(?:ed|s|ing)|quot(?:ed|es|ing)|cit(?:ed|es|ing)|repeat(?:ed|ing)|"
    r"a (?:rappelé|cité|repris)|rappel(?:le|ant)|cit(?:e|ant)|zitierte?|erinnerte an|"
    r"erinnert an)\b"
)


_WORDS = r"(?:words|remarks|statement|speech|message|appeal|call|propos|paroles|mots|"


_WORDS += r"déclaration|message|appel|Worte|Äußerung|Rede|Aufruf)"


_WORDS_AFTER = re.compile(rf"^['’]s\s+(?:own\s+|famous\s+|recent\s+)?{_WORDS}\b")


_WORDS_BEFORE = re.compile(
    rf"(?i){_WORDS}\s+(?:of|de|du|des|d['’]|von|des|der)\s*(?:(?:the|le|la|l['’]|dem|der)\s+)?$"
)


def _recalled_author(
    paragraph: str, before: str, offset: int, end: int, mentions: Sequence[Mention]
) -> Mention | None:
    """Return the author of words the subject recalls or quotes, when the clause before the
    quote names them as such ("He recalled President X's words: “…”"), else None."""
    recalls = _RECALLS.search(before)
    if recalls is None:
        return None
    after = offset + recalls.end()
    for mention in mentions:
        if not (after <= mention.start < end and mention.name):
            continue
        if _WORDS_AFTER.match(paragraph[mention.end :]) or _WORDS_BEFORE.search(
            paragraph[after : mention.start]
        ):
            return mention
    return None


# a quoted clause in the speaker's first person: "… and that it is right that “we welcome …”"
_OWN_OPENING = re.compile(r"(?i)^\W*(?:I|we|my|our|ich|wir|je|j['’]|nous)\b")


def _own_clause(paragraph: str, span: Quoted) -> bool:
    """Return whether a quote ending a reported sentence is the speaker's words, not a term in
    prose: it opens with a pronoun of the first person and ends the sentence."""
    if not _OWN_OPENING.match(span.text):
        return False
    after = paragraph[span.end :].lstrip(' ”“"»')
    return span.text.rstrip()[-1:] in ".!?" or after[:1] in (".", "!", "?", "")


def _said_without_verb(
    paragraph: str,
    before: str,
    offset: int,
    candidates: Sequence[Mention],
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> Said | None:
    """Return the speaker of a quote with no speech verb before it: "Pour X, « … »", or a
    clause that ends in a colon ("Minister X: “…"; "bedankte sie sich für die Geste: „…“")."""
    view = _view_of(before, offset, candidates)
    if view is not None:
        return Said(view)
    if not before.rstrip().endswith(":"):
        return None
    if OWN_WORDS.match(before):
        # "Ihr Fazit: „…“", "His message to the students: “…”", "Son constat : « … »"
        return possessive_credit(before, paragraph, offset, mentions, last_person)
    verbs = list(SAID_VERB.finditer(before))
    lead = offset + len(before) - len(before.lstrip())
    subjects = [
        m
        for m in candidates
        if (verbs and m.end <= offset + verbs[-1].start()) or m.start <= lead + 1
    ]
    if subjects:
        # "X betont die Bedeutung des Austauschs mit dem Bundespräsidenten: „…“": the clause's
        # subject speaks, not the one spoken of at the end of it
        return Said(subjects[-1] if verbs else subjects[0])
    if candidates:
        return Said(candidates[-1])
    if _PRONOUN_BEFORE.search(before):
        return pronoun_said(paragraph, offset, mentions, last_person)
    return None


def _view_of(before: str, offset: int, candidates: Sequence[Mention]) -> Mention | None:
    """Return whose view a quote gives when the words before it are only "Pour X," or "Für
    X"."""
    if not candidates or not WHOSE_VIEW.match(before):
        return None
    view = candidates[0]
    return view if not before[view.end - offset :].strip(" ,") else None
