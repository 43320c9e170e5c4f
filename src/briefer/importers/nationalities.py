"""The country of a person named in a text: a nationality or possessive before the role
("Japanese Foreign Minister", "Japan's"), a country after it ("of Japan"), in brackets after a
name, or the country a counterpart is of."""

from __future__ import annotations

import re

from briefer.importers.countrynames import (
    ADJECTIVES,
    COUNTRY_PATTERN,
    COUNTRY_PREFIX,
    country_named,
)
from briefer.importers.letters import UPPER

COUNTRY = f"(?:{COUNTRY_PREFIX})?(?:{COUNTRY_PATTERN})"


_LOWER_ADJECTIVES = frozenset(a for a in ADJECTIVES if a.islower() and len(a) > 3)


_COUNTERPART_WORD = re.compile(
    r"\b(?:counterparts?|Amtskolleg\w*|Kolleg\w*|homologues?|hom[oó]log[oa]s?|colleagues?|"
    r"coll[eè]gues?|colegas?|(?<=\bsu\s)par|(?<=\bsus\s)pares)\b"
)


_WORD_BEFORE = re.compile(r"(?P<word>[\w.-]+?)(?P<poss>['’]s)?\s+$")


_TWO_WORDS_BEFORE = re.compile(rf"(?<![\w-])(?P<word>[{UPPER}]\w+ [{UPPER}]\w+)\s+$")


def bracketed_country(text: str, end: int) -> str:
    """Return the country in brackets right after a name ("Laurent Fabius (Frankreich)")."""
    match = re.match(r"\s*\(([^)]{2,40})\)", text[end : end + 44])
    return country_named(match.group(1)) if match else ""


def counterpart_countries(text: str) -> list[tuple[int, int, str]]:
    """Return spans governed by '<adjective> counterpart(s)': (start, end, country)."""
    spans = []
    for match in _COUNTERPART_WORD.finditer(text):
        country, start = country_before(text, match.start())
        if country:
            end = text.find(".", match.end())
            spans.append((start, len(text) if end < 0 else end, country))
    return spans


def country_before(text: str, start: int) -> tuple[str, int]:
    """Return the country of a nationality ("Japanese …") or possessive ("Japan's …") written
    right before start, and where it begins; ("", start) when there is none."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return "", start
    word = before.group("word")
    country = country_named(word) if before.group("poss") else ADJECTIVES.get(word.casefold(), "")
    if not country and (pair := _TWO_WORDS_BEFORE.search(text, max(0, start - 40), start)):
        before, country = pair, country_named(pair.group("word"))  # "New Zealand counterpart"
    return (country, before.start()) if country else ("", start)


# a French nationality adjective's endings: "Norlandais", "Estorienne", "Vestrois"
_FRENCH_NATIONALITY = re.compile(
    r"[A-ZÉ][a-zéèëï]{2,}(?:iens?|iennes?|ais|aises?|ois|oises?|éens?|éennes?|ains?|aines?)"
)


def nationality_first(name: str, role: str) -> str:
    """Return the nationality adjective written with a capital that opens a name after a role
    in French ("Sénégalais Macky Sall", "Sud-Norlandais Ari Vel"); "" when the name opens with
    none. An adjective of French form briefer does not know needs a name of two words after it."""
    first, _, rest = name.partition(" ")
    french = role[:1].islower() or role.startswith(("Président", "Ministre", "Ambassad", "Premi"))
    if not rest or not french or not first[:1].isupper():
        return ""  # "Foreign Minister German Galushchenko": a first name in English
    if first.casefold() in ADJECTIVES:
        return first
    known_form = _FRENCH_NATIONALITY.fullmatch(first.rsplit("-", 1)[-1].capitalize())
    return first if known_form and " " in rest else ""


def nationality(name: str, role: str) -> bool:
    """Return whether a one-word name after a role is a nationality adjective written with a
    capital ("the Chilean", "le Président Norlandais"): known, or of a French adjective's
    form after a French role."""
    if " " in name:
        return False
    if name.casefold() in ADJECTIVES:
        return True
    french = role[:1].islower() or role.startswith(("Président", "Ministre", "Ambassad", "Premi"))
    return french and _FRENCH_NATIONALITY.fullmatch(name) is not None


def country_after(text: str, end: int, role_before: bool) -> str:
    """Return the country written right after a name its role precedes ("Minister X of
    Sweden"), or ""."""
    after = OF_COUNTRY.match(text, end) if role_before else None
    return country_named(after.group("of")) if after else ""


_ELIDED = re.compile(r"^[dl]['’]")


def country_of(match: re.Match[str], text: str) -> tuple[str, int]:
    """Return the country a role-and-name match gives its person, and where the mention
    starts (a nationality written before it belongs to it)."""
    groups = match.groupdict()
    country, start = "", match.start()
    if groups.get("adj"):
        country = ADJECTIVES[groups["adj"].casefold()]
    elif "adj" not in groups:
        country, start = country_before(text, match.start())
    if groups.get("after") and groups["after"].casefold() in ADJECTIVES:
        country = ADJECTIVES[groups["after"].casefold()]
    if groups.get("of"):
        country = country_named(groups["of"]) or country
    if not country:  # "le ministre japonais des Affaires étrangères"
        words = match.group("role").split()
        country = next((ADJECTIVES[w] for w in words if w in _LOWER_ADJECTIVES), "")
    if groups.get("genitive"):
        country = country_named(groups["genitive"][:-1])  # "Außenminister Russlands"
    if groups.get("poss"):
        country = country_named(groups["poss"]) or country  # "Norland's Deputy Minister"
    if not country and groups.get("org"):  # "… des Außenministeriums Russlands, X"
        # "d'Algérie en France": the envoy's own country, elided, not where they are posted
        last = _ELIDED.sub("", groups["org"].split(" en ")[0].split()[-1])
        country = country_named(last) or (country_named(last[:-1]) if last.endswith("s") else "")
        # "at the Swedish embassy", "der schwedischen Botschaft"
        words = (w.casefold() for w in groups["org"].split())
        held = (w for w in words if w in ADJECTIVES)
        country = country or ADJECTIVES.get(next(held, ""), "")
    return country, start


OF_COUNTRY = re.compile(rf"\s+of\s+(?:the\s+)?(?P<of>{COUNTRY})\b")
