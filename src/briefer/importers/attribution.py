"""Quotations and who said them: each quote gets its speaker from its own sentence.

A quote is attributed by what stands after it in its sentence ("…,” said Minister X;
"…», a déclaré M. X"; "…“, so Baerbock"; "…, she adds"), or before it ("X said:"; "Minister
X stated, “…"; "…, saying “…"). A quote with no attribution of its own continues the speaker
of the quote before it: the next in a list of quotes, the next paragraph of a long quotation.
Speech introduced by a dash ("– We stand together, says the Foreign Minister.") is read the
same way. Consecutive quotes of one speaker make one statement (passages.py). Which quotations
are someone's words is read in quotespans.py; the quote's own sentence in speakers.py and what
its credit names in quotecredits.py; credits to a document or an office in credits.py; a
quotation with no credit of its own in uncreditedquotes.py; lines that sign the quotation
before them in creditlines.py; a pronoun's gender and misspelt names in speakercorrections.py;
names no pass knew in barenames.py.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from briefer.i18n import _
from briefer.importers.antecedents import (
    DIPLOMAT,
    FOREIGN_MINISTER,
    FOREIGN_OFFICES,
    OFFICE_HOW,
    PRONOUN_HOW,
    subject_before,
)
from briefer.importers.barenames import FULL_NAME_HOW, bare_name_credit
from briefer.importers.creditlines import signer, thus_line, unsigned
from briefer.importers.credits import (
    OFFICE_CREDIT_HOW,
    office_before,
    office_credit,
    unnamed_holder,
)
from briefer.importers.mentions import Mention
from briefer.importers.names import surname
from briefer.importers.passages import FoundStatement, Quote, join_quotes
from briefer.importers.quotecredits import (
    epithet_subject,
    foreign_minister,
    from_office,
    own_attribution,
)
from briefer.importers.quotes import Quoted
from briefer.importers.quotespans import goes_on, statement_spans
from briefer.importers.release import Release
from briefer.importers.sentences import SAID_VERB, SENTENCE_END, first_clause, mentions_between
from briefer.importers.speakercorrections import by_gender, correct_misspellings
from briefer.importers.speechwords import SPEECH_VERBS
from briefer.importers.uncreditedquotes import uncredited

# a paragraph whose subject is an office: "The Deputy Minister in her statement welcomed …"
_OFFICE_SUBJECT = re.compile(
    r"^\s*The\s+(?P<office>(?:[A-Z][\w-]+\s+){0,3}?(?:Minister|Secretary|President|"
    r"Chancellor|Ambassador|High Commissioner|Governor|Premier|Chair(?:man|woman|person)?))\b"
)


# Between two quotes of one list: nothing but punctuation and "and".
_JOINER = re.compile(r"^[\s,;.…–—-]*(?:(?:and|und|et|as well as|sowie)\s*)?[\s,;:.…–—-]*$")


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
        signed = signer(paragraph, mentions) if adjacent else None
        if signed is not None:
            # "“…”" then "– Mélanie Joly, Minister of Foreign Affairs" (Canada)
            for quote in unsigned(quotes, previous_index):
                quote.speaker, quote.explicit, quote.how = signed, True, ""
        thus = thus_line(paragraph, mentions) if adjacent and signed is None else None
        if thus is not None:
            # "“…”" then "Thus Minister X on the sidelines of …", "So der Minister …"
            for quote in unsigned(quotes, previous_index, loose=True):
                quote.speaker, quote.explicit, quote.how = thus, True, ""
        if carrying and adjacent:
            carrying = goes_on(_run(paragraphs, body, position))
        spans = statement_spans(paragraph, carrying and adjacent)
        carrying = bool(spans) and not spans[-1].closed
        before = quotes[-1] if quotes and adjacent and quotes[-1].index == previous_index else None
        own = len(quotes)
        for number in range(len(spans)):
            if _jointly(paragraph, spans, number, mentions):
                continue  # "…", so die Botschaft von A, B und C: no one speaker's words
            quote = _quote(release, index, spans, number, before, last_person)
            by_gender(release, quote, genders)
            quotes.append(quote)
            before = quote
        _credited_at_end(release, index, quotes[own:])
        subject = subject_before(paragraph, len(paragraph), mentions)
        last_person = (
            epithet_subject(release, paragraph, subject, len(paragraph))
            or subject
            or _office_subject(release, paragraph)
            or last_person
        )
        previous_index = index
    _attribute_back(quotes)
    correct_misspellings(release, quotes)
    return join_quotes(release, [q for q in quotes if not _told_of(q)])


# the opening of a quotation that tells of someone in the third person: "President X
# expressed …", "Le président X a remercié …" (a title or two, the name, a verb)
_TOLD_OF = (
    r"^\W*(?:[A-Za-zÀ-ÿ][\w’'-]*\s+){{0,3}}?(?i:{family})\s+(?:a\s+|hat\s+|has\s+)?[a-zäöüàâéèç]"
)


def _told_of(quote: Quote) -> bool:
    """Return whether a quotation opens by telling of its own speaker in the third person
    ("“President X expressed confidence …”, announced the office of President X"): an
    office's account of what the speaker did, quoted from its release, not the speaker's
    words."""
    if quote.speaker is None or not quote.speaker.name:
        return False
    family = re.escape(surname(quote.speaker.name))
    return re.match(_TOLD_OF.format(family=family), quote.span.text) is not None


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


def _around(paragraph: str, span: Quoted) -> str:
    """Return the words either side of a quote where its attribution stands."""
    return paragraph[max(0, span.start - 60) : span.start] + paragraph[span.end : span.end + 60]


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
        speaker, how = own_attribution(release, index, spans, number, last_person)
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
        speaker = foreign_minister(release) or speaker
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
        speaker, how = from_office(release, index, spans, number, before, last_person, how)
    explicit = speaker is not None
    if speaker is None and before and before.speaker and _continues(paragraph, spans, number):
        speaker, how = before.speaker, _("it goes on from the quotation before it")
    if speaker is None:
        speaker, how, explicit = uncredited(release, index, span, before, last_person, how)
    return Quote(index, span, _holder(release, paragraph, speaker), explicit, how)


def _holder(release: Release, paragraph: str, speaker: Mention | None) -> Mention | None:
    """Return the speaker, a role named alone in the paragraph made the release's one holder
    of it ("…», a déclaré le président sénégalais": the release's president of Senegal)."""
    if speaker is None or speaker.name or speaker.start == 0:
        return speaker
    return unnamed_holder(release, paragraph, speaker) or speaker


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
