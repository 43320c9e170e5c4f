"""Quotations and who said them: each quote gets its speaker from its own sentence.

A quote is attributed by what stands after it in its sentence ("…,” said Minister X;
"…», a déclaré M. X"; "…“, so Baerbock"; "…, she adds"), or before it ("X said:"; "Minister
X stated, “…"; "…, saying “…"). A quote with no attribution of its own continues the speaker
of the quote before it: the next in a list of quotes, the next paragraph of a long quotation.
Speech introduced by a dash ("– We stand together, says the Foreign Minister.") is read the
same way. Consecutive quotes of one speaker make one statement.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from briefer.i18n import N_, _
from briefer.importers.lexicon import (
    FIRST_PERSON,
    ROLE_PATTERN,
    SPEECH_VERBS,
    SPEECH_VERBS_EN,
    countries_in,
)
from briefer.importers.persons import Mention, surname
from briefer.importers.quotes import QUOTE_MARKS, Quoted, find_quoted
from briefer.importers.release import Release

MIN_QUOTE_WORDS = 5
_VERB = re.compile(
    rf"\b(?:{SPEECH_VERBS}|saying|adding|noting|stressing|emphasi[sz]ing|declaring|"
    r"underlining|warning|insisting|affirmant|soulignant|déclarant|ajoutant|according to|"
    r"welcomed)\b"  # "The diplomat also welcomed the vote “where things have calmed down.”"
)
# Verbs whose subject is the sentence's subject, not the nearest name: "X praised Y's
# commitment, saying “…”".
_PARTICIPLE = re.compile(
    r"\b(?:saying|adding|noting|stressing|emphasi[sz]ing|declaring|underlining|warning|"
    r"insisting|explaining|stating|concluding|affirmant|soulignant|déclarant|ajoutant|"
    r"und (?:sagte|betonte|erklärte|fügte hinzu))\b"
)
_PRONOUN = re.compile(
    r"(?i)^(?:he|she|er|sie|il|elle|the (?:foreign |defen[cs]e |prime )?minister|"
    r"the (?:secretary|spokesperson|chancellor|president)|die ministerin|der minister|"
    r"the (?:[a-z]+ )?premier|"  # "the Norland premier wrote": the prime minister named before
    r"die kanzlerin|der kanzler|le ministre|la ministre|a-t-il|a-t-elle|le président|"
    r"[a-zéèêîôûç]+(?:-t)?-(?:il|elle)|"  # an inverted verb: "souligne-t-elle", "poursuit-il"
    r"la présidente|"
    # "Poland’s top diplomat", "le chef de la diplomatie": the foreign minister named before
    r"(?:the )?(?:[a-zäöüé]+['’]s )?(?:top |chief )?diplomat|l[ea] chef(?:fe)? de la diplomatie|"
    r"(?:der |die )?chefdiplomat(?:in)?)\b"
)
# "Pour Jean Dupont, « … »", "Selon X, « … »", "Für die Ministerin X „…“", "Laut X „…“":
# whose view the quote gives
_FOR = re.compile(r"(?i)^\s*(?:pour|selon|für|laut|for|according to)\s")
_PRONOUN_BEFORE = re.compile(r"(?i)\b(?:he|she|er|sie|il|elle)\b")
_PRONOUN_SUBJECT = re.compile(r"^\s*(?:He|She|Er|Sie|Il|Elle)\s")
# a paragraph whose subject is an office: "The Deputy Minister in her statement welcomed …"
_OFFICE_SUBJECT = re.compile(
    r"^\s*The\s+(?P<office>(?:[A-Z][\w-]+\s+){0,3}?(?:Minister|Secretary|President|"
    r"Chancellor|Ambassador|High Commissioner|Governor|Premier|Chair(?:man|woman|person)?))\b"
)
# an office as the subject right before the verb: "the President has said", "der Minister"
_OFFICE_SAYS = re.compile(
    r"(?i)\b(?:the|der|die|le|la)\s+(?P<office>president|minister|secretary(?: of state)?|"
    r"chancellor|präsident(?:in)?|minister(?:in)?|kanzler(?:in)?|président(?:e)?|ministre)"
    r"\s+(?:has\s+|had\s+|hat\s+|a\s+)?(?:(?:also|later|further|then|again)\s+)?$"
)
# Spanish usage in English translations: "the Chancellor" (el Canciller), "the Secretary of
# State" stand for the foreign minister
_FOREIGN_OFFICES = ("chancellor", "secretary of state")
_FOREIGN_MINISTER = re.compile(r"(?i)\bforeign\b|\bforeign affairs\b|\bexternal\b|exterior")
# a full stop that ends a sentence: not an initial or a title ("M. Stoltenberg", "Dr. X")
_SENTENCE_END = re.compile(
    r"(?=[.!?])(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bMme)(?<!\bSt)(?<!\bJr)(?<!\bSr)"
    r"(?<!\bAmb)(?<!\bProf)(?<!\bHon)(?<!\bBrig)(?<!\bRtd)(?<!\bGen)(?<!\bCol)"
    r"[.!?](?=\s+[A-ZÄÖÜÉÀ„“\"«(]|\s*$)"
)
# Between two quotes of one list: nothing but punctuation and "and".
_JOINER = re.compile(r"^[\s,;.…–—-]*(?:(?:and|und|et|as well as|sowie)\s*)?[\s,;:.…–—-]*$")
# Speech after a dash, its attribution at the end: "– Text, says the minister."
_DASH = re.compile(r"^\s*[–—-](?:\s+|(?=[A-ZÄÖÜÉÀ]))(?P<speech>\S.*)$", re.DOTALL)  # "-The …" too
_DASH_ATTRIBUTION = re.compile(
    rf"(?:,|\s[–—-])\s*(?P<attribution>(?:{SPEECH_VERBS}|so)\b[^,;]{{0,120}}?)[.!]?\s*$"
)
_SIGNATURE = re.compile(r"^\s*[–—-]\s*(?P<who>[A-ZÄÖÜÉ][^!?]*[^.!?\s])$")
# the name a signature line starts with, after an honorific: "– L’hon. Chrystia Freeland, C.P."
_SIGNED_NAME = re.compile(
    r"(?:(?:The |L['’])?[Hh]on(?:\.|ourable|orable)\s+)?"
    r"(?P<name>[A-ZÄÖÜÉ][\w’'-]+(?:\s+[A-ZÄÖÜÉ][\w’'-]+){1,3})(?=\s*(?:,|$))"
)
_VAGUE = re.compile(
    r"(?i)\b(?:last (?:week|month|year)|earlier this (?:week|month|year)|recently|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"vergangene[nr]? (?:woche|monat|jahr)|letzte[nr]? (?:woche|monat)|kürzlich|"
    r"am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))\b"
)


@dataclass
class FoundStatement:
    """A statement found in the text, before it becomes a record."""

    speaker: Mention | None
    paragraphs: list[str]
    indices: list[int]
    date: date | None = None
    how: str = "quoted"
    undated: bool = False  # said "last week", "on Monday": no date can be given
    spans: list[tuple[int, int, int]] = field(default_factory=list)  # paragraph, start, end
    inferred: str = ""  # how the speaker was inferred; "" when the text names them

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass
class _Quote:
    """One quoted passage of a paragraph and who said it (None: nobody said)."""

    index: int
    span: Quoted
    speaker: Mention | None
    explicit: bool  # the attribution is in the quote's own sentence
    how: str = ""  # how the speaker was inferred, when the words do not name them


def quoted_statements(release: Release, body: Sequence[int]) -> list[FoundStatement]:
    """Return the statements quoted in the body paragraphs (given by index), in order."""
    paragraphs = release.paragraphs
    quotes: list[_Quote] = []
    # before anyone is named in the text, "he" or "the top diplomat" is the one person the
    # release names (in its headline: "Minister Rau attends …")
    people = {p.name: p for p in release.people if p.name}
    last_person: Mention | None = None
    if len(people) == 1:
        person = next(iter(people.values()))
        last_person = Mention(person.name, person.role, person.country, 0, 0)
    carrying = False  # a quotation left open at the end of the previous paragraph
    previous_index: int | None = None
    for position, index in enumerate(body):
        paragraph = paragraphs[index]
        mentions = release.mentions(index)
        adjacent = previous_index is not None and index == previous_index + 1
        signed = _signature(paragraph, mentions) if adjacent else None
        if signed is not None:
            # "“…”" then "– Mélanie Joly, Minister of Foreign Affairs" (Canada)
            for quote in _unsigned(quotes, previous_index):
                quote.speaker, quote.explicit, quote.how = signed, True, ""
        if carrying and adjacent:
            carrying = _goes_on(_run(paragraphs, body, position))
        spans = _spans(paragraph, carrying and adjacent)
        carrying = bool(spans) and not spans[-1].closed
        before = quotes[-1] if quotes and adjacent and quotes[-1].index == previous_index else None
        for number in range(len(spans)):
            if _jointly(paragraph, spans, number, mentions):
                continue  # "…", so die Botschaft von A, B und C: no one speaker's words
            quote = _quote(release, index, spans, number, before, last_person)
            quotes.append(quote)
            before = quote
        last_person = (
            _subject_before(paragraph, len(paragraph), mentions)
            or _office_subject(release, paragraph)
            or last_person
        )
        previous_index = index
    _attribute_back(quotes)
    _correct_misspellings(release, quotes)
    return _group(release, quotes)


def _correct_misspellings(release: Release, quotes: Sequence[_Quote]) -> None:
    """Credit a quote whose speaker is a bare family name one letter off the family name of
    one person the release names in full ("„…“, sagte Ministerin Berk." after "Anna Berg") to
    that person."""
    full = [p for p in release.people if len(p.name.split()) > 1]
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or len(speaker.name.split()) != 1 or len(speaker.name) < 4:
            continue
        written = speaker.name.casefold()
        if any(surname(p.name) == written for p in full):
            continue
        near = [p for p in full if _one_letter_off(surname(p.name), written)]
        if len(near) == 1:
            person = near[0]
            quote.speaker = Mention(
                person.name, person.role, person.country, speaker.start, speaker.end
            )


def _one_letter_off(a: str, b: str) -> bool:
    """Return whether two words differ by one letter changed, left out or added."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


_DIPLOMAT = re.compile(
    r"(?i)\b(?:the (?:[a-zäöüé]+['’]s )?(?:top |chief )?diplomat|\w+['’]s (?:top|chief) diplomat|"
    r"chef(?:fe)? de la diplomatie|"
    r"chefdiplomat(?:in)?)\b"
)
_FOREIGN_ROLE = re.compile(
    r"(?i)foreign minister|minister of foreign|außenminister|affaires étrangères"
)


def _around(paragraph: str, span: Quoted) -> str:
    """Return the words either side of a quote where its attribution stands."""
    return paragraph[max(0, span.start - 60) : span.start] + paragraph[span.end : span.end + 60]


def _foreign_minister(release: Release) -> Mention | None:
    """Return the one foreign minister the release names, else None."""
    ministers = [p for p in release.people if p.name and _FOREIGN_ROLE.search(p.role)]
    if len(ministers) != 1:
        return None
    person = ministers[0]
    return Mention(person.name, person.role, person.country, 0, 0)


def _office_subject(release: Release, paragraph: str) -> Mention | None:
    """Return the one person of the release who holds the office a paragraph opens with as
    its subject ("The Deputy Minister in her statement welcomed …"), else None."""
    office = _OFFICE_SUBJECT.match(paragraph)
    if office is None:
        return None
    folded = office["office"].casefold()
    holders = {p.name: p for p in release.people if p.name and folded in p.role.casefold()}
    if len(holders) != 1:
        return None
    person = next(iter(holders.values()))
    return Mention(person.name, person.role, person.country, 0, 0)


def _run(paragraphs: Sequence[str], body: Sequence[int], position: int) -> list[str]:
    """Return the body paragraphs from `position` on that follow one another in the text."""
    run = [paragraphs[body[position]]]
    for before, after in itertools.pairwise(body[position:]):
        if after != before + 1:
            break
        run.append(paragraphs[after])
    return run


def _quote(
    release: Release,
    index: int,
    spans: Sequence[Quoted],
    number: int,
    before: _Quote | None,
    last_person: Mention | None,
) -> _Quote:
    """Return quote `number` of a paragraph with who said it: its own attribution, else the
    quotation it goes on from, else the one person the sentence before it names."""
    paragraph, mentions, span = release.paragraphs[index], release.mentions(index), spans[number]
    speaker: Mention | None
    if before and before.speaker and _interrupted(paragraph, spans, number):
        speaker, how = before.speaker, "it goes on from the quotation before it"
    else:
        speaker, how = _own_attribution(release, index, spans, number, last_person)
    if speaker is not None and _named_later(release, index, speaker, last_person):
        # "…,” added the Chancellor.": the foreign minister named before, not the Chancellor
        # of another country whom the release names further on
        speaker, how = last_person, _(_OFFICE_HOW)
    if speaker is None or how == _(_PRONOUN_HOW):
        # "“…”, Agner said"; "Sjoberg said he …. “…”, he remarked": a name no pass knew
        bare = _bare_name_credit(release, index, spans, number)
        speaker, how = (bare, _(_FULL_NAME_HOW)) if bare else (speaker, how)
    if how == _(_PRONOUN_HOW) and _DIPLOMAT.search(_around(paragraph, span)):
        # "sagte die Chefdiplomatin Estorias": the foreign minister, not the last one named
        speaker = _foreign_minister(release) or speaker
    if how == _(_PRONOUN_HOW) and before and before.index == index and before.speaker:
        # "“A”, X said, …. “B”, he assured.": he is the speaker of the quote before
        between = _starting(mentions, before.span.end, span.start)
        speaker, how = (speaker, how) if between else (before.speaker, before.how)
    if speaker is None:
        speaker = _office_credit(release, paragraph, spans, number)
        how = _(_OFFICE_CREDIT_HOW) if speaker else how
    if speaker is None:
        speaker, how = _from_office(release, index, spans, number, before, last_person, how)
    explicit = speaker is not None
    if speaker is None and before and before.speaker and _continues(paragraph, spans, number):
        speaker, how = before.speaker, _("it goes on from the quotation before it")
    if speaker is None and (before is None or before.speaker is None):
        speaker, how = _unattributed(release, index, span, last_person, how)
    return _Quote(index, span, speaker, explicit, how)


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
    return (speaker, _(_PRONOUN_HOW)) if speaker else (None, how)


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
    bare = _BARE_NAME_SUBJECT.match(text, at)
    if bare is None or not _a_name(bare["name"]):
        return None
    return Mention(bare["name"], "", "", 0, 0)  # "Lise Varnet a succédé …": a name alone


# a subject that is a name alone, its verb after it: "Lise Varnet a succédé", "Ana Vel took"
_BARE_NAME_SUBJECT = re.compile(r"(?P<name>[A-ZÀ-Ý][\w’'-]+\s+[A-ZÀ-Ý][\w’'-]+)\s+[a-zàâéè]")


def _from_office(
    release: Release,
    index: int,
    spans: Sequence[Quoted],
    number: int,
    before: _Quote | None,
    last_person: Mention | None,
    how: str,
) -> tuple[Mention | None, str]:
    """Return who speaks in a quote its sentence credits to a document or an office, and how
    ("According to the statement, “…”": whoever signed or issued it; a document no one is
    said to have signed or issued is the office's — "“…”, the communiqué says." — not the
    last person the release names in passing; "the ministry explained that “…”")."""
    paragraph = release.paragraphs[index]
    if _from_document(paragraph, spans, number):
        if before and before.speaker:
            return before.speaker, _(_DOCUMENT_HOW)
        if _issued(release, index):
            return (last_person, _(_DOCUMENT_HOW)) if last_person else (None, how)
        return _issuing_office(release, index), _(_DOCUMENT_HOW)
    office = _office_speaks(paragraph, spans, number)
    if office:
        return _issuing_office(release, index, office), _(_DOCUMENT_HOW)
    return None, how


# a photo's caption: "From left to right: …", "(v.l.n.r.)", "© …", "Foto: …"
_PHOTO = re.compile(
    r"(?i)\b(?:from left to right|left to right|von links nach rechts|de gauche à droite|"
    r"v\.\s?l\.\s?n\.\s?r|photo:|foto:|bild:|credit:)|©"
)
_FULL_NAME_HOW = N_("the family name taken as the person named in full before")
# a family name alone credited with the quotation: "“…”, Agner said", "“…”, said Agner."
_BARE_AFTER = re.compile(
    rf"^[\s,]*(?:(?P<before>[A-Z][\w’'-]+)\s+(?:{SPEECH_VERBS_EN})\b|"
    rf"(?:{SPEECH_VERBS_EN})\s+(?P<after>[A-Z][\w’'-]+)\s*[,.;]|"
    r"(?:he|she)\s+(?:" + SPEECH_VERBS_EN + r")\b)"
)
_BARE_BEFORE = re.compile(
    rf"(?:^|,\s+)(?P<name>[A-Z][\w’'-]+)\s+(?:{SPEECH_VERBS_EN})(?:\s+that)?\s*[:,]?$"
)
# the sentence a pronoun stands in for: "Sjoberg said he was glad …. “…”, he remarked."
_BARE_SUBJECT = re.compile(r"^\s*(?P<name>[A-Z][\w’'-]+)\s+(?:[a-z]+ed|" + SPEECH_VERBS_EN + r")\b")
_DOCUMENT_HOW = N_("the one who signed or issued the document the quotation is credited to")
# a quotation credited to a document, not a person: "According to the statement, “…”",
# "“…”, the communiqué added", "Laut der Erklärung „…“", "Selon le communiqué, « … »"
_DOCUMENT = (
    r"(?:statement|communiqu[ée]|letter|message|press release|release|note|declaration|"
    r"déclaration|lettre|Erklärung|Mitteilung|Schreiben|Brief)"
)
_DOCUMENT_BEFORE = re.compile(
    rf"(?i)(?:\b(?:according to|selon|laut|gemäß)\s+(?:the|this|that|its|le|la|l['’]|der|die|"
    rf"dem|des)\s*{_DOCUMENT}\b[^.!?]{{0,40}}|\b(?:the|this|le|la|die|das)\s+{_DOCUMENT}\s+"
    r"(?:said|says|added|adds|reads|read|stated|states|continued|noted|stressed|indique|"
    r"ajoute|précise|heißt es|lautet)\b[^.!?]{0,20})[,:]?\s*$"
)
_DOCUMENT_AFTER = re.compile(
    rf"(?i)^[\s,]*(?:according to|reads|selon|laut|so)?\s*(?:the|this|le|la|l['’]|der|die|das)"
    rf"\s*{_DOCUMENT}\s+(?:said|says|added|adds|reads|read|stated|states|continued|noted|"
    r"stressed|indique|ajoute|précise)?"
)
_REACTING_HOW = N_("the one person the sentence before the quotation names")
_OFFICE_CREDIT_HOW = N_("the office credited after the quotation, held by one person named")
# the foreign minister described: "the Polish top diplomat", "the head of the Polish MFA"
TOP_DIPLOMAT = re.compile(
    r"(?i)\b(?:top diplomat|chief diplomat|head of (?:the )?(?:\w+ )?(?:MFA|foreign ministry|"
    r"diplomacy|ministry of foreign affairs)|chief of (?:\w+ )?diplomacy|"
    r"(?:chef(?:fe)?|patron(?:ne)?) (?:de la diplomatie|du ministère des affaires étrangères)|"
    r"chefdiplomat\w*)\b"
)
# an envoy named by the epithet of the office alone: "said the envoy", "a déclaré
# l'ambassadeur", "sagte der Botschafter": the one envoy the release names
_ENVOY = re.compile(
    r"(?i)^\W*(?:the|l['’]|le|la|der|die)\s*(?:[a-zäöüéè]+\s+)?(?:envoy|ambassador|diplomat|"
    r"ambassadeur|ambassadrice|diplomate|botschafter(?:in)?|gesandte[r]?|diplomat(?:in)?)\b"
)
_ENVOY_ROLE = re.compile(
    r"(?i)\b(?:envoy|ambassador|head of (?:the )?(?:[\w-]+ )?delegation|high commissioner|"
    r"representative|chargé|ambassadeur|ambassadrice|envoyé|botschafter|gesandte)"
)


def office_holder(release: Release, who: str) -> Mention | None:
    """Return the one person of the release who holds the office a credit names, in the
    country it names if it names one ("Prime Minister of Lithuania", "le chef de la
    diplomatie allemande"; a person of no known country may be of it), else None."""
    folded = who.casefold()
    countries = countries_in(who)
    named = [p for p in release.people if p.name]
    if countries:
        known = [p for p in named if (p.country or release.home) in countries]
        named = known or [p for p in named if not (p.country or release.home)]
    holders = [p for p in named if len(p.role) > 3 and p.role.casefold() in folded]
    if not holders and TOP_DIPLOMAT.search(who):
        holders = [p for p in named if "minist" in p.role.casefold()]
    if not holders and _ENVOY.match(who):
        holders = [p for p in named if _ENVOY_ROLE.search(p.role)]
    if len({p.name for p in holders}) != 1:
        return None
    person = holders[0]
    return Mention(person.name, person.role, person.country, 0, 0)


def _office_credit(
    release: Release, paragraph: str, spans: Sequence[Quoted], number: int
) -> Mention | None:
    """Return who an office credited right after a quote stands for: "…’, said Prime
    Minister of Lithuania." names no one, but one person of the release holds that office."""
    span = spans[number]
    following = spans[number + 1].start if number + 1 < len(spans) else len(paragraph)
    after = _first_clause(paragraph[span.end : following])
    verb = _VERB.match(after.lstrip(" ,–—-"))
    if verb is None:
        return None
    return office_holder(release, after.lstrip(" ,–—-")[verb.end() :][:80])


def _own_attribution(
    release: Release,
    index: int,
    spans: Sequence[Quoted],
    number: int,
    last_person: Mention | None,
) -> tuple[Mention | None, str]:
    """Return who a quote's own attribution names, in its paragraph or, cut off by a stray
    line break, at the start of the next one."""
    paragraph, mentions = release.paragraphs[index], release.mentions(index)
    speaker, how = _attribute(paragraph, spans, number, mentions, last_person)
    if speaker is None and number == len(spans) - 1:
        return _said_next_line(release, index, spans, number, last_person) or (None, how)
    return speaker, how


# a paragraph that is the attribution of the quotation closing the paragraph before, cut
# off by a stray line break: "…»" / ", a confié à la presse la ministre estorienne."
_CREDIT_LINE = re.compile(rf"^\s*[,–—-]\s*(?:{SPEECH_VERBS})\b")


def _said_next_line(
    release: Release,
    index: int,
    spans: Sequence[Quoted],
    number: int,
    last_person: Mention | None,
) -> tuple[Mention, str] | None:
    """Return who the next paragraph credits a quote with when it opens with a comma and a
    verb of speech and the quote ends its own paragraph, else None."""
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
    speaker, how = _attribute(joined, [*spans[:number], moved], number, mentions, last_person)
    if speaker is None:
        speaker = _office_credit(release, joined, [*spans[:number], moved], number)
        how = _(_OFFICE_CREDIT_HOW)
    return (speaker, how) if speaker is not None else None


def _named_later(
    release: Release, index: int, speaker: Mention, last_person: Mention | None
) -> bool:
    """Return whether a speaker found by an office alone ("the Chancellor", "the Secretary
    of State") is someone the release names only further on, while that office stands for
    the foreign minister named before (last_person)."""
    if not speaker.how or last_person is None or last_person.name == speaker.name:
        return False
    office = release.paragraphs[index][speaker.start : speaker.end].casefold()
    if not any(held in office for held in _FOREIGN_OFFICES):
        return False
    if not _FOREIGN_MINISTER.search(last_person.role):
        return False
    family = surname(speaker.name)
    return not any(family in p.casefold() for p in release.paragraphs[: index + 1])


def _bare_name_credit(
    release: Release, index: int, spans: Sequence[Quoted], number: int
) -> Mention | None:
    """Return the person a family name alone credits a quote to ("“…”, Agner said"), or
    whom "he" or "she" after it stands for when the sentence before opens with a family
    name alone ("Sjoberg said he was glad …. “…”, he remarked."): the person the release
    names in full before, when no pass knew them."""
    paragraph = release.paragraphs[index]
    span = spans[number]
    following = spans[number + 1].start if number + 1 < len(spans) else len(paragraph)
    credit = _BARE_AFTER.match(_first_clause(paragraph[span.end : following]))
    named = _FULL_AFTER.match(paragraph[span.end : following])
    if credit is None and named is not None and _a_name(named["name"]):
        return Mention(named["name"], "", "", 0, 0)  # "», a déclaré Marc Oyo.": a bare name
    lead = max(0, span.start - _SUBJECT_WINDOW)  # the sentences just before, not all
    before = paragraph[lead : span.start].rstrip()
    if credit is None:
        # "During a visit with X, Al-Harbi said that “…”": the subject before the quote
        subject = _BARE_BEFORE.search(last_clause(before).rstrip(" “”„\"«»‘’‚'"))
        return _named_in_full(release, index, subject["name"]) if subject else None
    family = credit["before"] or credit["after"]
    if family is None:
        start = lead + len(before) - len(last_clause(before))
        ends = list(_SENTENCE_END.finditer(paragraph, lead, max(start - 1, lead)))
        subject = _BARE_SUBJECT.match(paragraph, ends[-1].end() if ends else lead)
        mentions = release.mentions(index)  # in order: is anyone named before the quote?
        if subject is None or (mentions and mentions[0].start < span.start):
            return None
        family = subject["name"]
        return _named_in_full(release, index, family)
    return _named_in_full(release, index, family) or _named_by_given(release, index, family)


# a credit by a name in full no pass knew: "« … », a déclaré Marc Oyo.", "‘’…’’, assure Marc
# Oyo, le doyen des ambassadeurs", "“…,” said Ana Vel."
_FULL_AFTER = re.compile(
    rf"^[\s,–—-]*(?:{SPEECH_VERBS})\s+"
    r"(?P<name>[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){1,2})\s*(?:[,.;]|$)"
)


def _a_name(name: str) -> bool:
    """Return whether capitalised words after a speech verb are a person's name, not a role,
    a title or a country."""
    words = name.split()
    return not (
        any(w in _NOT_GIVEN or re.fullmatch(ROLE_PATTERN, w, re.IGNORECASE) for w in words)
        or countries_in(name)
    )


def _named_by_given(release: Release, index: int, given: str) -> Mention | None:
    """Return the one person written in full in the paragraphs up to `index` whose name
    opens with the given name (or chiefly title) a quote is credited to: "“…,” said Moko"
    after "Governor Moko P. S. Lanu"."""
    if given in _NOT_GIVEN or re.fullmatch(ROLE_PATTERN, given, re.IGNORECASE):
        return None
    full = re.compile(rf"\b{re.escape(given)}(?:\s+[A-Z][\w’'-]*\.?)*\s+[A-Z][\w’'-]+\b")
    names = {
        match.group(0) for text in release.paragraphs[: index + 1] for match in full.finditer(text)
    }
    if len(names) != 1 or countries_in(next(iter(names))):
        return None
    return Mention(next(iter(names)), "", "", 0, 0)


def _named_in_full(release: Release, index: int, family: str) -> Mention | None:
    """Return the one person written in full with this family name in the paragraphs up to
    `index` ("Harald Agner"), not a role, a title or a country ("Sierra Leone")."""
    full = re.compile(rf"\b(?P<given>[A-Z][a-zäöüéè’'-]+)\s+{re.escape(family)}\b")
    names = {
        f"{match['given']} {family}"
        for text in release.paragraphs[: index + 1]
        for match in full.finditer(text)
        if not re.fullmatch(ROLE_PATTERN, match["given"], re.IGNORECASE)
        and match["given"] not in _NOT_GIVEN
    }
    if len(names) != 1 or countries_in(next(iter(names))):
        return None
    return Mention(next(iter(names)), "", "", 0, 0)


# capitalised words that stand before a family name and are no given name
_NOT_GIVEN = frozenset(
    "The A An And Of Mr Mrs Ms Dr Madam Mme Sir Lady Dame Lord Herr Frau Monsieur Madame Minister "
    "Ambassador President Secretary Consul Envoy Governor Chancellor Director Spokesperson "
    "Excellency Honourable Hon Prof Professor General Colonel Captain Chairman Chairperson "
    "Deputy Vice Acting Senator Commissioner".split()
)


def _from_document(paragraph: str, spans: Sequence[Quoted], number: int) -> bool:
    """Return whether a quote's own sentence credits it to a document ("According to the
    statement, “…”", "“…”, the communiqué added")."""
    span = spans[number]
    preceding = spans[number - 1].end if number else 0
    following = spans[number + 1].start if number + 1 < len(spans) else len(paragraph)
    return bool(
        _DOCUMENT_BEFORE.search(last_clause(paragraph[preceding : span.start]))
        or _DOCUMENT_AFTER.match(paragraph[span.end : following])
    )


# a person said to have issued or signed the document a quotation is credited to: "X issued a
# statement", "a letter signed by X", "in his message", "X a publié un communiqué"
_ISSUED = re.compile(
    rf"(?i)\b(?:(?:issued|signed|released|published|sent|delivered|wrote|read out|"
    rf"a (?:publié|signé|diffusé|adressé|envoyé)|unterzeichnete?|veröffentlichte?)\b"
    rf"[^.!?]{{0,40}}\b{_DOCUMENT}|{_DOCUMENT}\s+(?:signed|issued|sent|released)\s+by|"
    rf"\b(?:his|her|seine[mrn]?|ihre[mrn]?|son|sa)\s+{_DOCUMENT})\b"
)
# an office as the subject of a verb of speech, or the owner of a wish, hope or position the
# quotation spells out: "the Estorian foreign ministry explained that “…”", "the government's
# wish “to widen trade …”", "le ministère a souligné que « … »"
_OFFICE_NOUN = (
    r"(?:ministry|government|department|foreign office|embassy|ministère|gouvernement|"
    r"ambassade|ministerium|außenministerium|regierung|bundesregierung|botschaft)"
)
_OFFICE_SPEAKS = re.compile(
    rf"(?i)\b(?:the|its|le|la|l['’]|das|die|der)\s+(?:[\w-]+\s+){{0,3}}?{_OFFICE_NOUN}"
    rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,3}})?\s+"
    rf"(?:(?:has|had|hat|a|also|further|then|aussi|également|zudem|auch)\s+)*"
    rf"(?:{SPEECH_VERBS}|underscored|recalled)(?:\s+(?:that|que|qu['’]|dass))?[\s,:]*$"
    rf"|(?i:\b(?:the|its)\s+(?:[\w-]+\s+){{0,3}}?{_OFFICE_NOUN}['’]s\s+(?:[\w-]+\s+)?"
    r"(?:wish|hope|readiness|determination|commitment|resolve|willingness|position|view|call|"
    r"desire|intention)\s*[,:]?\s*$)"
)
# the full name of an office the release gives: "the Ministry of Foreign Affairs of Estoria"
_OFFICE_NAME = re.compile(
    r"\b(?:Ministry of (?:Foreign|External) Affairs(?: and [A-Z][\w ]{2,40}?)?"
    r"(?: of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+){0,3})?|"
    r"(?:[A-Z][\w-]+ )?(?:Foreign|External) Ministry|"
    r"Government of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+){0,3}|"
    r"[Mm]inistère des Affaires étrangères(?: [\w' ]{2,40}?)?(?= [,.;:(]|[,.;:(]| et\b| a\b)|"
    r"Auswärtige[sn]? Amt|Außenministerium)"
)


_NEAR = 10  # paragraphs looked back over for a document's issuer or office


def _issued(release: Release, index: int) -> bool:
    """Return whether the release says up to paragraph `index` that a person issued or
    signed a document ("X issued a statement", "a letter signed by X")."""
    for number in range(index, max(index - _NEAR, -1), -1):
        paragraph = release.paragraphs[number]
        for match in _ISSUED.finditer(paragraph):
            start = paragraph.rfind(".", 0, match.start()) + 1
            end = paragraph.find(".", match.end())
            end = len(paragraph) if end < 0 else end
            if any(start <= m.start < end and m.name for m in release.mentions(number)):
                return True
            if match.group(0).casefold().startswith(("his", "her", "sein", "ihr", "son", "sa")):
                return True
    return False


def _office_speaks(paragraph: str, spans: Sequence[Quoted], number: int) -> str:
    """Return the office a quote's own sentence credits it to as the subject of a verb of
    speech or the owner of a wish ("the ministry explained that “…”"), else ""."""
    span = spans[number]
    preceding = spans[number - 1].end if number else 0
    before = last_clause(paragraph[preceding : span.start]).rstrip(' “„"«‘')
    match = _OFFICE_SPEAKS.search(before)
    return match.group(0) if match else ""


def _issuing_office(release: Release, index: int, phrase: str = "") -> Mention:
    """Return the office that speaks in a document no one signed: the one office the release
    names in full up to paragraph `index`, else the office the quote's sentence names, else
    an unnamed one (as a statement of an unnamed spokesperson has no speaker's name)."""
    near = (
        release.paragraphs[: min(index + 1, 3)]
        + release.paragraphs[max(3, index + 1 - _NEAR) : index + 1]
    )
    names = {match.group(0).strip() for text in near for match in _OFFICE_NAME.finditer(text)}
    if len(names) == 1:
        return Mention("", next(iter(names)), "", 0, 0)
    office = re.search(rf"(?i)(?:[\w-]+\s+){{0,3}}?{_OFFICE_NOUN}", phrase)
    role = (
        re.sub(r"(?i)^(?:the|its|le|la|l['’]|das|die|der)\s+", "", office.group(0))
        if office
        else ""
    )
    return Mention("", role, "", 0, 0)


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
        ends = list(_SENTENCE_END.finditer(text[:-1]))
        start = ends[-1].end() if ends else 0
        mentions = [m for m in release.mentions(before) if m.name and m.start >= start]
        if any(_is_speech(q.text) and not _titled(q.text) for q in find_quoted(text[start:])):
            return None  # words of its own: the quotation after it is no reaction to them
        if len({m.name for m in mentions}) != 1:
            paragraph = release.paragraphs[before]
            return _reporting(paragraph, len(paragraph) - len(paragraph.lstrip()) + start, mentions)
        return mentions[0]
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


# the subject of reported speech standing for the person named before: "He stressed that
# …", "Regarding his visit, the minister said he …"
_REPORTING_SUBJECT = re.compile(
    r"(?i)(?:^|,\s*)(?:he|she|the (?:foreign )?minister|the (?:foreign )?secretary)"
    r"\s+(?:also\s+|further\s+)?$"
)


def _reported_before(release: Release, index: int, last_person: Mention | None) -> Mention | None:
    """Return who speaks in a paragraph that is only a quotation, when the paragraph before
    it ends in their reported speech: "He stressed that …" / "“We must …”"."""
    if index == 0 or last_person is None:
        return None
    paragraph = release.paragraphs[index - 1]
    text = paragraph.strip()
    ends = list(_SENTENCE_END.finditer(text[:-1]))
    start = ends[-1].end() if ends else 0
    sentence = text[start:]
    verb = _VERB.search(sentence)
    if verb is None or find_quoted(sentence) or not text.endswith((".", ":")):
        return None
    subject = _REPORTING_SUBJECT.search(sentence[: verb.start()])
    if subject is None:
        return None
    offset = len(paragraph) - len(paragraph.lstrip()) + start
    if any(m.name for m in release.mentions(index - 1) if m.start >= offset):
        return None  # "He told Minister Y that …": whose words follow is not clear
    office = _OFFICE_SAYS.search(subject.group(0).lstrip(" ,"))
    if office is not None and office["office"].casefold() not in last_person.role.casefold():
        return _foreign_minister(release)  # "the minister": not the president named last
    return last_person


def _reporting(paragraph: str, start: int, mentions: Sequence[Mention]) -> Mention | None:
    """Return the subject of the sentence of reported speech from `start`, named right before
    its verb ("Receiving the donation, Foreign Minister X pointed out that, following Y's plan,
    …")."""
    verb = _VERB.search(paragraph, start)
    if verb is None:
        return None
    return next((m for m in mentions if 0 <= verb.start() - m.end <= 2), None)


def _attribute_back(quotes: list[_Quote]) -> None:
    """Give a quotation left open with no attribution the speaker named where it closes, in
    the next paragraph („A …" / "… B“, erklärte X): one quotation over two paragraphs."""
    for quote, after in zip(reversed(quotes[:-1]), reversed(quotes[1:]), strict=True):
        if (
            quote.speaker is None
            and not quote.span.closed
            and after.index == quote.index + 1
            and after.span.start == 0
            and after.speaker is not None
        ):
            quote.speaker, quote.how = after.speaker, after.how


def _unsigned(quotes: list[_Quote], last: int | None) -> list[_Quote]:
    """Return the unattributed quotes a signature line after paragraph `last` signs: those
    of that paragraph and of the paragraphs right before it, back to an attributed one."""
    signed: list[_Quote] = []
    index = last
    for quote in reversed(quotes):
        if quote.speaker is not None or index is None or quote.index not in (index, index - 1):
            break
        signed.append(quote)
        index = quote.index
    return signed


def _spans(paragraph: str, continuing: bool) -> list[Quoted]:
    """Return the quotations of a paragraph long enough to be statements; a paragraph that
    continues a quotation left open is quoted up to its closing mark, and speech after a
    dash up to its attribution."""
    dash = _DASH.match(paragraph)
    attribution = _DASH_ATTRIBUTION.search(paragraph) if dash else None
    if dash and attribution:
        speech = paragraph[dash.start("speech") : attribution.start()].strip()
        if len(speech.split()) >= MIN_QUOTE_WORDS:
            return [Quoted(speech, dash.start("speech"), attribution.start(), True)]
    spans = [
        q
        for q in find_quoted(paragraph)
        if (_is_speech(q.text) or _short_said(paragraph, q)) and not _phrase(paragraph, q)
    ]
    if continuing and (not spans or spans[0].start > len(paragraph) - len(paragraph.lstrip())):
        close = closing_mark(paragraph)
        end = close if close is not None else len(paragraph)
        head = Quoted(paragraph[:end].strip(), 0, end + (close is not None), close is not None)
        spans = [head, *(q for q in spans if q.start >= head.end)]
    return spans


def _goes_on(following: Sequence[str]) -> bool:
    """Return whether a quotation left open goes on into the next of the paragraphs that
    follow it: one of them re-opens with a mark, or closes it („A …" / "… B“, erklärte X)
    before a quote of its own opens. When narration opens a quote first, or none closes,
    the closing mark was forgotten and the quotation ended with its paragraph."""
    for paragraph in following:
        indent = len(paragraph) - len(paragraph.lstrip())
        if paragraph[indent : indent + 1] in QUOTE_MARKS:
            return True
        quoted = find_quoted(paragraph)
        close = closing_mark(paragraph)
        if close is not None:
            return not (quoted and quoted[0].start < close)
        if quoted:
            return False
    return False


# an attribution right after a quote: "„…“, so Borrell", "…,” said X", "», a déclaré X"
_SAID_NEXT = re.compile(rf"^[\s,–—-]*(?:{SPEECH_VERBS})\b")


def _short_said(paragraph: str, span: Quoted) -> bool:
    """Return whether a quotation too short for a statement is one all the same: a whole
    sentence in the first person credited right after it („Wir müssen deeskalieren“, so X)."""
    words = span.text.split()
    return (
        span.closed
        and 2 <= len(words) < MIN_QUOTE_WORDS
        and span.text[:1].isupper()
        and bool(FIRST_PERSON.search(span.text))
        and bool(_SAID_NEXT.match(paragraph[span.end :]))
    )


def _phrase(paragraph: str, span: Quoted) -> bool:
    """Return whether a quotation is a phrase inside the release's own sentence: it begins
    in lower case mid-sentence and the sentence goes on after it with no attribution ("X
    says there are ‘a number of omissions’ in the letter and …")."""
    if not (span.closed and span.text[:1].islower()):
        return False
    before = paragraph[max(0, span.start - 200) : span.start].rstrip(" “”„\"«»‘’‚'")
    after = paragraph[span.end : span.end + 400]
    return (
        span.closed
        and span.text[:1].islower()
        and before[-1:].isalpha()
        and after[:2].strip()[:1].isalpha()
        and _VERB.search(_first_clause(after)[:90]) is None
        and _SAID_TO.search(before[-80:]) is None
    )


# a speech verb whose object the quotation is, its hearer between: "X explained to Y “the
# deteriorating situation,” and commended …"
_SAID_TO = re.compile(
    rf"\b(?:{SPEECH_VERBS_EN}|stressing|noting|underlining|emphasi[sz]ing)\s+(?:to|à)\s+"
    r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*$"
)


def _is_speech(text: str) -> bool:
    """Return whether a quotation can be someone's words: long enough, and not a name in
    title case ("Special Strategic and Global Partnership")."""
    words = text.split()
    if len(words) < MIN_QUOTE_WORDS:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return text.rstrip()[-1:] in ".!?,;:…" or capitalised < 0.6 * len(words)


def _titled(text: str) -> bool:
    """Return whether a quotation is a name in title case: an agenda, a programme, a
    document ("Pro-Poor Agenda for Prosperity and Development (PAPD)")."""
    words = text.split()
    capitalised = sum(1 for w in words if w.lstrip("(")[:1].isupper())
    return capitalised >= 0.5 * len(words) and text.rstrip()[-1:] not in ".!?,;:…"


def _signature(paragraph: str, mentions: Sequence[Mention]) -> Mention | None:
    """Return the person a signature line names ("– Name, Role", or a line that is only a
    role and a name: "Bundestagspräsidentin Erika Beispiel"), else None."""
    text = paragraph.strip()
    whole = [m for m in mentions if m.name and m.end - m.start >= 0.8 * len(text)]
    if whole and len(text.split()) <= 8 and not text.endswith((".", "!", "?", ":")):
        return whole[0]
    if not _SIGNATURE.match(paragraph) or len(paragraph.split()) > 16:
        return None
    named = [m for m in mentions if m.name or m.role]
    if named:
        return named[0]
    signature = _SIGNATURE.match(paragraph)
    name = _SIGNED_NAME.match(signature.group("who")) if signature else None
    return Mention(name.group("name"), "", "", 0, 0) if name else None


def closing_mark(paragraph: str) -> int | None:
    """Return where a quotation carried over from the previous paragraph closes (not at an
    apostrophe: "the UK’s"), or None when it goes on."""
    singles = 0  # ‘…’ opened inside the paragraph: its ’ closes that, not the quotation
    for match in re.finditer(r"[”“\"»«’‘]", paragraph):
        before = paragraph[match.start() - 1] if match.start() else " "
        after = paragraph[match.end() : match.end() + 1]
        if match.group(0) == "‘":
            singles += 1
            continue
        if match.group(0) == "’" and after.isalpha():
            continue  # an apostrophe: "the UK’s"
        if match.group(0) == "’" and singles:
            singles -= 1
            continue
        if not before.isspace() or match.group(0) == "»":
            return match.start()
    return None


def _attribute(
    paragraph: str,
    spans: Sequence[Quoted],
    number: int,
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> tuple[Mention | None, str]:
    """Return who said quote `number` of a paragraph, from its own sentence (None if it
    does not say), and how they were inferred when a pronoun stands for them."""
    for attribution in (_said_after, _said_before):
        speaker = attribution(paragraph, spans, number, mentions, last_person)
        if speaker is not None:
            return speaker.mention, speaker.how
    return None, ""


# nothing but a list's joints between two names: ", ", " und ", ", and "
_NAMES_JOINED = re.compile(r"^\s*(?:,\s*)?(?:(?:and|und|et|sowie)\s+)?$")


def _jointly(
    paragraph: str, spans: Sequence[Quoted], number: int, mentions: Sequence[Mention]
) -> bool:
    """Return whether the attribution after a quote credits it to several people named in a
    list ("…", so die Botschaft von A, B und C; "…," said A and B): no one speaker's words."""
    span = spans[number]
    following = spans[number + 1].start if number + 1 < len(spans) else len(paragraph)
    after = _first_clause(paragraph[span.end : following])
    if _VERB.search(after[:90]) is None:
        return False
    end = span.end + len(after)
    named = [m for m in _starting(mentions, span.end, end) if m.name]
    return any(
        a.name != b.name and _NAMES_JOINED.match(paragraph[a.end : b.start])
        for a, b in itertools.pairwise(named)
    )


@dataclass(frozen=True)
class _Said:
    mention: Mention
    how: str = ""


_PRONOUN_HOW = N_("“he” or “she” taken as the last person named")
_OFFICE_HOW = N_("the office that speaks taken as the person named with it before")


def _said_after(
    paragraph: str,
    spans: Sequence[Quoted],
    number: int,
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> _Said | None:
    """Return the speaker an attribution after the quote names ("…,” said X; "…», a
    déclaré M. X"; "…,” she said)."""
    span = spans[number]
    following = spans[number + 1].start if number + 1 < len(spans) else len(paragraph)
    after = _first_clause(paragraph[span.end : following])
    if after.strip() == ".":
        after = _said_apart(paragraph[span.end : following])
    verb = _VERB.search(after[:90])
    if verb is not None and _new_sentence(span, after, verb):
        verb = None  # “… region.” In response, Minister Y stated: Y's own quote follows
    if verb is None and not (_DASH.match(paragraph) and number == 0):
        return None
    inside = _starting(mentions, span.end, span.end + len(after))
    if verb is not None and _PRONOUN.match(after.lstrip(" ,.")):
        # "…,” he said, adding that he met President X": the one named after is no speaker
        inside = [m for m in inside if m.start < span.end + verb.end() + 2]
    if inside and not _possessive(paragraph, inside[0]):
        return _Said(inside[0])
    rest = after[verb.end() :].lstrip(" ,") if verb else after
    bare = verb is not None and not after[: verb.start()].strip(" ,–—-") and not rest.strip(" .!")
    if _PRONOUN.match(after.lstrip(" ,.")) or _PRONOUN.match(rest) or bare:
        # "…, she said."; "», a déclaré." with no subject: the subject of the narration before
        return _pronoun_said(paragraph, span.start, mentions, last_person)
    return None


# a sentence that only credits the quotation before it: "She said.", "Ambassador X said as
# he handed over the keys."; not "X said that …", which reports more
_SAID_APART = re.compile(
    rf"^\.\s+(?P<who>(?:\S+\s+){{0,4}}?)(?:{SPEECH_VERBS_EN})\b(?!\s+that\b)"
    r"(?P<rest>[^.!?]*)[.!?]?\s*$"
)


def _said_apart(text: str) -> str:
    """Return the full stop after a closing mark and the short sentence after it when that
    sentence only credits the quotation (“…”. She said.), else just the full stop."""
    clause = _first_clause(text[1:])
    attribution = _SAID_APART.match("." + clause)
    if attribution is None or len(attribution["rest"].split()) > 8:
        return text[:1]
    return "." + clause


def _said_before(
    paragraph: str,
    spans: Sequence[Quoted],
    number: int,
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> _Said | None:
    """Return the speaker the words before the quote name ("X said:"; "Minister X stated,
    “…"; "sagte Außenministerin X: „…"; "X praised Y, saying “…")."""
    span = spans[number]
    preceding = spans[number - 1].end if number else 0
    before = last_clause(paragraph[preceding : span.start])
    offset = span.start - len(before)
    verbs = list(_VERB.finditer(before))
    verb = verbs[-1] if verbs else None
    if (
        verb is not None
        and len(before[verb.end() :].split()) > 6
        and not (verb.group(0) == "told" and before.rstrip().endswith((",", ":")))
        and not _own_clause(paragraph, spans[number])
    ):
        verb = None  # "stated that 2024 marks the anniversary of the “…”": a term in prose
    candidates = [
        m for m in _starting(mentions, offset, span.start) if not _possessive(paragraph, m)
    ]
    author = _recalled_author(paragraph, before, offset, span.start, mentions)
    said = (
        _Said(author)
        if author
        else _said_inverted(paragraph, before, offset, candidates, mentions, last_person)
    )
    if said is not None:
        return said  # "He recalled President X's words: “…”": X's words; "Said X: “…"
    if verb is None:
        return _said_without_verb(
            paragraph, before, offset, candidates, mentions, last_person
        ) or _fragment(paragraph, span, before, offset, mentions, last_person)
    right_after = [m for m in candidates if 0 <= m.start - (offset + verb.end()) <= 2]
    if right_after and verb.group(0) != "told":  # "X told the President:": the President hears
        return _Said(right_after[0])  # "sagte Außenministerin X:", "a déclaré M. X :"
    earlier = [m for m in candidates if m.end <= offset + verb.start()]
    holder = _office_says(before[: verb.start()], last_person)
    if holder is not None:
        # "In a message to X, the President has said “…”": the office named before, not X
        return _Said(holder, _(_OFFICE_HOW))
    if earlier:
        return _earlier_subject(paragraph, before, offset, verb, earlier, mentions, last_person)
    if _PRONOUN_BEFORE.search(before[: verb.start()][-40:]) or _DIPLOMAT.search(
        before[: verb.start()]
    ):
        return _pronoun_said(paragraph, offset, mentions, last_person)
    return None


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
) -> _Said | None:
    """Return the speaker an inverted attribution names ("Said the minister: “…"): the
    person named right after the verb, or the one "the minister" stands for."""
    if _INFINITIVE_SAID.match(before):
        # "Et d’ajouter : « … »": the subject of the narration goes on
        return _pronoun_said(paragraph, offset, mentions, last_person)
    inverted = _INVERTED.match(before)
    if inverted is None or _VERB.search(inverted["who"]) is not None:
        return None
    named = [m for m in candidates if m.start - offset < inverted.end("who") + 1]
    if named:
        return _Said(named[0])
    if _PRONOUN.match(inverted["who"]):
        return _pronoun_said(paragraph, offset, mentions, last_person)
    return None


# a circumstance before the sentence's subject: "During a visit with X, Al-Harbi said",
# "At a joint press briefing with X, the FM said", "Lors de sa visite avec X, Y a déclaré"
_CIRCUMSTANCE = re.compile(
    r"^\s*(?:During|At|In|On|After|Following|Before|While|Speaking|Addressing|Lors|Au cours|"
    r"Après|À l['’]issue|En marge|Pendant|Während|Bei|Nach|Im Rahmen)\b[^,]{3,160},\s*"
    r"(?P<subject>[^,]{1,60}?)\s*$"
)


def _earlier_subject(
    paragraph: str,
    before: str,
    offset: int,
    verb: re.Match[str],
    earlier: Sequence[Mention],
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> _Said | None:
    """Return the speaker among the people named before the speech verb: the subject of the
    sentence, not one named in a participle's clause or in a circumstance before it."""
    participle = _PARTICIPLE.search(before, verb.start())
    if participle and _PRONOUN_SUBJECT.match(before):
        # "He stated that A, B and C …; adding: “…”": he adds, not A
        return _pronoun_said(paragraph, offset, mentions, last_person)
    circumstance = _CIRCUMSTANCE.match(before[: verb.start()])
    if circumstance is not None and all(
        m.end <= offset + circumstance.start("subject") for m in earlier
    ):
        # "During a visit with X, Al-Harbi said": X is the other side; a name no pass knew
        # speaks, or the one "he" stands for
        if _PRONOUN_BEFORE.fullmatch(circumstance["subject"]) and last_person is not None:
            return _Said(last_person, _(_PRONOUN_HOW))
        return None
    return _Said(earlier[0] if participle else earlier[-1])


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


# words a fragment of someone's words hangs on in the writer's sentence: "…, which “have
# protected our people”", "in order to “meet every commitment”", "qui « … »", "afin de « … »"
_FRAGMENT_JOIN = re.compile(
    r"(?i)\b(?:which|who|that|to|qui|que|qu['’]|afin de|pour|dont|die|der|das|welche[rs]?|um)$"
)
# the subject of a sentence standing for the person named before
_SUBJECT_PRONOUN = re.compile(r"(?i)^\s*(?:he|she|the (?:foreign )?minister|il|elle|er|sie)\b")
# a sentence given as the last person's view, not as its subject's: "According to the
# minister, …", "In his opinion, …", "Today, she continued, …", "Selon lui, …", "Ihm zufolge"
_VIEW_OPENING = re.compile(
    r"(?i)^\s*(?:[\w ]{0,25},\s*)?(?:according to (?:him|her|the (?:foreign )?minister)|"
    r"in (?:his|her) (?:view|opinion|words)|(?:he|she) (?:continued|went on|added|said)|"
    r"selon (?:lui|elle|(?:le|la) ministre)|à (?:son|ses) (?:avis|yeux)|"
    r"(?:ihm|ihr) zufolge|(?:nach )?(?:seiner|ihrer) (?:Ansicht|Meinung) nach)\s*,"
)


def _fragment(
    paragraph: str,
    span: Quoted,
    before: str,
    offset: int,
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> _Said | None:
    """Return the speaker of a fragment of their words that ends the writer's sentence about
    them: lower case after a word, in the first person or hung on a relative pronoun or
    "to" ("Minister X thanked the donors for the vaccines, which “have protected our
    people”."): the subject the sentence opens with."""
    lead = before.rstrip(" “”„\"«»‘’‚'")
    after = paragraph[span.end :].lstrip(' ”’"»)')
    if not (
        span.closed
        and span.text[:1].islower()
        and lead[-1:].isalpha()
        and after[:1] in (".", "!", "?", "")
        and len(span.text.split()) >= MIN_QUOTE_WORDS
        and (FIRST_PERSON.search(span.text) or _FRAGMENT_JOIN.search(lead))
    ):
        return None
    start = offset + len(before) - len(before.lstrip())
    opening = [
        m
        for m in mentions
        if m.name and start <= m.start <= start + 40 and not _possessive(paragraph, m)
    ]
    if opening:
        return _Said(opening[0])
    pronoun = _SUBJECT_PRONOUN.match(before)
    if pronoun is None and last_person is not None and _VIEW_OPENING.match(before):
        return _Said(last_person, _(_PRONOUN_HOW))
    if pronoun is None or last_person is None:
        return None
    office = _OFFICE_SAYS.search(pronoun.group(0).strip() + " ")
    if office is not None and office["office"].casefold() not in last_person.role.casefold():
        return None
    return _Said(last_person, _(_PRONOUN_HOW))


def _said_without_verb(
    paragraph: str,
    before: str,
    offset: int,
    candidates: Sequence[Mention],
    mentions: Sequence[Mention],
    last_person: Mention | None,
) -> _Said | None:
    """Return the speaker of a quote with no speech verb before it: "Pour X, « … »", or a
    clause that ends in a colon ("Minister X: “…"; "bedankte sie sich für die Geste: „…“")."""
    view = _view_of(before, offset, candidates)
    if view is not None:
        return _Said(view)
    if not before.rstrip().endswith(":"):
        return None
    verbs = list(_VERB.finditer(before))
    lead = offset + len(before) - len(before.lstrip())
    subjects = [
        m
        for m in candidates
        if (verbs and m.end <= offset + verbs[-1].start()) or m.start <= lead + 1
    ]
    if subjects:
        # "X betont die Bedeutung des Austauschs mit dem Bundespräsidenten: „…“": the clause's
        # subject speaks, not the one spoken of at the end of it
        return _Said(subjects[-1] if verbs else subjects[0])
    if candidates:
        return _Said(candidates[-1])
    if _PRONOUN_BEFORE.search(before):
        return _pronoun_said(paragraph, offset, mentions, last_person)
    return None


def _office_says(before_verb: str, last_person: Mention | None) -> Mention | None:
    """Return who speaks when the subject right before the verb is an office ("the
    President has said") that the last person named holds."""
    office = _OFFICE_SAYS.search(before_verb)
    if office is None or last_person is None:
        return None
    held = office["office"].casefold()
    if held in last_person.role.casefold():
        return last_person
    foreign = held in _FOREIGN_OFFICES and _FOREIGN_MINISTER.search(last_person.role)
    return last_person if foreign else None


def _view_of(before: str, offset: int, candidates: Sequence[Mention]) -> Mention | None:
    """Return whose view a quote gives when the words before it are only "Pour X," or "Für
    X"."""
    if not candidates or not _FOR.match(before):
        return None
    view = candidates[0]
    return view if not before[view.end - offset :].strip(" ,") else None


def _new_sentence(span: Quoted, after: str, verb: re.Match[str]) -> bool:
    """Return whether the words after a quote that ends its sentence begin another one,
    unless they are just "Name said"."""
    if not span.text.rstrip().endswith((".", "!", "?")) or _BACK.match(after[verb.end() :]):
        return False  # "… peoples.” Minister X claimed this after …": it points back
    words = after.split()
    return bool(words) and words[0][:1].isupper() and len(after[: verb.start()].split()) > 3


# the next sentence's verb takes the quotation as its object: "X claimed this", "said so"
_BACK = re.compile(r"(?i)\s+(?:this|these words|so|dies|cela|ceci)\b")


def _continues(paragraph: str, spans: Sequence[Quoted], number: int) -> bool:
    """Return whether an unattributed quote goes on from the quote before it: the next of
    a list ("…,” “…” and “…”), the quote after the attribution of the one before ("“A,” X
    said. “B.”"), or a paragraph that opens with a quote."""
    span = spans[number]
    if number:
        between = paragraph[spans[number - 1].end : span.start]
        return bool(_JOINER.match(between)) or len(_SENTENCE_END.findall(between.strip())) <= 1
    return not paragraph[: span.start].strip(' “”„"«»–—-')


# between the two halves of one quotation, its attribution: "„A“, lobte der Botschafter, „B.“"
_INTERRUPTION = re.compile(rf"^\s*,\s*(?:{SPEECH_VERBS})\b[^.!?:;„“”\"«»]{{1,60}},\s*$")


def _interrupted(paragraph: str, spans: Sequence[Quoted], number: int) -> bool:
    """Return whether a quote is the second half of a quotation its attribution interrupts
    ("“A,” said the minister, “B.”"): the speaker of the first half says it."""
    if not number:
        return False
    return bool(_INTERRUPTION.match(paragraph[spans[number - 1].end : spans[number].start]))


def _first_clause(text: str) -> str:
    end = _SENTENCE_END.search(text)
    return text[: end.end() if end else min(len(text), 200)][:200]


def last_clause(text: str) -> str:
    """Return the last sentence of text (of its last 300 characters at most)."""
    ends = list(_SENTENCE_END.finditer(text[-300:]))
    start = len(text) - 300 + ends[-1].end() if ends and len(text) > 300 else 0
    if ends and len(text) <= 300:
        start = ends[-1].end()
    return text[start:]


def _possessive(paragraph: str, mention: Mention) -> bool:
    """Return whether a mention is a possessive ("Blinken’s commitment"): not a speaker."""
    return paragraph[mention.end : mention.end + 2] in ("’s", "'s")


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


def _pronoun_said(
    paragraph: str, position: int, mentions: Sequence[Mention], last_person: Mention | None
) -> _Said | None:
    """Return the speaker "he", "she" or a subjectless verb stands for at position: the
    subject of the narration before it, else the last person named."""
    subject = _subject_before(paragraph, position, mentions) or last_person
    return _Said(subject, _(_PRONOUN_HOW)) if subject else None


def _starting(mentions: Sequence[Mention], start: int, end: int) -> list[Mention]:
    """Return the mentions that start from start to before end: a paragraph's mentions are in
    order, so a quotation looks only at its own stretch of a long paragraph."""
    low = bisect.bisect_left(mentions, start, key=lambda m: m.start)
    high = bisect.bisect_left(mentions, end, key=lambda m: m.start)
    return list(mentions[low:high])


def _subject_before(paragraph: str, position: int, mentions: Sequence[Mention]) -> Mention | None:
    """Return who "he" or "she" stands for at position: the subject of the last sentence
    before it that names one ("Minister X met her counterpart Y. “…,” she said": X), passing
    over sentences whose people stand in a that-clause or a circumstance. A person named in a
    possessive ("he praised President Y’s government") is no subject: the pronoun keeps the
    antecedent it had. Only the text just before is read, so that a paragraph of thousands of
    quotations costs each the same."""
    window = max(0, position - _SUBJECT_WINDOW)
    named = [
        m
        for m in _starting(mentions, window, position + 1)
        if m.end <= position and (m.name or m.is_spokesperson) and not _possessive(paragraph, m)
    ]
    ends = [e.end() for e in _SENTENCE_END.finditer(paragraph, window, position)]
    for _sentence in range(_SUBJECT_SENTENCES):
        if not named:
            break
        before = bisect.bisect_right(ends, named[-1].start)
        start = ends[before - 1] if before else window
        sentence = [m for m in named if m.start >= start]
        subject = next((m for m in sentence if not _no_subject(paragraph, m)), None)
        if subject is not None:
            return subject
        named = named[: len(named) - len(sentence)]
    return None


_SUBJECT_WINDOW = 800  # characters: a few sentences, as far back as "he" reaches
_SUBJECT_SENTENCES = 4  # sentences that name someone, walked back through at most
_AROUND = 400  # characters either side of a quotation where its time may be said


def _group(release: Release, quotes: Sequence[_Quote]) -> list[FoundStatement]:
    """Join consecutive quotes of one speaker into statements."""
    paragraphs = release.paragraphs
    found: list[FoundStatement] = []
    last: _Quote | None = None
    for quote in quotes:
        if quote.speaker is None:
            last = quote
            continue
        joins = (
            found
            and last is not None
            and last.speaker is not None
            and _same(last.speaker, quote.speaker)
            and quote.index - last.index <= 1
            and (
                quote.index == last.index
                or not quote.explicit
                or _opens(paragraphs, quote)
                or (_bare(paragraphs, last) and _bare(paragraphs, quote))
                or (_credit_only(paragraphs, last) and _credit_only(paragraphs, quote))
            )
            and not _narration_between(paragraphs[quote.index], last, quote)
            and not _forgot_close(paragraphs, last, quote)
        )
        text = quote.span.text.strip()
        if joins:
            statement = found[-1]
            if quote.index == statement.indices[-1]:
                previous = statement.paragraphs[-1]
                if previous.endswith(",") and not text[:1].islower():
                    previous = previous[:-1] + "."  # “A,” she said. “B.”: two sentences
                elif previous[-1:].isalnum() and _ends_sentence(
                    paragraphs[quote.index], last, quote
                ):
                    previous += "."  # „A“, sagte sie. „B.“: the comma stood outside the mark
                statement.paragraphs[-1] = f"{previous} {text}"
            else:
                statement.paragraphs.append(text)
                statement.indices.append(quote.index)
        else:
            paragraph = paragraphs[quote.index]
            # the sentences around the quotation, not the whole of a long paragraph
            start, end = quote.span.start, quote.span.end
            outside = paragraph[max(0, start - _AROUND) : start] + paragraph[end : end + _AROUND]
            # the dates the paragraph gives outside the quotation (found once per paragraph)
            when = [
                m.value
                for m in release.dates(quote.index)
                if m.value and not quote.span.start <= m.start < quote.span.end
            ]
            found.append(
                FoundStatement(
                    speaker=quote.speaker,
                    paragraphs=[text],
                    indices=[quote.index],
                    date=when[0] if when else None,
                    undated=not when and bool(_VAGUE.search(outside)),
                    inferred=quote.how,
                )
            )
        found[-1].spans.append((quote.index, quote.span.start, quote.span.end))
        last = quote
    for statement in found:
        statement.paragraphs = [_tidy(p) for p in statement.paragraphs]
    return [s for s in found if any(p.strip() for p in s.paragraphs)]


def _forgot_close(paragraphs: Sequence[str], last: _Quote, quote: _Quote) -> bool:
    """Return whether a quotation left open at the end of its paragraph was opened in the
    writer's sentence ("… told the daily that the ties are ‘the sign of …") and the next
    paragraph's quotation has a credit of its own: the closing mark was forgotten, and the
    two are two passages."""
    if quote.index == last.index or last.span.closed or not quote.explicit:
        return False
    lead = paragraphs[last.index][: last.span.start].rstrip(" “”„\"«»‘’‚'")
    return lead[-1:].isalpha() and last.span.text[:1].islower()


def _ends_sentence(paragraph: str, last: _Quote | None, quote: _Quote) -> bool:
    """Return whether the sentence of a quote ends before the next quote of its paragraph."""
    between = paragraph[last.span.end : quote.span.start] if last else ""
    return bool(_SENTENCE_END.search(between))


# the speaker going on to a new passage: "avant de poursuivre :", "before adding:"
_GOES_ON_TO = re.compile(
    r"(?i)\b(?:avant d['’e]\s*(?:poursuivre|ajouter|conclure|préciser|enchaîner|lancer)|"
    r"before (?:adding|going on|continuing|concluding)|"
    r"bevor (?:er|sie) (?:fortfuhr|ergänzte|hinzufügte|schloss))\b"
)


def _narration_between(paragraph: str, last: _Quote, quote: _Quote) -> bool:
    """Return whether a sentence of narration stands between two quotes of one paragraph
    („A“, sagte X. Darüber hinaus … . „B“, betonte X.): two passages, not one. An
    attribution between them ("“A,” she said. “B.”") does not part them."""
    if quote.index != last.index:
        return False
    between = paragraph[last.span.end : quote.span.start]
    if _GOES_ON_TO.search(between):
        return True  # "« A », a-t-il martelé, avant de poursuivre : « B »": two passages
    lead = between.rstrip(" “”„\"«»‘’‚'")
    if (
        quote.span.text[:1].islower()
        and lead[-1:].isalpha()
        and len(between.split()) >= 3
        and not any(v.group(0) != "so" for v in _VERB.finditer(between))  # "so that"
    ):
        # "it is ‘A’ so that it can ‘B’": two fragments hung on the writer's own words
        return True
    if not _SENTENCE_END.search(between.strip()):
        # “A.” He stressed that any deal should be reached “B.”: the second quote is part of
        # a reported sentence of its own
        return last.span.text.rstrip()[-1:] in ".!?" and _reported(between)
    if _VERB.search(between) is None:
        return True
    # „A“, so X. Denn wenn es … käme, würde es schwieriger. „B.“: a sentence of its own after
    # the attribution's; "“A,” X said. He said the ministers had met last week. “B”" too
    attribution = _SENTENCE_END.search(between)
    rest = between[attribution.end() :].strip() if attribution else ""
    return _reported(rest)


_THAT = re.compile(r"\b(?:that|dass|que|qu['’])")


def _reported(text: str) -> bool:
    """Return whether text between two quotes is a sentence of its own, not an attribution
    ("She added:", "Speaking to reporters, he went on"): no speech verb, a that-clause, or
    more words than an attribution takes."""
    words = len(text.split())
    if words <= 3:
        return False
    return _VERB.search(text) is None or bool(_THAT.search(text)) or words > 10


def _bare(paragraphs: Sequence[str], quote: _Quote) -> bool:
    """Return whether a quote's paragraph holds nothing but the quote and a short
    attribution ("“…,” Berg said.", "She continued: “…”"): paragraphs of one speaker's
    passage, whichever way each is credited."""
    paragraph = paragraphs[quote.index]
    outside = paragraph[: quote.span.start] + " " + paragraph[quote.span.end :]
    if not outside.strip(' .,;“”„"«»'):
        return True  # the quotation alone
    credited = _VERB.search(outside) is not None or bool(_FOR.match(outside))
    return len(outside.split()) <= 6 and credited  # "According to the statement, “…”"


def _credit_only(paragraphs: Sequence[str], quote: _Quote) -> bool:
    """Return whether a quote's paragraph holds nothing but the quote and one attribution
    sentence of a dozen words at most ("BRIO, 3 May (Agency): Foreign Minister X said “…”",
    "“…,” he said answering questions at the ministry."): its only quote, no sentence of
    narration beside it."""
    paragraph = paragraphs[quote.index]
    outside = (paragraph[: quote.span.start] + " " + paragraph[quote.span.end :]).strip(
        ' .,;:“”„"«»'
    )
    if _VERB.search(outside) is None or len(outside.split()) > 12:
        return False
    return _SENTENCE_END.search(outside) is None and len(find_quoted(paragraph)) == 1


def _opens(paragraphs: Sequence[str], quote: _Quote) -> bool:
    """Return whether a quote opens its paragraph (a quotation going on over paragraphs)."""
    paragraph = paragraphs[quote.index]
    return not paragraph[: quote.span.start].strip(' “”„"«»–—-')


def _tidy(text: str) -> str:
    """Return a quotation as it reads on its own: a comma that gave way to the attribution
    ends the sentence."""
    text = text.strip()
    return text[:-1] + "." if text.endswith(",") else text


def _same(a: Mention, b: Mention) -> bool:
    if not a.name or not b.name:
        return a.role == b.role and a.name == b.name
    return surname(a.name) == surname(b.name)
