"""Datelines: the place and the date a ministry or a wire writes before a release's first
words ("PARIS, 7 April 2025 – …"). The layout reads the release's date from one; the meeting's
reader skips one, whose date is the release's and never the meeting's."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefer.importers.dates import find_dates
from briefer.importers.monthnames import MONTH_PATTERN

_PLACE = r"[A-Z][\w.'’-]*(?: [\w.'’-]+){0,2}"  # a place of up to three words
_NOT_WEEKDAY = r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
_YEAR = r"\b(?:19|20)\d\d\b"

# the place first, its date after a comma, in brackets or between dashes; the date may end in
# a full stop ("Brio, 12. März 2019. Der …") or have the office in brackets after it ("Brio,
# Saturday March 16, 2019 (Press Office) — …")
_PLACE_FIRST = re.compile(
    r"^(?P<place>[A-ZÄÖÜ][\w .'-]{1,45})(?:"
    # the date between dashes after the place and its island or region, the dashes spaced or
    # glued to the words: "BRIO, Norland — June 5, 2024 — His Excellency …", "BRIO,
    # Norland—5 June 2024—The …", "BRIO (Norland)—June 5, 2024—The …", "BRIO - June 5 - …",
    # a typed dash: "BRIO, D.C.--June 5, 2024--The …"
    r"(?:,\s*[A-ZÄÖÜ][\w .'-]{1,30}?|\s*\([A-ZÄÖÜ][^()]{1,30}\))?"
    r"(?:\s*(?:[–—]|--)\s*|\s+-\s+)(?P<dashed>[^–—:()]{6,30}?)(?:\s*(?:[–—]|--)\s*|\s+-\s+)"
    r"(?=\S)|"
    r",\s*(?P<date>[^–—:()-]{4,30}?)\s*"
    r"(?:\([^()]{2,40}\)\s*)?(?:[–—:-]|$|(?<=(?:19|20)\d\d)\.\s|"
    # a wire's name between slashes after the date: "BRIO, 12.03.2022 /ESTORIA PRESS/. On …"
    r"(?<=(?:19|20)\d\d)\s*/[^/\n]{2,40}/\.?\s)|"
    r"\s*\((?P<bracketed>[^()]{4,30})\)\.?\s*[–—:-])"  # "Graz (11. August 2022).- …"
)
# the date first, then the place and its region, or the office in brackets, then a dash or
# a colon ("12 May 2021, Addis Ababa: …"; an em or en dash may be glued to the lede: "12 May
# 2021—The …"):
# "4 May 2024, Brio – …", "4 Mar 2022, Brio, NORLAND – …", "7th June 2023. (MFA) – …"; not a
# weekday ("Monday, 4 June 2018, Trier: ministers gathered …" dates the report's event). A
# sentence that is a date alone is one too: "7th June 2023." split from "(MFA) – The …"
_DATE_FIRST = re.compile(
    rf"^{_NOT_WEEKDAY}(?P<date>(?=\d|(?:{MONTH_PATTERN})\b)[^.:;–—()\n-]{{3,24}}?{_YEAR})(?:"
    r"(?:[.,]?\s*(?P<place>[A-ZÄÖÜÉ][\w.'’ -]{1,40}?)(?:,\s*[A-ZÄÖÜÉ][\w.'’ -]{1,30}?)?)?"
    r"\s*(?:\.\s*)?(?:\([^()]{2,40}\)\s*)?(?:[–—]\s*(?=\S)|(?:-|(?<=[\w)]):)\s)|\.?\s*$)"
)
# the place, no comma, the date and a dash or the agency in brackets, then a colon or dash:
# "Brio 5 avril 2022— (Agence Norl) : la ministre …", "BRIO 5 April 2022 (Agency): …"
_PLACE_THEN_DATE = re.compile(
    r"^(?P<place>[A-ZÄÖÜÉ][\w'’-]+(?: [A-ZÄÖÜÉ][\w'’-]+){0,2})\s+(?:le\s+)?"
    rf"(?P<date>\d{{1,2}}(?:er|st|nd|rd|th)?\.?\s+(?:{MONTH_PATTERN})\.?\s+{_YEAR})\s*"
    r"(?:[–—-]\s*(?:\([^()]{2,40}\)\s*)?:?|\([^()]{2,40}\)\s*[:–—-])\s"
)
# an office's address, then the date and a full stop: "Ministry of Foreign Affairs and
# International Cooperation, Tower Hill, Brio, 29th, November, 2021. The Deputy Minister …"
_ADDRESS_THEN_DATE = re.compile(
    r"^(?P<office>[A-Z][\w.'’-]*(?: [\w.'’-]+){0,7})"
    r"(?:,\s*(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}))"
    rf"{{0,3}},\s*(?P<date>\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:{MONTH_PATTERN}),?\s+{_YEAR})\.\s"
)
# other forms, all with a dash or a colon after them: "Islamabad, September 25, 2019
# (PPI-OT):", "[Agency - 15.02.2012]"; a place of up to three words, not a sentence's subject
# ("Die neue Generalkonsulin in Mailand, X, hat am 15.09. - begleitet von …")
_OTHER = re.compile(
    r"^(?:"
    # an agency and its date in brackets: "ISLAMABAD, (Agency / News - 28th Sep, 2021 ) :X"
    rf"{_PLACE},\s*\([^()]{{4,80}}{_YEAR}\s*\)\s*[:–—-]\s*|"
    # a longer place when a year ends the line: "Regional Union Secretariat Headquarters,
    # Brio, 3rd June, 2020: The Secretary General …"
    rf"{_NOT_WEEKDAY}[A-Z][\w.'’-]*(?: [\w.'’-]+){{3,5}},[^:–—.]{{2,60}}?{_YEAR}\s*[:–—]\s|"
    # not a weekday: "Monday, 4 June 2018, Trier: ministers gathered …" dates the report's event
    rf"{_NOT_WEEKDAY}{_PLACE},\s*[^:–—]{{4,40}}?\s*(?:\([^)]{{2,20}}\))?\s*[:–—-]\s|"
    r"\[[^\]]{3,60}\]\s|"
    # a distributor's: "PARIS, France, 30 juillet 2012/African Press Organization (APO)/ — "
    rf"{_PLACE},[^:–—]{{4,80}}?/\s*[–—-]\s|"
    # a date alone or bracketed after the place: "20 February 2014 – ", "ROME (5 May 2019) – "
    rf"(?:{_PLACE}\s+\([^()]{{4,30}}\)|"
    rf"\(?(?=\d|[A-Z])[^():–—]{{3,24}}?{_YEAR}\)?)\s*[:–—-]\s)"
)


# a place and the date inside a wire's brackets; not a weekday ("Brio (Saturday, 16 March 2019)")
_WIRED = re.compile(
    r"(?!(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|donners|frei|sams|sonn)tag|"
    r"mittwoch|sonnabend|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)"
    r"(?P<place>[A-ZÄÖÜÉ][^\W\d_]+(?:[ -][A-ZÄÖÜÉ][^\W\d_]+){0,2}),\s*(?P<date>.+)$"
)


@dataclass(frozen=True)
class Dateline:
    """A dateline opening a text: where it ends, the place it names and the date it writes."""

    end: int  # where the words after it start
    place: str  # "" when it names none
    written: str  # the date as written ("7 April 2025"), or the whole line


def read_dateline(text: str, language: str = "") -> Dateline | None:
    """Return the dateline opening a text, or None; language says how to read a numeric date.
    A place and words after a comma are one only when those words are a date ("Paris, 7 April
    2025 –", not "Mr X, the minister: …")."""
    match = _PLACE_FIRST.match(text)
    if match is not None:
        written = match.group("date") or match.group("bracketed") or match.group("dashed")
        place = match.group("place").strip()
        wired = _WIRED.match(match.group("bracketed") or "")
        if wired is not None:  # "NORPRESS (BRIO, 29 March 2022) –": the wire, then the place
            place, written = wired["place"], wired["date"]
        if _only_a_date(written, language):
            return Dateline(_skip_space(text, match.end()), place, written)
    match = _DATE_FIRST.match(text)
    if match is not None and _only_a_date(match.group("date"), language):
        place = match.group("place") or ""
        return Dateline(_skip_space(text, match.end()), place.strip(), match.group("date"))
    for pattern in (_PLACE_THEN_DATE, _ADDRESS_THEN_DATE):
        match = pattern.match(text)
        if match is not None and _only_a_date(match.group("date"), language):
            # an address's last part before the date is its city
            place = match["place"] or match.groupdict().get("office") or ""
            return Dateline(_skip_space(text, match.end()), place, match.group("date"))
    match = _OTHER.match(text)
    if match is None:
        return None
    return Dateline(_skip_space(text, match.end()), "", match.group(0))


def _only_a_date(written: str, language: str) -> bool:
    """Return whether words are a full date and nothing more, but for a time after it ("3 May
    2024, 10:30"): not "am Freitag, den 28. März 2014 um 15" before a time's colon."""
    return any(
        mention.value
        and _TIME_AFTER.match(written, mention.end)
        and not _SENTENCE_BEFORE.search(written[: mention.start])
        for mention in find_dates(written, None, language)
    )


# words in lower case before the date, but for an article or a weekday's: a sentence ("…,
# which came on 29 November 2021."), not "le 7 avril", "den 3. März", "Saturday March 16",
# nor a weekday in a language that writes it in lower case: "lundi 7 avril", "lunes 7 de
# abril", "lunedì 7 aprile", "segunda-feira, 7 de abril", "maandag 7 april"
_SENTENCE_BEFORE = re.compile(
    r"\b(?!(?:le|la|den|am|the|de|del|el|on|du|der|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
    r"segunda|terça|quarta|quinta|sexta|feira|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b)[a-zäöüéèàçìá]{2,}"
)
_TIME_AFTER = re.compile(r"[\s.,]*(?:\d{1,2}[.:h]\d\d\s*(?:Uhr|h|a\.m\.|p\.m\.)?[\s.,]*)?$")


def _skip_space(text: str, end: int) -> int:
    """Return where the words after a position start."""
    return len(text) - len(text[end:].lstrip())


def dateline_end(text: str) -> int:
    """Return where the words after the dateline opening a text start, 0 when none opens it."""
    line = read_dateline(text)
    return line.end if line else 0
