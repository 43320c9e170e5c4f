"""Quotations and who said them: each quote gets its speaker from its own sentence.

A quote is attributed by what stands after it in its sentence ("…,” said Minister X;
"…», a déclaré M. X"; "…“, so Baerbock"; "…, she adds"), or before it ("X said:"; "Minister
X stated, “…"; "…, saying “…"). A quote with no attribution of its own continues the speaker
of the quote before it: the next in a list of quotes, the next paragraph of a long quotation.
Speech introduced by a dash ("– We stand together, says the Foreign Minister.") is read the
same way. Consecutive quotes of one speaker make one statement (passages.py). The quote's own
sentence is read in speakers.py; credits to a document or an office in credits.py; names no
pass knew in barenames.py.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from briefer.i18n import N_, _
from briefer.importers.barenames import BARE_NAME_SUBJECT, FULL_NAME_HOW, a_name, bare_name_credit
from briefer.importers.credits import (
    DOCUMENT_HOW,
    HEAD_OFFICE,
    OFFICE_CREDIT_HOW,
    document_issued,
    from_document,
    head_of_state,
    issuing_office,
    office_before,
    office_credit,
    office_holder,
    office_speaks,
    unnamed_holder,
)
from briefer.importers.lexicon import FIRST_PERSON, SPEECH_VERBS, SPEECH_VERBS_EN
from briefer.importers.mentions import Mention
from briefer.importers.names import surname
from briefer.importers.passages import FoundStatement, Quote, join_quotes, unnamed_subject
from briefer.importers.perfectcredits import perfect_credit
from briefer.importers.quotes import QUOTE_MARKS, Quoted, find_quoted
from briefer.importers.release import Release
from briefer.importers.sentences import (
    DASH,
    MIN_QUOTE_WORDS,
    SAID_VERB,
    SENTENCE_END,
    SUBJECT_WINDOW,
    first_clause,
    is_possessive,
    last_clause,
    mentions_between,
)
from briefer.importers.speakers import (
    DIPLOMAT,
    FOREIGN_MINISTER,
    FOREIGN_OFFICES,
    HEAD_OF_STATE,
    OFFICE_HOW,
    OFFICE_SAYS,
    PRONOUN_HOW,
    attribute,
    gender_of,
    genders_in,
    possessive_credit,
    pronoun_gender,
    subject_before,
)

# a paragraph whose subject is an office: "The Deputy Minister in her statement welcomed …"
_OFFICE_SUBJECT = re.compile(
    r"^\s*The\s+(?P<office>(?:[A-Z][\w-]+\s+){0,3}?(?:Minister|Secretary|President|"
    r"Chancellor|Ambassador|High Commissioner|Governor|Premier|Chair(?:man|woman|person)?))\b"
)


# Between two quotes of one list: nothing but punctuation and "and".
_JOINER = re.compile(r"^[\s,;.…–—-]*(?:(?:and|und|et|as well as|sowie)\s*)?[\s,;:.…–—-]*$")


_DASH_ATTRIBUTION = re.compile(
    rf"(?:,|\s[–—-])\s*(?P<attribution>(?:{SPEECH_VERBS}|so)\b[^,;]{{0,120}}?)[.!]?\s*$"
)


# the same credit in the order of subject and verb, as Nordic news write it: "- We will keep
# our promises, Minister Kell says.", "…, the minister said.", "…, she adds."
_DASH_CREDIT_LAST = re.compile(
    r",\s*(?P<attribution>(?:(?:[Tt]he|[Hh]e|[Ss]he|[Hh]is|[Hh]er)\s+)?"
    r"(?:(?:[A-ZÄÖÜÉ][\w’'.-]*|minister|president|secretary|chancellor|ambassador)\s+){0,5}"
    r"(?:says|said|stresses|stressed|adds|added|notes|noted|explains|explained|emphasi[sz]es|"
    r"emphasi[sz]ed|points out|pointed out|underlines|underlined|continues|continued|"
    r"concludes|concluded|believes|states|stated|tells|told)(?:\s+(?:today|on\s+[A-Z]\w+))?)"
    r"[.!]?\s*$"
)


_SIGNATURE = re.compile(r"^\s*[–—-]\s*(?P<who>[A-ZÄÖÜÉ][^!?]*[^.!?\s])$")


# the name a signature line starts with, after an honorific: "– L’hon. Chrystia Freeland, C.P."
_SIGNED_NAME = re.compile(
    r"(?:(?:The |L['’])?[Hh]on(?:\.|ourable|orable)\s+)?"
    r"(?P<name>[A-ZÄÖÜÉ][\w’'-]+(?:\s+[A-ZÄÖÜÉ][\w’'-]+){1,3})(?=\s*(?:,|$))"
)


def quoted_statements(release: Release, body: Sequence[int]) -> list[FoundStatement]:
    """Return the statements quoted in the body paragraphs (given by index), in order."""
    paragraphs = release.paragraphs
    quotes: list[Quote] = []
    # before anyone is named in the text, "he" or "the top diplomat" is the one person the
    # release names (in its headline: "Minister Rau attends …")
    people = {p.name: p for p in release.people if p.name}
    last_person: Mention | None = None
    if len(people) == 1:
        person = next(iter(people.values()))
        last_person = Mention(person.name, person.role, person.country, 0, 0)
    carrying = False  # a quotation left open at the end of the previous paragraph
    genders: dict[str, str] = {}  # each family name's gender, as the text says it
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
        thus = _thus_line(paragraph, mentions) if adjacent and signed is None else None
        if thus is not None:
            # "“…”" then "Thus Minister X on the sidelines of …", "So der Minister …"
            for quote in _unsigned(quotes, previous_index, loose=True):
                quote.speaker, quote.explicit, quote.how = thus, True, ""
        if carrying and adjacent:
            carrying = _goes_on(_run(paragraphs, body, position))
        spans = _spans(paragraph, carrying and adjacent)
        carrying = bool(spans) and not spans[-1].closed
        before = quotes[-1] if quotes and adjacent and quotes[-1].index == previous_index else None
        own = len(quotes)
        for number in range(len(spans)):
            if _jointly(paragraph, spans, number, mentions):
                continue  # "…", so die Botschaft von A, B und C: no one speaker's words
            quote = _quote(release, index, spans, number, before, last_person)
            _by_gender(release, quote, genders)
            quotes.append(quote)
            before = quote
        _credited_at_end(release, index, quotes[own:])
        subject = subject_before(paragraph, len(paragraph), mentions)
        last_person = (
            _epithet_subject(release, paragraph, subject, len(paragraph))
            or subject
            or _office_subject(release, paragraph)
            or last_person
        )
        previous_index = index
    _attribute_back(quotes)
    _correct_misspellings(release, quotes)
    return join_quotes(release, quotes)


def _credited_at_end(release: Release, index: int, quotes: Sequence[Quote]) -> None:
    """Give a quote of a paragraph left with no speaker the credit at the end of its
    sentence, when a later quotation of the same sentence is followed by it and no one is
    named between them: "Trade “will double”, and so the ministry will fund the railway “to
    reach new markets”, the minister said." (both fragments are the minister's)."""
    paragraph, mentions = release.paragraphs[index], release.mentions(index)
    for number, quote in enumerate(quotes):
        if quote.speaker is not None:
            continue
        for later in quotes[number + 1 :]:
            between = paragraph[quote.span.end : later.span.start]
            if SENTENCE_END.search(between) or any(
                m.name for m in mentions_between(mentions, quote.span.end, later.span.start)
            ):
                break
            if later.speaker is None or not later.explicit:
                continue
            credit = first_clause(paragraph[later.span.end : later.span.end + 200])
            if SAID_VERB.search(credit[:120]):
                quote.speaker, quote.explicit, quote.how = later.speaker, True, later.how
            break


_GENDER_BACK = 3  # paragraphs before a quote's own where "she" may find the woman named
_GENDER_PEOPLE = 8  # the people named last before it, looked at


def _by_gender(release: Release, quote: Quote, genders: dict[str, str]) -> None:
    """Give a quote credited by "she" or "he" to the last person named of that gender when
    the text says the one the pronoun was taken for is of the other ("Mr Kell also met Marit
    Soane. She began by saying “…”": Soane, not Kell). `genders` keeps what the text says of
    each family name, read once per release."""
    if quote.how != _(PRONOUN_HOW) or quote.speaker is None or not quote.speaker.name:
        return
    paragraph, span = release.paragraphs[quote.index], quote.span
    before = last_clause(paragraph[max(0, span.start - 300) : span.start])[-80:]
    credit = before + " " + first_clause(paragraph[span.end : span.end + 200])
    wanted = pronoun_gender(credit[:160])
    if not wanted:
        return

    if not genders:  # read once per release, when a pronoun first needs it
        texts = release.paragraphs
        genders.update(genders_in(texts, [release.mentions(i) for i in range(len(texts))]))
        genders.setdefault("", "")  # read, even when the text says nothing of anyone

    def gender(who: Mention) -> str:
        return gender_of(who, genders)

    own = gender(quote.speaker)
    if own in ("", wanted):
        return  # nothing says the pronoun is not theirs
    family = surname(quote.speaker.name)
    first = max(0, quote.index - _GENDER_BACK)
    earlier: list[Mention] = []
    for i in range(first, quote.index):
        earlier += release.mentions(i)[-_GENDER_PEOPLE:]
    near = mentions_between(release.mentions(quote.index), max(0, span.start - 800), span.start)
    earlier += [m for m in near if m.end <= span.start]
    others = [
        m for m in reversed(earlier[-_GENDER_PEOPLE:]) if m.name and surname(m.name) != family
    ]
    # the last one named of the pronoun's gender, else the last one named of no known gender
    chosen = next((m for m in others if gender(m) == wanted), None)
    chosen = chosen or next((m for m in others if not gender(m)), None)
    if chosen is not None:
        quote.speaker = chosen


def _correct_misspellings(release: Release, quotes: Sequence[Quote]) -> None:
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
    before: Quote | None,
    last_person: Mention | None,
) -> Quote:
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
        speaker, how = last_person, _(OFFICE_HOW)
    if speaker is None or how == _(PRONOUN_HOW):
        # "“…”, Agner said"; "Sjoberg said he …. “…”, he remarked": a name no pass knew
        bare = bare_name_credit(release, index, spans, number)
        speaker, how = (bare, _(FULL_NAME_HOW)) if bare else (speaker, how)
    if how == _(PRONOUN_HOW) and DIPLOMAT.search(_around(paragraph, span)):
        # "sagte die Chefdiplomatin Estorias": the foreign minister, not the last one named
        speaker = _foreign_minister(release) or speaker
    if how == _(PRONOUN_HOW) and before and before.index == index and before.speaker:
        # "“A”, X said, …. “B”, he assured.": he is the speaker of the quote before
        between = mentions_between(mentions, before.span.end, span.start)
        speaker, how = (speaker, how) if between else (before.speaker, before.how)
    if speaker is None:
        speaker = office_credit(release, paragraph, spans, number) or office_before(
            release, paragraph, spans, number
        )
        how = _(OFFICE_CREDIT_HOW) if speaker else how
    if speaker is None:
        speaker, how = _from_office(release, index, spans, number, before, last_person, how)
    explicit = speaker is not None
    if speaker is None and before and before.speaker and _continues(paragraph, spans, number):
        speaker, how = before.speaker, _("it goes on from the quotation before it")
    if speaker is None:
        speaker, how, explicit = _uncredited(release, index, span, before, last_person, how)
    return Quote(index, span, _holder(release, paragraph, speaker), explicit, how)


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


def _holder(release: Release, paragraph: str, speaker: Mention | None) -> Mention | None:
    """Return the speaker, a role named alone in the paragraph made the release's one holder
    of it ("…», a déclaré le président sénégalais": the release's president of Senegal)."""
    if speaker is None or speaker.name or speaker.start == 0:
        return speaker
    return unnamed_holder(release, paragraph, speaker) or speaker


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


def _from_office(
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


# a photo's caption: "From left to right: …", "(v.l.n.r.)", "© …", "Foto: …"
_PHOTO = re.compile(
    r"(?i)\b(?:from left to right|left to right|von links nach rechts|de gauche à droite|"
    r"v\.\s?l\.\s?n\.\s?r|photo:|foto:|bild:|credit:)|©"
)


_REACTING_HOW = N_("the one person the sentence before the quotation names")


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
    speaker, how = attribute(paragraph, spans, number, mentions, last_person)
    speaker = speaker or perfect_credit(paragraph, spans[number], mentions)  # "Das hat X betont."
    if how == _(PRONOUN_HOW) and speaker is not None:
        # "The Head of State greeted Envoy X. He said “…”": the president, not X
        own = speaker in mentions_between(mentions, speaker.start, speaker.start + 1)
        head = _epithet_subject(release, paragraph, speaker if own else None, spans[number].start)
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


def _epithet_subject(
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
    speaker, how = attribute(joined, [*spans[:number], moved], number, mentions, last_person)
    if speaker is None:
        speaker = office_credit(release, joined, [*spans[:number], moved], number)
        how = _(OFFICE_CREDIT_HOW)
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
    if not any(held in office for held in FOREIGN_OFFICES):
        return False
    if not FOREIGN_MINISTER.search(last_person.role):
        return False
    family = surname(speaker.name)
    return not any(family in p.casefold() for p in release.paragraphs[: index + 1])


# the first person as an object: "Let me also say …", "pour moi", "il m'a dit"
_ME = re.compile(r"(?i)\b(?:me|moi)\b|\bm['’](?=\w)")


def _alone(paragraph: str, span: Quoted) -> bool:
    """Return whether a quotation in the first person is its paragraph, nothing else (its
    full stop may stand after the closing mark: "… with them”.")."""
    rest = paragraph[: span.start] + paragraph[span.end :]
    return not rest.strip(' “”„"«».!') and bool(
        FIRST_PERSON.search(span.text) or _ME.search(span.text)
    )


_CROSSHEAD_WORDS = 12  # the most words of a motto set as a subheading


def _crosshead(paragraph: str, span: Quoted) -> bool:
    """Return whether a quotation standing alone is a crosshead, a motto or slogan set
    between the paragraphs as a subheading (“We are all part of one Europe”, „Wir sind
    Europa“, « Nous sommes l'Europe »): closed, short, and with no sentence end inside or
    after it."""
    text = span.text.strip(' “”„"«»‘’‚')
    return (
        span.closed
        and len(text.split()) <= _CROSSHEAD_WORDS
        and not SENTENCE_END.search(text)
        and not text.endswith((".", "!", "?", "…", ":", ";", ","))
        and not paragraph[span.end :].strip(' ”’"»')
        and not paragraph[: span.start].strip(' “„"«‘‚')
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
            _is_speech(q.text) and not _titled(q.text) and not _named(text[start:], q) for q in own
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


def _uncredited(
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
        return _foreign_minister(release)  # "the minister": not the president named last
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


def _attribute_back(quotes: list[Quote]) -> None:
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


def _unsigned(quotes: list[Quote], last: int | None, loose: bool = False) -> list[Quote]:
    """Return the unattributed quotes a signature line after paragraph `last` signs: those
    of that paragraph and of the paragraphs right before it, back to an attributed one (or,
    `loose`, back to one its own sentence credits)."""
    signed: list[Quote] = []
    index = last
    for quote in reversed(quotes):
        credited = quote.explicit if loose else quote.speaker is not None
        if credited or index is None or quote.index not in (index, index - 1):
            break
        signed.append(quote)
        index = quote.index
    return signed


# a line after a quotation that names who said it with no verb, or a verb after the
# adverb: "Thus Minister X on the sidelines of …", "These were the words of X", "So der
# Minister am Rande …", "Ainsi (s'est exprimé) le ministre …", "Así lo expresó el ministro …",
# "Così il Ministro …"
_THUS = re.compile(
    r"^\s*(?:(?:Thus|So)(?:\s+(?:said|spoke|concluded|stated))?|"
    r"(?:These|Those|Such) were the words of|This was (?:said|stated) by|"
    r"Ainsi(?:\s+(?:s['’]est exprimée?|a (?:parlé|conclu|déclaré|résumé)))?|"
    r"(?:Tels|Ce) (?:sont|furent|étaient) les (?:propos|mots|paroles) de|"
    r"So|Soweit|Das sagte|Dies sagte|Così|"
    r"Así(?:\s+(?:lo|se)\s+(?:expresó|señaló|afirmó|indicó|manifestó|dijo|destacó|subrayó))?|"
    r"(?:Estas|Esas) fueron las palabras de)"
    r"(?=[\s,]+(?:[A-ZÄÖÜÉ]|l['’]|(?:the|his|her|our|der|die|le|la|il|el)\b))"
)


def _thus_line(paragraph: str, mentions: Sequence[Mention]) -> Mention | None:
    """Return the person a short one-sentence line naming who said the quotation before it
    names right after its opening ("Thus Minister X on the sidelines of the talks."), else
    None."""
    opening = _THUS.match(paragraph)
    if opening is None or len(paragraph.split()) > 30:
        return None
    if SENTENCE_END.search(paragraph.rstrip().rstrip(".!")):
        return None
    named = [m for m in mentions if m.name]
    if not named or named[0].start > opening.end() + 45:
        return None
    return named[0]


def _spans(paragraph: str, continuing: bool) -> list[Quoted]:
    """Return the quotations of a paragraph long enough to be statements; a paragraph that
    continues a quotation left open is quoted up to its closing mark, and speech after a
    dash up to its attribution."""
    dash = DASH.match(paragraph)
    attribution = _DASH_ATTRIBUTION.search(paragraph) if dash else None
    if dash and attribution is None:
        last = _DASH_CREDIT_LAST.search(paragraph)
        spoken = paragraph[: last.start()] if last else ""
        attribution = last if FIRST_PERSON.search(spoken) else None
    if dash and attribution:
        speech = paragraph[dash.start("speech") : attribution.start()].strip()
        if len(speech.split()) >= MIN_QUOTE_WORDS:
            return [Quoted(speech, dash.start("speech"), attribution.start(), True)]
    spans = [
        _closed_by_other_mark(paragraph, q)
        for q in find_quoted(paragraph)
        if (_is_speech(q.text) or _short_said(paragraph, q))
        and not _phrase(paragraph, q)
        and not _named(paragraph, q)
    ]
    if continuing and (not spans or spans[0].start > len(paragraph) - len(paragraph.lstrip())):
        close = closing_mark(paragraph)
        end = close if close is not None else len(paragraph)
        head = Quoted(paragraph[:end].strip(), 0, end + (close is not None), close is not None)
        spans = [head, *(q for q in spans if q.start >= head.end)]
    if len(spans) == 1 and _crosshead(paragraph, spans[0]):
        return []  # “We are all Europe”: a subheading, no one's words, no continuation
    return spans


# a credit inside a quotation: "… said Minister Ana Lo “…"
_INNER_CREDIT = re.compile(rf"[\s,’'](?:{SPEECH_VERBS_EN})\s+(?:[A-Z][\w’'-]+\s+){{1,5}}\S")
_OTHER_CLOSE = re.compile(r"[”»]|’(?!\w)")


def _closed_by_other_mark(paragraph: str, span: Quoted) -> Quoted:
    """Return a quotation left open by its straight mark closed at the last curly mark in
    it, when its credit stands inside it (machine-translated marks: "\"Our ties said
    Minister X “are the basis …” stressing …"), else the quotation as it is."""
    if span.closed or not _INNER_CREDIT.search(span.text):
        return span
    closes = list(_OTHER_CLOSE.finditer(span.text))
    if not closes:
        return span
    close = closes[-1]
    cut = len(span.text) - close.start()  # the characters after the mark's start
    return Quoted(span.text[: close.start()].rstrip(), span.start, span.end - cut + 1, True)


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


# a quotation that is the name of a theme, motto, slogan or title, right after the word for
# it: "under the theme (of) “…”", "the motto “…”", "entitled “…”", "sous le thème « … »",
# "intitulée « … »", "unter dem Motto „…“", "mit dem Titel „…“", "bajo el lema “…”"
_NAMED = re.compile(
    r"(?i)\b(?:theme|motto|slogan|banner|tagline|title|entitled|titled|headed|dubbed|"
    r"thème|devise|intitulée?s?|slogan|mot d['’]ordre|motto|leitmotiv|titel|betitelt|"
    r"überschrieben|lema|tema|título|titulad[oa])"
    r"(?:\s+(?:of|de|du|des|:))?\s*[:,]?\s*[“”„\"«»‘’‚']?\s*$"
)


def _named(paragraph: str, span: Quoted) -> bool:
    """Return whether a quotation is the name of a theme, motto or title ("under the theme
    “…”"), which no one says."""
    return _NAMED.search(paragraph[max(0, span.start - 60) : span.start]) is not None


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
        and SAID_VERB.search(first_clause(after)[:90]) is None
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


# nothing but a list's joints between two names: ", ", " und ", ", and "
_NAMES_JOINED = re.compile(r"^\s*(?:,\s*)?(?:(?:and|und|et|sowie)\s+)?$")


def _jointly(
    paragraph: str, spans: Sequence[Quoted], number: int, mentions: Sequence[Mention]
) -> bool:
    """Return whether the attribution after a quote credits it to several people named in a
    list ("…", so die Botschaft von A, B und C; "…," said A and B): no one speaker's words."""
    span = spans[number]
    following = spans[number + 1].start if number + 1 < len(spans) else len(paragraph)
    after = first_clause(paragraph[span.end : following])
    if SAID_VERB.search(after[:90]) is None:
        return False
    end = span.end + len(after)
    named = [m for m in mentions_between(mentions, span.end, end) if m.name]
    return any(
        a.name != b.name and _NAMES_JOINED.match(paragraph[a.end : b.start])
        for a, b in itertools.pairwise(named)
    )


def _continues(paragraph: str, spans: Sequence[Quoted], number: int) -> bool:
    """Return whether an unattributed quote goes on from the quote before it: the next of
    a list ("…,” “…” and “…”), the quote after the attribution of the one before ("“A,” X
    said. “B.”"), or a paragraph that opens with a quote."""
    span = spans[number]
    if number:
        between = paragraph[spans[number - 1].end : span.start]
        return bool(_JOINER.match(between)) or len(SENTENCE_END.findall(between.strip())) <= 1
    return not paragraph[: span.start].strip(' “”„"«»–—-')


# between the two halves of one quotation, its attribution: "„A“, lobte der Botschafter, „B.“"
_INTERRUPTION = re.compile(rf"^\s*,\s*(?:{SPEECH_VERBS})\b[^.!?:;„“”\"«»]{{1,60}},\s*$")


def _interrupted(paragraph: str, spans: Sequence[Quoted], number: int) -> bool:
    """Return whether a quote is the second half of a quotation its attribution interrupts
    ("“A,” said the minister, “B.”"): the speaker of the first half says it."""
    if not number:
        return False
    return bool(_INTERRUPTION.match(paragraph[spans[number - 1].end : spans[number].start]))
