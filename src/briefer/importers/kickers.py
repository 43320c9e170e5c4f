"""What a site sets around a headline's words, and the headline without it."""

from __future__ import annotations

import re

from briefer.importers.countrynames import country_named
from briefer.importers.dates import full_date
from briefer.importers.monthnames import MONTH_PATTERN
from briefer.importers.releasedates import APPENDED_DATE, BAR_DATED, DATED, bar_date


def without_date(line: str) -> str:
    """Return a line without a date in brackets at its end ("… Summit (03/08/2022)[*]") or
    after a bar ("… meets the envoy |05 May 2022")."""
    if bar_date(line):
        return line[: BAR_DATED.search(line).start()]  # type: ignore[union-attr]
    dated = DATED.search(_TAG.sub("", line.rstrip()))
    if dated and full_date(dated.group("date")):
        return line[: dated.start()]
    appended = APPENDED_DATE.search(line)
    return line[: appended.start()] if appended and full_date(appended.group(0)) else line


BULLET = re.compile(r"^\s*[•·▪]\s*")


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


def without_kicker(title: str) -> str:
    """Return a headline without what a site or a wire sets around its words."""
    title = without_date(title) if bar_date(title) else title
    title = _EMOJI_ENDS.sub("", title) or title
    title = BULLET.sub("", title) or title
    title = _NUMBERED.sub("", title) or title
    title = DATED_KICKER.sub("", title) or title
    title = _DATELINE_KICKER.sub("", title) or title
    title = _RELEASE_NUMBER.sub("", title) or title
    title = _REGION_KICKER.sub("", _KICKER.sub("", title)) or title
    title = _PORTAL_KICKER.sub("", title) or title
    title = _SECTION_LABELS.sub("", title) or title
    title = _GLUED_SECTION.sub("", title) or title
    title = _GLUED_CAPITALS.sub("", title) or title
    title = _CURLY_QUOTED.sub(r"\1", title) or title
    title = WIRE_TAG.sub("", title) or title
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
WIRE_TAG = re.compile(r"^\((?=[^()]*[A-Z]{2})[\w ]{2,16}\)\s+(?=[A-ZÄÖÜÉ\d])")
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
DATED_KICKER = re.compile(
    r"^(?:[A-Z]{2,8}\s?/\s?)?(?P<date>[0-3]?\d[./-][01]?\d[./-](?:\d\d|\d{4})|"
    rf"[0-3]?\d\.?\s+(?:{MONTH_PATTERN})\.?\s+\d{{4}}|(?:{MONTH_PATTERN})\.?\s+[0-3]?\d,?\s+\d{{4}})"
    r"(?:\s*[–—|:-]\s*|\s+)(?=[A-ZÄÖÜÉ])"
)
# a wire's dateline in capitals glued before the headline, the day with no year:
# "NORLAND, January 17 - President X receives …", "BRIO, 17 January – …"
_DATELINE_KICKER = re.compile(
    rf"^[A-ZÄÖÜÉ]{{3,}}(?: [A-ZÄÖÜÉ]{{2,}})*,\s+(?:(?:{MONTH_PATTERN})\.?\s+[0-3]?\d|"
    rf"[0-3]?\d\.?\s+(?:{MONTH_PATTERN}))\s+[–—-]\s+(?=[A-ZÄÖÜÉ])"
)
# the release's number after its headline: "Chief Minister meets … - 772/2024"
_RELEASE_NUMBER = re.compile(r"\s+[–—-]\s+\d{1,5}/(?:19|20)\d\d\s*$")
# "No:438/23, Statement of the Ministry …": the release's number before its headline
_NUMBERED = re.compile(r"^(?:No|Nr|N°)\s*[:.]?\s*\d+(?:/\d+)?\s*,\s*(?=\S)", re.IGNORECASE)


# "Canada – Minister Joly meets with …": the publisher's own country before the headline
# (not "Nigeria – Jean-Noël Barrot receives …", where the country is what the news is about)
_COUNTRY_KICKER = re.compile(r"^[A-Z][\w .]{2,30}?\s+[–—]\s+(?=[A-Z])")


def without_home(title: str, home: str) -> str:
    """Return a headline without the publisher's own country before it."""
    kicker = _COUNTRY_KICKER.match(title)
    if kicker is None or not home or len(title[kicker.end() :].split()) < 4:
        return title
    return title[kicker.end() :] if country_named(kicker.group(0).strip(" –—")) == home else title
