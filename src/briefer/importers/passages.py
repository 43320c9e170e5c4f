"""Quotations joined into statements: consecutive quotes of one speaker, over paragraphs or in
one, make one passage unless narration stands between them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from briefer.i18n import _
from briefer.importers.datelines import dateline_end
from briefer.importers.mentions import Mention
from briefer.importers.names import surname
from briefer.importers.quotes import Quoted, find_quoted
from briefer.importers.release import Release, Span
from briefer.importers.sentences import SAID_VERB, SENTENCE_END, WHOSE_VIEW
from briefer.importers.speechwords import FIRST_PERSON

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
class Quote:
    """One quoted passage of a paragraph and who said it (None: nobody said)."""

    index: int
    span: Quoted
    speaker: Mention | None
    explicit: bool  # the attribution is in the quote's own sentence
    how: str = ""  # how the speaker was inferred, when the words do not name them


_AROUND = 400  # characters either side of a quotation where its time may be said


def join_quotes(release: Release, quotes: Sequence[Quote]) -> list[FoundStatement]:
    """Join consecutive quotes of one speaker into statements."""
    paragraphs = release.paragraphs
    found: list[FoundStatement] = []
    last: Quote | None = None
    for quote in _declared(release, quotes):
        if quote.speaker is None:
            quote = _after_narration(release, quote, found) or quote
        if quote.speaker is None:
            if _speech_alone(paragraphs[quote.index], quote.span):
                span = Span(quote.index, quote.span.start, quote.span.end, "")
                release.unclaimed[(quote.index, quote.span.start)] = span
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
                or (_closes(paragraphs, last) and _credit_first(paragraphs, quote))
            )
            and not _narration_between(paragraphs[quote.index], last, quote)
            and not _forgot_close(paragraphs, last, quote)
            and not _own_credit_after_fragment(paragraphs, last, quote)
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


def _speech_alone(paragraph: str, span: Quoted) -> bool:
    """Return whether a quotation no one is credited with reads as someone's words, not a
    term, a title or the writer's account in quotation marks: closed, eight words or more,
    in the first person or with a verb of saying beside it ("…“, sagte die Bürgermeisterin")."""
    outside = paragraph[: span.start] + paragraph[span.end :]
    return (
        span.closed
        and len(span.text.split()) >= 8
        and bool(FIRST_PERSON.search(span.text) or SAID_VERB.search(outside))
    )


def _declared(release: Release, quotes: Sequence[Quote]) -> Sequence[Quote]:
    """Return the quotations as the declaration of the one person the lines over them name
    when the text is nothing but quotations no one is credited with, paragraph after
    paragraph (headline "Le Directeur exécutif X dénonce …", "Executive Director X stands up
    for …", "X fordert …" / "GENÈVE, 3 mai – « … » / « … »"): the release is that person's
    statement, the headline its only credit."""
    if not quotes or any(quote.speaker is not None for quote in quotes):
        return quotes
    paragraphs = release.paragraphs
    indices = sorted({quote.index for quote in quotes})
    if indices != list(range(indices[0], indices[-1] + 1)):
        return quotes
    # sentences, over paragraphs or after the dateline: not a kicker ("„A / B / C“")
    lede = dateline_end(paragraphs[indices[0]]) > 0
    last = paragraphs[indices[-1]].rstrip(" " + _MARKS)
    if not last.endswith((".", "!", "?", "…")) or not (lede or len(indices) > 1):
        return quotes
    for index in indices:
        paragraph = paragraphs[index]
        spans = sorted((q.span.start, q.span.end) for q in quotes if q.index == index)
        opens = dateline_end(paragraph) if index == indices[0] else 0
        rest = paragraph[opens : spans[0][0]] + "".join(
            paragraph[end : (spans[n + 1][0] if n + 1 < len(spans) else len(paragraph))]
            for n, (_start, end) in enumerate(spans)
        )
        if rest.strip(" " + _MARKS + ".,;!?…"):
            return quotes  # the writer's words, not a declaration's
    named = {m.name: m for i in range(indices[0]) for m in release.mentions(i) if m.name}
    if not release.people:
        # "Le Directeur exécutif de l'Office, Paul Mercan, dénonce …", "Paul Mercan, director
        # of the Office, pleads for …": a name in apposition no pass of persons read
        named = {m.name: m for i in range(indices[0]) if (m := _apposed(paragraphs[i]))}
    if len(named) != 1:
        return quotes
    speaker = next(iter(named.values()))
    how = _("the one person the lines over the declaration name")
    return [replace(quote, speaker=speaker, explicit=False, how=how) for quote in quotes]


_MARKS = "“”„\"«»‘’‚'"


# a headline's subject named in apposition to a role, before a verb in lower case
_APPOSITION = re.compile(
    r"^(?:(?P<before>[^,]{3,80}),\s+)?(?P<name>[A-ZÄÖÜÉ][\w’'-]+(?:\s+[A-ZÄÖÜÉ][\w’'-]+){1,3}),"
    r"\s+(?:(?P<after>[^,]{3,100}),\s+)?[a-zà-ÿ]"
)


def _apposed(line: str) -> Mention | None:
    """Return the person a line names in apposition to a role, one of the two between commas
    ("Le Directeur exécutif de l'Office, Paul Mercan, dénonce …", "Paul Mercan, director of the
    Office, pleads for …"), else None."""
    match = _APPOSITION.match(line.strip())
    if match is None or bool(match["before"]) == bool(match["after"]):
        return None
    role = re.sub(r"^(?:the|le|la|l['’]|der|die)\s*", "", match["before"] or match["after"])
    return Mention(match["name"], role, "", 0, 0)


# the opening of a sentence before its subject: "Later, ", "Le 3 mars, ", "Am Abend "
_SENTENCE_LEAD = re.compile(r"^[\s”»\"’'.]*(?:[A-ZÀ-Ý][^.,;:!?“”«»]{0,30},\s*)?")


_SUBJECT_REACH = 25  # characters from a sentence's start (after its lead) to its subject

# a sentence's subject that names no one: "He later met …", "The President then held talks
# with …", "Sie traf …", "Il a ensuite rencontré …", "La présidente s'est entretenue …"
_UNNAMED_SUBJECT = re.compile(
    r"(?:(?-i:He|She|Er|Sie|Il|Elle)|(?i:the|der|die|le|la|el)\s+(?-i:[A-ZÀ-Ý]?)"
    r"(?i:president|präsident(?:in)?|présidente?|presidente?|minister(?:in)?|ministre|"
    r"ministro|prime minister|premier ministre|chancellor|kanzler(?:in)?|head of state))\b"
    r"(?!\s+(?:of|von|de|du|des)\b)"
)


def unnamed_subject(sentence: str) -> bool:
    """Return whether a sentence's subject, at its start after a lead ("Later, "), names no
    one: a pronoun or an office alone ("He later met President Vel …", "The President then
    held talks with …"): the one the sentence names further on is not its subject."""
    lead = _SENTENCE_LEAD.match(sentence)
    return bool(_UNNAMED_SUBJECT.match(sentence, lead.end() if lead else 0))


def _after_narration(
    release: Release, quote: Quote, found: Sequence[FoundStatement]
) -> Quote | None:
    """Return a quotation with no credit given to the speaker the paragraph before narrates,
    when that paragraph's last sentence opens with someone already quoted (“…,” Ona said. /
    "Later, Ona met President Vel of Norland on …" / "“We are working with Norland on …”"):
    a paragraph of nothing but a closed first-person quotation, their words on what was told."""
    paragraphs = release.paragraphs
    index = quote.index
    paragraph = paragraphs[index]
    rest = paragraph[: quote.span.start] + paragraph[quote.span.end :]
    if index < 1 or not quote.span.closed or rest.strip(' “”„"«».!'):
        return None
    if not FIRST_PERSON.search(quote.span.text) or find_quoted(paragraphs[index - 1]):
        return None
    before = paragraphs[index - 1].rstrip()
    ends = list(SENTENCE_END.finditer(before[:-1]))
    start = ends[-1].end() if ends else 0
    lead = _SENTENCE_LEAD.match(before[start:])
    at = start + (lead.end() if lead else 0)
    # the sentence's first person, its subject: "Later, Ona met …", "Am Abend traf Ona …"
    subject = next(
        (
            m
            for m in release.mentions(index - 1)
            if m.name and m.start >= start and before[m.end : m.end + 2] not in ("’s", "'s")
        ),
        None,
    )
    if subject is not None and subject.start > at + _SUBJECT_REACH:
        subject = None
    if unnamed_subject(before[start:]):
        # "“…,” Ona said." / "He later met President Vel …" / "“We …”": the one quoted
        last = found[-1] if found else None
        subject = last.speaker if last is not None and last.indices[-1] == index - 2 else None
    if subject is None:
        return None
    quoted = [s.speaker for s in found if s.speaker is not None and s.indices[-1] < index - 1]
    if not any(_same(speaker, subject) for speaker in quoted):
        return None
    speaker = next(s for s in reversed(quoted) if _same(s, subject))
    return replace(
        quote, speaker=speaker, explicit=False, how=_("it goes on from the quotation before it")
    )


def _forgot_close(paragraphs: Sequence[str], last: Quote, quote: Quote) -> bool:
    """Return whether a quotation left open at the end of its paragraph was opened in the
    writer's sentence ("… told the daily that the ties are ‘the sign of …") and the next
    paragraph's quotation has a credit of its own: the closing mark was forgotten, and the
    two are two passages."""
    if quote.index == last.index or last.span.closed or not quote.explicit:
        return False
    lead = paragraphs[last.index][: last.span.start].rstrip(" “”„\"«»‘’‚'")
    return lead[-1:].isalpha() and last.span.text[:1].islower()


def _ends_sentence(paragraph: str, last: Quote | None, quote: Quote) -> bool:
    """Return whether the sentence of a quote ends before the next quote of its paragraph."""
    between = paragraph[last.span.end : quote.span.start] if last else ""
    return bool(SENTENCE_END.search(between))


# the speaker going on to a new passage: "avant de poursuivre :", "before adding:"
_GOES_ON_TO = re.compile(
    r"(?i)\b(?:avant d['’e]\s*(?:poursuivre|ajouter|conclure|préciser|enchaîner|lancer)|"
    r"before (?:adding|going on|continuing|concluding)|"
    r"bevor (?:er|sie) (?:fortfuhr|ergänzte|hinzufügte|schloss))\b"
)


def _narration_between(paragraph: str, last: Quote, quote: Quote) -> bool:
    """Return whether a sentence of narration stands between two quotes of one paragraph
    („A“, sagte X. Darüber hinaus … . „B“, betonte X.): two passages, not one. An
    attribution between them ("“A,” she said. “B.”") does not part them."""
    if quote.index != last.index:
        return False
    between = paragraph[last.span.end : quote.span.start]
    if _GOES_ON_TO.search(between):
        return True  # "« A », a-t-il martelé, avant de poursuivre : « B »": two passages
    lead = between.rstrip(" “”„\"«»‘’‚'")
    if quote.span.text[:1].islower() and lead[-1:].isalpha() and len(between.split()) >= 3:
        verbs = [v for v in SAID_VERB.finditer(between) if v.group(0) != "so"]  # "so that"
        if not verbs:
            # "it is ‘A’ so that it can ‘B’": two fragments hung on the writer's own words
            return True
        if len(between[verbs[0].end() :].split()) > 6:
            # "“A,” Vel underscored as she said this applied not only to X, but to “b …”": a
            # clause of the writer's after the attribution, the second quote hung on it
            return True
    if not SENTENCE_END.search(between.strip()):
        # “A.” He stressed that any deal should be reached “B.”: the second quote is part of
        # a reported sentence of its own
        return last.span.text.rstrip()[-1:] in ".!?" and _reported(between)
    if SAID_VERB.search(between) is None:
        return True
    # „A“, so X. Denn wenn es … käme, würde es schwieriger. „B.“: a sentence of its own after
    # the attribution's; "“A,” X said. He said the ministers had met last week. “B”" too
    attribution = SENTENCE_END.search(between)
    rest = between[attribution.end() :].strip() if attribution else ""
    if attribution and _beyond_credit(between[: attribution.start()]):
        return True
    if not rest and last.span.text.rstrip()[-1:] in ".!?" and _reports_that(between):
        # “A.” The Minister added that … . “B,” X concluded.: the one sentence between is
        # reported speech of its own, not the credit of a quotation that closed its sentence
        return True
    return _reported(rest)


# the writer's words after a French credit: "« A » prévient X, citant les trafics.", "« A »,
# a-t-il dit, avant de quitter la salle." (an English "“A,” he said, promising …" goes on in
# one passage, as the tuning set reads it)
_AFTER_CREDIT = re.compile(
    r"^[^,]{0,80},\s*(?:(?!pendant|durant)\w+ant|en \w+ant|avant d['’e]|après)\s\S+\s+\S+",
    re.IGNORECASE,
)
# the writer's words before an inverted credit: "« B », pour « … » le fleuve, insiste-t-il."
_BEFORE_CREDIT = re.compile(r"^[\s,”»\"’']*[a-zà-ÿ][^.!?]*\w[\s»”\"’']*,\s*$")


def _beyond_credit(credit: str) -> bool:
    """Return whether the sentence that credits a quote says more than who said it: a clause
    of the writer's after the speaker ("« A » prévient X, citant les trafics d'armes.") or
    before an inverted verb ("« B », pour « sécuriser » le fleuve, insiste-t-elle."): the
    next quote, a sentence of its own, is a passage of its own."""
    verb = SAID_VERB.search(credit)
    if verb is None:
        return False
    return bool(
        _AFTER_CREDIT.match(credit[verb.end() :]) or _BEFORE_CREDIT.match(credit[: verb.start()])
    )


_THAT = re.compile(r"\b(?:that|dass|que|qu['’])")


def _reported(text: str) -> bool:
    """Return whether text between two quotes is a sentence of its own, not an attribution
    ("She added:", "Speaking to reporters, he went on"): no speech verb, a that-clause, or
    more words than an attribution takes."""
    words = len(text.split())
    if words <= 3:
        return False
    return SAID_VERB.search(text) is None or bool(_THAT.search(text)) or words > 10


# a verb of speech and its that-clause: "added that", "fügte hinzu, dass", "a ajouté que"
_VERB_THAT = re.compile(r"^(?:\s+hinzu)?,?\s+(?:that|dass|que|qu['’])\b")


def _reports_that(sentence: str) -> bool:
    """Return whether a sentence opening with its subject reports speech in a that-clause
    ("The Minister added that …"), not a credit going on ("Lind said, adding that …")."""
    verb = SAID_VERB.search(sentence)
    return (
        verb is not None
        and sentence.lstrip()[:1].isupper()
        and bool(_VERB_THAT.match(sentence[verb.end() :]))
    )


def _bare(paragraphs: Sequence[str], quote: Quote) -> bool:
    """Return whether a quote's paragraph holds nothing but the quote and a short
    attribution ("“…,” Berg said.", "She continued: “…”"): paragraphs of one speaker's
    passage, whichever way each is credited."""
    paragraph = paragraphs[quote.index]
    outside = paragraph[: quote.span.start] + " " + paragraph[quote.span.end :]
    if not outside.strip(' .,;“”„"«»'):
        return True  # the quotation alone
    credited = SAID_VERB.search(outside) is not None or bool(WHOSE_VIEW.match(outside))
    return len(outside.split()) <= 6 and credited  # "According to the statement, “…”"


def _credit_only(paragraphs: Sequence[str], quote: Quote) -> bool:
    """Return whether a quote's paragraph holds nothing but the quote and one attribution
    sentence of a dozen words at most ("BRIO, 3 May (Agency): Foreign Minister X said “…”",
    "“…,” he said answering questions at the ministry."): its only quote, no sentence of
    narration beside it."""
    paragraph = paragraphs[quote.index]
    outside = (paragraph[: quote.span.start] + " " + paragraph[quote.span.end :]).strip(
        ' .,;:“”„"«»'
    )
    if SAID_VERB.search(outside) is None or len(outside.split()) > 12:
        return False
    if paragraph[: quote.span.start].rstrip().endswith((".", "!", "?")):
        return False  # "She added that … help.“Our …”": a sentence of its own before it
    return SENTENCE_END.search(outside) is None and len(find_quoted(paragraph)) == 1


def _closes(paragraphs: Sequence[str], quote: Quote) -> bool:
    """Return whether a quote ends its paragraph (“A,” he said. “B.”): the speaker's words
    run to the paragraph's end."""
    return quote.span.closed and not paragraphs[quote.index][quote.span.end :].strip(' .,;“”„"«»')


# a credit that says the speech goes on: "X continued,", "il a poursuivi :", "sie fuhr fort:"
_GOES_ON = re.compile(
    r"(?i)\b(?:continued|continues|went on|goes on|a poursuivi|poursuit|fuhr fort|"
    r"f[äa]hrt fort|prosiguió|continuó)\b"
)


def _credit_first(paragraphs: Sequence[str], quote: Quote) -> bool:
    """Return whether a quote's paragraph is a short credit and then the quote to its end
    ("Dr. Rell continued, “…”", "Sie fuhr fort: „…“"): the passage goes on in it."""
    paragraph = paragraphs[quote.index]
    lead = paragraph[: quote.span.start].strip(' “”„"«»')
    return (
        _bare(paragraphs, quote)
        and bool(_GOES_ON.search(lead))
        and lead[-1:] in ",:"
        and not paragraph[quote.span.end :].strip(' .,;“”„"«»')
    )


def _opens(paragraphs: Sequence[str], quote: Quote) -> bool:
    """Return whether a quote opens its paragraph (a quotation going on over paragraphs)."""
    paragraph = paragraphs[quote.index]
    return not paragraph[: quote.span.start].strip(' “”„"«»–—-')


_PHRASE_WORDS = 12  # words of a quoted phrase the writer's sentence holds, at most


def _own_credit_after_fragment(paragraphs: Sequence[str], last: Quote, quote: Quote) -> bool:
    """Return whether a paragraph's quote with a credit of its own follows a quoted fragment
    the writer's sentence holds ("La ministre a rappelé « l'urgence d'un accord »." / "« Les
    civils … », ajoute X."): the second passage is not the fragment going on, but a passage of
    its own. A quotation left open, or one that opens with a sentence of its own, goes on."""
    if not quote.explicit or quote.index == last.index or not last.span.closed:
        return False
    short = _bare(paragraphs, last) or _credit_only(paragraphs, last)
    if short and _on_its_verb(paragraphs[last.index][: last.span.start]):
        return False  # "Moen said “envoys should …”" / "Moen said “…”": one passage
    lead = paragraphs[last.index][: last.span.start].rstrip(" “”„\"«»‘’‚'")
    fragment = last.span.text.strip()
    # "said “we agreed on …”": the speaker's own clause, which the next paragraph goes on
    # a phrase, not a sentence: in lower case, or a German noun's capital and no full stop
    phrase = fragment[:1].islower() or (
        fragment[-1:].isalnum() and len(fragment.split()) <= _PHRASE_WORDS
    )
    return lead[-1:].isalpha() and phrase and not FIRST_PERSON.search(fragment)


# what may stand between a verb of speech and the words it gives: "said that “…”", "wrote:
# “…”", "a déclaré qu'« … »", "sagte, „…“"
_COMPLEMENT = re.compile(r"(?i)^[\s,:–—-]*(?:(?:that|que|qu['’]|dass)\b[\s,:]*)?$")


def _on_its_verb(lead: str) -> bool:
    """Return whether a quotation stands right on its verb of speech ("Moen said “envoys
    should …”", "X wrote: “…”", "“…,” he said." with nothing before it): the speaker's own
    sentence or clause, which the next paragraph's quotation may go on. The writer's words
    between the verb and the marks ("X noted that they “discussed …”", "X schrieb, beide
    Seiten hätten „…“", "X a écrit que les deux ministres « ont … »") hold the subject: the
    quotation is a fragment of the writer's sentence."""
    lead = lead.rstrip(" “”„\"«»‘’‚'")
    if not lead.strip():
        return True
    verbs = list(SAID_VERB.finditer(lead))
    return bool(verbs) and _COMPLEMENT.match(lead[verbs[-1].end() :]) is not None


def _tidy(text: str) -> str:
    """Return a quotation as it reads on its own: a comma that gave way to the attribution
    ends the sentence."""
    text = text.strip()
    return text[:-1] + "." if text.endswith(",") else text


def _same(a: Mention, b: Mention) -> bool:
    if not a.name or not b.name:
        return a.role == b.role and a.name == b.name
    return surname(a.name) == surname(b.name)
