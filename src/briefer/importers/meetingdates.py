"""The day a reported meeting was held."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date

from briefer.importers import meetings
from briefer.importers.datelines import read_dateline
from briefer.importers.dates import DAY_NAMES, DateMention, find_dates, lone_weekday
from briefer.importers.layout import Layout
from briefer.importers.meetingreports import BACKGROUND, REPORT
from briefer.importers.monthnames import MONTH_PATTERN
from briefer.importers.names import surname
from briefer.importers.release import Release
from briefer.model.records import Person

# the day something was founded, in a meeting's sentence on its history: "relations were
# established on January 12, 1960, and had as a foundational moment the meeting of …"
_FOUNDED = re.compile(
    r"(?i)\b(?:established|founded|signed|set up|gegründet|aufgenommen|unterzeichnet|"
    r"établie?s?|fondée?s?|signée?s?)\s+(?:on|in|am|im|le|en)\s+$"
)
# "a press release received here today": the day the wire got it, not the meeting's
_RECEIVED = re.compile(
    r"(?i)\b(?:press release|statement|communiqué|message)\s+(?:was\s+)?"
    r"(?:received|issued|released|published)\b[^.]{0,25}$"
)
# "les 9 et 10 mars", "on 9 and 10 March", "vom 9. bis 10. März": several days, no one date
# ordinals too: "on the 3rd and 4th March"
# and each day with its month and weekday: "Monday 3 June–Tuesday 4 June 2024"
_BETWEEN_DAYS = (
    rf"\d(?:st|nd|rd|th)?\.?\s*(?:(?:{MONTH_PATTERN})\.?\s*)?(?:et|and|und|to|bis|au|–|-)\s*"
    rf"(?:the\s+)?(?:(?:{DAY_NAMES})\w*,?\s+)?"
)
_RANGE_BEFORE = re.compile(rf"{_BETWEEN_DAYS}$", re.IGNORECASE)
_RANGE = re.compile(rf"{_BETWEEN_DAYS}\d", re.IGNORECASE)  # "LES 3 AU 4 MARS 2008" too


def meeting_dates(
    release: Release,
    layout: Layout,
    sentences: list[str],
    in_order: list[int],
    participants: list[Person],
) -> list[DateMention]:
    """Return the dates that may be the meeting's, the likeliest first: its sentences', a
    sentence of its own about when it was held, the headline's, the lede's "today". The day
    a visit of several days began dates no talks ("ist am 8. März zu Gesprächen gereist. Bei
    ihrem dreitägigen Besuch …")."""
    several = any(_DAYS.search(release.paragraphs[i]) for i in in_order)
    dates = [
        m
        for s, reference in map(_after_dateline, sentences, itertools.repeat(layout.published))
        if not (several and _TRIP.search(s))
        for m in find_dates(s, reference, release.language)
        if m.value
        and not (m.relative and _RECEIVED.search(s[max(0, m.start - 40) : m.start]))
        and not _RANGE_BEFORE.search(s[max(0, m.start - 32) : m.start])
        and not _FOUNDED.search(s[max(0, m.start - 30) : m.start])
        and not _yearless_long_before(s, m, layout.published)
    ]
    if not dates:  # "Die Begegnung fand am Dienstag … statt.": its own sentence dates it
        dates = [
            m
            for s in _held_sentences(release, in_order, layout)
            for m in find_dates(s, layout.published, release.language)
            if m.value and not _RANGE_BEFORE.search(s[max(0, m.start - 32) : m.start])
        ]
    if not dates and not _RANGE.search(layout.title):
        # "Foreign Secretary's meeting with …, 1 February 2023"; not "(26 et 28 juillet)"
        dates = [m for m in find_dates(layout.title, layout.published) if m.value]
    if not dates:  # "X today supported …" over "X and Y also discussed …": the lede's day
        dates = _lede_today(release, layout, participants, sentences)
    if not dates and layout.published is None:
        dates = _weekday_stated(release, layout, in_order)
    return dates


def _yearless_long_before(sentence: str, mention: DateMention, published: date | None) -> bool:
    """Return whether a date written with no year ("on Tuesday, January 14") falls months
    before the release: its year is a guess, so it dates no meeting."""
    # a weekday takes the date written after it: read that one for its year
    written = sentence[mention.start : mention.end + (30 if mention.stated else 0)]
    return bool(
        published
        and mention.value
        and (mention.stated or not mention.relative)
        and not re.search(r"\b(?:19|20)\d\d\b", written)
        and mention.value < published - BACKGROUND
    )


def _weekday_stated(release: Release, layout: Layout, in_order: list[int]) -> list[DateMention]:
    """Return the date of the weekday the meeting's paragraphs name ("Samedi, la ministre …")
    when the report states one full date that falls on that weekday ("… d'aujourd'hui, le 9
    avril 2022"); with no release date, a weekday alone counts from nothing else."""
    day = next(
        (
            d
            for i in in_order
            for s in meetings.each_sentence(release.paragraphs[i])
            if (d := lone_weekday(s, release.language)) is not None
        ),
        None,
    )
    if day is None:
        return []
    start = layout.body.index(in_order[0])
    on_that_day = [
        m
        for index in layout.body[start : start + REPORT]
        for m in _days_stated(release.paragraphs[index], release.language)
        if m.value and m.value.weekday() == day
    ]
    return on_that_day[:1] if len({m.value for m in on_that_day}) == 1 else []


# the first day of several: "(6-7 April 2022)", "on the 3rd and 4th March 2021"
_FIRST_DAY = re.compile(
    r"(?i)(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\.?\s*(?:et|and|und|to|bis|au|–|-)\s*(?:the\s+)?$"
)


def _days_stated(text: str, language: str) -> list[DateMention]:
    """Return the full dates a text states, each day of a span of days too ("6-7 April 2022"
    states 6 and 7 April)."""
    days = []
    for mention in find_dates(text, None, language):
        if mention.value is None or mention.relative:
            continue
        days.append(mention)
        first = _FIRST_DAY.search(text, max(0, mention.start - 14), mention.start)
        if first and int(first["d"]) < mention.value.day:
            day = mention.value.replace(day=int(first["d"]))
            days.append(replace(mention, value=day, start=first.start(), text=first.group(0)))
    return days


def _after_dateline(sentence: str, published: date | None) -> tuple[str, date | None]:
    """Return a sentence without its wire dateline, which dates the release and not the
    meeting, and the day its "yesterday" or "Friday" counts from: the dateline's own date
    when it states one ("20 February 2014 – … held yesterday …"), else the release's."""
    line = read_dateline(sentence)
    if line is None:
        return sentence, published
    stated = [m.value for m in find_dates(sentence[: line.end], None) if m.value]
    return sentence[line.end :], stated[0] if stated else published


def _lede_today(
    release: Release, layout: Layout, participants: list[Person], reports: list[str]
) -> list[DateMention]:
    """Return the day the lede's first sentence gives relative to the release ("today",
    "Tuesday") when it names someone who took part: the talks reported after it, undated
    themselves, were held that day. A stated date there may be another occasion's, and a
    first sentence that reports the meeting itself was read already."""
    if not layout.body:
        return []
    first = next(meetings.each_sentence(release.paragraphs[layout.body[0]]), "")
    if first in reports:
        return []
    families = {surname(p.name).casefold() for p in participants if p.name}
    if not any(family and family in first.casefold() for family in families):
        return []
    # a stated date is the talks' too when the sentence tells the trip they were held on,
    # after the traveller ("X travelled to Berlin on 8 February 2006. During his visit he held
    # talks …"); not a dateline's before him, nor one day of several ("du 26 au 28 juillet"),
    # nor the day a visit of several days began ("Bei ihrem dreitägigen Besuch traf sie …")
    lede = release.paragraphs[layout.body[0]]
    trip = _TRIP.search(first) and not meetings.future_tense(first) and not _DAYS.search(lede)
    first, published = _after_dateline(first, layout.published)
    return [
        m
        for m in find_dates(first, published, release.language)
        if m.value
        and (
            m.relative
            or (
                trip
                and not _RANGE_BEFORE.search(first[max(0, m.start - 32) : m.start])
                and not (published and m.value > published)
            )
        )
    ]


# a trip or visit: "travelled to", "paid a working visit", "reiste", "s'est rendu"
_TRIP = re.compile(
    r"(?i)\b(?:travell?ed|visited|\w*visit|\w*besuch|reiste|gereist|visite|"
    r"s['’]est rendue?|mission|trip|reise)\b"
)


# a visit of several days: "three-day visit", "dreitägigen Besuch", "visite de deux jours"
_DAYS = re.compile(
    r"(?i)\b(?:(?:two|three|four|five|several|multi)[- ]day|"
    r"(?:zwei|drei|vier|fünf|mehr)tägig\w*|"
    r"(?:de|d['’]une durée de) (?:deux|trois|quatre|cinq|plusieurs) jours)\b"
)


# A sentence of its own about when the meeting was held: "The meeting took place on …",
# "Das Treffen fand am … statt", "La rencontre a eu lieu le …"
HELD = re.compile(
    r"(?i)\b(?:(?:the|this) (?:meeting|talks|visit|call|consultations?|conversation|audience)"
    r"\s+(?:took place|was held|were held)|"
    r"(?:das|die|der) (?:treffen|begegnung|gespräche?|konsultationen|besuch|telefonat|"
    r"unterredung|zusammenkunft)\s+(?:fand|fanden)\b|"
    r"(?:la|l['’]|cette|cet) ?(?:rencontre|entretien|réunion|visite|entrevue|audience)\s+"
    r"(?:a eu lieu|s['’]est (?:tenue|déroulée?))|"
    r"(?:war|waren)\b[^.;]{0,80}\bzu gast\b)"  # "gestern war X bei ihm … zu Gast"
)
_CLAUSES = re.compile(r"\s[-–—]\s|;\s")


def _held_sentences(release: Release, found: list[int], layout: Layout) -> list[str]:
    """Return the clauses of the meeting's report that say when it was held ("Am 4. Juli
    wurde X angelobt - gestern war Y bei ihm zu Gast": the second)."""
    start = layout.body.index(found[0])
    return [
        clause
        for index in layout.body[start : start + REPORT]
        for sentence in meetings.each_sentence(release.paragraphs[index])
        for clause in _CLAUSES.split(sentence)
        if HELD.search(clause)
    ]
