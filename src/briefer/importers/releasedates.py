"""A release's date as its lines give it: date lines, a headline's date, the text's today."""

from __future__ import annotations

import functools
import re
from datetime import date

from briefer.importers.dates import find_dates, full_date
from briefer.importers.textlines import shouts

EVENT_TIME = re.compile(
    r"(?i)^\W*(?:zeit|uhrzeit|termin|wann|ort und zeit|time|date and time|when|heure|"
    r"date et heure|horaire|ablauf(?: am)?|programm|programme|schedule|"
    # an event's fields: "Location: Jakarta, IndonesiaDate: 13 October 2017"
    r"location|venue|lieu|ort)\b[^:]{0,40}:?"
)
DATED = re.compile(r"\((?P<date>[^()]{6,30})\)\s*$")
_SHORT_DATE = re.compile(r"^(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<y>\d\d)$")


def short_date(text: str) -> date | None:
    """Return the date a line holds that is only a day, month and two-digit year."""
    match = _SHORT_DATE.match(text)
    if match is None:
        return None
    year = int(match["y"])
    try:
        return date(year + (2000 if year < 50 else 1900), int(match["m"]), int(match["d"]))
    except ValueError:
        return None


_SLASHED = re.compile(r"^(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d\d)$")


def slashed_date(text: str, paragraphs: list[str], language: str) -> date | None:
    """Return the date a line "04/09/19" holds when a full date in the text agrees with one
    of its two readings (month or day first): alone it is ambiguous."""
    match = _SLASHED.match(text)
    if match is None:
        return None
    year = int(match["y"]) + (2000 if int(match["y"]) < 50 else 1900)
    readings = set()
    for month, day in ((match["a"], match["b"]), (match["b"], match["a"])):
        try:
            readings.add(date(year, int(month), int(day)))
        except ValueError:
            continue
    stated = {m.value for p in paragraphs for m in find_dates(p, None, language) if m.value}
    agreed = readings & stated
    return agreed.pop() if len(agreed) == 1 else None


_DAY_OR_MONTH = re.compile(r"(?<![\d/])(?P<a>[01]?\d)/(?P<b>[01]?\d)/(?P<y>(?:19|20)\d\d)\b")


_BARE_DATE = re.compile(r"^\W*(?:19|20)\d\d[/.-][01]?\d[/.-][0-3]?\d\W*$")


def article_date(
    paragraphs: list[str], title_index: int | None, published: date | None, language: str
) -> date | None:
    """Return the date of the article's own date line right under its headline when a bare
    date in figures above the headline (the site's, "2025/11/04") gave another."""
    if title_index is None or published is None or title_index + 1 >= len(paragraphs):
        return None
    under = paragraphs[title_index + 1].strip()
    if not is_date_line(under) or _BARE_DATE.match(under):
        return None
    day = line_date(under, paragraphs, language)
    bare = any(
        _BARE_DATE.match(p) and full_date(p.strip(), language) == published
        for p in paragraphs[:title_index]
    )
    return day if bare and day is not None and day != published else None


def line_date(text: str, paragraphs: list[str], language: str) -> date | None:
    """Return the date a date line holds; "Date: 07/04/2023", day or month first, as the
    text's own dates agree ("… on 7 April"), else as the language reads it."""
    cell = _first_cell(text)
    written = full_date(text, language) or short_date(cell)
    written = written or slashed_date(cell, paragraphs, language)
    match = _DAY_OR_MONTH.search(text)
    if match is None or written is None or match["a"] == match["b"]:
        return written
    year, readings = int(match["y"]), set()
    for month, day in ((match["a"], match["b"]), (match["b"], match["a"])):
        try:
            readings.add(date(year, int(month), int(day)))
        except ValueError:
            return written
    stated = {
        (m.value.month, m.value.day)
        for p in paragraphs
        if p.strip() != text
        for m in find_dates(p, written, language)
        if m.value and not m.relative
    }
    agreed = [r for r in readings if (r.month, r.day) in stated]
    return agreed[0] if len(agreed) == 1 else written


def headline_date(title: str, language: str) -> date | None:
    """Return the one date a headline ends with, the day of what it reports and of its
    release when nothing else dates it ("Séminaire de travail … (Berlin, 7 mai 2018)"); not
    one of several days ("(26 et 28 juillet 2012)", "(17./18.11.2016) … (18.11.2016)"); a
    speech's after a dash ("Address by … – Brio, May 4, 2020"), not the end of a span of days
    ("28 February - 3 March 2000")."""
    dated = DATED.search(title) or _DASH_DATED.search(title)
    if dated is None or _SEVERAL_DAYS.search(title):
        return None
    mentions = find_dates(title, None, language)
    if dated.re is _DASH_DATED and any(m.start < dated.start() for m in mentions):
        return None
    days = [m for m in mentions if m.value]
    return days[0].value if len(days) == 1 and days[0].start >= dated.start() else None


def again_date(line: str, language: str) -> date | None:
    """Return the date the headline given again holds: in brackets, after a dash, or in
    figures appended to it ("… of the Council 12.03.2026")."""
    appended = APPENDED_DATE.search(line)
    if appended and not _SEVERAL_DAYS.search(line):
        return full_date(appended.group(0), language)
    return headline_date(line, language)


# "26 et 28 juillet", "17./18.11.", "3-4 March", "du 2 au 4 mai": more than one day
# ("03/08/2022" is one day)
_SEVERAL_DAYS = re.compile(r"\b\d{1,2}\.?\s*(?:[-–/&]|et|and|und|au|bis|to)\s*\d{1,2}\b(?!/\d)")
# a speech heading's place and date after a dash: "Address by … – Brio, May 4, 2020"
_DASH_DATED = re.compile(
    r"\s[–—-]\s*(?:[A-ZÄÖÜ][\w.'’-]*(?: [\w.'’-]+){0,2},\s*)?"
    r"(?P<date>[^–—,()]{6,20}(?:,\s*\d{4})?)$"
)


# "Published 3 May 2021", "Posted on: 03/05/2021", "Veröffentlicht am 3. Mai 2021"
PUBLISHED_LINE = re.compile(
    r"(?i)^(?:published|posted|updated|last updated|publié(?:e)?|veröffentlicht)"
    r"(?: on| le| am)?\s*:?\s*(?=[^\d\n]{0,12}\d)[\w .,/:-]{1,30}$"
)


# "Publié le 12 mars 2024 à 10h30 - Mis à jour le 13 mars 2024": a page's dates of
# publication and of its last change, each with its hour
_PUBLISHED_UPDATED = re.compile(
    r"(?i)^(?:published|posted|publié(?:e)?|veröffentlicht|publicado)(?: on| le| am| el)?\s*:?\s*"
    r"[^\n]{6,50}?\d{4}[^\n]{0,20}?\s*[-–—|/,]?\s*"
    r"(?:updated|last updated|modified|mis à jour|modifié|aktualisiert|actualizado)\b[^\n]{0,60}$"
)


@functools.lru_cache(maxsize=4096)  # asked of the same lines by several passes
def is_date_line(text: str) -> bool:
    """Return whether a short line is there to date the release ("03.11.2022 - Press release",
    "DÉCLARATION DE LA PORTE-PAROLE (17 juin 2022)")."""
    if EVENT_TIME.match(text):
        return False  # "Zeit: Donnerstag, 22. Februar 2001, 11.30 h": when an event is
    if (cell := _first_cell(text)) != text and (short_date(cell) or is_date_line(cell)):
        return True  # "Date: 14/03/2019 | Source: …", "14.03.19 | News": the cells after it
    if "|" in text and _credit_cells_dated(text):
        return True  # "Text: Agency | Photo: A, B | 14:05 March 3, 2024"
    if PUBLISHED_LINE.match(text) or _PUBLISHED_UPDATED.match(text):
        return True  # "Published 3 May 202": a page's date line, even one cut short
    dated = DATED.search(text)
    rest = text[: dated.start()] if dated else ""
    if dated and full_date(dated.group("date")) and (shouts(rest) or len(rest.split()) <= 4):
        return True  # not a headline with its date: "Séminaire … (Berlin, 7 mai 2018)"
    if len(text.split()) > 14 or full_date(text) is None:
        return False
    undated = re.sub(r"(?<=\d)\.$", "", text)  # "Vienne, le 10 mars 2022.": a date line
    for mention in find_dates(undated, None):
        undated = undated.replace(mention.text, " ")
    # a line that ends a sentence is text; "Pressemitteilung v. 18.08.2017" ends in "v."
    sentence = re.search(r"(?<!\b[^\W\d_])(?<!\b[^\W\d_]{2})\.$", undated.rstrip())
    return len(re.findall(r"[^\W\d_]{2,}", undated)) <= 7 and not sentence


# the day the text calls today, in apposition right after it: "held … today, 3 March 2024,",
# "today (Tuesday, 3 March 2024)", "heute, am 3. März 2024", "aujourd'hui, mardi 3 mars 2024"
_TODAY = re.compile(
    r"(?i)\b(?:today|heute|aujourd['’]hui|hoy)\s*[,(]\s*(?:(?:am|le|el|den)\s+)?"
    r"(?:[^\W\d_]+,?\s+)?(?=\d)"
)


def today_date(paragraph: str, language: str) -> date | None:
    """Return the date the text's first paragraph gives in apposition to its "today", outside
    quotation marks: the release's date when nothing else dates it."""
    today = _TODAY.search(paragraph)
    if today is None or paragraph[: today.start()].count('"') % 2 or "“" in paragraph:
        return None
    day = find_dates(paragraph[today.end() : today.end() + 30], None, language)
    return day[0].value if day and day[0].start == 0 and not day[0].relative else None


# a cell of a byline that labels its author, photographer or source: "Text: Brio Agency",
# "Foto: Ana Lo", "Source: Presidency"
_LABEL_CELL = re.compile(r"^[^\W\d_][\w .'’-]{0,20}:\s*\S")
# a time of day by a cell's date: "14:05 March 3, 2024", "3 March 2024, 14:05"
_CELL_TIME = re.compile(
    r"^\s*[0-2]?\d[:.h][0-5]\d\b\s*(?:[ap]\.?m\.?|Uhr)?\s*,?|"
    r",?\s*[0-2]?\d[:.h][0-5]\d\b\s*(?:[ap]\.?m\.?|Uhr)?\s*$",
    re.I,
)


def _credit_cells_dated(text: str) -> bool:
    """Return whether a line of cells parted by bars is a byline whose one unlabelled cell is
    its date, with or without the hour: "Text: Agency | Photo: A, B | 14:05 March 3, 2024"."""
    cells = [cell.strip() for cell in text.split("|")]
    if len(cells) < 2 or not all(cells):
        return False
    unlabelled = [cell for cell in cells if not _LABEL_CELL.match(cell)]
    if len(unlabelled) != 1:
        return False
    day = _CELL_TIME.sub("", unlabelled[0]).strip()
    return bool(day) and full_date(day) is not None and len(day.split()) <= 5


def _first_cell(text: str) -> str:
    """Return the first of a line's cells parted by bars ("Date: 14/03/2019 | Source: X" →
    "Date: 14/03/2019"), or the whole line when it has none."""
    return text.split("|", 1)[0].strip() if "|" in text else text


# a date in figures appended to a headline the page gives again: "… of the Council 12.03.2026"
APPENDED_DATE = re.compile(r"\s+[0-3]?\d([./-])[01]?\d\1(?:19|20)\d\d\s*$")


# a page title's date after a bar: "Minister meets the envoy |05 May 2022"
BAR_DATED = re.compile(r"\s*\|\s*(?P<date>[^|]{6,30}?)\s*$")


def bar_date(line: str, language: str = "") -> date | None:
    """Return the date a headline ends with after a bar, when that is all that follows it."""
    dated = BAR_DATED.search(line) if "|" in line else None
    if dated is None or len(dated.group("date").split()) > 5 or not line[: dated.start()].strip():
        return None
    return full_date(dated.group("date"), language)
