"""The people already known in a release found again in a text: by a family name alone,
a given name, or a role that fits only one of them."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from briefer.i18n import _
from briefer.importers.countrynames import country_named
from briefer.importers.letters import UPPER
from briefer.importers.mentions import Mention, Taken
from briefer.importers.names import (
    ARTICLE_BEFORE,
    HONORIFIC,
    NOT_NAMES,
    ROLE_ALONE,
    first_family_name,
    surname,
)
from briefer.importers.nationalities import OF_COUNTRY, country_before
from briefer.importers.persons import find_mentions
from briefer.model.records import Person

_BARE_ROLES = {"Minister", "Ministerin", "Secretary", "President", "Präsident", "Chancellor"}


def known_mentions(text: str, people: Iterable[Person], home: str = "") -> tuple[Mention, ...]:
    """Return mentions of people already known: by role and name, by surname alone
    ("Pistorius told …", "Mr Conroy said"), or by role alone when it fits one person
    ("the Foreign Secretary", "der indische Außenminister") or, of several, the one from the
    publisher's own country (home): a French ministry's "the Minister" is France's."""
    return _known_mentions(text, tuple(people), home)


@functools.lru_cache(maxsize=2048)
def _known_mentions(text: str, people: tuple[Person, ...], home: str) -> tuple[Mention, ...]:
    found = list(find_mentions(text))
    taken = Taken(len(text), found)
    found.extend(_by_family_name(text, people, taken))
    fitting_by_role: dict[tuple[str, str], list[Person]] = {}
    for match in ROLE_ALONE.finditer(text):
        country, start = country_before(text, match.start())
        if not country and (after := OF_COUNTRY.match(text, match.end())):
            country = country_named(after.group("of"))  # "the Minister … of Norland"
        article = ARTICLE_BEFORE.search(text, max(0, start - 40), start)
        if not (article or country) and match.group("role") in _BARE_ROLES:
            continue  # "Ministers hold talks": a bare "Minister" names nobody
        start = article.start() if article else start
        key = (match.group("role").casefold(), country)
        if key not in fitting_by_role:
            fitting_by_role[key] = _fitting(people, *key, home)
        fitting = fitting_by_role[key]
        mention = Mention("", match.group("role"), country, start, match.end())
        if len(fitting) == 1 and taken.free(mention):
            person = fitting[0]
            found.append(
                taken.take(
                    Mention(
                        person.name,
                        person.role,
                        person.country,
                        start,
                        match.end(),
                        _("“{role}” is the one person of the release in that role").format(
                            role=match.group("role")
                        ),
                    )
                )
            )
    return tuple(sorted(found, key=lambda m: m.start))


def _by_family_name(text: str, people: tuple[Person, ...], taken: Taken) -> Iterator[Mention]:
    """Yield the mentions of known people by family name alone ("Pistorius told …"), or by
    given name alone where that fits one person."""
    written = _written_surnames(people)
    given = _given_names(people) if written else {}
    if not any(name in text for name in (*written, *given)):
        return  # most texts write none of the names: no word of theirs to look up
    double_end = 0  # the end of a double family name found whole ("Varga-Somló")
    for match in _WORD.finditer(text):
        if match.start() < double_end:
            continue  # "Somló" of "Varga-Somló", found whole
        word = match.group(0)
        if text.startswith("-", match.end()) and (double := _DOUBLE.match(text, match.start())):
            # a double family name alone, once the full name was given ("Varga-Somló said"):
            # the whole compound; "Merkel-Sarkozy talks" are its parts, each looked up
            word = double.group(0)
            if written.get(_without_genitive(word)) is not None:
                match, double_end = double, double.end()
            else:
                word = match.group(0)
        bare = _without_genitive(word)  # "Wong's": Wong
        person = written.get(word) or written.get(bare) or _given_alone(text, match, given)
        if person is None or text.startswith("-", match.end()):
            continue
        honorific = _HONORIFIC_BEFORE.search(text, max(0, match.start() - 40), match.start())
        start = honorific.start() if honorific else match.start()
        end = match.start() + len(bare)
        mention = Mention(person.name, person.role, person.country, start, end)
        if taken.free(mention):
            yield taken.take(mention)


_WORD = re.compile(rf"[{UPPER}]\w*(?:['’]\w+)*")  # family names are written capitalised


_DOUBLE = re.compile(rf"[{UPPER}]\w*(?:-[{UPPER}]\w*)+(?:['’]s)?(?![\w-])")


def _without_genitive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


_HONORIFIC_BEFORE = re.compile(rf"(?:{HONORIFIC})$")


@functools.lru_cache(maxsize=64)
def _written_surnames(people: tuple[Person, ...]) -> dict[str, Person]:
    """Return the people by the form their family name is written in ("MOTEGI", "Wong"):
    a text's words are looked up here, one pass however many people it names."""
    written: dict[str, Person] = {}
    for person in people:
        if not person.name:
            continue
        family = surname(person.name)
        first, last = person.name.split()[0], person.name.split()[-1]
        written.setdefault(first if first.casefold() == family else last, person)
        if last.casefold() != family and last.casefold().endswith(family):
            written.setdefault(last[len(last) - len(family) :], person)  # "Rami" of "Al-Rami"
        if first_family := first_family_name(person.name):
            written.setdefault(first_family, person)  # "Albares" of "… Albares Bueno"
    return written


@functools.lru_cache(maxsize=64)
def _given_names(people: tuple[Person, ...]) -> dict[str, Person]:
    """Return the people by their given name, for a given name used alone ("“…,” said
    Moko", in small states' releases): only a name one person of the release bears, and no
    one's family name."""
    written = _written_surnames(people)
    given: dict[str, list[Person]] = {}
    for person in people:
        tokens = person.name.split()
        if len(tokens) >= 2 and tokens[0] not in written and _GIVEN_NAME.fullmatch(tokens[0]):
            given.setdefault(tokens[0], []).append(person)
    return {
        name: bearers[0]
        for name, bearers in given.items()
        if len(bearers) == 1 and name not in NOT_NAMES and not country_named(name)
    }


def _given_alone(text: str, match: re.Match[str], given: dict[str, Person]) -> Person | None:
    """Return the person a given name written alone stands for, if any: no capitalised word
    stands next to it ("said Moko.", not "Moko Tane")."""
    person = given.get(match.group(0))
    if person is None or _CAPITALISED_NEXT.match(text, match.end()):
        return None
    return (
        None
        if _CAPITALISED_BEFORE.search(text, max(0, match.start() - 60), match.start())
        else person
    )


_CAPITALISED_NEXT = re.compile(rf"\s+[{UPPER}]")


_CAPITALISED_BEFORE = re.compile(rf"[{UPPER}][\w.]*\s+$")


_GIVEN_NAME = re.compile(rf"[{UPPER}][a-zà-ÿ]{{2,}}")


def _fitting(people: tuple[Person, ...], role: str, country: str, home: str) -> list[Person]:
    """Return the people a role written alone may stand for: those whose role it fits, and of
    several, those of the publisher's own country."""
    candidates = [p for p in people if p.name and (not country or p.country == country)]
    # the role as written first ("Foreign Secretary"), the same office in other words
    # ("Foreign Minister" for "Minister for Foreign Affairs") only when none has it
    fitting = [p for p in candidates if _role_fits(p.role, role)] or [
        p for p in candidates if _same_office(p.role, role)
    ]
    if len(fitting) > 1 and home:
        fitting = [p for p in fitting if p.country in (home, "")]
    return fitting


def _role_fits(full: str, written: str) -> bool:
    """Return whether a role written alone ("the Secretary") fits a person's full role
    ("Foreign Secretary"): the same words, or its end."""
    full, written = full.casefold(), written.casefold()
    stem = re.sub(r"(?:in|en|e|s)$", "", written)
    return bool(full) and (full == written or full.endswith(written) or stem in full)


def _same_office(full: str, written: str) -> bool:
    """Return whether two roles name the same office in other words."""
    full, written = full.casefold(), written.casefold()
    return any(p.search(full) and p.search(written) for p in _OFFICES)


# The same office written in different words, in English, German and French
_OFFICES = tuple(
    re.compile(pattern)
    for pattern in (
        r"foreign (?:minister|secretary)|minister (?:for|of) foreign affairs|"
        r"secretary of state for foreign|außenminister|"
        r"minister(?:in)? des auswärtigen|ministre des affaires étrangères|"
        r"ministre de l['’]europe et des affaires étrangères",
        r"defen[cs]e (?:minister|secretary)|minister (?:for|of) (?:national )?defen[cs]e|"
        r"secretary of defen[cs]e|verteidigungsminister|minister(?:in)? der verteidigung|"
        r"ministre (?:de la défense|des armées)",
    )
)
