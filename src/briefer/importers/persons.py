"""Finding people in text: role and name, country, and the same person under a short form."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from briefer.importers.lexicon import ADJECTIVE_PATTERN, ADJECTIVES, COUNTRY_NAMES, ROLE_PATTERN
from briefer.model.records import Person

_HONORIFIC = r"(?:(?:Mr|Ms|Mrs|Dr|Prof|Sir|Dame|Frau|Herrn?|H\.E\.)\.?\s+)"
_PARTICLE = r"(?:von|van|de|der|den|zu|da|di|du|bin|al|el|le|la|dos|das)"
_TOKEN = r"(?:[A-ZÄÖÜÉ][\w'’-]*[\w]|[A-Z]\.|[A-Z][a-z]?\.)"
_NAME = rf"{_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_TOKEN}){{0,3}}"
_COUNTRY = "|".join(sorted((re.escape(c) for c in COUNTRY_NAMES), key=len, reverse=True))

# "Japanese Foreign Minister Motegi", "Minister for Foreign Affairs of Japan Mr. HAYASHI".
_ROLE_THEN_NAME = re.compile(
    rf"(?:\b(?P<adj>{ADJECTIVE_PATTERN})\s+)?"
    rf"(?:(?P<poss>{_COUNTRY})['’]s\s+)?"
    rf"\b(?P<role>{ROLE_PATTERN})"
    rf"(?:\s+(?:of|for)\s+(?P<of>{_COUNTRY}))?"
    rf"(?:\s*,\s*(?={_HONORIFIC})|\s+)(?P<hon>{_HONORIFIC})?(?P<name>{_NAME})"
)
# "Heiko Maas, Federal Minister for Foreign Affairs", "Mr. MOTEGI Toshimitsu, Minister … of Japan".
_NAME_THEN_ROLE = re.compile(
    rf"(?P<hon>{_HONORIFIC})?(?P<name>{_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_TOKEN}){{1,3}}),\s+"
    rf"(?:the\s+)?(?:(?P<adj>{ADJECTIVE_PATTERN})\s+)?(?P<role>{ROLE_PATTERN})"
    rf"(?:\s+(?:of|for)\s+(?P<of>{_COUNTRY}))?\b"
)
_SPOKESPERSON = re.compile(
    r"\b(?i:an?|the|ein|eine|die|der)\s+(?:[\w&.’'-]+\s+){0,6}?"
    r"(?P<role>[Ss]pokes(?:person|man|woman)|Sprecher(?:in)?)\b",
)
# German nouns that may follow a name ("… Außenministerin Baerbock Gespräche mit …").
_NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "gespräch",
                 "gespräche", "konsultationen", "treffen", "nis", "nisse", "tät", "ismus")
_NOT_NAMES = {"The", "Today", "On", "In", "At", "Heute", "Am", "Die", "Der", "Das", "This",
              "He", "She", "We", "They", "It", "Er", "Sie", "Wir", "Both", "Beide", "And",
              "Und", "During", "Bei", "Im", "During", "After", "Nach", "Mit", "With", "For",
              "Für", "Their", "His", "Her", "Ihre", "Seine", "Its", "Also", "Auch", "Minister",
              "Ministers", "Foreign", "Defence", "Defense", "Secretary", "State", "Federal",
              "Government", "Bundesregierung", "Japan", "Germany", "Deutschland", "EU", "NATO",
              "Press", "Statement", "Said", "Said:", "Office"}


@dataclass(frozen=True)
class Mention:
    """A person written in a text, with where the mention stands."""

    name: str
    role: str
    country: str
    start: int
    end: int

    @property
    def is_spokesperson(self) -> bool:
        return self.name == "" and bool(re.search(r"(?i)spokes|sprecher", self.role))


def find_mentions(text: str) -> list[Mention]:
    """Return the people named with a role in text, and unnamed spokespersons, in order."""
    found: list[Mention] = []
    for pattern in (_NAME_THEN_ROLE, _ROLE_THEN_NAME):
        for match in pattern.finditer(text):
            mention = _mention(match)
            if mention is None or any(_overlaps(mention, other) for other in found):
                continue
            found.append(mention)
    for match in _SPOKESPERSON.finditer(text):
        mention = Mention("", _capitalise(match.group("role")), "", match.start(), match.end())
        if not any(_overlaps(mention, other) for other in found):
            found.append(mention)
    return sorted(found, key=lambda m: m.start)


def counterpart_countries(text: str) -> list[tuple[int, int, str]]:
    """Return spans governed by '<adjective> counterpart(s)': (start, end, country)."""
    spans = []
    pattern = rf"\b(?P<adj>{ADJECTIVE_PATTERN})\s+(?:counterparts?|Amtskolleg\w*|Kolleg\w*)\b"
    for match in re.finditer(pattern, text):
        end = text.find(".", match.end())
        spans.append((match.start(), len(text) if end < 0 else end,
                      ADJECTIVES[match.group("adj").casefold()]))
    return spans


def surname(name: str) -> str:
    """Return the family name: the capitalised first token of 'MOTEGI Toshimitsu', else the last."""
    tokens = name.split()
    if not tokens:
        return ""
    first = tokens[0].strip(".")
    if len(tokens) > 1 and len(first) > 1 and first.isupper():
        return first.casefold()
    return tokens[-1].casefold()


def merge(mentions: Iterable[Mention], default_country: str = "") -> list[Person]:
    """Return one person per surname (in order of first mention), with the fullest name and role."""
    people: dict[str, Person] = {}
    for mention in mentions:
        if not mention.name:
            continue
        key = surname(mention.name)
        known = people.get(key)
        if known is None:
            people[key] = Person(mention.name, mention.role, mention.country)
            continue
        people[key] = replace(
            known,
            name=_fuller(known.name, mention.name),
            role=_fuller(known.role, mention.role),
            country=known.country or mention.country,
        )
    return [replace(p, country=p.country or default_country) for p in people.values()]


def _mention(match: re.Match[str]) -> Mention | None:
    name = _clean_name(match.group("name"))
    if not name:
        return None
    country = ""
    if match.group("adj"):
        country = ADJECTIVES[match.group("adj").casefold()]
    elif match.groupdict().get("poss"):
        country = COUNTRY_NAMES[match.group("poss")]
    if match.group("of"):
        country = COUNTRY_NAMES[match.group("of")]
    end = match.start("name") + len(name)
    return Mention(name, match.group("role"), country, match.start(), max(end, match.end("role")))


def _clean_name(raw: str) -> str:
    tokens = raw.split()
    kept: list[str] = []
    for token in tokens:
        possessive = re.sub(r"['’]s$", "", token)
        if token in _NOT_NAMES or possessive in _NOT_NAMES:
            break
        if kept and token.casefold().endswith(_NOUN_ENDINGS):
            break
        kept.append(possessive)
        if possessive != token:
            break
    while kept and re.fullmatch(r"[A-Z]\.?|von|van|de|der|den|zu", kept[-1]):
        kept.pop()
    return " ".join(kept)


def _fuller(a: str, b: str) -> str:
    return b if len(b.split()) > len(a.split()) or (
        len(b.split()) == len(a.split()) and len(b) > len(a)) else a


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]
