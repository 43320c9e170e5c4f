"""The quotations of a paragraph that are someone's words, after a dash or carried over too."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.importers.quotes import QUOTE_MARKS, Quoted, find_quoted
from briefer.importers.sentences import DASH, MIN_QUOTE_WORDS, SAID_VERB, SENTENCE_END, first_clause
from briefer.importers.speechwords import FIRST_PERSON, SPEECH_VERBS, SPEECH_VERBS_EN

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


_CROSSHEAD_WORDS = 12  # the most words of a motto set as a subheading


def _crosshead(paragraph: str, span: Quoted) -> bool:
    """Return whether a quotation standing alone is a crosshead, a motto or slogan set
    between the paragraphs as a subheading (“We are all part of one Europe”, „Wir sind
    Europa“, « Nous sommes l'Europe »): closed, short, and with no sentence end inside or
    after it."""
    return (
        _short_phrase(span)
        and not paragraph[span.end :].strip(' ”’"»')
        and not paragraph[: span.start].strip(' “„"«‘‚')
    )


def _short_phrase(span: Quoted) -> bool:
    """Return whether a quotation is a closed phrase, not a sentence: short, with no sentence
    end inside it and no stop or comma at its end."""
    text = span.text.strip(' “”„"«»‘’‚')
    return (
        span.closed
        and len(text.split()) <= _CROSSHEAD_WORDS
        and not SENTENCE_END.search(text)
        and not text.endswith((".", "!", "?", "…", ":", ";", ","))
    )


# a name and a colon opening a paragraph before a quotation ("Lind: „…", "Eva Lind: “…")
_NAME_COLON = re.compile(r"^\s*(?:[A-ZÄÖÜ][\w’'.-]+\s+){0,2}[A-ZÄÖÜ][\w’'-]+:\s*[“„\"«]?\s*$")
_RUN_ON = re.compile(r"^[”“\"»]?\s+[A-ZÄÖÜÉ]")


def _standfirst(paragraph: str, span: Quoted) -> bool:
    """Return whether a quotation after a name and a colon is a standfirst run into the
    story's dateline ("Lind: „Ein Geschenk zum Jubiläum“ Brio. Wenn …"): short, no sentence
    end inside, and the next word follows the closing mark with no stop or comma."""
    return (
        _short_phrase(span)
        and _NAME_COLON.match(paragraph[: span.start]) is not None
        and _RUN_ON.match(paragraph[span.end - 1 :]) is not None
    )


def statement_spans(paragraph: str, continuing: bool) -> list[Quoted]:
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
        if (is_speech(q.text) or _short_said(paragraph, q))
        and not _phrase(paragraph, q)
        and not is_theme(paragraph, q)
    ]
    if continuing and (not spans or spans[0].start > len(paragraph) - len(paragraph.lstrip())):
        close = closing_mark(paragraph)
        end = close if close is not None else len(paragraph)
        head = Quoted(paragraph[:end].strip(), 0, end + (close is not None), close is not None)
        spans = [head, *(q for q in spans if q.start >= head.end)]
    if spans and _standfirst(paragraph, spans[0]):
        spans = spans[1:]  # "Lind: „A“ Brio. Wenn …": a heading over the story, no speech
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


def goes_on(following: Sequence[str]) -> bool:
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


def is_theme(paragraph: str, span: Quoted) -> bool:
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


def is_speech(text: str) -> bool:
    """Return whether a quotation can be someone's words: long enough, and not a name in
    title case ("Special Strategic and Global Partnership")."""
    words = text.split()
    if len(words) < MIN_QUOTE_WORDS:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return text.rstrip()[-1:] in ".!?,;:…" or capitalised < 0.6 * len(words)


def titled(text: str) -> bool:
    """Return whether a quotation is a name in title case: an agenda, a programme, a
    document ("Pro-Poor Agenda for Prosperity and Development (PAPD)")."""
    words = text.split()
    capitalised = sum(1 for w in words if w.lstrip("(")[:1].isupper())
    return capitalised >= 0.5 * len(words) and text.rstrip()[-1:] not in ".!?,;:…"


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
