"""The header lines of a release: a "From:" line, the publisher, date lines, the office, bylines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from briefer.importers.bylines import NAME_LINE, is_byline, role_follows
from briefer.importers.dates import full_date
from briefer.importers.publishers import known_publisher
from briefer.importers.releasedates import (
    EVENT_TIME,
    is_date_line,
    line_date,
    short_date,
    slashed_date,
)
from briefer.importers.textlines import reads_like_text

_FROM_LINE = re.compile(r"^(?:From|Von|Issued by|Herausgeber)\s*:\s*(?P<p>.{3,200})$")
HEADER_LINES = 25
ORG_LINE = re.compile(
    r"^(?:The\s+)?(?:Federal\s+)?(?:Ministry|Ministère|Department|Embassy|Bundesministerium|"
    r"Presse- und Informationsamt|Prime Minister's Office|Government Offices)\b"
    # its name goes on with "of", "der", "de" …: "Ministry denies reports" is a headline
    r"(?:\s+(?:of|for|des|der|für|de|du|d['’]|in|at|to)\b[^.:,]{0,80})?$"
)


def introduced(paragraphs: list[str], index: int) -> bool:
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


def read_header(
    paragraphs: list[str],
    flags: list[bool],
    publisher: str,
    published: date | None,
    language: str,
) -> _Header:
    """Read the header lines: "From:" lines, publishers, date lines, the office, bylines."""
    header = _Header(publisher, published)
    text_starts = next(
        (i for i, p in enumerate(paragraphs) if not flags[i] and reads_like_text(p)),
        len(paragraphs),
    )
    for index, paragraph in enumerate(paragraphs[:HEADER_LINES]):
        text = paragraph.strip()
        if _publisher_line(text, index, header):
            continue
        if index < text_starts and (
            (EVENT_TIME.match(text) and full_date(text, language))
            or (_EVENT_LINE.match(text) and line_date(text, paragraphs, language))
            or _scheduled(paragraphs, index)
        ):
            header.lines.add(index)  # an event's when and where: neither title nor release date
        elif (
            index
            and _DATE_LABEL.match(paragraphs[index - 1].strip())
            and (day := short_date(text) or slashed_date(text, paragraphs, language))
        ):
            # "erstellt am" / "16. 09. 08": a portal's date line, its year in two digits
            header.published = header.published or day
            header.lines.update((index - 1, index))
            header.only.update((index - 1, index))
        elif introduced(paragraphs, index):
            continue  # "The letter reads:" / "30 April 2023": the letter's date
        elif (is_date_line(text) and not _dated_sentence(text, index, text_starts)) or (
            _ISSUED.match(text) and len(text.split()) <= 20
        ):
            _note_date(header, text, line_date(text, paragraphs, language))
            header.lines.add(index)
            header.only.add(index)
        elif ORG_LINE.match(text) and not header.office:
            # a PDF may run the header lines together: "Ministry of External Affairs
            # Government of India Press Releases"
            header.office = re.split(
                r"\s+(?:Government of|Press Releases?|Pressemitteilung|News)\b", text
            )[0]
            header.lines.add(index)
        elif (
            index < text_starts
            and not flags[index]
            and is_byline(text, headed=_headed(paragraphs, flags, index, header))
        ):
            header.bylines.append(index)
            header.lines.add(index)
        elif index < text_starts and NAME_LINE.fullmatch(text) and role_follows(paragraphs, index):
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


# a date line that goes on the sentence above it, in lower case: "am Dienstag, dem 4. Mai
# 2021", "on Tuesday, 4 May 2021", "le mardi 4 mai 2021"
_GOES_ON_DATED = re.compile(r"^(?:am|an|on|le|du|el)\s+\S")


def _scheduled(paragraphs: list[str], index: int) -> bool:
    """Return whether a date line goes on a sentence broken over the lines above it, as a
    media advisory sets its schedule ("Landtagspräsidentin X empfängt" / "am Dienstag, dem 4.
    Mai 2021" / "um 11:00 Uhr"): the event's date, not the release's."""
    text = paragraphs[index].strip()
    above = paragraphs[index - 1].rstrip() if index else ""
    return bool(_GOES_ON_DATED.match(text)) and above[-1:].isalpha() and is_date_line(text)


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


def _headed(paragraphs: list[str], flags: list[bool], index: int, header: _Header) -> bool:
    """Return whether a line has a line above it that may be the headline: not page
    furniture, nor a header line already read."""
    return any(
        paragraphs[i].strip() and not flags[i] and i not in header.lines for i in range(index)
    )
