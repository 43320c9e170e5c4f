"""A role and a name written together: a role before a name ("Foreign Minister Motegi") or a
name before its role ("Ana Lo, Minister of Health"), and the one mention such a match makes."""

from __future__ import annotations

import re
from dataclasses import replace

from briefer.importers.countrynames import (
    ADJECTIVE_PATTERN,
    ADJECTIVES,
    FRENCH_ADJECTIVE_PATTERN,
    country_named,
)
from briefer.importers.letters import UPPER
from briefer.importers.mentions import Mention
from briefer.importers.names import (
    ARTICLE_BEFORE,
    CAPITAL_HONORIFIC,
    HONORIFIC,
    LATER,
    NAME,
    NOT_NAMES,
    PARTICLE,
    POSTNOMINAL,
    TOKEN,
    clean_name,
    is_role,
)
from briefer.importers.nationalities import (
    COUNTRY,
    country_after,
    country_of,
    nationality,
    nationality_first,
)
from briefer.importers.patterncache import compiled
from briefer.importers.portfolios import FIELD_WORD_PATTERN
from briefer.importers.roleterms import (
    ROLE_BEFORE_NAME_PATTERN,
    ROLE_INITIALS,
    ROLE_PATTERN,
    nominative,
)
from briefer.importers.speechwords import SPEECH_VERBS_EN, SPEECH_VERBS_FR, SPOKESPERSON

ROLE = rf"(?:{ROLE_PATTERN})(?:(?:\s*/\s*|\s+and\s+)(?:{ROLE_PATTERN}))?"


_ROLE_BEFORE_NAME = (
    rf"(?:{ROLE_BEFORE_NAME_PATTERN})"
    rf"(?:(?:\s*/\s*|\s+and\s+)(?:{ROLE_BEFORE_NAME_PATTERN}))?"
)


# "The Foreign Minister, X met …", "…, X has concluded his visit": a name before its verb
# ends a role set off by a comma
MEETING_VERBS = (
    r"met|meets|received|receives|welcomed|welcomes|hosted|hosts|held|holds|visited|visits|"
    r"paid|pays|spoke|speaks|discussed|discusses|traf|empfing|a reçu|a rencontré|"
    r"has|had|is|was|will|concluded|arrived|attended|"
    r"took|takes|participated|participates|joined|joins|led|leads|signed|signs|chaired|chairs|"
    r"opened|opens|presented|presents|handed|hands|thanked|congratulated|expressed|expresses|"
    r"called|calls|urged|urges|condemned|condemns|"
    r"s['’]est entretenue?"
)


# "the Chairperson of the Regional Commission X expresses …": a body's name ends before a
# name without a comma only at a word that ends a body's name
_BODY_END = "(?:{})".format(
    "|".join(
        f"(?<={word})"
        for word in "Commission Committee Council Union Agency Organisation Organization "
        "Assembly Parliament Bank Fund Forum Secretariat Conference Community Court States "
        "Nations Senats Landtags Parlaments Rats Rates Kammer kammer Regierung".split()
    )
)


# "the Chargé d'affaires at the Swedish embassy, X": where the role is held, not capitalised
_MISSION = r"embassy|mission|consulate|ministry|delegation|ambassade|consulat|ministère"


# "su homólogo de Chile, Juan Vero": the Spanish counterpart too; "his Finnish colleague
# Ana Lo", "sa collègue finlandaise Ana Lo": a colleague in office is a counterpart
COUNTERPART = (
    r"(?:counterparts?|Amtskolleg(?:e|en|in)|Kolleg(?:e|en|in)|homologues?|hom[oó]log[oa]s?|"
    # Spanish "su par de Chile, Ana Lo", "sus pares": a peer only after the possessive
    r"colleagues?|coll[eè]gues?|colegas?|(?<=\bsu\s)par|(?<=\bsus\s)pares)"
)


# a French adjective after its noun: "son homologue allemand", "secrétaire d'État américain"
# or any adjective of that form: "son homologue malien", "le ministre ivoirien"
# and a Spanish one: "su homóloga finlandesa, Ana Lo", "el ministro chileno Juan Vero"
_ADJECTIVE_AFTER = (
    rf"(?:\s+(?P<after>{FRENCH_ADJECTIVE_PATTERN}|"
    r"[a-zéèï]{2,}(?:iens?|iennes?|ais|aises?|ois|oises?|éens?|éennes?|ains?|aines?)\b|"
    # "uruguayo", "paraguaya", "estadounidense", "nicaragüense": Spanish too
    r"[a-zéü]{3,}(?:es[ae]s?|eses|[aei]n[oa]s?|eñ[oa]s?|ay[oa]s?|enses?)\b))?"
)


# "Foreign Minister Motegi", "Minister for Foreign Affairs of Japan, Mr. HAYASHI",
# "counterpart, Minister of Defense Minoru Kihara", "seinen Amtskollegen X". A nationality
# written before the role ("Japanese Foreign Minister") is looked up afterwards: a pattern
# that tried every adjective at every position would be slow.
ROLE_THEN_NAME = compiled(
    rf"\b(?=[{ROLE_INITIALS}])(?P<role>{_ROLE_BEFORE_NAME}|{COUNTERPART}){_ADJECTIVE_AFTER}"
    # "der Republik Polen", "des Haschemitischen Königreichs Jordanien", "of the Ministry of
    # Foreign Affairs of Moldova Sergiu Mihov": the country ends the body's name
    rf"(?:\s+(?:of|for|der|des)\s+(?:the\s+)?"
    rf"(?:[{UPPER}][\w-]+\s+(?:of\s+(?:the\s+)?)?){{0,6}}?(?P<of>{COUNTRY})"
    # where an envoy is posted: "Ambassador of Canada to Kabul Dave Metcalfe"
    rf"(?P<post>\s+to\s+[{UPPER}][\w-]+(?=\s+{TOKEN}\s+{LATER}))?)?"
    # whose role or where: "Sprecher der Bundesregierung, Steffen Seibert", "des Direktors
    # der Dritten Europäischen Abteilung des Außenministeriums Russlands, Sergej Netschajew",
    # "Generalkonsulin in Mailand, Teresa Indjein Untersteiner"
    # "President of French Polynesia, X", "Secrétaire Général du Conseil de l'Europe, X",
    # "Secrétaire Général de la Polynésie française, X"
    # "Honorarkonsul für die Schweiz, X": the country an office serves
    rf"(?P<org>\s+(?:der|des|von|in|für die|für den|für das|du|de la|de l['’]|for the|"
    rf"of the|to the|at the|of|to|de|"
    # "l'ambassadeur de France, X", "l'ambassadeur d'Espagne, Y"
    rf"d['’](?=[{UPPER}]))\s*"
    # "der libanesischen Nationalversammlung, X": a German adjective before the body
    rf"(?:[a-zäöüß]{{3,}}(?:en|er)\s+)?(?:[{UPPER}][\w’'-]+|{_MISSION}\b)"
    # "l'Ambassadeur d'Algérie en France, X": where the envoy is posted
    rf"(?:(?:\s+(?:(?:der|des|die|für|und|du|de|la|of|the|and|en)\s+){{0,2}}|,\s+(?=\S+\s+(?:und|and)\s))"
    # "of the Organization of American States (OAS), José Miguel Insulza"
    rf"(?:l['’])?[{UPPER}][\w’'-]+){{0,7}}(?:\s+(?:{FRENCH_ADJECTIVE_PATTERN}|{_MISSION}|"
    # an organisation's adjective: "de l'Union africaine", "de la Communauté économique"
    rf"[a-zé-]{{3,}}(?:aine|éenne|ale|ique)s?\b|unies|arabe))?"
    # "of the Union of Northern States -UNS- Per Ek": the acronym may stand between dashes
    rf"(?:\s+(?:\([{UPPER}]{{2,10}}\)|-[{UPPER}]{{2,10}}-(?=\s+{TOKEN}\s+{LATER})))?"
    rf"(?:(?=\s*,)|(?<=[A-Z]-)|{_BODY_END}(?=\s+{TOKEN}\s+{LATER}\s*[a-z(,.;])))?"
    # a German genitive: "Außenminister Russlands, Sergej Lawrow"
    # (not a portfolio's field: "Minister of Maritime Business, X")
    rf"(?:\s+(?!(?:{FIELD_WORD_PATTERN})\b)(?P<genitive>[{UPPER}][a-zäöüß]+s)(?=\s*,))?"
    # a portfolio set off by commas: "Secretary of State …, in charge of the Community Abroad, X"
    rf"(?:,\s+in charge of\s+(?:the\s+)?[{UPPER}][^,.;]{{2,60}}?(?=\s*,))?"
    # "…, Mevlut Cavusoglu et du ministre …": a name in a list ends at "et", "and", "und";
    # "The Foreign Minister, X said …": at a verb of speech
    rf"(?:\s*,\s*(?={HONORIFIC}|{NAME}\s*(?:[,.;:(]|$|\s(?:et|and|und)\s|"
    rf"\s(?:{SPEECH_VERBS_EN}|{SPEECH_VERBS_FR}|{MEETING_VERBS})\b))|\s+)"
    rf"(?P<hon>{HONORIFIC})?(?P<name>{NAME})"
)


# whose spokesperson a name's role says before it: "X, Foreign Ministry Spokesperson"
_OFFICE_BEFORE_ROLE = (
    r"(?:(?:(?:Foreign|Defen[cs]e|State|Presidential)\s+)?(?:Ministry|Office|Department|"
    r"Government|MFA|MOFA|MoFA)\s+(?=[Ss]pokes|[Pp]ress\s+[Ss]ecretary|[Dd]eputy\s+[Ss]pokes))?"
)


# the role after a name, from the comma that sets it off: "…, Federal Minister for Foreign Affairs"
_ROLE_AFTER_COMMA = (
    r",\s+"
    # "X, as Permanent Representative …", "X, als Botschafter …", "X, en tant que ministre …"
    rf"(?:(?:as|als|en tant que|en sa qualité de)\s+)?"
    rf"(?:(?:the|le|la|l['’]|der|die)\s*)?(?:former\s+|ancien(?:ne)?\s+|ehemalige[rn]?\s+)?"
    # "Karl Moen, Norland's Deputy Minister …": the country's possessive before the role
    rf"(?:(?P<poss>[{UPPER}][\w-]+(?:\s+[{UPPER}][\w-]+)?)['’´]s\s+(?=[{ROLE_INITIALS}]))?"
    rf"(?:(?P<adj>{ADJECTIVE_PATTERN})\s+)?(?P<role>{_OFFICE_BEFORE_ROLE}{ROLE})"
    rf"{_ADJECTIVE_AFTER}"
    rf"(?:\s+(?:of|for)\s+(?P<of>{COUNTRY}))?\b"
)


# "Heiko Maas, Federal Minister for Foreign Affairs", "Mr. MOTEGI Toshimitsu, Minister … of Japan".
NAME_THEN_ROLE = compiled(
    # a name or an honorific starts with a capital ("the Rt Hon" aside): other words are skipped
    # (not inside an Arabic name: "Faris bin Nadim al-Qadir" is not "Nadim al-Qadir")
    rf"(?=[{UPPER}t])(?<!\bbin\s)(?<!\bben\s)(?<!\bibn\s)(?<!\bbint\s)"
    rf"(?P<hon>{CAPITAL_HONORIFIC})?(?P<name>{TOKEN}(?:\s+(?:{PARTICLE}\s+)?{LATER}){{1,3}})"
    # "Kim Dale, MP, Speaker of the House": the letters after the name, then the role
    rf"(?:,?\s+(?:{POSTNOMINAL}))*{_ROLE_AFTER_COMMA}"
)


# every name before its role holds a role after a comma: a search that starts at commas
# finds out faster than NAME_THEN_ROLE, which tries a name at every capital, that a text
# holds none (most texts hold none)
_COMMA_THEN_ROLE = compiled(_ROLE_AFTER_COMMA)


def search_role_name(pattern: re.Pattern[str], text: str, position: int) -> re.Match[str] | None:
    """Return the first match of NAME_THEN_ROLE or ROLE_THEN_NAME (pattern) in text from
    position on, as pattern.search does."""
    if pattern is NAME_THEN_ROLE and _COMMA_THEN_ROLE.search(text, position) is None:
        return None
    return pattern.search(text, position)


_NAME_NEXT = re.compile(rf"\s+(?:{HONORIFIC})?{TOKEN}\s+(?:{PARTICLE}\s+)?{LATER}")


# a preposition of place right before a capitalised pair: "in New York", "à Port Louis"
# (not whom an audience or a visit was given: "a accordé une audience à X, ministre …")
_PLACE_BEFORE = re.compile(
    r"(?i)(?<!audience )(?<!accordée )(?<!accordé )(?<!visite )\b(?:in|at|à|en|nach)\s+$"
)


_RANK_WORD = (
    r"(?:(?:(?:Lieutenant|Major|Brigadier|Colonel|Army)[- ])?General|(?:Rear |Vice )?Admiral|"
    r"(?:Lieutenant[- ])?Colonel|[Gg]énéral|[Cc]olonel|[Aa]miral)"
)


# a list that alternates roles and names: a role set off by a comma ends before a name
# ("le premier ministre canadien, Justin Trudeau"), a name before a role ("Boris Johnson, le …")
_ROLE_COMMA_END = compiled(
    rf"\b(?=[{ROLE_INITIALS}])(?:{_ROLE_BEFORE_NAME}){_ADJECTIVE_AFTER.replace('P<after>', ':')}"
    # "le ministre de la Défense, le prince héritier X": a title may stand before the name,
    # or a rank: "the Chief of Defence Staff, General X", "le chef d'état-major, le général Y"
    rf"\s*,\s*(?:{HONORIFIC})?(?:(?:le |l['’])?{_RANK_WORD}\s+)?$"
)


_NAME_COMMA_END = re.compile(
    rf"(?<![\w-]){TOKEN}(?:\s+{LATER}){{0,3}},\s+"
    r"(?:(?:the|le|la|l['’]|der|die|den)\s*)?(?:[\w-]+\s+)?$"
)


_LIST_WINDOW = 160  # characters back from a name to the role before it in a list


_PRINCIPALS_SPOKESPERSON = re.compile(
    r"(?i)^porte-parole d[eu]s?\s+(?:la\s+)?(?:secrétaire général|président|premier ministre|"
    r"chancelier|ministre)"
)


def named_after_role(text: str, match: re.Match[str]) -> bool:
    """Return whether the name a role follows is the end of a role and country before it:
    "the Prime Minister of the Republic of North Macedonia, Hristijan Mickoski, the President
    of …" lists two people, the second role no apposition of the first name."""
    start, end = match.start("name"), match.end("name")
    for before in ROLE_THEN_NAME.finditer(text, max(0, start - _LIST_WINDOW), end + 1):
        if before.start() >= start:
            return False
        if before.end("name") == end:
            return bool(before.group("of"))  # "Minister Ana Lo, Ambassador to …": hers
    return False


# a role's portfolio of several fields set off by commas, the name after it: "Minister of
# Energy, Mines and Water Jon Dahl", "Under Secretary for Rural Security, Mobility and Civil
# Rights, Anna Berg"
_PORTFOLIO_REST = re.compile(
    # "Minister of Foreign Affairs, International | Trade and Diaspora, Dr X": the field read
    # as a name may go on
    rf"(?:\s+[{UPPER}][a-z]+(?=[\s,]))?(?:,\s+[{UPPER}][a-z]+(?:\s+[{UPPER}][a-z]+)?)*,?\s+(?:and|&)\s+"
    rf"(?P<last>[{UPPER}][a-z]+(?:\s+[{UPPER}][a-z]+)?,\s+|[{UPPER}][a-z]+\s+(?=\S+\s+\S))"
    rf"(?P<hon>{HONORIFIC})?(?P<name>{TOKEN}(?:\s+(?:{PARTICLE}\s+){{0,2}}{LATER}){{1,3}})"
)


def _after_portfolio(text: str, match: re.Match[str], mention: Mention) -> Mention:
    """Return the person a role names after the fields of its portfolio ("Minister of
    Energy, Mines and Water Jon Dahl"), when the single word read as their name is the
    first of those fields."""
    before = text[max(0, match.start("name") - 200) : match.start("name")]  # the role's words
    if " " in mention.name or not re.search(r"\b(?:of|for)\s+[\w ]+,\s*(?:\w+\.?\s+)?$", before):
        return mention
    rest = _PORTFOLIO_REST.match(text, match.start("name") + len(mention.name))
    if rest is None:
        return mention
    name = clean_name(rest.group("name"))
    if len(name.split()) < 2 or name != rest.group("name").strip():
        return mention
    fields = text[match.start("name") - 2 : rest.start("hon" if rest.group("hon") else "name")]
    fields = fields.strip(" ,")
    role = f"{mention.role}, {fields}"
    end = rest.start("name") + len(name)
    return replace(mention, name=name, role=role, end=end)


def _portfolio_first(text: str, match: re.Match[str]) -> Mention | None:
    """Return the person a role names after the fields of its portfolio when its first
    field is a word that is no name ("Regional Integration and Trade, X"), or None."""
    first = re.match(rf"[{UPPER}][a-z]+", match.group("name"))
    if first is None or match.group("hon"):
        return None
    mention = Mention(first.group(0), nominative(match.group("role")), "", match.start(), 0)
    found = _after_portfolio(text, match, mention)
    if found is mention:
        return None
    country, start = country_of(match, text)
    role = nominative(match.group("role")) + (match.groupdict().get("org") or "")
    return replace(found, role=role + found.role[len(mention.role) :], country=country, start=start)


BODIES = frozenset(
    "Forum Leaders Islands Nations Union Group Committee Parliament Assembly Commission "
    "Delegation Delegations Association Conference Summit Allies Partners Members".split()
)


ARTICLES = frozenset("A An The Ein Eine Der Die Das Dem Den Des Le La Les Un Une Du De".split())


def role_name_mention(match: re.Match[str], text: str) -> Mention | None:
    if match.re is NAME_THEN_ROLE and _not_name_then_role(match, text):
        return None
    name = clean_name(match.group("name"))
    raw = match.group("name")
    rest = raw[len(name) :].split() if raw.startswith(name) else []
    if match.re is NAME_THEN_ROLE and _no_name_before_role(match, text, rest):
        return None
    portfolio, name = _portfolio_then_name(match, name)
    name_start = match.start("name") + len(portfolio)
    if ranked := _ranked_name(match, text):
        name_start, name = ranked
    genitive = match.groupdict().get("genitive")
    if not name and match.re is ROLE_THEN_NAME:
        # "Minister of Foreign Affairs, Regional Integration and Trade, Hon. X": the fields
        # of the portfolio, a word that is no name first
        return _portfolio_first(text, match)
    if _no_name(match, name, genitive):
        return None
    country, start = country_of(match, text)
    role = nominative(match.group("role")) + (match.groupdict().get("org") or "") + portfolio
    name, name_start, role, country = _nationality_in_role(match, name, name_start, role, country)
    start, role = _roles_before(text, start, role) if match.re is ROLE_THEN_NAME else (start, role)
    if re.fullmatch(COUNTERPART, role) or role in ("par", "pares"):
        role = ""  # "su par": the word, alone, is no role
    elif not country and re.search(r"\b(?:Federal|Bundes)", role):
        country = "Germany"
    end = name_start + len(name)
    # "Foreign Minister X of Sweden": the country after the name
    country = country or country_after(text, end, match.re is ROLE_THEN_NAME)
    if match.re is NAME_THEN_ROLE and SPOKESPERSON.match(name):
        # "le Porte-parole de M. Ban Ki-moon, Secrétaire général": the spokesperson speaks
        # for the person named, unnamed
        role = f"{match.group('name').strip()}, {role}"
        return Mention("", role, country, start, max(end, match.end("role")))
    if _PRINCIPALS_SPOKESPERSON.match(role):
        # "la Porte-parole du Secrétaire général de l’ONU, M. Ban Ki-moon": the name is the
        # principal's; the spokesperson speaks unnamed
        return Mention("", role, country, start, max(end, match.end("role")))
    # "J.Dahl" is written "J. Dahl": the initial apart from the family name
    spaced = _patronymic_last(_GLUED_INITIAL.sub(r"\1 ", name))
    mention = Mention(spaced, role, country, start, max(end, match.end("role")))
    return _after_portfolio(text, match, mention) if match.re is ROLE_THEN_NAME else mention


def _no_name(match: re.Match[str], name: str, genitive: str | None) -> bool:
    """Return whether what a role-and-name match reads as a name is none."""
    if name in ARTICLES or (match.re is NAME_THEN_ROLE and is_role(name)):
        return True  # "Le Ministre d'État, Ministre des …, X": an article and roles
    if not name or (genitive and not country_named(genitive[:-1])):
        return True  # "Sprecher Müllers, …": not a role and a name
    if re.fullmatch(r"[A-Z]{2,4}", name) or nationality(name, match.group("role")):
        # "…, SPD, …", "… der EU": an abbreviation, not a person; "le Président Norlandais":
        # a nationality capitalised, no name
        return True
    # "… and the United Nations, the President of …": a body, not a person
    return match.re is NAME_THEN_ROLE and bool(BODIES.intersection(name.split()))


def _nationality_in_role(
    match: re.Match[str], name: str, name_start: int, role: str, country: str
) -> tuple[str, int, str, str]:
    """Return name, where it starts, role and country with a nationality that opens a name
    after its role moved to the role ("le Président Sénégalais Macky Sall": Macky Sall, of
    Senegal)."""
    adjective = nationality_first(name, role) if match.re is ROLE_THEN_NAME else ""
    if not adjective:
        return name, name_start, role, country
    country = country or ADJECTIVES.get(adjective.casefold(), "")
    cut = len(adjective) + 1
    return name[cut:], name_start + cut, f"{role} {adjective}", country


_GLUED_INITIAL = re.compile(r"(?<![\w.])([A-Z]\.)(?=[A-Z][a-z])")


def _portfolio_then_name(match: re.Match[str], name: str) -> tuple[str, str]:
    """Return the rest of a portfolio read as the start of a name, and the name after it
    ("Minister of Rural | Development Lars Holm" is "Development" and "Lars Holm"); no
    portfolio and the name as read when it was read."""
    if name or match.re is not ROLE_THEN_NAME or match.group("hon"):
        return "", name
    words = match.group("name").split()
    generic = re.search(r" (?:of|for) ", match.group("role"))
    if len(words) < 3 or words[0] not in NOT_NAMES or not generic:
        return "", name
    rest = clean_name(" ".join(words[1:]))
    if len(rest.split()) < 2 or rest != " ".join(words[1:]):
        return "", name
    return f" {words[0]}", rest


# a patronymic: "Sergeyevich", "Ivanovna", "Ilyinichna", "Mammad oglu", "Nurlanuly", "Ali qizi"
_PATRONYMIC = re.compile(
    r"[A-Z][a-z]+(?:[oe]vich|[oe]vna|ichna|inichna)|(?:[A-Z][a-z]+)?(?:ogly|oglu|uly|kyzy|qizi)"
)


def _patronymic_last(name: str) -> str:
    """Return a name written family name first, given name and patronymic after it ("Petrov
    Viktor Sergeyevich", "Petrov V. Sergeyevich"), in the order that ends with the family
    name ("Viktor Sergeyevich Petrov"); any other name as it is."""
    tokens = name.split()
    if (
        len(tokens) == 3
        and _PATRONYMIC.fullmatch(tokens[2])
        and not _PATRONYMIC.fullmatch(tokens[1])
        and len(tokens[0]) > 2
        and not tokens[0].endswith(".")
    ):
        return " ".join([*tokens[1:], tokens[0]])
    return name


# a name read after a role and the rank or second role before it: "Minister of Defence of
# Norland Lieutenant General Petrov Viktor Sergeyevich"
_RANK = re.compile(
    r"(?:(?:(?:Lieutenant|Major|Brigadier|Colonel|Army)[- ])?General|"
    r"(?:Rear |Vice |Fleet )?Admiral|(?:Air (?:Chief |Vice[- ])?|Field )Marshal|"
    r"(?:Lieutenant[- ])?Colonel|Brigadier|Commodore)"
    r"(?=\s+[A-Z])"
)


_NAME_AFTER_RANK = re.compile(rf"\s+(?:{HONORIFIC})?(?P<name>{NAME})")


def _ranked_name(match: re.Match[str], text: str) -> tuple[int, str] | None:
    """Return where the name starts and the name read after a rank that a role-and-name match
    took for the start of its name ("Minister of Defence of Norland | Lieutenant General Ivo
    Varo" is "Ivo Varo", not "Lieutenant"); None when the name opens with no rank."""
    if match.re is not ROLE_THEN_NAME:
        return None
    rank = _RANK.match(match.group("name"))
    if rank is None:
        return None
    named = _NAME_AFTER_RANK.match(text, match.start("name") + rank.end())
    if named is None:
        return None
    name = clean_name(named.group("name"))
    return (named.start("name"), name) if name else None


# where a sentence opens, before the roles that open it: "NNA – ", "Oslo: ", ". "
_OPENING = re.compile(r"(?:^|[.!?:;–—]\s+|\n)$")


def _roles_before(text: str, start: int, role: str) -> tuple[int, str]:
    """Return where a person's mention starts and their whole role when the sentence opens
    with another role of theirs set off by a comma ("Deputy Prime Minister, Minister of
    Trade, X"): one person with both roles, not an unnamed one."""
    if not text[max(0, start - 3) : start].rstrip().endswith(","):
        return start, role  # (looked at first: the role search is slow)
    earlier = _ROLE_COMMA_END.search(text, max(0, start - _LIST_WINDOW), start)
    if earlier is None or not _OPENING.search(text, 0, earlier.start()):
        return start, role
    return earlier.start(), f"{text[earlier.start() : start].strip()} {role}"


def _no_name_before_role(match: re.Match[str], text: str, rest: list[str]) -> bool:
    """Return whether what a name-then-role match reads as a name is no name: words the name
    ends before ("rest")."""
    if len(rest) >= 2 and rest[-1][:1].isupper():
        return True  # "X von Eva Y, Konsulin": the role is the later person's, found next
    if rest and is_role(rest[-1]):
        return True  # "Deputy Prime Minister, Minister of Trade, X": roles before a name
    # "… trade with the United Kingdom, Chancellor X said": a place
    raw = match.group("name").strip()
    return bool(country_named(raw) or ARTICLE_BEFORE.search(text, 0, match.start("name")))


def _not_name_then_role(match: re.Match[str], text: str) -> bool:
    """Return whether a name followed by a role is something else: roles before names."""
    if _NAME_NEXT.match(text, match.end()):
        return True  # "Prime Minister A, Foreign Minister B": roles before names, a list
    if _roles_first(text, match.start("name")):
        return True  # "le président français, A, le chancelier allemand, B": B's is before
    if _COUNTERPART_THEN.search(text, 0, match.start()) and _COMMA_NAME.match(text, match.end()):
        return True  # "his counterpart, A, the Minister for Defence, B": the role is B's
    # "a rencontré à New York, le Secrétaire d’État …": a place, then a role
    return _PLACE_BEFORE.search(text, 0, match.start()) is not None


_COUNTERPART_THEN = re.compile(rf"\b{COUNTERPART}\s*,\s*(?:{HONORIFIC})?$")


_COMMA_NAME = re.compile(rf"\s*,\s*(?:{HONORIFIC})?{TOKEN}\s+{LATER}(?=[\s,.;:]|$)")


def _roles_first(text: str, position: int) -> bool:
    """Return whether the name at position is in a list that alternates roles and names
    and opens with a role ("the French President, A, the German Chancellor, B, …"): then
    each name has the role before it, not the one after."""
    for _step in range(12):
        window = max(0, position - _LIST_WINDOW)
        role = _ROLE_COMMA_END.search(text, window, position)
        if role is None:
            return False  # the list opens with a name: each has the role after it
        window = max(0, role.start() - _LIST_WINDOW)
        name = _NAME_COMMA_END.search(text, window, role.start())
        if name is None:
            return True
        position = name.start()
    return False
