"""The layout of a release: where the headline is, what the header says, where the text starts."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from datetime import date

from briefer.importers.datelines import read_dateline
from briefer.importers.dates import find_dates, full_date
from briefer.importers.document import TextDocument
from briefer.importers.furniture import furniture_flags, photo_credit, source_line
from briefer.importers.lexicon import (
    MONTH_PATTERN,
    PUBLISHERS,
    ROLE_PATTERN,
    SPEECH_VERBS,
    country_named,
)
from briefer.importers.persons import find_mentions

PUBLISHER_PATTERN = "|".join(sorted((re.escape(p) for p in PUBLISHERS), key=len, reverse=True))
_FROM_LINE = re.compile(r"^(?:From|Von|Issued by|Herausgeber)\s*:\s*(?P<p>.{3,200})$")
_HEADER_LINES = 25
_OPENING = 6  # paragraphs of the text a dateline may open
_FOOTER_LINES = 15
_SAYS = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
_ORG_LINE = re.compile(
    r"^(?:The\s+)?(?:Federal\s+)?(?:Ministry|Ministère|Department|Embassy|Bundesministerium|"
    r"Presse- und Informationsamt|Prime Minister's Office|Government Offices)\b"
    # its name goes on with "of", "der", "de" …: "Ministry denies reports" is a headline
    r"(?:\s+(?:of|for|des|der|für|de|du|d['’]|in|at|to)\b[^.:,]{0,80})?$"
)


@dataclass
class Layout:
    """Which paragraph is the headline, which are the body, and what the header says."""

    title: str
    title_index: int | None
    body: list[int]
    publisher: str
    published: date | None
    labels: list[str]  # page furniture near the top: "press release", "readout", …
    bylines: list[str]  # "Tammy Bruce, Department Spokesperson"
    standfirst: list[str]  # lines between the headline and the text
    dateline: str = ""  # the place a dateline names: "PARIS, 7 April 2025 –" → "Paris"
    # the page's headline over the title when the title is its sub-heading: the release's name
    # for the reader, while the passes read the sub-heading, which tells what happened
    headline: tuple[int, str] | None = None


def read_layout(document: TextDocument, paragraphs: list[str], language: str = "") -> Layout:
    """Find the headline, the header lines (publisher, date, bylines) and the body; language
    says how to read numeric dates ("10/02/2012" is February in French)."""
    flags = furniture_flags(paragraphs)
    labels = [p.strip().casefold() for p, f in zip(paragraphs, flags, strict=True) if f][:15]
    header = _read_header(
        paragraphs, flags, known_publisher(document.publisher), document.date_published, language
    )
    publisher, published, bylines = header.publisher, header.published, header.bylines
    candidates = [
        i for i, p in enumerate(paragraphs) if not flags[i] and i not in header.lines and p.strip()
    ]
    repeated = _repeated_line(paragraphs, flags)
    dated_again = ""  # the headline given again with its date: "… (03/08/2022)"
    if repeated is None:
        title_index, over = _title_index(document.title, paragraphs, candidates)
        if over is not None and _in_chrome(paragraphs, title_index or 0, over):
            over = None  # the site's banner over its menu, not a headline over its deck
    else:
        over = None
        title_index, again = repeated
        candidates = [i for i in candidates if i != again]
        dated_again = _without_kicker(paragraphs[again].strip())
    title = document.title.strip() if document.title else ""
    # a speech's heading block: "Remarks by the Honourable X" / office / "Delivered at …" /
    # place / date, or a heading in capitals over lines ("ALLOCUTION DE … MADAME" / "NAME" /
    # "LORS DE …"): its first lines are the title, the rest is no part of the text
    block = _speech_block(paragraphs, candidates, title_index) if repeated is None else None
    if block is not None:
        title_index = block[0]
        heading = " ".join(paragraphs[i].strip() for i in block[1])
        title = _without_kicker(heading.removesuffix(",").rstrip())
    elif title_index is not None:  # a heading split over lines ends its first in a comma
        title = _without_kicker(paragraphs[title_index].strip().removesuffix(",").rstrip())
    title = (
        title
        or _dated_headline(paragraphs, header.lines)
        or _label_headline(paragraphs)
        or _opening_words(paragraphs, candidates)
    )
    start = -1 if title_index is None else title_index
    while start >= 0 and start + 1 < len(paragraphs) and _kicker_after(paragraphs[start + 1]):
        start += 1  # the headline's quoted kicker is no part of the text
    start_of_title = -1 if title_index is None else title_index
    # a standfirst, "From:" and "Published" lines right after the title belong to the header
    following = [i for i in range(start + 1, min(start + 5, len(paragraphs))) if i in header.lines]
    between = range(start + 1, max(following, default=start))
    text_after = following and any(_reads_like_text(p) for p in paragraphs[max(following) + 1 :])
    if text_after and sum(_reads_like_text(paragraphs[i]) for i in between) <= 1:
        start = max(following)
    start = max(start, block[2]) if block is not None else start
    body = [i for i in candidates if i > start]
    # the speech's own heading under the headline, above its text, names who speaks
    opening = next((i for i in body if _reads_like_text(paragraphs[i])), len(paragraphs))
    body = [i for i in body if i > opening or not _speaker_heading(paragraphs[i])]
    # page clutter before the text: captions given twice, the headline or a header line given
    # again, a link, a stray tag (a bulleted summary may be a speech's address: it stays)
    body = [i for i in body if i >= opening or not _clutter(paragraphs, i, title)]
    # the text's first line, or a paragraph it opens after photo captions ("LH X (l.) im
    # Gespräch mit …" / "Graz (11. August 2022).- Auf seiner …")
    dateline = read_dateline(paragraphs[body[0]], language) if body else None
    dateline = dateline or next(
        (
            line
            for i in body[1:_OPENING]
            if (line := read_dateline(paragraphs[i], language))
            and len(paragraphs[i][line.end :].split()) >= 5
        ),
        None,
    )
    place = ""
    if dateline and full_date(dateline.written, language):
        published = published or full_date(dateline.written, language)
        place = dateline.place.title() if dateline.place.isupper() else dateline.place
    published = _article_date(paragraphs, title_index, published, language) or published
    publisher = (
        publisher
        or known_publisher(title[:80])
        or _footer_publisher(paragraphs)
        or _named_in(document.meta.get("page:chrome", ""))
        or header.office
    )
    title = _without_home(title, PUBLISHERS.get(publisher, ""))
    # the headline over the line the passes read as the title, its sub-heading (the deck names
    # the people and the meeting; the headline is what the page calls the release)
    headline = "" if over is None or block is not None else paragraphs[over].strip()
    headline = _without_home(_without_kicker(headline), PUBLISHERS.get(publisher, ""))
    # a copy's "Quelle: Pressemitteilung … am 1. März 2022" dates the original, not the copy
    published = next(
        (day for p in paragraphs if source_line(p) and (day := full_date(p, language))), published
    )
    if published is None:
        # a closing "Berlin, 3 May 2021" dates the release; a date line under "The letter
        # reads:" dates the letter it introduces
        last = range(max(0, len(paragraphs) - _FOOTER_LINES), len(paragraphs))
        published = next(
            (
                full_date(paragraphs[i], language)
                for i in reversed(last)
                if _is_date_line(paragraphs[i].strip())
                and not _introduced(paragraphs, i)
                and i not in header.lines  # an event's date line at the top
            ),
            None,
        )
    published = published or _headline_date(title, language)
    published = published or _kicker_date(paragraphs, title_index, language)
    # the page's headline with its date after a bar, above the headline or as it
    published = published or next(
        (
            day
            for i in range(min(_HEADER_LINES, (title_index or 0) + 1))
            if (day := _bar_date(paragraphs[i], language))
        ),
        None,
    )
    published = published or (_again_date(dated_again, language) if dated_again else None)
    published = published or (_today_date(paragraphs[body[0]], language) if body else None)
    byline = [
        f"{paragraphs[i].strip()}, {paragraphs[i + 1].strip()}"
        if _role_follows(paragraphs, i)
        else paragraphs[i]
        for i in bylines
        if title_index is None or i > title_index
    ]
    standfirst = [
        paragraphs[i]
        for i in range(start_of_title + 1, body[0] if body else 0)
        if not flags[i] and i not in bylines and i not in header.only
    ]
    layout = Layout(title, title_index, body, publisher, published, labels, byline, standfirst)
    layout.dateline = place
    layout.headline = (over, headline) if over is not None and headline else None
    return layout


def _kicker_date(paragraphs: list[str], title_index: int | None, language: str) -> date | None:
    """Return the day a headline line at the top gives before its words, in figures or written
    out ("PRM / 18-11-2022 – Joint Statement …", "18 November 2022 – Minister …")."""
    for paragraph in paragraphs[: min(_HEADER_LINES, (title_index or 0) + 1)]:
        line = paragraph.strip()
        kicker = _DATED_KICKER.match(line)
        if kicker and len(line[kicker.end() :].split()) >= 3:
            return full_date(kicker["date"], language)
    return None


def _introduced(paragraphs: list[str], index: int) -> bool:
    """Return whether a line comes right after one that introduces a text ("The letter
    reads:"): a date line there dates that text, not the release."""
    return index > 0 and paragraphs[index - 1].rstrip().endswith(":")


@dataclass
class _Header:
    """What the lines at the top of a release say, and which lines they are."""

    publisher: str
    published: date | None
    office: str = ""  # a ministry's name, the publisher if nothing better is found
    lines: set[int] = field(default_factory=set)
    only: set[int] = field(default_factory=set)  # lines that are header and nothing else
    bylines: list[int] = field(default_factory=list)
    dated_by_line: bool = False  # the date comes from a date line, not the page's metadata
    issued: bool = False  # the date line says it is the day of issue ("Issued on …")


def _publisher_line(text: str, index: int, header: _Header) -> bool:
    """Note a "From:" line or a line that only names the publisher; return whether it is one."""
    from_line = _FROM_LINE.match(text)
    if from_line and len(text.split()) <= 16:
        header.publisher = header.publisher or known_publisher(from_line.group("p"))
        header.only.add(index)
    elif known_publisher(text, whole=True):
        header.publisher = header.publisher or known_publisher(text)
    else:
        return False
    header.lines.add(index)
    return True


def _read_header(
    paragraphs: list[str],
    flags: list[bool],
    publisher: str,
    published: date | None,
    language: str,
) -> _Header:
    """Read the header lines: "From:" lines, publishers, date lines, the office, bylines."""
    header = _Header(publisher, published)
    text_starts = next(
        (i for i, p in enumerate(paragraphs) if not flags[i] and _reads_like_text(p)),
        len(paragraphs),
    )
    for index, paragraph in enumerate(paragraphs[:_HEADER_LINES]):
        text = paragraph.strip()
        if _publisher_line(text, index, header):
            continue
        if index < text_starts and (
            (_EVENT_TIME.match(text) and full_date(text, language))
            or (_EVENT_LINE.match(text) and _line_date(text, paragraphs, language))
        ):
            header.lines.add(index)  # an event's when and where: neither title nor release date
        elif (
            index
            and _DATE_LABEL.match(paragraphs[index - 1].strip())
            and (day := _short_date(text) or _slashed_date(text, paragraphs, language))
        ):
            # "erstellt am" / "16. 09. 08": a portal's date line, its year in two digits
            header.published = header.published or day
            header.lines.update((index - 1, index))
            header.only.update((index - 1, index))
        elif _introduced(paragraphs, index):
            continue  # "The letter reads:" / "30 April 2023": the letter's date
        elif (_is_date_line(text) and not _dated_sentence(text, index, text_starts)) or (
            _ISSUED.match(text) and len(text.split()) <= 20
        ):
            _note_date(header, text, _line_date(text, paragraphs, language))
            header.lines.add(index)
            header.only.add(index)
        elif _ORG_LINE.match(text) and not header.office:
            # a PDF may run the header lines together: "Ministry of External Affairs
            # Government of India Press Releases"
            header.office = re.split(
                r"\s+(?:Government of|Press Releases?|Pressemitteilung|News)\b", text
            )[0]
            header.lines.add(index)
        elif (
            index < text_starts
            and not flags[index]
            and _is_byline(text, headed=_headed(paragraphs, flags, index, header))
        ):
            header.bylines.append(index)
            header.lines.add(index)
        elif (
            index < text_starts and _NAME_LINE.fullmatch(text) and _role_follows(paragraphs, index)
        ):
            header.bylines.append(index)  # "Michael R. Pompeo" over "Secretary of State"
            header.lines.update((index, index + 1))
    return header


def _note_date(header: _Header, line: str, day: date | None) -> None:
    """Note the date a header's date line gives: the first, or a later one labelled as the
    day of issue ("• 24 Apr. 2015 -" / "• Issued on 22 Apr. 2015": the first is the event's),
    never over the page's metadata."""
    if day and _ISSUED_ON.match(line) and header.dated_by_line and not header.issued:
        header.published, header.issued = day, True
    elif day and header.published is None:
        header.published, header.dated_by_line = day, True


# a line labelled as the day of issue: "Issued on 22 Apr. 2015", "• Published: 3 May 2024"
_ISSUED_ON = re.compile(
    r"(?i)^\W{0,3}(?:issued|published|released|publié(?:e)?|diffusé(?:e)?|veröffentlicht|"
    r"publicado|emitido)(?: on| le| am| el)?\s*:?\s*\d"
)


def _dated_sentence(text: str, index: int, text_starts: int) -> bool:
    """Return whether a short line after the text's first is a sentence of the text with a
    date, not a date line ("Prime Minister X is scheduled to return on Sunday, February 5,
    2023."): four words in lower case or more."""
    return index > text_starts and len(re.findall(r"\b[a-zäöüéèàç]{2,}\b", text)) >= 4


# "The press release issued by the Foreign Office on 9 January 2023.": a copy's date line
_ISSUED = re.compile(
    r"(?i)^(?:the |this )?(?:press release|news release|news story|statement|readout|speech|"
    r"article|communiqué|pressemitteilung|mitteilung)\s+(?:was\s+)?"
    r"(?:issued|published|released|veröffentlicht|publié)\b.*\d{4}"
)
_EVENT_TIME = re.compile(
    r"(?i)^\W*(?:zeit|uhrzeit|termin|wann|ort und zeit|time|date and time|when|heure|"
    r"date et heure|horaire|ablauf(?: am)?|programm|programme|schedule|"
    # an event's fields: "Location: Jakarta, IndonesiaDate: 13 October 2017"
    r"location|venue|lieu|ort)\b[^:]{0,40}:?"
)
_DATED = re.compile(r"\((?P<date>[^()]{6,30})\)\s*$")
# an event's name, its place and its date on a line of their own, as a speech's page heads
# its text: "Sea Ministerial Meeting, Brio, 12.03.2026", "Sommet de Lanvia, 4 mai 2022"
_EVENT_LINE = re.compile(
    r"^(?=[A-ZÄÖÜÉ\d])[^,:;.!?]{0,60}\b(?i:meeting|summit|conference|session|ministerial|"
    r"forum|assembly|symposium|dialogue|seminar|congress|tagung|konferenz|gipfel|sitzung|"
    r"réunion|sommet|conférence|reunión|cumbre|conferencia|sesión)\b[^,:;!?]{0,40},"
    r"(?:\s*[A-ZÄÖÜÉ][\w .'’-]{1,40},)?\s*(?:\d[\d./-]{5,9}\d|[^,]{6,24}\d{4})\.?$"
)


_DATE_LABEL = re.compile(
    r"(?i)^(?:erstellt|veröffentlicht|datum|date|published|publié)(?: am| on| le)?\s*:?$"
)
_SHORT_DATE = re.compile(r"^(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<y>\d\d)$")


def _short_date(text: str) -> date | None:
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


def _slashed_date(text: str, paragraphs: list[str], language: str) -> date | None:
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


def _article_date(
    paragraphs: list[str], title_index: int | None, published: date | None, language: str
) -> date | None:
    """Return the date of the article's own date line right under its headline when a bare
    date in figures above the headline (the site's, "2025/11/04") gave another."""
    if title_index is None or published is None or title_index + 1 >= len(paragraphs):
        return None
    under = paragraphs[title_index + 1].strip()
    if not _is_date_line(under) or _BARE_DATE.match(under):
        return None
    day = _line_date(under, paragraphs, language)
    bare = any(
        _BARE_DATE.match(p) and full_date(p.strip(), language) == published
        for p in paragraphs[:title_index]
    )
    return day if bare and day is not None and day != published else None


def _line_date(text: str, paragraphs: list[str], language: str) -> date | None:
    """Return the date a date line holds; "Date: 07/04/2023", day or month first, as the
    text's own dates agree ("… on 7 April"), else as the language reads it."""
    cell = _first_cell(text)
    written = full_date(text, language) or _short_date(cell)
    written = written or _slashed_date(cell, paragraphs, language)
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


def _headline_date(title: str, language: str) -> date | None:
    """Return the one date a headline ends with, the day of what it reports and of its
    release when nothing else dates it ("Séminaire de travail … (Berlin, 7 mai 2018)"); not
    one of several days ("(26 et 28 juillet 2012)", "(17./18.11.2016) … (18.11.2016)"); a
    speech's after a dash ("Address by … – Brio, May 4, 2020"), not the end of a span of days
    ("28 February - 3 March 2000")."""
    dated = _DATED.search(title) or _DASH_DATED.search(title)
    if dated is None or _SEVERAL_DAYS.search(title):
        return None
    mentions = find_dates(title, None, language)
    if dated.re is _DASH_DATED and any(m.start < dated.start() for m in mentions):
        return None
    days = [m for m in mentions if m.value]
    return days[0].value if len(days) == 1 and days[0].start >= dated.start() else None


def _again_date(line: str, language: str) -> date | None:
    """Return the date the headline given again holds: in brackets, after a dash, or in
    figures appended to it ("… of the Council 12.03.2026")."""
    appended = _APPENDED_DATE.search(line)
    if appended and not _SEVERAL_DAYS.search(line):
        return full_date(appended.group(0), language)
    return _headline_date(line, language)


# "26 et 28 juillet", "17./18.11.", "3-4 March", "du 2 au 4 mai": more than one day
# ("03/08/2022" is one day)
_SEVERAL_DAYS = re.compile(r"\b\d{1,2}\.?\s*(?:[-–/&]|et|and|und|au|bis|to)\s*\d{1,2}\b(?!/\d)")
# a speech heading's place and date after a dash: "Address by … – Brio, May 4, 2020"
_DASH_DATED = re.compile(
    r"\s[–—-]\s*(?:[A-ZÄÖÜ][\w.'’-]*(?: [\w.'’-]+){0,2},\s*)?"
    r"(?P<date>[^–—,()]{6,20}(?:,\s*\d{4})?)$"
)


# "Published 3 May 2021", "Posted on: 03/05/2021", "Veröffentlicht am 3. Mai 2021"
_PUBLISHED_LINE = re.compile(
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
def _is_date_line(text: str) -> bool:
    """Return whether a short line is there to date the release ("03.11.2022 - Press release",
    "DÉCLARATION DE LA PORTE-PAROLE (17 juin 2022)")."""
    if _EVENT_TIME.match(text):
        return False  # "Zeit: Donnerstag, 22. Februar 2001, 11.30 h": when an event is
    if (cell := _first_cell(text)) != text and (_short_date(cell) or _is_date_line(cell)):
        return True  # "Date: 14/03/2019 | Source: …", "14.03.19 | News": the cells after it
    if "|" in text and _credit_cells_dated(text):
        return True  # "Text: Agency | Photo: A, B | 14:05 March 3, 2024"
    if _PUBLISHED_LINE.match(text) or _PUBLISHED_UPDATED.match(text):
        return True  # "Published 3 May 202": a page's date line, even one cut short
    dated = _DATED.search(text)
    rest = text[: dated.start()] if dated else ""
    if dated and full_date(dated.group("date")) and (_shouts(rest) or len(rest.split()) <= 4):
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


def _today_date(paragraph: str, language: str) -> date | None:
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


def _repeated_line(paragraphs: list[str], flags: list[bool]) -> tuple[int, int] | None:
    """Return where a headline stands that the page gives twice before its text (the page's
    title over the article's heading), even one that holds a date, and where it stands
    again; not a banner in capitals, nor a photo's caption."""
    seen: dict[str, int] = {}
    for index, paragraph in enumerate(paragraphs[:_HEADER_LINES]):
        if _reads_like_text(paragraph):
            break
        line = " ".join(_undated(paragraph).casefold().split())
        if line in seen and _CAPTION.search(paragraph):
            return None  # the page gives each photo's caption twice: a line given twice is one
        if line in seen and len(line.split()) >= 3 and not flags[index] and not _shouts(paragraph):
            first = seen[line]
            if first == index - 1 and first and _reads_like_headline(paragraphs[first - 1]):
                return None  # a caption given twice in a row under the headline
            return first, index
        seen.setdefault(line, index)
    return None


def _undated(line: str) -> str:
    """Return a line without a date in brackets at its end ("… Summit (03/08/2022)[*]") or
    after a bar ("… meets the envoy |05 May 2022")."""
    if _bar_date(line):
        return line[: _BAR_DATED.search(line).start()]  # type: ignore[union-attr]
    dated = _DATED.search(_TAG.sub("", line.rstrip()))
    if dated and full_date(dated.group("date")):
        return line[: dated.start()]
    appended = _APPENDED_DATE.search(line)
    return line[: appended.start()] if appended and full_date(appended.group(0)) else line


# a date in figures appended to a headline the page gives again: "… of the Council 12.03.2026"
_APPENDED_DATE = re.compile(r"\s+[0-3]?\d([./-])[01]?\d\1(?:19|20)\d\d\s*$")


# a page title's date after a bar: "Minister meets the envoy |05 May 2022"
_BAR_DATED = re.compile(r"\s*\|\s*(?P<date>[^|]{6,30}?)\s*$")


def _bar_date(line: str, language: str = "") -> date | None:
    """Return the date a headline ends with after a bar, when that is all that follows it."""
    dated = _BAR_DATED.search(line) if "|" in line else None
    if dated is None or len(dated.group("date").split()) > 5 or not line[: dated.start()].strip():
        return None
    return full_date(dated.group("date"), language)


# the line that opens a speech's or a statement's heading: "Remarks by the Honourable X",
# "Statement to Parliament by …", "ALLOCUTION DE SON EXCELLENCE MADAME"
_SPEECH_HEAD = re.compile(
    r"(?i)^(?:[\w-]+\s+)?(?:statement|remarks|address|speech|allocution|discours|déclaration|"
    r"rede|erklärung|grußwort|ansprache|intervention|communication|message)"
    r"(?:\s+(?:to|before|in|au|à la|devant|vor\s+dem|im)\s+[^,]{2,40}?)?"
    r"\s+(?:by|of|from|du|de|d['’]|par|von|des|der)\b"
)
# words a heading line ends with when its next line goes on: "… SON EXCELLENCE MADAME"
_HEADING_DANGLES = frozenset(
    "madame monsieur excellence excellency honourable honorable hon. mr. mrs. ms. dr. "
    "frau herrn herr s.e. h.e.".split()
)
# what a heading's next line opens with when it says where or when: "LORS DE …", "AT THE …"
_HEADING_OCCASION = re.compile(
    r"(?i)^(?:lors|à l['’]occasion|au cours|devant|pendant|on the occasion|at the|during|"
    r"anlässlich|bei der|beim)\b"
)
_CHAMBER = re.compile(
    r"(?i)^(?:the )?(?:house of (?:assembly|commons|representatives|lords|keys)|parliament|"
    r"senate|national assembly|legislative (?:council|assembly)|assemblée nationale|sénat|"
    r"bundestag|bundesrat|nationalrat)(?: of [\w ]{3,30})?$"
)


def chamber_line(text: str) -> bool:
    """Return whether a line only names a chamber of parliament ("House of Assembly")."""
    return _CHAMBER.match(text.strip()) is not None


_BLOCK_LINES = 5  # the lines a speech's heading block may have below its first


def _speech_block(
    paragraphs: list[str], candidates: list[int], title_index: int | None
) -> tuple[int, list[int], int] | None:
    """Return a speech's heading block as (its first line, the lines of its title, its last
    line): a line that opens a speech's heading ("Remarks by …") at or above the headline the
    lines chose, short lines under it that are no sentences, then the text."""
    if title_index is None:
        return None
    first = next(
        (
            i
            for i in candidates
            if title_index - _BLOCK_LINES <= i <= title_index and _SPEECH_HEAD.match(paragraphs[i])
        ),
        None,
    )
    # a communication to parliament: "Minister of Foreign Affairs X" / "House of Assembly" /
    # date, then the text
    chamber = next(
        (i for i in candidates if i <= title_index and _CHAMBER.match(paragraphs[i].strip())),
        None,
    )
    if first is None and chamber is not None and chamber >= 1:
        above = paragraphs[chamber - 1].strip()
        first = chamber - 1 if _is_byline(above) and _ROLE_LINE.search(above) else None
        candidates = sorted({*candidates, chamber - 1})
    if first is None:
        return None
    lines = [first]
    below = [i for i in candidates if i > first]
    while below and below[0] == lines[-1] + 1 and _heading_line(paragraphs[below[0]]):
        last = paragraphs[lines[-1]].strip()
        following = paragraphs[below[0]].strip()
        dangles = last.split()[-1].casefold() in _HEADING_DANGLES | _DANGLING
        goes_on = _shouts(last) and _shouts(following) and _HEADING_OCCASION.match(following)
        if not (dangles or goes_on):
            break
        lines.append(below.pop(0))
    # the text, or the salutation it opens with ("Excellences, Mesdames et Messieurs,")
    text = next(
        (i for i in below if _reads_like_text(paragraphs[i]) or not _heading_line(paragraphs[i])),
        None,
    )
    if text is None:
        return None
    block = [i for i in below if i < text]
    if len(block) > _BLOCK_LINES or not all(_heading_line(paragraphs[i]) for i in block):
        return None
    if first == title_index and not block and len(lines) == 1:
        return None  # the headline alone: nothing to change
    return first, lines, max([lines[-1], *block, *range(lines[-1], text)])


def _heading_line(paragraph: str) -> bool:
    """Return whether a line may stand in a heading block: short, and no sentence."""
    text = paragraph.strip()
    return 0 < len(text.split()) <= 14 and not text.endswith((".", "!", "?", ";", ",", ":"))


def _title_index(
    meta_title: str, paragraphs: list[str], candidates: list[int]
) -> tuple[int | None, int | None]:
    """Return the headline: the page's own title if it names one, else the last line before
    the text begins that reads like a headline (site banners and section names come first);
    and the line over it when that is the headline and it the sub-heading (or None)."""
    if meta_title:
        wanted = meta_title.strip().casefold()
        for index in candidates[:12]:
            text = paragraphs[index].strip().casefold()
            if text and (text == wanted or wanted.startswith(text) or text.startswith(wanted)):
                return index, None
    window = candidates[:_HEADER_LINES]
    # an aggregator's sentence that introduces the release is no part of its text ("Estoria's
    # MFA has replied to a post by a foreign diplomat; its full text follows.")
    start = next(
        (
            i
            for i in window
            if _reads_like_text(paragraphs[i]) and not _INTRODUCES_TEXT.search(paragraphs[i])
        ),
        None,
    )

    # the captions of the photos under the headline come after it
    captioned = next((i for i in window if _CAPTION.search(paragraphs[i])), None)
    headlines = [
        i
        for i in window
        if (start is None or i < start)
        and (captioned is None or i < captioned)
        and (_reads_like_headline(paragraphs[i]) or _lone_bullet(paragraphs, i))
    ]
    # a news site gives the headline again inside its section labels ("ESTORIA :: Trade
    # fair : Dahl opens the season :: ESTORIA" under "Dahl opens the season"): the plain one
    headlines = [i for i in headlines if not _labelled_again(paragraphs, i, headlines)]
    # a news site's place and name under the headline: "Brio – Estoria Daily"
    headlines = headlines[:1] + [i for i in headlines[1:] if not _PLACE_SITE.match(paragraphs[i])]
    # a photo's caption given twice in a row is no headline when another line is
    headlines = [i for i in headlines if not _given_twice(paragraphs, i)] or headlines
    # a photo's caption under the headline, over its credit ("Photo: Norland News Agency"), is
    # no headline either (a headline over a photo's credit alone stays one)
    headlines = headlines[:1] + [
        i for i in headlines[1:] if i + 1 >= len(paragraphs) or not photo_credit(paragraphs[i + 1])
    ]
    mixed = [i for i in headlines if not _shouts(paragraphs[i])]
    # a quotation under the headline is its kicker: "„Internationale Kontakte müssen …“"
    unquoted = [i for i in mixed if not _quotation(paragraphs[i])]
    if mixed or headlines:
        chosen = _above_speaker_headings(paragraphs, unquoted or mixed or headlines)
        above = _headline_above(paragraphs, chosen, headlines)
        if above is not None:
            return above, None
        lines_above = [i for i in window if i < chosen[-1]]
        if lines_above and _heading_goes_on(paragraphs[lines_above[-1]], paragraphs[chosen[-1]]):
            # "Déclaration de presse par X," / "Secrétaire générale, …"
            return lines_above[-1], None
        over = _over_subheading(paragraphs, window, chosen)
        return chosen[-1], (over if over != chosen[-1] else None)
    caption = paragraphs[start] if start is not None else ""
    if start is not None and len(caption.split()) <= 25 and ":" not in caption:
        # a photo's caption above the headline: "Ein Dutzend Mikrophone stehen auf dem Tisch …"
        after = window[window.index(start) + 1 : window.index(start) + 5]
        for above, below in itertools.pairwise(after):
            if _reads_like_headline(paragraphs[above]) and _reads_like_text(paragraphs[below]):
                return above, None
    fallback = next(
        (
            i
            for i in window
            if (start is None or i < start)
            and 3 <= len(paragraphs[i].split()) <= 30
            and not _NOT_HEADLINE.search(paragraphs[i])
        ),
        None,
    )
    return fallback, None


def _over_subheading(paragraphs: list[str], window: list[int], chosen: list[int]) -> int:
    """Return the headline over its sub-heading: of two lines that read like headlines, one
    right under the other above the text, the first is the headline and the second its deck
    ("Minister X ends visit to Norland" / "Talks, a concert and a walk in the hills") unless the
    first is the site's trail ("Home > News > …", "| Events") or repeats the second ("Press
    Releases: Minister X …" over "Minister X …")."""
    last = chosen[-1]
    position = window.index(last)
    above = window[position - 1] if position else None
    if above is None or above not in chosen or _site_line(paragraphs[above]):
        return last
    upper, lower = (" ".join(paragraphs[i].casefold().split()) for i in (above, last))
    return last if lower in upper else above


def _in_chrome(paragraphs: list[str], under: int, over: int) -> bool:
    """Return whether the page says the line under is its headline: a trail between the two
    ("Home > Press Releases", the banner above it) or a release's label right over it ("Press
    release" / "UK provides …", the section above it)."""
    between = [" ".join(paragraphs[i].split()) for i in range(over + 1, under)]
    return any(_RELEASE_LABEL.fullmatch(line) or re.search(r"\s[>»]\s", line) for line in between)


def _site_line(text: str) -> bool:
    """Return whether a line over the headline is the site's, not the release's: a trail, a
    section ("Speeches and statements of the Minister", "Latest news"), a label ("Press
    Release No. 12") or an office's name ("Ministry of Foreign Affairs, Trade and
    Development", "Office of the Spokesperson", "Gobierno de la República")."""
    line = " ".join(text.split())
    return bool(
        _TRAIL.search(line)
        or (len(line.split()) <= 5 and _SECTION_WORDS.search(line))
        or _SECTION_WORDS.match(line.removeprefix("Latest ").removeprefix("All "))
        or _RELEASE_LABEL.fullmatch(line)
        or _OFFICE_NAME.fullmatch(line)
    )


_SECTION_WORDS = re.compile(
    r"(?i)\b(?:news|(?:press|media|news)\s+(?:releases?|room|office|cent(?:re|er))|releases|"
    r"statements|speeches|events|media|newsroom|updates|"
    r"announcements|actualités|communiqués|noticias|comunicados|aktuelles|nachrichten|"
    r"pressemitteilungen|reden)\b"
)
_NAME_PARTICLE = (
    r"(?:of|the|and|for|on|de|del|la|las|los|le|les|du|des|d['’]|der|die|und|für|y|et|e)"
)
_OFFICE_NAME = re.compile(
    r"(?:The\s+)?(?:Federal\s+|Permanent\s+)?(?:Government|Office|Presidency|Ministry|Mission|"
    r"Embassy|Department|Secretariat|Gouvernement|Présidence|Ministère|Ambassade|Gobierno|"
    r"Presidencia|Ministerio|Embajada|Regierung|Bundesregierung|Botschaft)"
    rf"(?:,?\s+(?:{_NAME_PARTICLE}|[A-ZÄÖÜÉ&][\w'’.&-]*))*"
)


# a site's navigation trail, not a headline: "Home > News > …", "| Events", "What's New/Press
# Releases", "Ministerpräsident - Staatskanzlei : Thema: Ministerien"
_TRAIL = re.compile(r"^\s*[|>]|\s>|>\s|\s»\s|[^\W\d]/[^\W\d]|\s:\s.*:")


def _headline_above(paragraphs: list[str], chosen: list[int], headlines: list[int]) -> int | None:
    """Return the headline above the last line that reads like one when that line repeats it
    or is its deck (the headline may be in capitals then)."""
    if len(chosen) >= 2 and _repeats_above(paragraphs, chosen[-2], chosen[-1]):
        return chosen[-2]
    if chosen[-1] - 1 in headlines and _deck(paragraphs, chosen[-1]):
        return chosen[-1] - 1
    return None


def _deck(paragraphs: list[str], under: int) -> bool:
    """Return whether a line under the headline is a news article's deck: a phrase of ten
    words or more with a comma, longer than the headline, over the author's byline ("X en
    visite à Sélo" / "X, ministre …, reçue par le président Y" / "Par Jean Marc")."""
    return (
        under + 1 < len(paragraphs)
        and _byline(paragraphs[under + 1])
        and "," in paragraphs[under]
        and len(paragraphs[under].split()) >= max(10, len(paragraphs[under - 1].split()) + 1)
    )


# an author's byline, maybe with a role, a date or the desk after it: "Par Jean Marc", "By Ana
# Vel | 5 April 2022", "Von Karl Moen, Brio", "Par Jean Marc, envoyé spécial", "Par la rédaction"
_BYLINE_OPENS = re.compile(
    r"^(?:Par|By|Von|Por)\s+(?:(?:la|le|notre|nos|our|the|staff|unsere[mr]?|nuestro)\s+\w+|"
    r"[A-ZÄÖÜÉ][\w.'’-]+(?:\s+[A-ZÄÖÜÉ][\w.'’-]+){0,3}\b)[^.!?]{0,40}$"
)


def _byline(text: str) -> bool:
    """Return whether a line is an author's byline: "Par Jean Marc, envoyé spécial"."""
    return len(text.split()) <= 8 and _BYLINE_OPENS.match(text.strip()) is not None


_PLACE_SITE = re.compile(
    r"^\s*[A-ZÄÖÜ][\w.'’-]+(?:\s[A-ZÄÖÜ][\w.'’-]+)?\s[–—-]\s"
    r"[A-ZÄÖÜ][\w.'’-]*(?:\s[A-ZÄÖÜ][\w.'’-]*){0,3}\s*$"
)


def _labelled_again(paragraphs: list[str], index: int, headlines: list[int]) -> bool:
    """Return whether a line is another headline set inside a site's section labels ("X ::",
    ":: Y", "Trade fair :")."""
    line = paragraphs[index]
    if "::" not in line:
        return False
    words = " ".join(line.casefold().split())
    return any(
        j != index
        and "::" not in paragraphs[j]
        and len(paragraphs[j].split()) >= 3
        and " ".join(paragraphs[j].casefold().split()) in words
        for j in headlines
    )


_INTRODUCES_TEXT = re.compile(
    r"(?i)(?:\b(?:its|the|whose|their) (?:full |complete )?(?:text|statement|wording) "
    r"(?:follows|is below|reads as follows|is as follows)|\b(?:reads|is|are) as follows|"
    r"\bthe following is the (?:full |complete )?text\b[^.]{0,80}|"
    r"\b(?:im wortlaut|le texte (?:intégral )?(?:suit|ci-dessous)))\W*$"
)


_BULLET = re.compile(r"^\s*[•·▪]\s*")


def _lone_bullet(paragraphs: list[str], index: int) -> bool:
    """Return whether a line is a headline a site set with a bullet ("• Moen receives …"):
    one bulleted line, not an item of a list (the lines next to it have no bullet)."""
    if not _BULLET.match(paragraphs[index]):
        return False
    near = paragraphs[max(0, index - 1) : index] + paragraphs[index + 1 : index + 2]
    return not any(_BULLET.match(p) for p in near) and _reads_like_headline(
        _BULLET.sub("", paragraphs[index])
    )


def _repeats_above(paragraphs: list[str], above: int, below: int) -> bool:
    """Return whether a headline line only repeats the one above it: a line of keywords
    repeating its words, or the page's new headline under its old one."""
    if _keywords(paragraphs[below], paragraphs[above]):
        return True
    return above == below - 1 and _variants(paragraphs[above], paragraphs[below])


def _variants(first: str, second: str) -> bool:
    """Return whether two headline lines are variants of one headline ("Minister X
    telefoniert mit Y" / "Minister X spricht mit Y"): the same opening words, nearly the same
    length and most words shared, but not the same line."""
    one, two = first.casefold().split(), second.casefold().split()
    if one == two or one[:2] != two[:2] or abs(len(one) - len(two)) > 2:
        return False
    shared = len(set(one) & set(two))
    return shared >= 3 and 3 * shared >= 2 * max(len(set(one)), len(set(two)))


def _keywords(line: str, above: str) -> bool:
    """Return whether a line is a string of keywords repeating the headline above it
    ("Mitteilung Ministerium Anna Berg Lage Vestria" under "MINISTERIUM: Anna Bergs …"): capital
    words only, no punctuation and no word that joins a phrase, half of them the headline's."""
    words = line.split()
    if len(words) < 4 or re.search(r"[^\w\s'’-]", line):
        return False
    if not all(w[0].isupper() for w in words) or any(w.casefold() in _DANGLING for w in words):
        return False
    seen = {w.casefold() for w in re.findall(r"\w+", above)}
    return 2 * sum(w.casefold() in seen for w in words) >= len(words)


def _heading_goes_on(first: str, following: str) -> bool:
    """Return whether a heading is split over lines, its first ending in a comma and the next
    giving the speaker's role ("Rede von X," / "Secretary-General, Union of Ports")."""
    text = first.strip()
    return (
        text.endswith(",")
        and _reads_like_headline(text[:-1])
        and _ROLE_LINE.match(following.strip()) is not None
    )


def _quotation(text: str) -> bool:
    """Return whether a line is a quotation and nothing else, with no full stop: a kicker
    ("„Internationale Kontakte müssen gepflegt werden“"), not a sentence someone said."""
    line = _CREDITED.sub("", text.strip())  # '"… priorities" – Sharma': credited, still a kicker
    return (
        len(line) > 2 and line[0] in "„“”\"«‚'" and line[-1] in "“”\"»‘’'" and line[-2] not in ".!?"
    )


_CREDITED = re.compile(r"(?<=[“”\"»‘’'])\s+[–—-]\s+[A-ZÄÖÜ][\w.'’-]*(?:\s+[A-ZÄÖÜ][\w.'’-]*){0,2}$")


def _kicker_after(paragraph: str) -> bool:
    return _quotation(paragraph) and _reads_like_headline(paragraph)


def _dated_headline(paragraphs: list[str], header: set[int]) -> str:
    """Return, for a release with no other headline, a header line that names the release
    with its date ("Department Press Briefing – February 17, 2021"), not a bare date line."""
    for index in sorted(header):
        line = " ".join(paragraphs[index].split())
        if _is_date_line(line) and not _PUBLISHED_LINE.match(line):
            undated = line
            for mention in find_dates(line, None):
                undated = undated.replace(mention.text, " ")
            if len(re.findall(r"[^\W\d_]{2,}", undated)) >= 3:
                return line
    return ""


def _label_headline(paragraphs: list[str]) -> str:
    """Return, for a release with no other headline, the label that heads it ("Communiqué de
    presse", "Press Release (3-5-2021)") when it stands above the text: the release's only
    name."""
    for paragraph in paragraphs[:_LABEL_LINES]:
        line = " ".join(paragraph.split())
        if _reads_like_text(line):
            return ""
        if _RELEASE_LABEL.fullmatch(line):
            return line
    return ""


_LABEL_LINES = 4
# a release's label, a date or number in brackets after it: "Press Release (3-5-2021)"
_RELEASE_LABEL = re.compile(
    r"(?i)(?:press|news|media) (?:release|statement)|communiqué(?: de presse)?|"
    r"comunicado(?: de prensa)?|pressemitteilung|presseerklärung|presseinformation|"
    r"déclaration(?: de presse)?|press communiqué"
    r"(?:\s*(?:no\.?|nr\.?|n°)?\s*\d+(?:/\d+)?)?(?:\s*\([^()]{4,30}\))?"
)


def _opening_words(paragraphs: list[str], candidates: list[int]) -> str:
    """Return a title for a release with no headline: its first words, cut at a word (not a
    time line such as "2:37 p.m. EST")."""
    first = next((i for i in candidates if not _TIME_LINE.match(paragraphs[i].strip())), None)
    text = " ".join(paragraphs[first].split()) if first is not None else ""
    if len(text) <= 90 or _one_sentence(text):
        return text
    return text[:90].rsplit(" ", 1)[0] + " …"


def _one_sentence(text: str) -> bool:
    """Return whether a line is a headline written as one sentence, not cut: at most
    _SENTENCE_HEADLINE words, no sentence ending inside it ("The Foreign Minister held
    bilateral meetings with the ministers of Norland, Vestria and Brio.")."""
    return len(text.split()) <= _SENTENCE_HEADLINE and not _SENTENCE_INSIDE.search(text)


_SENTENCE_HEADLINE = 40


def _shouts(text: str) -> bool:
    """Return whether a line is in capitals: a page repeating its headline, or a banner."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 10 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _reads_like_text(paragraph: str) -> bool:
    text = paragraph.strip()
    ends = (
        text.endswith((".", "!", "?", ":", "”", '"', "»", "«"))
        and not _INITIALS.search(text)
        and not _QUOTED_CLAUSE.search(text)
    )
    # a long line the page wrapped mid-sentence after a whole sentence is text too
    wrapped = len(text.split()) >= _WRAPPED_WORDS and _SENTENCE_INSIDE.search(text) is not None
    return len(text.split()) >= 12 and (ends or wrapped)


# a headline may end in a quotation after a colon, with no full stop inside its closing mark:
# 'Minister Berg opens the new port: "This harbour will serve the region for decades"'
_QUOTED_CLAUSE = re.compile(r"^[^.!?:]{8,}:\s*[„“\"«‘][^„“”\"«»]{8,}[^.!?,…\s]\s?[”“\"»’]$")
_WRAPPED_WORDS = 25
_SENTENCE_INSIDE = re.compile(r"[a-zäöüßéè]{3}[.!?]\s+[A-ZÄÖÜÉ][a-zäöüßéè]")


# A line ending in one of these is a sentence broken over two lines, not a headline.
_DANGLING = frozenset(
    "the a an of and or to in on with for by at from as that der die das den dem des und "
    "oder mit von zu zur zum im für bei auf le la les l de du et à au aux en pour par avec".split()
)


# What a site or a wire puts before or after a headline: "Press Releases: …", "PRESS RELEASE :
# …", "Bundesregierung: …", a copy's field label "Headline: …", "… [January 2023]", "… [中文]"
_KICKER = re.compile(
    r"^(?:press releases?|media releases?|pressemitteilung(?:en)?|communiqué de presse|"
    r"news|bundesregierung|aktuelles|actualités|headline|title|titel|titre|título)\s*:\s+(?=\S)",
    re.IGNORECASE,
)
_TAG = re.compile(r"\s*\[[^\]]{1,20}\]$")
# flags and pictographs a social-media post sets around its headline ("🇸🇳 … 🇷🇺", "📌 …"):
# no print font has them, and they are no part of the title
_EMOJI = "\U0001f1e6-\U0001f1ff\U0001f300-\U0001faff\u2600-\u27bf\ufe0f\u200d"
_EMOJI_ENDS = re.compile(f"^[{_EMOJI}\\s]+|[{_EMOJI}\\s]+$")


def _without_kicker(title: str) -> str:
    title = _undated(title) if _bar_date(title) else title
    title = _EMOJI_ENDS.sub("", title) or title
    title = _BULLET.sub("", title) or title
    title = _NUMBERED.sub("", title) or title
    title = _DATED_KICKER.sub("", title) or title
    title = _REGION_KICKER.sub("", _KICKER.sub("", title)) or title
    title = _PORTAL_KICKER.sub("", title) or title
    title = _SECTION_LABELS.sub("", title) or title
    title = _GLUED_SECTION.sub("", title) or title
    title = _GLUED_CAPITALS.sub("", title) or title
    title = _CURLY_QUOTED.sub(r"\1", title) or title
    title = _WIRE_TAG.sub("", title) or title
    title = _without_section(title)
    title = _CAPITALS_OVER_SUBTITLE.sub(r"\g<caps>", title) or title
    return _TAG.sub("", _KICKER.sub("", title)).strip() or title


# a headline in capitals run into its subtitle in mixed case on one line: "MINISTER X
# RECEIVES Y IN PARLIAMENT President of the … on a visit": the capitals, thirty characters or
# more (not a headline opening in acronyms, "NATO SG MEETS EU HR Borrell …"), are the headline
_CAPITALS_OVER_SUBTITLE = re.compile(
    r"^(?=[^a-zäöüßé]{30})(?P<caps>(?:[A-ZÄÖÜÉ0-9][A-ZÄÖÜÉ0-9.,:'’-]*\s+){3,}[A-ZÄÖÜÉ0-9][A-ZÄÖÜÉ0-9.'’-]*)"
    r"\s+[A-ZÄÖÜÉ][a-zäöüßé]+(?:\s+\S+){2,}$"
)


# a headline set in typographic quotation marks as a whole: "“Minister Berg receives …”" (a
# headline that only ends or opens in a quotation keeps its marks)
_CURLY_QUOTED = re.compile(r"^\s*[“‘]((?:[^“”‘’]|(?<=\w)’(?=\w))+)[”’]\s*$")


# a wire's tag in capitals before its headline: "(LEAD) …", "(2nd LD) …", "(URGENT) …"
_WIRE_TAG = re.compile(r"^\((?=[^()]*[A-Z]{2})[\w ]{2,16}\)\s+(?=[A-ZÄÖÜÉ\d])")
# a site's section before the headline, which the headline says again: "Defence Minister –
# Defence Minister travels to …", "Foreign Affairs – The Foreign Affairs Minister meets …"
_SECTION_DASH = re.compile(r"^(?P<section>[^–—:|]{3,40}?)\s+[–—]\s+(?=\S)")


def _without_section(title: str) -> str:
    """Return a headline without the site's section before it when the headline repeats the
    section's words."""
    section = _SECTION_DASH.match(title)
    if section is None:
        return title
    rest = title[section.end() :]
    again = re.search(rf"(?i)\b{re.escape(section.group('section'))}\b", rest)
    return rest if len(rest.split()) >= 3 and again else title


# "Southern Africa: Estoria, Norland Sign …": a news portal's region of a continent, or a
# continent or a foreign ministry's regional desk: "Africa: …", "Europe and Eurasia: …",
# "East Asia and the Pacific: …", "Western Hemisphere: …"
_REGION = (
    r"(?:(?:East|West|North|South|Southern|Northern|Eastern|Western|Central|Near) )?"
    r"(?:Africa|Asia|Europe|Eurasia|America|Americas|Hemisphere|East)|Horn of Africa|"
    r"Latin America|Great Lakes|Sahel|Maghreb|Gulf|Caribbean|Pacific|Balkans"
)
_REGION_KICKER = re.compile(rf"^(?:{_REGION})(?:,? and (?:the )?(?:{_REGION}))?\s*:\s+(?=[A-Z])")


# a portal's region before a headline credited to someone: "Nordmark: Ilse Barth: …"
_PORTAL_KICKER = re.compile(
    r"^[A-ZÄÖÜ][\w-]{3,30}:\s+(?=(?:[A-ZÄÖÜ][\w.'’-]+\s+){1,2}[A-ZÄÖÜ][\w'’-]+:\s)"
)


# a news site's section labels around a headline: "ESTORIA :: …", "… :: ESTORIA"
_SECTION_LABELS = re.compile(r"^[^:]{2,30}\s::\s+(?=\S)|\s+::\s[^:]{2,30}$")


# a site's section label joined to the headline by a hyphen: "News-Foreign Minister meets …"
_GLUED_SECTION = re.compile(
    r"^(?i:(?:latest |top |local |world |foreign )?news|press releases?|media releases?|"
    r"headlines|top stories|updates|announcements|statements|featured|foreign affairs|diplomacy|"
    r"politics|government|aktuelles|nachrichten|actualités|noticias)[-–](?=[A-ZÄÖÜÉ][a-zäöüé])"
)
# "19.10.23 His Excellency … receives envoys": the day, in figures, before the headline
# a scraped page's section tag in capitals glued to the headline's first word: "POLITICSThe
# minister …", "NEWSMinister X …", "ACTUALITÉLe ministre …"
_GLUED_CAPITALS = re.compile(r"^[A-ZÄÖÜÉÈ]{4,}(?=[A-ZÄÖÜÉÈ][a-zäöüßéèàç]+\s)")
# or with a wire's or a desk's tag, written out, and a dash, a bar or a colon after it: "PRM /
# 18-11-2022 – Joint Statement …", "18 November 2022 – Minister …", "May 4, 2024: Minister …"
_DATED_KICKER = re.compile(
    r"^(?:[A-Z]{2,8}\s?/\s?)?(?P<date>[0-3]?\d[./-][01]?\d[./-](?:\d\d|\d{4})|"
    rf"[0-3]?\d\.?\s+(?:{MONTH_PATTERN})\.?\s+\d{{4}}|(?:{MONTH_PATTERN})\.?\s+[0-3]?\d,?\s+\d{{4}})"
    r"(?:\s*[–—|:-]\s*|\s+)(?=[A-ZÄÖÜÉ])"
)
# "No:438/23, Statement of the Ministry …": the release's number before its headline
_NUMBERED = re.compile(r"^(?:No|Nr|N°)\s*[:.]?\s*\d+(?:/\d+)?\s*,\s*(?=\S)", re.IGNORECASE)


# "Canada – Minister Joly meets with …": the publisher's own country before the headline
# (not "Nigeria – Jean-Noël Barrot receives …", where the country is what the news is about)
_COUNTRY_KICKER = re.compile(r"^[A-Z][\w .]{2,30}?\s+[–—]\s+(?=[A-Z])")


def _without_home(title: str, home: str) -> str:
    """Return a headline without the publisher's own country before it."""
    kicker = _COUNTRY_KICKER.match(title)
    if kicker is None or not home or len(title[kicker.end() :].split()) < 4:
        return title
    return title[kicker.end() :] if country_named(kicker.group(0).strip(" –—")) == home else title


_TIME_LINE = re.compile(r"^\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|uhr|h)?(?:\s+[A-Z]{2,4})?$")
# where a person stands in a photo: "(l.)", "(1. Reihe, 2.v.l.)", "(v.l.n.r.)", "(left)"
_PHOTO_POSITION = (
    r"\((?:\d\.\s?reihe,\s?)?(?:\d\.\s?v\.\s?[lr]\.|[lrm]\.|v\.\s?l\.\s?n\.\s?r\.|links|rechts|"
    r"mitte|left|right|centre|center)\)"
)
# a caption marked at its end: "Anna Berg at the summit (ph)", "… (Photo)", "… (Foto)"
_PHOTO_MARK = r"\((?:ph|pho|photo|photos|foto|fotos)\.?\)\s*$"
_CAPTION = re.compile(rf"(?i){_PHOTO_POSITION}|{_PHOTO_MARK}")
# Photo captions, section numbers, notes in brackets, "Label: value" lines, " • " trails
_NOT_HEADLINE = re.compile(
    r"(?i)©|\bphoto\b|shaking hands|^\(.*\)$|^\([A-Z]{2,}\)|^\d+\.?\s+\S+(?:\s+\S+){0,3}$|"
    rf"{_PHOTO_POSITION}|{_PHOTO_MARK}|"
    r"^[\w-]+(?:\s+[\w-]+)?\s*:\s*\S+(?:\s+\S+){0,3}$|\s•\s|"
    r"^[A-ZÄÖÜ]{4,}/\d+:\s|"  # a republisher's catalogue label: "TRADE/1717: … (XY)"
    r"^(?:published|posted|filed) (?:in|under)\b|"  # "Published in Politics"
    # a photo's credit: "Direction de la Communication / Jean Nalo", "Press Office/J. Dahl"
    rf"{_TIME_LINE.pattern}|"  # "2:37 p.m. EST"
    r"^[A-ZÄÖÜ][\w .'-]{1,30}\([\w/ .-]{2,20}\)\s*[-–—:]?$"  # a wire's "Vaduz (ots/xy) -"
)


_HEADLINE_WORDS = 36  # a speech's headline names the occasion in full
# a headline that says what someone said and credits it after a dash may run longer: "Regional
# cooperation must reach … – says Secretary General X"
_CREDITED_HEADLINE = re.compile(
    r"\s[–—-]\s*(?:says|said|stresses|notes|dit|déclare|affirme|sagt|betont|afirma|dice|"
    r"señala|subraya)\s+[^.!?]{3,60}$"
)
_CREDITED_WORDS = 60


def _reads_like_headline(paragraph: str) -> bool:
    """Return whether a line can be the headline: not a sentence, a date line, a banner, a
    bullet, a section trail ("Statements | Spokesperson"), a name or a role alone; a wire's tag
    before it ("(LEAD) …") is none of its words."""
    text = _WIRE_TAG.sub("", paragraph.strip()).strip()
    words = text.split()
    most = _CREDITED_WORDS if _CREDITED_HEADLINE.search(text) else _HEADLINE_WORDS
    return (
        3 <= len(words) <= most
        and not text[0].islower()
        and text[0] not in "•·▪-–—*"
        and " | " not in text
        and words[-1].casefold() not in _DANGLING
        and not text.endswith((":", ",", ";"))  # "Mr. Jon Dahl, President of Norland;"
        and (not text.endswith(".") or _INITIALS.search(text) is not None)
        and not _is_date_line(text)
        and not _UNDATED_LINE.match(_BRACKETS.sub("", text))
        and not _BY_LINE.match(text)
        and not _byline(text)
        and not _LABELLED.search(text)
        and not known_publisher(_spaced(text), whole=True)
        and not _ORG_LINE.match(text)
        and not _ROLE_LINE.fullmatch(text)
        and not _NAME_LINE.fullmatch(text)
        and not _NOT_HEADLINE.search(text)
        and not _SPOKESPERSON_LABEL.match(text)
        and not _salutation(text)
        and not _offices(text)
        and not _PRONOUN_SAYS.search(text)
        and not _DOUBLED.fullmatch(text)
        and not _PLACE_LINE.match(text)
    )


# where the text was given, on a line of its own: "At the Council Secretariat, Brio",
# "Au siège de l'Union, Lanvia", "En la Secretaría General, Brio"
_PLACE_LINE = re.compile(
    r"^(?:At|In|Au|À|Im|En|Dans)\s+(?:(?:the|le|la|les|l['’]|el|der|dem)\s*)?"
    r"(?:[A-ZÄÖÜÉ][\w'’.-]*|of|de|du|des|del|der|für|d['’]\w+)(?:\s+(?:[A-ZÄÖÜÉ][\w'’.-]*|"
    r"of|the|de|du|des|del|der|la|le|für|d['’]\w+))*,\s*[A-ZÄÖÜÉ][\w'’.-]+(?:\s[A-ZÄÖÜÉ][\w'’.-]+)?$"
)


# a photo's caption the page prints twice on one line: "Minister X gives a speech Minister X
# gives a speech"
_DOUBLED = re.compile(r"(?P<once>\S.{8,}?)\s+(?P=once)")


# a link or a stray HTML tag on a line of its own: "https://…", "br>"
_LINK_OR_TAG = re.compile(r"(?i)^\s*(?:(?:https?://|www\.)\S+|<?/?[a-z]{1,6}\s*/?>)\s*$")


def _clutter(paragraphs: list[str], index: int, title: str) -> bool:
    """Return whether a line above the text is page clutter, not the text's opening."""
    text = paragraphs[index].strip()
    line = " ".join(text.casefold().split())
    if _LINK_OR_TAG.match(text) or _DOUBLED.fullmatch(text) or _given_twice(paragraphs, index):
        return True
    if line == " ".join(title.casefold().split()):
        return True
    return any(" ".join(p.casefold().split()) == line for p in paragraphs[:index])


def _given_twice(paragraphs: list[str], index: int) -> bool:
    """Return whether a line stands twice in a row (a photo's caption over its copy)."""
    line = " ".join(paragraphs[index].split())
    near = paragraphs[max(0, index - 1) : index] + paragraphs[index + 1 : index + 2]
    return any(" ".join(p.split()) == line for p in near)


# a standfirst, not a headline, gives its words to "he" ("What comes of it is watched by
# everyone, he says"): a headline names whom it quotes
_PRONOUN_SAYS = re.compile(
    rf",\s+(?:he|she|they|er|sie|il|elle)\s+(?:{SPEECH_VERBS})\b[^,]{{0,40}}$"
)


_OFFICES = re.compile(
    r"^(?:The\s+)?(?:Ministries|Ministry|Departments?|Ministères?|Ministerien|Ministerium)\s+"
    r"(?:of|for|des|du|de la|für)\s"
)


def _offices(text: str) -> bool:
    """Return whether a line only names the offices that issue the release ("Ministries of
    Trade, Transport, and Health and Welfare"): no word in lower case but those joining names."""
    return _OFFICES.match(text) is not None and _names_only(text)


# how a speech or a letter addresses someone: "H.E. Xi Jinping, President of …", "His
# Excellency Sheikh …, Minister of Foreign Affairs, Chair of the Meeting"
_ADDRESSED = re.compile(
    r"^(?:H\.\s?E\.?|His Excellency|Her Excellency|Your Excellency|Excellencies|Mr\.?|Mrs\.?|"
    r"Ms\.?|Madam|Dear|Monsieur|Madame|Sehr geehrter?)\s+[^,]{2,60},\s*\S"
)


def _salutation(text: str) -> bool:
    """Return whether a line addresses someone by name and role and says nothing else (its
    words in lower case only those that join a role: "of", "the", "de", "für")."""
    return _ADDRESSED.match(text) is not None and _names_only(text)


def _names_only(text: str) -> bool:
    """Return whether a line's words in lower case are only those that join names and roles
    ("of", "the", "de", "für", "bin")."""
    return all(
        not w.islower() or w in _BYLINE_WORDS or w in _NAME_PARTICLES
        for w in re.findall(r"(?<!\w)[^\W\d_]{2,}", text)
    )


_NAME_PARTICLES = frozenset("bin bint ibn al el van von da di dos by".split())
_SPEECH_BY = re.compile(
    r"(?i)^(?:\w+\s+)?(?:statement|address|speech|remarks|déclaration|discours|allocution|rede|"
    r"erklärung|grußwort)\s+(?:by|of|du|de|von|des)\s+[^,]{2,60},\s*\S"
)


def _above_speaker_headings(paragraphs: list[str], chosen: list[int]) -> list[int]:
    """Return the headline candidates without the speech's own headings under the headline
    ("Country Statement by Hon. X, Minister …")."""
    while len(chosen) >= 2 and (
        _speaker_heading(paragraphs[chosen[-1]])
        or _people_caption(paragraphs[chosen[-1]])
        or _office_heading(paragraphs[chosen[-1]], paragraphs[chosen[-2]])
    ):
        chosen = chosen[:-1]
    return chosen


# a photo's caption naming who is in it, with no verb: "Der norländische Außenminister Karl
# Moen mit seinem vestrischen Kollegen Jon Dahl", "Minister Anna Berg with her Vestrian
# counterpart Jon Dahl"
_WITH = re.compile(r"\s(?:mit|with|avec)\s")
_CAPTION_WORDS = frozenset(
    "mit with avec sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer his her their "
    "son sa ses leur leurs counterpart counterparts".split()
)
_ADJECTIVE = re.compile(r"(?:isch|ian|ais|aise|ois|oise|ese)\w{0,3}$")


def _people_caption(text: str) -> bool:
    words = re.findall(r"(?<!\w)[^\W\d_]{2,}", text)
    return (
        _WITH.search(text) is not None
        and sum(w[0].isupper() for w in words) >= 4
        and all(
            not w.islower() or w in _BYLINE_WORDS or w in _CAPTION_WORDS or _ADJECTIVE.search(w)
            for w in words
        )
    )


# a speech's own heading that names its speaker's office alone: "Statement of the Secretary
# General of the Council", "Intervención del Secretario General", "Discours du Président"
_OFFICE_HEADING = re.compile(
    r"(?i)^(?:statement|remarks|address|speech|intervention|message|déclaration|discours|"
    r"allocution|rede|erklärung|grußwort|ansprache|intervención|discurso|declaración|palabras|"
    r"mensaje)\s+(?:by|of|from|du|de la|de l['’]|de|par|von|des|der|del)\s+"
    r"(?:the\s+|la\s+|le\s+|el\s+|l['’])?(?P<office>\w[\w-]*(?:\s+\w[\w-]*)?)"
)
_SPEECH_NOUN = re.compile(
    r"(?i)\b(?:statement|remarks|address|speech|intervention|message|déclaration|discours|"
    r"allocution|rede|erklärung|grußwort|ansprache|intervención|discurso|declaración|palabras|"
    r"mensaje)\b"
)


def _office_heading(text: str, above: str) -> bool:
    """Return whether a line under a headline is the speech's own heading naming its
    speaker's office alone, which the headline above names with the speech ("Secretary
    General X's statement at …" / "Statement of the Secretary General of …")."""
    heading = _OFFICE_HEADING.match(text.strip())
    if heading is None or not _SPEECH_NOUN.search(above):
        return False
    office = heading.group("office")
    return (
        _TOPIC.search(text, heading.end()) is None
        and re.search(rf"(?i)\b{re.escape(office)}\b", above) is not None
    )


# the words that open what a speech is about or where it was given: "… on the situation",
# "… at the Summit", "… sur la situation", "… en la Cumbre"
_TOPIC = re.compile(
    r"(?i)\b(?:on|at|to|before|in|during|for|about|regarding|sur|à|au|aux|lors|devant|en|pour|"
    r"zu|zum|zur|bei|beim|über|vor|im|sobre|ante|durante|para|con|with|avec|mit)\b"
)


def _speaker_heading(text: str) -> bool:
    """Return whether a line under the headline only says whose speech it is, by name and
    role ("Country Statement by Hon. Karl Moen, Minister of Foreign Affairs of Norland")."""
    return _SPEECH_BY.match(text) is not None and _names_only(text)


# what the release is and who speaks, under its headline, naming no topic: "Déclaration du
# porte-parole du quai d’Orsay", "Statement of the Spokesperson of the Ministry" (not "…
# on the attack in Brio")
_SPOKESPERSON_LABEL = re.compile(
    r"(?i)^(?:déclaration|statement|communiqué|erklärung)\s+(?:du|de la|by the|of the|der|des)\s+"
    r"(?:porte-parole|spokes\w+|sprecher\w*)(?:\s+(?:du|de la|des|de l['’]|of the|der|des)"
    r"(?:(?!\b(?:on|sur|zu|über|regarding|concerning|following|after|après)\b)[^,;:()]){0,60})?$"
)


# a dateline with no year: "Brio, Information Office, March 3", "Brio, 3. März"
_UNDATED_LINE = re.compile(
    rf"^[A-ZÄÖÜ][\w.'’-]*(?: [\w.'’-]+){{0,2}},[^.!?]{{0,50}}?\s"
    rf"(?:(?:{MONTH_PATTERN})\.?\s+[0-3]?\d(?:st|nd|rd|th)?|[0-3]?\d(?:\.|st|nd|rd|th|er)?\s+"
    rf"(?:{MONTH_PATTERN})\.?)$"
)
# who issued it and what it is, not a headline: "Französisches Präsidialamt - Pressekommuniqué"
_LABELLED = re.compile(
    r"(?i)\s[-–—|]\s*(?:press(?:e)?[ -]?(?:release|communiqué|kommuniqué|mitteilung)|"
    r"pressemitteilung|pressekommuniqué|communiqué(?: de presse)?|media release|news release)$"
)
_BRACKETS = re.compile(r"\s*\([^()]{1,40}\)")  # "BRIO, March 3 (Information Office)"
# a journalist's byline, with a place: "By Jon Dahl, Brio", "Par Anna Berg"
_BY_LINE = re.compile(
    r"^(?:(?:Written|Posted|Reported|Text) by|By|Par|Von)\s+"
    r"[A-ZÄÖÜ][\w.'’-]+(?:\s+[A-ZÄÖÜ][\w.'’-]+){0,3}"
    r"(?:\s*,\s*[A-ZÄÖÜ][\w.'’-]+(?:\s+[A-ZÄÖÜ][\w.'’-]+){0,2})?$"
)


# letters after a name end a headline, not a sentence: "…, Frances Fitzgerald T.D."
_INITIALS = re.compile(r"[A-Z][a-z]+\s(?:[A-Z]\.){2,3}$")
_ROLE_LINE = re.compile(rf"(?:{ROLE_PATTERN})")
_NAME_LINE = re.compile(r"(?:[A-ZÄÖÜÉ][\w’'.-]*\s+){1,3}[A-ZÄÖÜÉ][\w’'-]+")


def _role_follows(paragraphs: list[str], index: int) -> bool:
    """Return whether the line after a name is a role alone (a byline over two lines)."""
    following = paragraphs[index + 1].strip() if index + 1 < len(paragraphs) else ""
    return bool(following) and _ROLE_LINE.fullmatch(following) is not None


def _spaced(text: str) -> str:
    """Return text with a space after each comma ("Foreign,Commonwealth" as published)."""
    return re.sub(r",(?=\S)", ", ", text)


_BYLINE_WORDS = frozenset(
    "for of the and to on in der des für und von zur zum de du la le des et aux à l d".split()
)


def _headed(paragraphs: list[str], flags: list[bool], index: int, header: _Header) -> bool:
    """Return whether a line has a line above it that may be the headline: not page
    furniture, nor a header line already read."""
    return any(
        paragraphs[i].strip() and not flags[i] and i not in header.lines for i in range(index)
    )


def _is_byline(text: str, headed: bool = True) -> bool:
    """Return whether a short line only names a person and their role ("Tammy Bruce,
    Department Spokesperson"); a name with no role is one under a headline only, not the
    first line a page has: "Dr. Varo Conducts Busy Diplomacy" reads as a name of four words."""
    if len(text.split()) > 16 or text.endswith((".", ":", ",")) or _SAYS.search(text):
        return False
    if any(w.islower() and w not in _BYLINE_WORDS for w in re.findall(r"[^\W\d_]+", text)):
        return False  # a verb: "… besuchte Polen" is a sentence
    mentions = [m for m in find_mentions(text) if m.name]
    return (
        len(mentions) == 1
        and mentions[0].end - mentions[0].start >= 0.7 * len(text)
        and (headed or bool(mentions[0].role))
    )


@functools.lru_cache(maxsize=4096)  # asked of the same lines by several passes
def known_publisher(text: str, whole: bool = False) -> str:
    """Return the publisher named at the start of text (or as the whole text), canonical."""
    flags = re.IGNORECASE
    pattern = rf"\s*(?:the\s+)?({PUBLISHER_PATTERN})" + (r"\s*$" if whole else r"\b")
    match = re.match(pattern, text, flags)
    if not match:
        return ""
    return _CANONICAL[match.group(1).casefold()]


_CANONICAL = {name.casefold(): name for name in PUBLISHERS}


def _named_in(text: str) -> str:
    """Return the first publisher named anywhere in text (a web page's header and footer)."""
    match = re.search(rf"\b({PUBLISHER_PATTERN})\b", text, re.IGNORECASE)
    return _CANONICAL[match.group(1).casefold()] if match else ""


def _footer_publisher(paragraphs: list[str]) -> str:
    """Return a publisher named in the page's last lines ("© 2025 Presse- und …")."""
    for paragraph in reversed(paragraphs[-_FOOTER_LINES:]):
        if len(paragraph.split()) <= 16:
            match = re.search(rf"\b({PUBLISHER_PATTERN})\b", paragraph)
            if match:
                return _CANONICAL[match.group(1).casefold()]
    return ""
