"""People named in less usual forms: appointed to a role, after long roles or portfolios, a
role in lower case or as a phrase ("X, a member of …"), double and Arabic family names."""

from __future__ import annotations

import re
from dataclasses import replace

from briefer.importers.countrynames import countries_in, country_named
from briefer.importers.letters import UPPER
from briefer.importers.mentions import Mention, Taken
from briefer.importers.names import (
    DAYS_AND_MONTHS,
    HONORIFIC,
    LATER,
    NOT_NAMES,
    NOUN_ENDINGS,
    PARTICLE,
    ROLE_ALONE,
    TOKEN,
    capitalise,
    clean_name,
    is_role,
)
from briefer.importers.nationalities import COUNTRY, country_after
from briefer.importers.patterncache import compiled
from briefer.importers.rolenames import ARTICLES, MEETING_VERBS, ROLE
from briefer.importers.roleterms import ROLE_BEFORE_NAME_PATTERN, ROLE_INITIALS
from briefer.importers.speechwords import SPEECH_VERBS, SPEECH_VERBS_EN, SPEECH_VERBS_FR

# "Anna Berg took office today as Minister of Foreign Affairs of Norland": a name opening a
# sentence, its role after the verb of taking office
_APPOINTED = compiled(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>{TOKEN}(?:\s+(?:{PARTICLE}\s+)?{LATER}){{1,3}})\s+"
    r"(?:(?:has|have|was|is|had)\s+(?:been\s+)?)?(?:took|takes|taken|assumed|assumes|"
    r"appointed|named|sworn in|confirmed)\b[^.;:]{0,40}?\bas\s+(?:the\s+)?(?:new\s+)?"
    rf"(?P<role>{ROLE})(?:\s+of\s+(?:the\s+)?(?P<of>{COUNTRY}))?"
)


def appointed(text: str) -> list[Mention]:
    """Return the people a sentence opens with who take office in a role ("X took office
    today as Minister …", "X was appointed as …")."""
    found = []
    for match in _APPOINTED.finditer(text) if " as " in text else ():
        name = clean_name(match.group("name"))
        if len(name.split()) < 2 or name != match.group("name"):
            continue
        country = country_named(match.group("of") or "")
        start = match.start("name")
        found.append(Mention(name, match.group("role"), country, start, start + len(name)))
    return found


# a long role whose portfolio lists fields ends with the body and its country, the name
# next: "HE Deputy Director-General, Energy, Climate and Ocean Division, in the Ministry of
# Industry of Vestria X met …"
_BODY_OF_COUNTRY = re.compile(
    rf"\b(?=[MDOEG])(?:Ministry|Department|Office|Division|Embassy|Government)\b"
    rf"[^,.;:]{{0,60}}?\bof\s+"
    rf"(?:the\s+)?(?P<of>{COUNTRY})\s+(?P<name>{TOKEN}\s+{LATER})(?=\s+[a-z]|\s*[,.;])"
)


_ROLE_WINDOW = 160  # characters back from a body to the role it belongs to


def after_long_roles(text: str, taken: Taken) -> list[Mention]:
    """Return the people named right after a long role that ends in a body of a country
    ("Deputy Director-General, …, in the Ministry of Industry of Vestria X"), with the role
    from its first word; a body with no role before it names no one."""
    found: list[Mention] = []
    for match in _BODY_OF_COUNTRY.finditer(text) if "of" in text else ():
        if clean_name(match.group("name")) != match.group("name"):
            continue
        window = max(0, match.start() - _ROLE_WINDOW)
        for role in ROLE_ALONE.finditer(text, window, match.start()):
            deputy = _DEPUTY.search(text, window, role.start())
            start = deputy.start() if deputy else role.start()
            words = text[start : match.start("name")].strip(" ,")
            mention = Mention(match.group("name"), words, "", start, match.end("name"))
            if "." not in words and taken.free(mention):
                country = country_named(match.group("of"))
                found.append(taken.take(replace(mention, country=country)))
                break
    return found


# a role with a portfolio "for" a region or field and no comma before the name: "Norland
# Foreign Office Director General for the Americas Ida Lind on …", "Deputy Secretary of State
# for Asian Affairs Karl Moen the …"; the name is the last two words before a lower-case word
_ROLE_FOR_NAME = compiled(
    rf"\b(?=[{ROLE_INITIALS}])(?P<role>{ROLE_BEFORE_NAME_PATTERN})\s+for\s+(?:the\s+)?"
    rf"(?P<portfolio>(?:[{UPPER}][\w-]+\s+){{1,3}}?)(?P<name>{TOKEN}\s+{LATER})"
    r"(?=\s+[a-z]|\s*[,.;])"
)


# the words of an office before such a role: "Norland Foreign Office", "the Chilean"
_OFFICE_WORDS = re.compile(rf"(?:[{UPPER}][\w'’-]+\s+){{1,4}}$")


def after_portfolios(text: str, taken: Taken) -> list[Mention]:
    """Return the people named right after a role with a portfolio "for" a region or field
    and no comma, the country written before it ("… met with Norland Deputy Secretary of
    State for Asian Affairs X on …")."""
    found: list[Mention] = []
    for match in _ROLE_FOR_NAME.finditer(text) if " for " in text else ():
        name = match.group("name")
        if clean_name(name) != name or NOT_NAMES.intersection(name.split()):
            continue
        start = match.start()
        office = _OFFICE_WORDS.search(text, max(0, start - 60), start)
        countries = list(countries_in(office.group(0))) if office else []
        if not (office and countries):
            continue  # a country names whose office it is: else the name may be a field's
        country = countries[-1]
        start = office.start()
        role = text[start : match.start("name")].strip()
        if country and role.startswith(country):
            role = role[len(country) :].strip()
        mention = Mention(name, role, country, start, match.end("name"))
        if taken.free(mention):
            found.append(taken.take(mention))
    return found


_DEPUTY = re.compile(r"(?:Deputy|Acting|Assistant)\s+$")


# a role written in lower case, as English press style writes it after "former" or a
# country's adjective: "former Vestrian chancellor Jon Dahl", "Ostland ambassador to the
# country Per Lie", "presidential envoy and ministry spokesman Lars Holm"
# "Norland's newly appointed defence minister Ari Vel": a country's possessive, and when
# the role was taken up
_LOWER_CASE_ROLE = re.compile(
    rf"(?:\bformer\s+(?:[{UPPER}][a-z]+\s+)?|(?<![.!?:]\s)(?<!^)\b[{UPPER}][a-z]+(?:['’]s)?\s+"
    r"(?:(?:newly[ -]appointed|newly[ -]elected|new|incoming|outgoing)\s+)?|"
    r"\b(?:presidential|ministry|foreign ministry|government)\s+|"
    # a news site's "thanked the president Ana Lo of Norland", "the president of Norland Ana Lo"
    r"\bthe\s+)"
    r"(?P<role>(?:prime |foreign |defen[cs]e |deputy )?minister|chancellor|president|"
    r"ambassador|envoy|spokes(?:man|woman|person))"
    r"(?:\s+to\s+(?:the\s+)?(?:country|[A-Z][\w-]+))?"
    rf"(?:\s+of\s+(?:the\s+)?(?P<of>{COUNTRY}))?"
    rf"\s+(?P<name>{TOKEN}\s+{LATER})(?=[\s,.;:)]|$)"
)


_OWNER = re.compile(
    r"(?P<country>[\w-]+)['’]s\s+(?:(?:newly[ -]appointed|newly[ -]elected|new|incoming|"
    r"outgoing)\s+)?"
)


# the offices such a role names, looked for first
_LOWER_CASE_OFFICE = re.compile(
    r"\b(?=[acemps])(?:minister|chancellor|president|ambassador|envoy|spokes)"
)


def lower_case_roles(text: str, taken: Taken) -> list[Mention]:
    """Return the people named after a role written in lower case with a nationality or
    "former" before it ("former Vestrian chancellor Jon Dahl")."""
    found: list[Mention] = []
    if not _LOWER_CASE_OFFICE.search(text):
        return found
    for match in _LOWER_CASE_ROLE.finditer(text):
        name = clean_name(match.group("name"))
        if name != match.group("name") or is_role(name.split()[0]):
            continue
        words = re.sub(r"^the\s+", "", text[match.start() : match.start("name")].strip())
        country = country_named(match.group("of") or "") or country_after(
            text, match.end("name"), True
        )
        if owner := _OWNER.match(words):
            # "Norland's newly appointed defence minister": the country is the person's own
            country = country_named(owner.group("country"))
            words = words[owner.end() :]
        mention = Mention(name, capitalise(words), country, match.start(), match.end("name"))
        if taken.free(mention):
            found.append(taken.take(mention))
    return found


# a role phrase with an article and a comma before the name, its words in lower case or
# the place it is held: "the foreign minister of Norland, Per Ek", "the Ruritanian
# Ambassador to our country, Stefan Roe", "the agency's representative in Norland, Hanna Odo"
_LOWER_ROLE_WORDS = (
    r"(?:(?:foreign|defen[cs]e|prime|deputy|vice|assistant|special|senior|chief|national "
    r"security)\s+)*(?:minister|ambassador|envoy|representative|secretary|adviser|advisor|"
    r"spokes(?:man|woman|person)|director(?:-general)?|commissioner|coordinator|consul|"
    r"counsell?or|chargé d['’]affaires|high commissioner|official|aide|"
    # a body's head: "at the invitation of its chair, Ana Lo", "Ana Lo, the committee's chair"
    r"chair(?:man|woman|person)?|head)"
)


_ROLE_PHRASE_COMMA = re.compile(
    # after a verb of meeting or "with": "welcomed today the …", "received in his office the …"
    rf"(?i:\b(?:with|received|receives|met|meets|welcomed|welcomes|hosted|hosts|by|and|"
    # "at the invitation of its chair, X"
    rf"invitation\s+of)\s+"
    rf"(?:[a-z]+\s+){{0,4}}?(?:the|his|her|its|their)\s+)(?P<role>(?:[\w'’-]+\s+){{0,4}}?(?i:{_LOWER_ROLE_WORDS})"
    r"(?:\s+(?:of|to|in|for|at|on)\s+[^,.;:“”\"()]{2,60}?)?),\s+"
    rf"(?P<hon>{HONORIFIC})?(?P<name>{TOKEN}(?:\s+(?:{PARTICLE}\s+)?{LATER}){{1,3}})"
    r"(?=\s*[,.;:)]|\s+(?:and|who|to|on|in)\s|$)"
)


# a name, then its role in an apposition with "a": "with Dan Roe, a senior adviser to the
# Secretary of State, on …"
_NAME_A_ROLE = re.compile(
    rf"(?<![\w'’.-])(?P<hon>{HONORIFIC})?(?P<name>{TOKEN}(?:\s+(?:{PARTICLE}\s+)?{LATER}){{1,3}}),"
    # "Ana Lo, the foreign minister of Estland, …": "the" too
    rf"\s+(?:an?|one of the|the|(?P<poss>[{UPPER}][\w-]+(?:\s+[{UPPER}][\w-]+)?)['’]s"
    # "Ana Lo, Norland's defence minister, …", "Ana Lo, defence minister of Norland, …"
    rf"|(?=(?:[a-z]+\s+){{1,3}}(?:of|to)\s+[{UPPER}]))"
    rf"\s*(?P<role>(?:[\w'’-]+\s+){{0,3}}?(?i:{_LOWER_ROLE_WORDS})"
    r"(?:\s+(?:of|to|in|for|at|on)\s+[^,.;:“”\"()]{2,60}?)?)(?=\s*[,.;:)]|$)"
)


_A_ROLE = re.compile(
    rf",\s+(?:(?:an?|one of the|the|[{UPPER}][\w-]+(?:\s+[{UPPER}][\w-]+)?['’]s)\s|"
    rf"(?:[a-z]+\s+){{1,3}}(?:of|to)\s+[{UPPER}])"
)


def role_phrases(text: str, taken: Taken) -> list[Mention]:
    """Return the people named after a role phrase with an article and a comma ("the foreign
    minister of Norland, Per Ek") or before one with "a" ("Dan Roe, a senior adviser to
    …"), the role in lower case or with the place it is held."""
    found: list[Mention] = []
    if ", " not in text:
        return found
    # a name is tried at every word: only where an apposition with "a" can follow one
    patterns = (_ROLE_PHRASE_COMMA, _NAME_A_ROLE) if _A_ROLE.search(text) else (_ROLE_PHRASE_COMMA,)
    for pattern in patterns:
        for match in pattern.finditer(text):
            name = match.group("name")
            if clean_name(name) != name or country_named(name) or is_role(name.split()[0]):
                continue
            role = " ".join(match.group("role").split())
            country = next(iter(countries_in(role)), "")
            if match.groupdict().get("poss"):
                country = country_named(match.group("poss")) or country
            if pattern is _ROLE_PHRASE_COMMA:
                start, end = match.start("role"), match.end("name")
                role = re.sub(r"(?i)^(?:the|his|her|its|their)\s+", "", role)
            else:
                start, end = match.start(), match.end("role")
            # "the new ambassador of …": the role, not when it was taken up or is left
            role = re.sub(r"(?i)^(?:newly appointed|new|outgoing|incoming)\s+", "", role)
            mention = Mention(name, capitalise(role), country, start, end)
            if taken.free(mention):
                found.append(taken.take(mention))
    return found


# a given name and a double family name, no role, as the subject of a verb of speech or
# meeting or before a headline's colon: "Ilka Varga-Somló said", "Ana Ruiz-Tagle: …"
_DOUBLE_FAMILY_NAME = re.compile(
    rf"(?<![\w'’-])(?P<name>[{UPPER}][a-zà-ÿ]+\s+[{UPPER}][a-zà-ÿ]+-[{UPPER}][a-zà-ÿ]+)"
    rf"(?=\s*:\s|\s+(?:{SPEECH_VERBS}|{MEETING_VERBS}|hat|a)\b)"
)


# the nouns a hyphenated place is named after: "das Land Nordrhein-Westfalen"
_PLACE_NOUNS = frozenset(
    "Land Bundesland Freistaat Region Kanton Canton Province Provinz State Stadt City Landkreis "
    "Kreis Département Republic Republik Kingdom Königreich Town Village Gemeinde".split()
)


def double_family_names(text: str, taken: Taken) -> list[Mention]:
    """Return the people named without a role by a given name and a double family name: a
    hyphen between two capitalised names is a person's, not a place's, after a given name."""
    found: list[Mention] = []
    if "-" not in text:
        return found
    for match in _DOUBLE_FAMILY_NAME.finditer(text):
        name = match.group("name")
        given, family = name.split()
        if (
            given in NOT_NAMES
            or given in ARTICLES
            or given in DAYS_AND_MONTHS
            or given in _PLACE_NOUNS
            or given.casefold().endswith(NOUN_ENDINGS)
            or is_role(given)
            or country_named(given)
            or any(country_named(part) for part in family.split("-"))
        ):
            continue
        mention = Mention(name, "", "", match.start(), match.end())
        if taken.free(mention):
            found.append(taken.take(mention))
    return found


# "During a visit with …, Al-Harbi said that …": an Arabic family name with its article,
# written alone as the subject of a verb of speech or of meeting
_ARABIC_SUBJECT = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:[Aa]l|[Ee]l|Bin|Ibn|Abu)-[{UPPER}][\w'’]+(?:-[{UPPER}][\w'’]+)?)"
    rf"(?=\s+(?:(?:has|had|also|further|then)\s+)?(?:{SPEECH_VERBS_EN}|{SPEECH_VERBS_FR}|"
    rf"{MEETING_VERBS})\b)"
)


# bodies, places and papers written like such a name: "Al-Azhar said", "al-Shabaab claimed"
_ARABIC_BODIES = frozenset(
    "qaeda shabaab azhar aqsa jazeera nusra ahram arabiya monitor quds houthi houthis".split()
)


def arabic_family_names(text: str, taken: Taken) -> list[Mention]:
    """Return the people named by an Arabic family name alone, its article written, as the
    subject of a verb ("Al-Harbi said …"): a later mention of someone named in full."""
    found: list[Mention] = []
    for match in _ARABIC_SUBJECT.finditer(text) if "-" in text else ():
        before = text[max(0, match.start() - 30) : match.start()]
        if re.search(rf"[{UPPER}][\w'’.-]*\s+$", before):
            continue  # "Leila Al-Rami said": the full name, found with its role or not at all
        if match.group("name").split("-")[1].casefold() in _ARABIC_BODIES:
            continue
        mention = Mention(match.group("name"), "", "", match.start(), match.end())
        if taken.free(mention):
            found.append(taken.take(mention))
    return found
