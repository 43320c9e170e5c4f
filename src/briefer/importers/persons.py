"""Finding people in text: every mention of a person with a role, an unnamed spokesperson, a
subject named alone or a ministry's holder, and merging the mentions of one person (its short
forms and other spellings) into one person with the fullest name."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import replace

from briefer.importers.countrynames import country_named
from briefer.importers.letters import UPPER
from briefer.importers.mentions import Mention, Taken
from briefer.importers.names import (
    ARTICLE_BEFORE,
    HONORIFIC_NAME,
    LATER,
    PARTICLE,
    ROLE_ALONE,
    TOKEN,
    capitalise,
    clean_name,
    first_family_name,
    fuller,
    surname,
)
from briefer.importers.personlists import (
    each_of_countries,
    honorific_names,
    members_by_letters,
    ministers_of_countries,
    monarchs_of_countries,
    plural_role_names,
    semicolon_items,
    spanish_pairs,
    with_countries,
    with_listed,
)
from briefer.importers.rolenames import (
    ARTICLES,
    BODIES,
    NAME_THEN_ROLE,
    ROLE_THEN_NAME,
    named_after_role,
    role_name_mention,
    search_role_name,
)
from briefer.importers.rolephrases import (
    after_long_roles,
    after_portfolios,
    appointed,
    arabic_family_names,
    double_family_names,
    lower_case_roles,
    role_phrases,
)
from briefer.model.records import Person

_SPOKESPERSON = re.compile(
    r"\b(?i:an?|the|ein|eine|die|der|le|la|un|une)\s+(?:[\w&.,’'-]+\s+){0,6}?"
    r"(?P<role>[Ss]pokes(?:person|man|woman)|Sprecher(?:in)?|[Pp]orte-parole)\b"
    # whose spokesperson: "for the Secretary-General", "du Secrétaire général"
    r"(?P<whose>\s+(?:for|of|to) the (?:[A-Z][\w-]+(?: (?:of|for) the)?(?: [A-Z][\w-]+){0,3})|"
    r"\s+(?:du|de la) (?:[Ss]ecrétaire général|[Pp]résident(?:e)?(?: de la République)?|"
    r"[Gg]ouvernement|[Mm]inistère|Quai d['’]Orsay))?",
)


_FLAG = re.compile("[\U0001f1e6-\U0001f1ff]")  # a flag is two regional indicator letters


_HASHTAG = re.compile(rf"#(?=[{UPPER}])")


def _without_tags(text: str) -> str:
    """Return text with the flags and "#" of a social-media copy blanked ("her counterpart
    🇳🇴 Anna #Berg"), so that mentions keep their places in the text as written."""
    if "#" in text or _FLAG.search(text):
        text = _FLAG.sub(" ", _HASHTAG.sub(" ", text))
    if " - " in text or " – " in text:
        text = _SPACED_HYPHEN.sub(r"\g<1>-\g<2>  ", text)
    return text


# "Mrs. Anna Berg - Lund": a double family name written with spaces around its hyphen,
# joined (and padded after, so that what follows keeps its place); "Republic of Norland -
# Per Ek" is a country and a name, the word after the dash followed by a second name
_SPACED_HYPHEN = re.compile(
    rf"((?<![\w-])[{UPPER}][a-z]+\s[{UPPER}][a-z]+)\s[-–]\s([{UPPER}][a-z]+)"
    rf"(?=[\s,.;:)]+[^\s{UPPER}]|[,.;:)]*$)"
)


@functools.lru_cache(maxsize=2048)
def find_mentions(text: str) -> tuple[Mention, ...]:
    """Return the people named with a role in text, and unnamed spokespersons, in order."""
    text = _without_tags(text)
    taken = Taken(len(text), ())
    found = [taken.take(m) for m in ministers_of_countries(text)]
    for plural in (*each_of_countries(text), *plural_role_names(text)):
        if taken.free(plural):
            found.append(taken.take(plural))
    found.extend(monarchs_of_countries(text, taken))
    for pattern in (NAME_THEN_ROLE, ROLE_THEN_NAME):
        position = 0
        while (match := search_role_name(pattern, text, position)) is not None:
            mention = role_name_mention(match, text)
            # "…, Ana Lo, the President of Norland, Ivo Ren": the role after a name that a
            # role and country before it claim starts the list's next item
            if mention is None or (pattern is NAME_THEN_ROLE and named_after_role(text, match)):
                position = match.start() + 1  # e.g. "counterpart, Minister …": try the role
                continue
            if not taken.free(mention):
                # "Minister of State, and Ambassador X": the later role names X
                position = match.start() + 1
                continue
            position = mention.end
            found.append(taken.take(mention))
            if pattern is ROLE_THEN_NAME:
                listed = with_listed(text, mention, taken)
                found[-1:] = listed
                position = max(position, listed[-1].end)
    found.extend(m for m in appointed(text) if taken.free(m) and taken.take(m))
    found.extend(role_phrases(text, taken))
    found.extend(honorific_names(text, taken))
    found.extend(with_countries(text, taken))
    found.extend(semicolon_items(text, taken))
    found.extend(after_long_roles(text, taken))
    found.extend(after_portfolios(text, taken))
    found.extend(spanish_pairs(text, taken))
    found.extend(lower_case_roles(text, taken))
    found.extend(arabic_family_names(text, taken))
    found.extend(double_family_names(text, taken))
    found.extend(members_by_letters(text, taken))
    for match in _SPOKESPERSON.finditer(text):
        role = capitalise(match.group("role") + (match.group("whose") or ""))
        mention = Mention("", role, "", match.start(), match.end())
        if taken.free(mention):
            found.append(taken.take(mention))
    # a name has a capital somewhere: "S.E. M. le Ministre" names no one called "le"
    named = [m for m in found if not m.name or not m.name.islower()]
    return tuple(sorted(named, key=lambda m: m.start))


# "Jean Exemple a reçu …", "Heiko Maas traf …": a name alone opening a sentence, its verb
# next; not a body or a group ("Pacific Islands Forum Leaders met …")
_BARE_SUBJECT = re.compile(
    rf"(?P<name>{TOKEN}(?:\s+(?:{PARTICLE}\s+){{0,2}}{LATER}){{1,2}})\s+(?=[a-zäöüéè])"
)


def subject_mention(text: str, start: int) -> Mention | None:
    """Return the person named alone, with no role, as the subject a sentence of text opens
    with at start ("Jean Exemple a reçu son homologue …"), or None."""
    match = _BARE_SUBJECT.match(text, start)
    if match is None:
        return None
    name = match.group("name")
    tokens = name.split()
    if HONORIFIC_NAME.match(text, start):
        return None  # "M. Jean Exemple a reçu …": found with the honorific
    if (
        clean_name(name) != name
        or country_named(name)
        or BODIES.intersection(tokens)
        or tokens[0] in ARTICLES
        or ROLE_ALONE.search(name)
    ):
        return None  # "Ein Thema des …", "Le Président de la République a reçu …"
    return Mention(name, "", "", start, start + len(name))


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
        name, role = fuller(known.name, mention.name), fuller(known.role, mention.role)
        country = known.country or mention.country
        if (name, role, country) != (known.name, known.role, known.country):
            people[key] = replace(known, name=name, role=role, country=country)
    folded = _folded(list(people.values()))
    return [p if p.country else replace(p, country=default_country) for p in folded]


def _spellings(person: Person) -> list[str]:
    """Return the ways a release may write a person's name apart from the family name: the
    given name alone ("Mevlüt" of a title cut short) and the family name with any one vowel
    changed ("Hussein", "Hussain")."""
    tokens, family = person.name.split(), surname(person.name)
    given = [f"given:{tokens[0]}"] if len(tokens) > 1 else []
    if first_family := first_family_name(person.name):
        given.append(f"first family:{first_family}")
    if len(family) < 5:
        return given
    return given + [
        f"{family[:i]}*{family[i + 1 :]}" for i, c in enumerate(family) if c in "aeiouy"
    ]


def _folded(people: list[Person]) -> list[Person]:
    """Return people with a second spelling of someone's name merged into its first; a
    given name alone ("Mevlüt") is the person of that given name, but two full names that
    share one ("Mohamed Salem Ould Merzoug", "Mohamed Lemine Chemra") are two people."""
    seen: dict[str, int] = {}
    kept: list[Person] = []
    for person in people:
        tokens = person.name.split()
        keys = _spellings(person)
        if len(tokens) == 1:
            keys.extend((f"given:{tokens[0]}", f"first family:{tokens[0]}"))

        def same_person(key: str, alone: bool = len(tokens) == 1) -> bool:
            given = key.startswith(("given:", "first family:"))
            return key in seen and (alone or not given or len(kept[seen[key]].name.split()) == 1)

        same = next((seen[k] for k in keys if same_person(k)), None)
        if same is None:
            seen.update(dict.fromkeys(keys, len(kept)))
            kept.append(person)
            continue
        known = kept[same]
        kept[same] = replace(
            known,
            name=fuller(known.name, person.name),
            role=fuller(known.role, person.role),
            country=known.country or person.country,
        )
    return kept


def office_mention(text: str) -> Mention | None:
    """Return the first office a text names with an article and no person ("faite par le
    Secrétaire général", "the Foreign Secretary said"): who speaks when no one is named."""
    for match in ROLE_ALONE.finditer(text):
        if ARTICLE_BEFORE.search(text, max(0, match.start() - 40), match.start()) or re.search(
            r"(?i)\b(?:le|la|l['’])\s*$", text[max(0, match.start() - 4) : match.start()]
        ):
            return Mention("", match.group("role"), "", match.start(), match.end())
    ministry = _MINISTRY.search(text)
    if ministry is not None:  # "the Georgian Foreign Ministry finds it necessary to state …"
        return Mention("", ministry.group("office"), "", ministry.start(), ministry.end())
    return None


# A foreign ministry speaking as a body, in English, German and French
_MINISTRY = re.compile(
    r"\b(?:[Tt]he |[Ll]e |[Dd]as |[Dd]ie )?(?P<office>(?:[A-Z][a-z]+ )?Foreign (?:Ministry|Office)|"
    r"Ministry of Foreign Affairs(?: of (?:the )?[A-Z][\w ]{2,40}?(?=[,.:;]| [a-z]))?|"
    r"Auswärtige[ns]? Amt|[Mm]inistère des [Aa]ffaires étrangères)"
)
