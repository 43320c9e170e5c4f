"""Dates as press releases write them, resolved against the publication date when needed."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

from briefer.i18n import _
from briefer.importers.monthnames import MONTH_PATTERN, MONTHS
from briefer.months import MONTHS as MONTH_NAMES

_DAY = r"(?P<d>[0-3]?\d)"
# what joins the first day of several to the next: "3-4", "9 and 10", "vom 3. bis 4."
_TO_DAY = r"\s*(?:[-–]|and|to|through|&|und|bis|et|au)\s*\d"
_MONTH_NAME = rf"(?P<m>{MONTH_PATTERN})(?:\.|s\b)?"  # "12. Aprils": a German genitive
# a year, or a year run into a time, a town in capitals or a section's name as pages print
# it ("9 February 201712:41", "3rd May, 2021BRIO 0900 Hours", "13. Dezember 2021Vertretung")
_YEAR = r"(?P<y>(?:19|20)\d\d)(?:\b|(?=\d{1,2}:\d\d)|(?=[A-ZÄÖÜÉ]))"
_FULL_MONTHS = "|".join(
    form for month in MONTH_NAMES["en"] for form in (month.capitalize(), month.upper())
)
_SPANISH_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
# months in the other languages copies of releases are credited in (Portuguese, Italian,
# Dutch), lower case as they write them; read only with a year: "3 de abril de 2023", "3
# aprile 2023", "maandag 3 april 2023"
_OTHER_MONTHS = {
    name: number
    for names in (
        _SPANISH_MONTHS,
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
        "dezembro".split(),
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
        "dicembre".split(),
        "januari februari maart april mei juni juli augustus september oktober november "
        "december".split(),
    )
    for number, name in enumerate(names, start=1)
}
_OTHER_MONTH_PATTERN = "|".join(sorted(_OTHER_MONTHS, key=len, reverse=True))
_SPANISH_CASED = "|".join(f for m in _SPANISH_MONTHS for f in (m.capitalize(), m.upper()))
_PATTERNS = (
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mm>[01]\d)-(?P<d>[0-3]\d)\b"),
    # an ordinal may have a comma after it: "29th, November, 2021"; a page's label may run
    # into the day: "Presseartikel13. Dezember 2021"
    re.compile(
        rf"(?:\b|(?<=[a-zäöüßéèàçíóúñ])){_DAY}(?:(?:st|nd|rd|th),|\.|st|nd|rd|th|er)?\s+"
        rf"(?:of\s+)?{_MONTH_NAME}"
        rf"(?:\s+|,\s*){_YEAR}"
    ),
    re.compile(rf"\b{_MONTH_NAME}\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}"),
    # a month spelt in full run into its day, a typing slip some sites make: "March7, 2022"
    re.compile(rf"\b(?P<m>{_FULL_MONTHS})(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,\s*{_YEAR}"),
    # a month's name between slashes, as some agencies' pages print it: "[29/ March/2017]"
    re.compile(rf"(?<![\d/]){_DAY}/\s*(?P<m>{MONTH_PATTERN})\.?\s*/\s*{_YEAR}"),
    # and a site's date run on from the byline before it: "Staff ReporterMarch 3, 2024"
    re.compile(rf"(?<=[a-z])(?P<m>{_FULL_MONTHS})\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}"),
    # a Spanish or Portuguese date, as a release in Spanish has its dateline: "5 de junio de
    # 2021", "5 de junho de 2021"; an Italian or a Dutch one: "5 giugno 2021", "5 juni 2021"
    re.compile(
        rf"(?i)\b{_DAY}\s+(?:de\s+(?P<es>{_OTHER_MONTH_PATTERN})\s+del?|"
        rf"(?P<it>{_OTHER_MONTH_PATTERN}))\s+{_YEAR}"
    ),
    # a Spanish site's date line, the month first, capitalised or in capitals, even run on
    # from a section label: "MAYO 3, 2019 05:10 PM", "Foreign PolicyMAYO 3, 2019"
    re.compile(rf"(?:\b|(?<=[a-z]))(?P<es>{_SPANISH_CASED})\s+{_DAY},?\s+{_YEAR}"),
    # and day first without "de": "3 MAYO 2019", "3 Mayo, 2019"
    re.compile(rf"\b{_DAY}\s+(?P<es>{_SPANISH_CASED}),?\s+{_YEAR}"),
    # the year first, then the month's name and the day, as East Asian and post-Soviet sites
    # print a date line: "2026 March 3 14:05", "2026 March 3rd"
    re.compile(
        rf"(?<![\d.:/-])(?P<y>(?:19|20)\d\d),?\s+{_MONTH_NAME}\s+{_DAY}(?:st|nd|rd|th)?\b(?![.,]?\d)"
    ),
    re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.\s?(?P<mm>[01]?\d)\.\s?(?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<mm>[01]?\d)\.(?![\d])"),
    re.compile(r"(?<![\d-])(?P<d>[0-3]?\d)-(?P<mm>[01]?\d)-(?P<y>(?:19|20)\d\d)\b"),  # 18-11-2022
    # the year first, as Arab and East Asian sites write it: "2023/11/14", "2023.5.6"
    re.compile(
        r"(?<![\d/.])(?P<y>(?:19|20)\d\d)([/.])(?P<mm>[01]?\d)\2(?P<d>[0-3]?\d)(?![\d/.]\d)"
    ),
    # US numeric dates, month first ("4/12/2023"); day first when the month cannot be 13+
    re.compile(r"(?<![\d/])(?P<us_m>[0-3]?\d)/(?P<us_d>[0-3]?\d)/(?P<y>(?:19|20)\d\d)\b"),
    re.compile(rf"\b{_DAY}(?:\.|st|nd|rd|th|er)?\s+(?:of\s+)?{_MONTH_NAME}(?![\w.]*\s*,?\s*\d)"),
    # not the first of several days: "March 3-4, 2021", "April 6 and 7"
    re.compile(rf"\b{_MONTH_NAME}\s+{_DAY}(?:st|nd|rd|th)?\b(?!,?\s*\d|{_TO_DAY})"),
)
_RELATIVE_WORDS = (
    r"today|this (?:morning|afternoon|evening)|tonight|heute|heutigen?|heutiger|heutigem|"
    r"aujourd['’]hui|ce (?:matin|soir)|cet après-midi|the day before yesterday|vorgestern|"
    r"avant-hier|yesterday|gestern"
)
# the look-aheads at the words' first letters pass over every other word at once: without
# case, re tries each word at each position (tests/importers/test_initials.py checks them)
_RELATIVE = re.compile(rf"\b(?=[acghtvy])(?P<rel>{_RELATIVE_WORDS})\b", re.IGNORECASE)
# French "ce jour" is the day of the release, "à ce jour" is "so far"
_RELATIVE_FR = re.compile(
    rf"\b(?=[acghtvy])(?P<rel>{_RELATIVE_WORDS}|hier|(?<!à )ce jour)\b", re.IGNORECASE
)
# the days of the week in English, German and French
DAY_NAMES = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
# A weekday names the last such day on or before the release ("met on Wednesday"), never one
# ahead ("next Monday"); English also puts it right after the verb ("met Tuesday with").
_WEEKDAY = re.compile(
    r"(?=[acdhlmorstvw])(?:(?P<lead>\b(?:on|am|ce|last|vergangenen|letzten|dernier)\s+)|\b(?:met|spoke|talked|held|hosted|"
    # or the talks a wire names the day of: "held talks Wednesday", "a meeting Tuesday"
    rf"received|welcomed|visited|called|talks|meeting)\s+(?=(?:{DAY_NAMES})\b))"
    rf"(?P<day>{DAY_NAMES})\w*\b",
    re.IGNORECASE,
)
# French also names the day alone, set off by a comma as an adverbial ("a reçu, lundi, …",
# "a reçu en audience, vendredi à Nouakchott") or right after a past participle ("a reçu
# mardi", "s'est entretenu lundi avec"); not the day of a date ("vendredi 29 mars")
_WEEKDAY_FR = re.compile(
    r"(?:(?<=,\s)|\b(?:reçue?s?|rencontrée?s?|entretenue?s?|accueillie?s?|tenue?s?|eu)\s+)"
    r"(?P<day>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
    r"(?=\s*,|\s+(?:à|au|en|dans|matin|soir|après-midi|avec|par|son|sa|ses|le|la|les|l['’]|"
    r"une?|des|m\.|mme)\b)",
    re.IGNORECASE,
)
# a sentence may open with it: "Samedi, la ministre …"
_OPENING_WEEKDAY_FR = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<day>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),",
    re.IGNORECASE,
)
# a weekday that a date follows ("on Tuesday, 2 March", "am Montag (1. März)") or that opens
# several days ("on Monday and Tuesday"): the date says the day, and several days none
_WEEKDAY_GAP = re.compile(r"(?i)[\s,(]*(?:(?:den|the|le)\s+)?")
_WEEKDAY_AND = re.compile(rf"(?i)\s*(?:-|–|and|to|und|bis|et|au)\s*(?:{DAY_NAMES})")
_DIGIT = re.compile(r"\d")
_NEXT = re.compile(r"(?i)\b(?:next|nächsten|kommenden|prochain)\s*$")
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            "mon mon lun",
            "tue die mar",
            "wed mit mer",
            "thu don jeu",
            "fri fre ven",
            "sat sam sam",
            "sun son dim",
        )
    )
    for name in names.split()
}
_OFFSETS = {
    "the day before yesterday": -2,
    "vorgestern": -2,
    "avant-hier": -2,
    "yesterday": -1,
    "gestern": -1,
    "hier": -1,
}
# A date without a year more than this far after the release is taken to be last year's.
_FUTURE_SLACK = timedelta(days=60)


@dataclass(frozen=True)
class DateMention:
    """A date written in a text; value is None when its year cannot be known."""

    value: date | None
    start: int
    end: int
    text: str
    relative: bool = False
    # a weekday whose date is written right after it ("on Tuesday, 2 March"): read, not counted
    stated: bool = False


_A_YEAR = re.compile(r"(?:19|20)\d\d")
_YEARLESS = tuple(pattern for pattern in _PATTERNS if "(?P<y>" not in pattern.pattern)


def find_dates(text: str, published: date | None, language: str = "") -> list[DateMention]:
    """Return the dates in text in order; partial and relative ones resolve against published.
    French text also says "hier" for yesterday (which German uses for "here"); a numeric date
    with slashes is read month first in English ("4/12/2023"), day first in any other
    language ("10/02/2012")."""
    return list(_dates_in(text, published, language))


@functools.lru_cache(maxsize=4096)  # asked of the same sentence by several passes
def _dates_in(text: str, published: date | None, language: str) -> tuple[DateMention, ...]:
    """Return the dates in text in order, as find_dates does."""
    found: list[DateMention] = []
    covered = bytearray(len(text))  # characters an earlier pattern's date took
    # every written date holds a digit; most sentences hold none, and the patterns cost most;
    # most of the patterns need a year, which most sentences with a digit do not give
    patterns = () if not _DIGIT.search(text) else _PATTERNS if _A_YEAR.search(text) else _YEARLESS
    for pattern in patterns:
        for match in pattern.finditer(text):
            if any(covered[match.start() : match.end()]):
                continue
            valid, value = _resolve(match, published, language not in ("", "en"))
            if not valid:
                continue
            covered[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
            found.append(DateMention(value, match.start(), match.end(), match.group(0)))
    dated = {mention.start: mention for mention in found}
    weekdays = [*_WEEKDAY.finditer(text), *(_WEEKDAY_FR.finditer(text) if language == "fr" else ())]
    for match in weekdays:
        # "on Tuesday, 2 March", "am Montag (1. März)": the date written after it says the day
        gap = _WEEKDAY_GAP.match(text, match.end())
        then = dated.get(gap.end()) if gap else None
        value = then.value if then is not None else _weekday(match, text, published)
        if value is not None:
            # "on Tuesday", "am Montag"; not the verb before it in "met Tuesday"
            start = match.start() if match.groupdict().get("lead") else match.start("day")
            words = text[start : match.end()]
            found.append(DateMention(value, start, match.end(), words, True, then is not None))
    relative = _RELATIVE_FR if language == "fr" else _RELATIVE
    for match in relative.finditer(text):
        offset = _OFFSETS.get(match.group("rel").casefold(), 0)
        value = published + timedelta(days=offset) if published else None
        found.append(DateMention(value, match.start(), match.end(), match.group(0), True))
    return tuple(sorted(found, key=lambda mention: mention.start))


def lone_weekday(text: str, language: str = "") -> int | None:
    """Return the day of the week text names with no date after it ("met on Saturday"),
    Monday 0; None when it names none, or one ahead or the first of several."""
    french = (_WEEKDAY_FR.finditer(text), _OPENING_WEEKDAY_FR.finditer(text))
    weekdays = [*_WEEKDAY.finditer(text), *(m for f in french for m in f if language == "fr")]
    for match in weekdays:
        gap = _WEEKDAY_GAP.match(text, match.end())
        dated = gap is not None and _DIGIT.match(text, gap.end()) is not None
        if not (
            dated
            or _NEXT.search(text, max(0, match.start() - 12), match.start())
            or _WEEKDAY_AND.match(text, match.end())
        ):
            return _WEEKDAYS[match.group("day").casefold()[:3]]
    return None


def _weekday(match: re.Match[str], text: str, published: date | None) -> date | None:
    """Return the day a weekday with no date after it names: the last such day on or before
    the release; None for one ahead ("next Monday") or the first of several ("on Monday and
    Tuesday")."""
    if (
        published is None
        or _NEXT.search(text, max(0, match.start() - 12), match.start())
        or _WEEKDAY_AND.match(text, match.end())
    ):
        return None
    day = _WEEKDAYS[match.group("day").casefold()[:3]]
    return published - timedelta(days=(published.weekday() - day) % 7)


def full_date(text: str, language: str = "") -> date | None:
    """Return the first date in text that states its year."""
    for mention in find_dates(text, None, language):
        if mention.value is not None:
            return mention.value
    return None


def _resolve(
    match: re.Match[str], published: date | None, day_first: bool = False
) -> tuple[bool, date | None]:
    """Return (is a real date, its value or None when the year is unknown)."""
    groups = match.groupdict()
    if groups.get("us_m"):
        first, second = int(groups["us_m"]), int(groups["us_d"])
        month_first = first <= 12 and (second > 12 or not day_first)
        groups = {**groups, "mm": str(first if month_first else second)}
        groups["d"] = str(second if month_first else first)
    if groups.get("mm"):
        month: int | None = int(groups["mm"])
    elif groups.get("es") or groups.get("it"):
        month = _OTHER_MONTHS.get((groups.get("es") or groups.get("it") or "").casefold())
    else:
        month = MONTHS.get(groups["m"].casefold().rstrip("."))
    day = int(groups["d"])
    if month is None or not 1 <= month <= 12 or not 1 <= day <= 31:
        return False, None
    years = [int(groups["y"])] if groups.get("y") else []
    if not years and published is not None:
        years = [published.year, published.year - 1]
    for year in years:
        try:
            candidate = date(year, month, day)
        except ValueError:
            return False, None
        if groups.get("y") or candidate <= published + _FUTURE_SLACK:  # type: ignore[operator]
            return True, candidate
    return True, None


# Words that may stand before a date as people type it: "on 16 March 2021", "am 16.03.2021"
_LEAD = re.compile(r"(?i)^(?:on|am|den|le)\s+")
_WORD = re.compile(r"[^\W\d_]+\.?")


def read_date(text: str) -> date | None:
    """Return the date a field holds, written as people write one in English, German or
    French ("March 16, 2021", "16. März 2021", "16 mars 2021", "16.03.2021", "2021-03-16");
    None when the field is empty. Raise ValueError saying what to write instead."""
    shown = " ".join(text.split())
    written = _LEAD.sub("", shown)
    if not written.strip(".,"):
        return None
    if "/" in written:
        raise ValueError(
            _("“{date}” could be day or month first; write 16.03.2021 or 16 March 2021").format(
                date=shown
            )
        )
    # month names typed in lower case ("16 march 2021"), which releases never write
    typed = _WORD.sub(lambda m: m[0].capitalize() if m[0].casefold() in MONTHS else m[0], written)
    end = len(typed.rstrip(".,"))  # a full stop after the year: "16 March 2021."
    found = find_dates(typed, None)
    whole = [m for m in found if m.start == 0 and m.end >= end and not m.relative]
    if not whole:
        raise ValueError(
            _("“{date}” is not a date; write it as 16 March 2021, 16.03.2021 or 2021-03-16").format(
                date=shown
            )
        )
    if whole[0].value is None:
        raise ValueError(_("“{date}” has no year; write it as 16 March 2021").format(date=shown))
    return whole[0].value
