"""The country each participant represents, decided for the whole release: read next to the
person where the text writes it, else inferred from the release's other evidence (the
publisher, the organisation an office belongs to, the two sides a meeting names)."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from briefer.i18n import _
from briefer.importers.countrynames import ADJECTIVES, COUNTRY_PATTERN, country_named
from briefer.importers.letters import word_starts
from briefer.importers.meetingsides import named_countries
from briefer.importers.nationalities import counterpart_countries
from briefer.importers.organisations import (
    ORGANISATIONS,
    an_office,
    office_before,
    organisation_office,
)
from briefer.model.records import Person


@dataclass(frozen=True)
class Decided:
    """A participant with the country decided, and how it was inferred ("" when read)."""

    person: Person
    how: str = ""


def decide_countries(
    participants: Sequence[Person], text: str, lede: tuple[str, str], home: str
) -> list[Decided]:
    """Return the participants with their countries decided: `text` is the release's,
    `lede` its headline and the meeting's paragraph, `home` the publisher's country."""
    decided = [_read(person, text) for person in participants]
    own = home if home in _FEDERAL_STATES else _federal_country(text)
    # a national office is the release's country's only where no other country rivals it
    national = own if own and not home and _named_most(text, own) else ""
    for number, item in enumerate(decided):
        person = item.person
        if _federal(person):  # "Bundespräsident": Germany's, Austria's or Switzerland's
            how = _("the release's country") if own else _("a federal office, taken as Germany's")
            decided[number] = Decided(replace(person, country=own or person.country), how)
        elif (
            national
            and not person.country
            and _NATIONAL.search(person.role)
            and not _other_country_before(text, person.name, own)
        ):
            # "Vizekanzler", "Außenminister" in a release of Austria's: Austria's; not the
            # minister of a country named just before ("die Maßnahmen Polens sowie das
            # Engagement von Außenminister X")
            decided[number] = Decided(replace(person, country=own), _("the release's country"))
    return _fill(decided, lede, home)


# a national government's office, in German (not a Land's, a canton's or an envoy's)
_NATIONAL = re.compile(
    r"^(?!.*(?:Landes|Landtag|Kanton|Regierungsr|Botschaft|Konsul|Gesandt|Bürgermeist))"
    r"(?:(?:Vize)?(?:Bundes)?[Kk]anzler|[A-ZÄÖÜ]\w*minister|(?:Bundes)?[Ss]taatssekretär)(?:in)?$"
)


def _read(person: Person, text: str) -> Decided:
    """Return the person with the country the text writes next to them: the organisation
    their office is of, a country before their role ("Frankreichs Staatspräsident X"), the
    one their role is of or whose nationals abroad it serves; none where the country read
    is their counterpart's ("the German counterpart of Minister X")."""
    office = organisation_office(person.role)
    if office:  # "Secretary General of the Organization of American States": not American
        return Decided(replace(person, country=office))
    if person.country and _counterpart_of(person, text):
        return Decided(replace(person, country=""))
    if person.country or not person.name:
        return Decided(person)
    found = office_before(text, person.name) or _country_before_role(person, text)
    found = found or _citizens_abroad(person.role) or _role_country(person.role)
    return Decided(replace(person, country=found) if found else person)


# "the German counterpart of Minister X", "den deutschen Amtskollegen von Außenminister X"
_COUNTERPART_OF = (
    r"(?P<adjective>\w+)\s+(?:counterparts?|colleagues?|Amtskolleg\w*|Kolleg\w*|homologues?)"
    r"\s+(?:of|von|de|du|des|d['’])\s*"
)


_COUNTERPARTS = re.compile(_COUNTERPART_OF)


def _counterpart_of(person: Person, text: str) -> bool:
    """Return whether the person's country is that of the counterpart the text names them
    the counterpart of: an adjective read as theirs that is the other's."""
    ends = _counterpart_ends(text)
    if not ends:
        return False
    places = [*word_starts(text, person.name), *_role_and_name(text, person)]
    return any(ADJECTIVES.get(ends[at].casefold()) == person.country for at in places if at in ends)


@functools.lru_cache(maxsize=8)  # asked for each participant of the same release
def _counterpart_ends(text: str) -> dict[int, str]:
    """Return where each "the German counterpart of" ends, with its adjective."""
    return {m.end(): m["adjective"] for m in _COUNTERPARTS.finditer(text)}


def _role_and_name(text: str, person: Person) -> Iterator[int]:
    """Yield where the person's role stands right before their name (spaces between)."""
    if not person.role:
        return
    for start in word_starts(text, person.name):
        head = text[max(0, start - len(person.role) - 20) : start]
        role = head.rstrip()
        if role != head and role.endswith(person.role):
            yield start - (len(head) - len(role)) - len(person.role)


# "Frankreichs", "France's", "French" right before a person's role and name
_OWNER = re.compile(r"(?<![\w'’-])(?P<word>[\w-]+?)(?P<poss>['’]s|s)?[ \t]+$")


def _country_before_role(person: Person, text: str) -> str:
    """Return the country written right before the person's role and name."""
    if not person.role:
        return ""
    for start in _role_and_name(text, person):
        owner = _OWNER.search(text, max(0, start - 30), start)
        if owner is None:
            continue
        word, whole = owner.group("word"), owner.group(0).strip()
        country = country_named(word) if owner.group("poss") else ""
        country = country or country_named(whole) or ADJECTIVES.get(whole.casefold(), "")
        if country and country not in ORGANISATIONS:
            return country
    return ""


# a foreign ministry's charge of its nationals abroad: "… et des Marocains résidant à
# l'étranger", "… of Nepalese Abroad"
_ABROAD = re.compile(
    r"(?i)\b(?:des|of(?: the)?)\s+(?P<people>\w+)\s+(?:résidant\s+|living\s+)?"
    r"(?:à\s+l['’]\s*[ée]tranger|de\s+l['’]\s*ext[ée]rieur|abroad|overseas)\b"
)


def _citizens_abroad(role: str) -> str:
    """Return the country whose nationals abroad a minister's portfolio names."""
    match = _ABROAD.search(role)
    country = ADJECTIVES.get(match.group("people").casefold(), "") if match else ""
    return "" if country in ORGANISATIONS else country


# the country a role is of: "… des Außenministeriums Deutschlands", "… de la Gambie"
_ROLE_OF = re.compile(
    r"\b(?:of|de|du|des|der|de\s+la|de\s+l['’])\s+(?:the\s+)?(?P<of>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-Z][\w-]+){0,2})"
)


def _role_country(role: str) -> str:
    """Return the country a role writes itself of ("Minister of Foreign Affairs of Nepal",
    "Beauftragter des Außenministeriums Deutschlands"): of it, or in the genitive."""
    for match in _ROLE_OF.finditer(role):
        words = match.group("of").split()
        for size in range(len(words), 0, -1):
            country = country_named(" ".join(words[:size]))
            if country:
                return "" if country in ORGANISATIONS else country
    for word in re.findall(r"\b[A-ZÄÖÜ]\w+s\b", role):
        if country_named(word[:-1]):  # "Deutschlands", "Frankreichs"
            return country_named(word[:-1])
    return ""


_FEDERAL = re.compile(r"\b(?:Federal|Bundes)")
_GERMAN = re.compile(r"(?i)deutsch|german")
# the three federal states whose offices German calls "Bundes-": what names each of them
_FEDERAL_STATES = {
    "Austria": re.compile(
        r"\b(?:Österreich\w*|österreichisch\w*|Austria|Austrian|Landeshauptm[aä]nn\w*|"
        r"Landeshauptfrau|Nationalrat\w*|Burgenland\w*|Kärnten\w*|Niederösterreich\w*|"
        r"Oberösterreich\w*|Steiermark|Vorarlberg\w*|Wien|Vienna)\b"
    ),
    "Germany": re.compile(
        r"\b(?:Deutschland\w*|Bundestag\w*|Bundesrepublik|Bundeswehr|Germany|Berlin|"
        r"Bundeskanzlerin|Nordrhein-Westfalen\w*|Bayern\w*|Thüringen\w*)\b"
    ),
    "Switzerland": re.compile(
        r"\b(?:Schweiz\w*|Switzerland|Swiss|Eidgenoss\w*|eidgenössisch\w*|Kanton\w*|"
        r"Regierungsr[aä]t\w*|Ständerat\w*|Landammann|Bern)\b"
    ),
}


def _named_most(text: str, country: str) -> bool:
    """Return whether text names country by name, adjective or genitive ("Russlands") more
    than twice as often as any other country."""
    named = Counter(found for word in _WORD.findall(text) if (found := _country_of(word)))
    others = max((n for c, n in named.items() if c != country), default=0)
    return named[country] > 2 * others


def _country_of(word: str) -> str:
    """Return the country a word names by name, adjective or genitive: "russischen",
    "Russian", "Russland", "Russlands" (not the English "us"); "" for none."""
    adjective = word[:1].isupper() or len(word) > 4
    found = ADJECTIVES.get(word.casefold(), "") if adjective else ""
    return found or country_named(word) or country_named(word.removesuffix("s"))


_WORD = re.compile(r"[\w’'-]+")
_CLAUSE_BEFORE = 60  # characters before a name read for a country that claims its office


def _other_country_before(text: str, name: str, own: str) -> bool:
    """Return whether the sentence names another country just before a person's first
    mention: the office then is that country's."""
    at = text.find(name)
    if at < 0:
        return False
    before = re.split(r"[.;:!?]\s", text[max(0, at - _CLAUSE_BEFORE) : at])[-1]
    return any((found := _country_of(word)) and found != own for word in _WORD.findall(before))


def _federal(person: Person) -> bool:
    """Return whether a person's country was read from "Federal"/"Bundes-" alone."""
    return (
        person.country == "Germany"
        and bool(_FEDERAL.search(person.role))
        and not _GERMAN.search(person.role)
    )


def _federal_country(text: str) -> str:
    """Return the federal state the release is of, when it names one far more than the
    others; "" when it names none or is unclear."""
    counts = sorted(
        ((len(p.findall(text)), state) for state, p in _FEDERAL_STATES.items()), reverse=True
    )
    (best, state), (second, _other) = counts[0], counts[1]
    return state if best >= 2 and best > 2 * second else ""


def _fill(decided: list[Decided], lede: tuple[str, str], home: str) -> list[Decided]:
    """Give participants of unknown country one: the lede's subject the publisher's country;
    a single other one the side that nobody has of those the lede names together ("UK-China",
    "relations between Japan and India"), or else the one country the headline names that
    nobody has; the rest the publisher's country."""
    people = [item.person for item in decided]
    hows = [item.how for item in decided]
    # an organisation's guest, a national minister, is not the organisation's
    if home and people and not people[0].country and _of_home(people[0], home):
        people[0], hows[0] = replace(people[0], country=home), _("the publisher's country")
    missing = [i for i, p in enumerate(people) if not p.country]
    title, text = lede[0], " ".join(lede)
    # "X met his Finnish counterpart": the counterpart's country is never X's own
    taken = {p.country for p in people} | {c for _, _, c in counterpart_countries(text)}
    if len(missing) == 1:
        other = _other_side(title, lede[1], taken)
        free = [c for c in named_countries(title) if c not in taken and c not in ORGANISATIONS]
        if other:
            people[missing[0]] = replace(people[missing[0]], country=other)
            hows[missing[0]] = _("the other side named")
        elif free and missing[0] > 0:
            # never the lede's subject: the publisher's own, whatever else the headline names
            people[missing[0]] = replace(people[missing[0]], country=free[0])
            hows[missing[0]] = _("the country named")
    # the rest are the publisher's own, but an organisation's guests are not
    return [
        Decided(p, how)
        if p.country or not home or not _of_home(p, home, subject=False)
        else Decided(replace(p, country=home), _("the publisher's country"))
        for p, how in zip(people, hows, strict=True)
    ]


def _of_home(person: Person, home: str, subject: bool = True) -> bool:
    """Return whether a participant may be taken as the publisher's: any one a country
    publishes of; of an organisation one who holds one of its offices, or the lede's subject
    named with no role."""
    if home not in ORGANISATIONS:
        return True
    return an_office(person.role) or (subject and not person.role)


# the sides a meeting is between, named together: "UK-China", "Japan-India", "Deutschland,
# Frankreich und Polen", "between the United States and Pakistan", "entre la France et le Maroc"
_NAME = rf"(?:(?:the|la|le|les|l['’]|der|die|dem)\s*)?(?:{COUNTRY_PATTERN})"
_COUNTRY = re.compile(COUNTRY_PATTERN)
_RUN = re.compile(rf"(?<![\w-]){_NAME}(?:\s*(?:,|and|und|et|&)\s*{_NAME})+(?![\w-])")
# "UK-China", "German-Japanese", "deutsch-indischen", but not a "Russian-Ukrainian war"
_COMPOUND = re.compile(
    r"(?<![\w-])([\w.]+)-([\w.]+)(?![\w-])(?!\s+(?:war|conflict|crisis|border|Krieg\w*|"
    r"Konflikt\w*|Krise\w*|Grenze\w*|guerre|conflit|crise|frontière))"
)
# what tells that countries named together in a report are its sides, not its subject
_RELATION = re.compile(
    r"(?i)\b(?:relations?|relationship|ties|cooperation|partnership|friendship|bilateral|"
    r"Beziehungen|Zusammenarbeit|Partnerschaft|Freundschaft|coopération|partenariat|amitié)\b"
)
_NEAR = 60  # characters between a relation word and the countries it relates


def _sides(text: str, anywhere: bool) -> list[list[str]]:
    """Return the groups of countries text names together: compounds ("UK-China"), and
    lists, outside a headline (`anywhere` false) only next to a relation word ("relations
    between A and B")."""
    pairs = [[_country(m.group(1)), _country(m.group(2))] for m in _COMPOUND.finditer(text)]
    found = [
        (m.start(), m.end(), [country_named(n) for n in _COUNTRY.findall(m.group(0))])
        for m in _RUN.finditer(text)
    ]
    return pairs + [
        countries
        for start, end, countries in found
        if anywhere or _RELATION.search(text, max(0, start - _NEAR), end + _NEAR)
    ]


def _other_side(title: str, paragraph: str, taken: set[str]) -> str:
    """Return the one side of those named together that nobody has, the others taken."""
    for countries in (*_sides(title, True), *_sides(paragraph, False)):
        named = [c for c in dict.fromkeys(countries) if c]
        free = [c for c in named if c not in taken and c not in ORGANISATIONS]
        if len(named) >= 2 and len(free) == 1:
            return free[0]
    return ""


def _country(words: str) -> str:
    """Return the country a name or an adjective stands for ("UK", "Japan", "the US")."""
    words = re.sub(r"^(?:the|la|le|l['’])\s*", "", words.strip(), flags=re.I)
    key = words.casefold()
    return country_named(words) or ADJECTIVES.get(key, "") or ADJECTIVES.get(f"{key}e", "")
