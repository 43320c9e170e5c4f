"""Several people named in one stretch: a list after one role, semicolon-separated items,
names after one honorific or with their countries in brackets, plural roles and their names
("the Foreign Ministers of Norland and Sudland, X and Y"), the ministers or heads of several
countries, monarchs of countries, members by their letters."""

from __future__ import annotations

import re
from dataclasses import replace

from briefer.importers.countrynames import ADJECTIVE_PATTERN, ADJECTIVES, country_named
from briefer.importers.letters import UPPER
from briefer.importers.mentions import Mention, Taken
from briefer.importers.names import (
    HONORIFIC,
    HONORIFIC_NAME,
    LATER,
    NAME,
    PARTICLE,
    POSTNOMINAL_RUN,
    ROLE_ALONE,
    TOKEN,
    capitalise,
    clean_name,
    is_role,
)
from briefer.importers.nationalities import COUNTRY, bracketed_country, country_before
from briefer.importers.patterncache import compiled
from briefer.importers.rolenames import BODIES, COUNTERPART

# those that mark a member of a parliament or the bar, after a name with no honorific: "Kim
# Dale MP met …", "Lena Dorn MdB traf …", "Kim Dale, MP, Speaker of the House"
_MEMBER_AFTER = re.compile(
    r"(?<=[\w.])(?:,?\s+)(?:M\.\s?P\.|M\.E\.P\.|T\.D\.|Q\.C\.|K\.C\.|"
    r"(?:MP|MEP|MdB|MdL|MdEP|MLA|MSP|TD|QC|KC)(?![\w.’'-]))"
)


# "… counterparts, Pawlo Klimkin, Sergej Lawrow und Laurent Fabius", "Name (Frankreich) und …"
_LIST_NEXT = re.compile(
    rf"(?P<country>\s*\([^)]{{2,40}}\))?\s*(?:,\s*(?:and\s+|und\s+|et\s+|sowie\s+)?|"
    rf"\s+(?:and|und|et|sowie)\s+)(?P<hon>{HONORIFIC})?"
    rf"(?P<name>{TOKEN}(?:\s+(?:{PARTICLE}\s+){{0,2}}{LATER}){{1,3}})"
)


_NATIONALITIES = compiled(
    rf"(?:(?:{ADJECTIVE_PATTERN})(?:\s*,\s*|\s+(?:and|und|et)\s+))+(?:{ADJECTIVE_PATTERN})"
    rf"\s+{COUNTERPART}"
)


def honorific_names(text: str, taken: Taken) -> list[Mention]:
    """Return the people named with an honorific and no role ("M. Maas", "Prof. A"), and
    those listed after one in the order of what precedes them ("– Prof. A, B and C
    respectively –")."""
    found: list[Mention] = []
    for match in HONORIFIC_NAME.finditer(text):
        name = clean_name(match.group("name"))
        end = match.start("name") + len(name)
        if _role_inside(text, match.start("name"), match.end("name")):
            continue  # "Hon. Norway Prime Minister X": the title's role is read with the name
        if ROLE_ALONE.fullmatch(name):
            continue  # "the Honourable Premier", "His Excellency Governor": an office, no name
        if post := POSTNOMINAL_RUN.match(text, end):
            end = post.end()  # "Hon. Kim Dale, M.P.": the letters are part of the mention
        mention = Mention(name, "", "", match.start(), end)
        run = _NAME_RUN.match(text, match.end())
        if run and not taken.free(Mention("", "", "", run.start(), run.end())):
            continue  # titles and a name longer than a name is read, ending in one found
        if name and taken.free(mention):
            found.append(taken.take(mention))
            if _RESPECTIVELY.match(text, _list_end(text, mention.end)):
                found[-1:] = with_listed(text, mention, taken)
    return found


def _role_inside(text: str, start: int, end: int) -> bool:
    """Return whether the words read as a name after an honorific are a country and the
    opening of a role ("Hon. Norway Prime Minister X": "Norway Prime" is no name)."""
    for word in list(re.finditer(r"\S+", text[start:end]))[1:]:
        if ROLE_ALONE.match(text, start + word.start()):
            return bool(country_named(text[start : start + word.start()]))
    return False


# an item of a list set off by semicolons that ends in a name: "; Director of Protocols X"
_ITEM_NAME = re.compile(
    rf"\s*(?:and\s+)?(?P<role>[{UPPER}h][^;]*?),?\s+"
    rf"(?P<name>{TOKEN}\s+(?:{PARTICLE}\s+)?{LATER})\s*[.,]?\s*$"
)


def semicolon_items(text: str, taken: Taken) -> list[Mention]:
    """Return the people of a list whose items are set off by semicolons, each a role and a
    name ("in the presence of Ambassador A; his Office Director B; Member of the … Office
    C; and Head of the Europe Department D"), when two items or more already name someone."""
    if text.count(";") < 2:
        return []
    cuts = [m.start() for m in re.finditer(";", text)]
    ends = [*cuts[1:], _sentence_end(text, cuts[-1])]
    items = [(cut + 1, end) for cut, end in zip(cuts, ends, strict=True)]
    named = sum(not taken.free(Mention("", "", "", start, end)) for start, end in items)
    if named < 2:
        return []
    found = []
    for start, end in items:
        match = _ITEM_NAME.match(text, start, end)
        if match is None or not taken.free(Mention("", "", "", start, end)):
            continue
        name = clean_name(match.group("name"))
        if name != match.group("name") or is_role(name.split()[0]):
            continue
        role = match.group("role").removeprefix("his ").removeprefix("her ")
        found.append(taken.take(Mention(name, role, "", match.start("role"), match.end("name"))))
    return found


_NAME_ENDING = re.compile(
    rf"(?<![\w'’.-])(?P<name>{TOKEN}(?:\s+(?:{PARTICLE}\s+){{0,2}}{LATER}){{1,2}})$"
)


def members_by_letters(text: str, taken: Taken) -> list[Mention]:
    """Return the people named with no honorific or role but the letters of a member of a
    parliament or of the bar after the name ("Kim Dale MP met …", "Lena Dorn MdB traf …",
    "Ana Lo, M.E.P."): the letters, looked for first, say the words before are a name."""
    found: list[Mention] = []
    for letters in _MEMBER_AFTER.finditer(text):
        before = text[max(0, letters.start() - 80) : letters.start()]
        named = _NAME_ENDING.search(before)
        if named is None:
            continue
        name = clean_name(named.group("name"))
        if len(name.split()) < 2 or name != named.group("name") or country_named(name):
            continue
        start = letters.start() - len(before) + named.start()
        post = POSTNOMINAL_RUN.match(text, letters.start())
        mention = Mention(name, "", "", start, post.end() if post else letters.end())
        if taken.free(mention):
            found.append(taken.take(mention))
    return found


# a monarch by the title of their country, the name after it: "the Emir of Qatar Tamim bin
# Hamad Al Thani", "King of Jordan Abdullah II", "le roi du Maroc, Mohammed VI", "der Emir
# von Katar Scheich Tamim"
_MONARCH_OF = re.compile(
    r"(?<![\w-])(?P<role>Emir|Amir|King|Queen|Sultan|Crown Prince|Grand Duke|Grand Duchess|"
    r"[EéÉ]mir|[Rr]oi|[Rr]eine|[Ss]ultan|[Pp]rince héritier|[Gg]rand-[Dd]uc|"
    r"König(?:in)?|Kronprinz|Großherzog)"
    rf"\s+(?:of|de|du|des|d['’]|von)\s*(?:the\s+|la\s+|l['’])?(?P<of>{COUNTRY})"
    rf",?\s+(?P<hon>{HONORIFIC})?(?P<name>{NAME})"
)


# the words of every monarch's title, looked for first; by their first letters, as a search
# would otherwise try each word at every position
_MONARCHY = re.compile(
    r"(?i)\b(?=[adegkpqrsé])(?:emir|amir|émir|king|queen|sultan|prince|duke|duchess|roi|"
    r"reine|grand-duc|könig|kronprinz|großherzog)"
)


def monarchs_of_countries(text: str, taken: Taken) -> list[Mention]:
    """Return the monarchs named after the title of their country ("the Emir of Qatar Tamim
    bin Hamad Al Thani")."""
    found: list[Mention] = []
    if not _MONARCHY.search(text):
        return found
    for match in _MONARCH_OF.finditer(text):
        name = clean_name(match.group("name"))
        if not name or country_named(name) or is_role(name.split()[0]):
            continue
        role = f"{match.group('role')} {text[match.end('role') : match.end('of')].strip()}"
        start = match.start("name")
        mention = Mention(
            name, role, country_named(match.group("of")), match.start(), start + len(name)
        )
        if taken.free(mention):
            found.append(taken.take(mention))
    return found


def _sentence_end(text: str, position: int) -> int:
    """Return where the sentence that goes on at position ends."""
    match = re.compile(r"[.!?](?:\s|$)").search(text, position)
    return match.start() + 1 if match else len(text)


def with_countries(text: str, taken: Taken) -> list[Mention]:
    """Return the people named with no role but their country in brackets ("An dem Treffen
    nahmen A (Luxemburg), B (Liechtenstein) und C (Schweiz) teil")."""
    found: list[Mention] = []
    if "(" not in text:
        return found
    # the bracket first, then the name before it: a name pattern tried everywhere is slow
    for bracket in _BRACKETED_COUNTRY.finditer(text):
        before = text[max(0, bracket.start() - 80) : bracket.start()]
        named = _NAME_BEFORE.search(before)
        if named is None:
            continue
        name = clean_name(named.group("name"))
        if len(name.split()) < 2:
            continue
        start = bracket.start() - len(before) + named.start() + named.group("name").index(name)
        country = country_named(bracket.group("of"))
        mention = Mention(name, "", country, start, bracket.end())
        if taken.free(mention):
            found.append(taken.take(mention))
    return found


_BRACKETED_COUNTRY = re.compile(rf"\((?P<of>{COUNTRY})\)")


_NAME_BEFORE = re.compile(rf"(?P<name>{TOKEN}(?:\s+(?:{PARTICLE}\s+){{0,2}}{LATER}){{1,3}})\s+$")


# the capitalised words that go on after a name cut at its length: "His Excellency Pehin
# Orang Kaya Seri Lela Dato Seri Setia Awang Haji Abdul Rahman bin … Taib, Speaker …"
_NAME_RUN = re.compile(rf"(?:\s+(?:{PARTICLE}\s+)?{LATER})+")


# names given in the order of what precedes them: "the Polish, French and German chiefs of
# diplomacy – Prof. A, B and C respectively"
_RESPECTIVELY = re.compile(r"\s*,?\s+(?:respectively|beziehungsweise|respectivement)\b")


def _list_end(text: str, position: int) -> int:
    """Return where a list of names that goes on from position ends."""
    while (match := _LIST_NEXT.match(text, position)) is not None:
        position = match.end()
    return position


def with_listed(text: str, first: Mention, taken: Taken) -> list[Mention]:
    """Return the first person named after a role and those listed after them ("his
    counterparts A, B and C"), with the same role; their countries from brackets after each
    name or, when as many nationalities precede the role as names follow, from those in
    order ("seinen ukrainischen, russischen und französischen Amtskollegen, A, B und C")."""
    found: list[Mention] = []
    position = first.end
    while (match := _LIST_NEXT.match(text, position)) is not None:
        name = clean_name(match.group("name"))
        if len(name.split()) < 2 or country_named(name):
            break  # "… und Frankreich", "… and New Zealand counterpart X": not a person
        if ROLE_ALONE.match(match.group("name")):
            break  # "…, and Director-General Eva Probe": a role of her own, found next
        end = match.start("name") + len(name)
        mention = Mention(name, first.role, "", match.start("name"), end)
        if not taken.free(mention):
            break
        found.append(taken.take(mention))
        position = end
    people = [first, *found]
    if not found and not bracketed_country(text, first.end):
        return people
    nationalities = _NATIONALITIES.search(text, max(0, first.start - 160), first.end)
    in_order = [
        ADJECTIVES[a.casefold()]
        for a in re.findall(ADJECTIVE_PATTERN, nationalities.group(0) if nationalities else "")
    ]
    if len(in_order) != len(people):
        in_order = [first.country] + [""] * len(found)
    return [
        replace(m, country=bracketed_country(text, m.end) or in_order[n] or m.country)
        for n, m in enumerate(people)
    ]


_AND = r"(?:\s*,\s*(?:and\s+|und\s+|et\s+)?|\s+(?:and|und|et)\s+)"


# "the foreign ministers of Fiji and Samoa, A and B", "die Aussenminister Dänemarks,
# Norwegens und Finnlands, A, B und C", "seinen Amtskollegen aus A und B, X und Y"
# "the Presidents of A, B and C, X, Y and Z", "the leaders of A and B, respectively X and Y":
# heads of state and government too
_MINISTERS_OF = re.compile(
    rf"\b(?P<role>(?:[Ff]oreign |[Dd]efen[cs]e |[Pp]rime )?[Mm]inisters|[Cc]ounterparts|[Pp]eers|"
    rf"homologues|[Pp]residents|[Hh]eads of [Ss]tate(?: and [Gg]overnment)?|"
    rf"[Hh]eads of [Gg]overnment|[Ll]eaders|[Cc]hancellors|Präsidenten|Staatschefs|"
    rf"Regierungschefs|[A-ZÄÖÜ][a-zäöüß]*minister(?:n|innen)?|(?:Amts)?[Kk]olleg(?:en|innen))"
    rf"\s+(?:of|from|aus|de|d['’]|du|des)?\s*"
    # "ses homologues français et polonais, A et B": French nationalities after the noun
    rf"(?P<countries>[{UPPER}a-zé][\w-]+(?:\s+[{UPPER}][\w-]+)?(?:{_AND}[{UPPER}a-zé][\w-]+"
    rf"(?:\s+[{UPPER}][\w-]+)?){{1,6}}?)\s*,\s*"
    r"(?:(?:respectively|respectivement|beziehungsweise)\s+)?"
    rf"(?P<names>{NAME}(?:{_AND}{NAME}){{1,6}})"
)


_HEADS_SINGULAR = {
    "Heads of State and Government": "Head of State and Government",
    "Heads of State": "Head of State",
    "Heads of Government": "Head of Government",
    "Leaders": "",
    "Präsidenten": "Präsident",
}


# "the Presidents of Vestria, X; and Ostland, Y": each country followed by its person
_EACH_OF = compiled(
    rf"\b(?=[FfDdPpMmAaCc])(?P<role>(?:[Ff]oreign |[Dd]efen[cs]e |[Pp]rime )?[Mm]inisters|"
    rf"[Pp]residents|[Aa]mbassadors|[Cc]ounterparts|[Pp]eers)\s+(?:of|from)\s+"
    rf"(?P<pairs>{COUNTRY},\s*{NAME}(?:\s*[;,]\s*(?:and\s+)?{COUNTRY},\s*{NAME})+)"
)


_PAIR = re.compile(rf"(?P<of>{COUNTRY}),\s*(?P<name>{NAME})")


def each_of_countries(text: str) -> list[Mention]:
    """Return the people named each after their country, after a plural role ("the
    Presidents of Vestria, X; and Ostland, Y"), with that role and country."""
    found: list[Mention] = []
    for match in _EACH_OF.finditer(text):
        role = match.group("role")
        role = "" if re.match(r"(?i)counterparts|peers", role) else capitalise(role[:-1])
        for pair in _PAIR.finditer(text, match.start("pairs"), match.end()):
            name = clean_name(pair.group("name"))
            if len(name.split()) >= 2:
                start = pair.start("name")
                country = country_named(pair.group("of"))
                found.append(Mention(name, role, country, start, start + len(name)))
    return found


def ministers_of_countries(text: str) -> list[Mention]:
    """Return the people named after a plural role and the countries they represent, each
    with their country when there are as many names as countries, in order."""
    found: list[Mention] = []
    for match in _MINISTERS_OF.finditer(text):
        countries = [
            country_named(c) or country_named(c[:-1]) or ADJECTIVES.get(c.casefold(), "")
            for c in re.split(_AND, match.group("countries"))
        ]
        if not all(countries):
            continue  # not a list of countries: "Ministers Muster and Sample, …"
        role = match.group("role")
        role = "" if re.match(r"(?i)counterparts|peers|homologues|(?:amts)?kolleg", role) else role
        role = role[:1].upper() + role[1:]
        role = _HEADS_SINGULAR.get(role, re.sub(r"(?:s|n|innen)$", "", role))
        names = list(re.finditer(NAME, match.group("names")))
        if len(names) != len(countries) or any(country_named(n.group(0)) for n in names):
            continue  # "… of Japan and Korea, Saudi Arabia and …": more countries
        base = match.start("names")
        for name, country in zip(names, countries, strict=True):
            cleaned = clean_name(name.group(0))
            if len(cleaned.split()) >= 2:
                start = base + name.start()
                found.append(Mention(cleaned, role, country, start, start + len(cleaned)))
    return found


# "Ministers Muster and Sample", "les ministres A, B et C": one role for several names
_PLURAL_ROLE = re.compile(
    r"\b(?=[FfDdPpMmSAaLlsRBCcEG])(?P<role>(?:(?:[Ff]oreign|[Dd]efen[cs]e|[Pp]rime)\s+)?[Mm]inisters|"
    # German plurals: "die Regierungsräte X, Y und Z", "die Abgeordneten X und Y"; a plural
    # that is written as the singular only after "die" ("die Botschafter X und Y")
    r"Regierungsrät(?:e|innen)|Abgeordneten|(?<=die )(?:Botschafter|Minister|Parlamentarier|"
    r"Staatssekretär)(?:innen)?(?=\s)|Botschafterinnen|Ministerinnen|Staatssekretäre|"
    # "the Vestrian parliamentarians X and Y", "as well as MPs X and Y"
    r"[Pp]arliamentarians|MPs|[Ll]awmakers|[Ss]enators|[Mm]embers of [Pp]arliament|"
    r"(?:Deputy\s+)?Permanent\s+[Rr]epresentatives|Ambassadors|[Aa]mbassadeurs|"
    r"(?:[Pp]remiers\s+)?[Mm]inistres(?:\s+des\s+[Aa]ffaires\s+étrangères)?|[Pp]residents|"
    r"[Pp]résidents|[Ff]oreign\s+[Ss]ecretaries|Secretaries\s+of\s+State|"
    # "Commissioners X and Y", "les commissaires X et Y", "Special Envoys X and Y"
    r"Commissioners|[Cc]ommissaires|(?:Special\s+)?Envoys|Governors|Delegates)"
    rf"(?:\s*,)?\s+(?P<names>{NAME}(?:{_AND}{NAME}){{1,6}})"
)


# Spanish: "los ministros de Relaciones Exteriores, X, de Colombia, y Y, de Perú", "los
# cancilleres X (Chile) y Y (Perú)": each name with the country after it
_SPANISH_PAIR = re.compile(
    r"\b(?P<role>[Mm]inistros de Relaciones Exteriores|[Cc]ancilleres|[Pp]residentes|"
    r"[Vv]iceministros|[Ee]mbajadores),?\s+"
    rf"(?P<a>{NAME}),?\s+(?:de|del)\s+(?P<ca>[{UPPER}][\w-]+(?: [{UPPER}][\w-]+)?),?\s+y\s+"
    rf"(?P<b>{NAME}),?\s+(?:de|del)\s+(?P<cb>[{UPPER}][\w-]+(?: [{UPPER}][\w-]+)?)"
)


_SPANISH_SINGULAR = {
    "inistros de Relaciones Exteriores": "inistro de Relaciones Exteriores",
    "ancilleres": "anciller",
    "residentes": "residente",
    "iceministros": "iceministro",
    "mbajadores": "mbajador",
}


def spanish_pairs(text: str, taken: Taken) -> list[Mention]:
    """Return the two people a Spanish plural role names, each with the country after it
    ("los ministros de Relaciones Exteriores, X, de Colombia, y Y, de Perú")."""
    found: list[Mention] = []
    for match in _SPANISH_PAIR.finditer(text) if " y " in text else ():
        role = match.group("role")
        for plural, singular in _SPANISH_SINGULAR.items():
            role = role.replace(plural, singular)
        for side in ("a", "b"):
            name = clean_name(match.group(side))
            country = country_named(match.group(f"c{side}")) or ""
            start = match.start(side)
            mention = Mention(name, role, country, start, start + len(name))
            if name and taken.free(mention):
                found.append(taken.take(mention))
    return found


_GERMAN_SINGULAR = {
    "Regierungsräte": "Regierungsrat",
    "Staatssekretäre": "Staatssekretär",
    "Abgeordneten": "Abgeordnete",
}


def plural_role_names(text: str) -> list[Mention]:
    """Return the people named after a role in the plural, each with the role in the
    singular ("Ministers Muster and Sample": Minister Muster and Minister Sample)."""
    found: list[Mention] = []
    position = 0
    while (match := _PLURAL_ROLE.search(text, position)) is not None:
        # "Envoys A and B, and Governors C and D": a name that is no name ends the list,
        # and the search goes on there
        position = match.end()
        role = re.sub(r"ies\b", "y", match.group("role"))
        role = re.sub(r"(?<=[rtenPy])s\b", "", role)
        role = _GERMAN_SINGULAR.get(role, re.sub(r"(?<=in)nen$", "", role))
        country, _start = country_before(text, match.start())
        base = match.start("names")
        for name in re.finditer(NAME, match.group("names")):
            cleaned = clean_name(name.group(0))
            if not cleaned or country_named(cleaned) or BODIES.intersection(cleaned.split()):
                position = base + name.start()
                break
            if ROLE_ALONE.match(name.group(0)):
                break  # "… und Staatsschreiber X": a role of their own, found next
            start = base + name.start()
            found.append(Mention(cleaned, role, country, start, start + len(cleaned)))
    return found
