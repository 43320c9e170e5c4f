"""Reading a person's name: the honorifics and titles before it, its particles and later
tokens, the postnominal letters after it, the words that are not names, and the family name."""

from __future__ import annotations

import functools
import re

from briefer.importers.countrynames import country_named
from briefer.importers.letters import UPPER
from briefer.importers.patterncache import compiled
from briefer.importers.portfolios import PORTFOLIO_WORDS
from briefer.importers.roleterms import ROLE_INITIALS, ROLE_PATTERN

# a royal or religious title in lower case, with its article: "le prince héritier X", "la
# princesse X", "l'émir X", "le cheikh X", "le roi X", "la reine X", "el príncipe heredero
# X", "el jeque X", "el rey X"
_LOWER_TITLES = (
    r"(?=[lpécjr])(?:(?:l['’]|le\s+|la\s+|el\s+)?(?:prince(?:sse)?(?:\s+héritier|\s+héritière)?|"
    r"príncipe(?:\s+heredero)?|princesa|émir|emir|cheikh(?:a)?|jeque|roi|reine|rey|reina))"
)


HONORIFIC = (
    r"(?:(?:(?:[Tt]he\s+)?(?:(?:Rt\.?|Right)\s+)?(?:Hon(?:ourable|orable|['’]ble)?\.?)|Mr|Ms|Mrs|Dr|Prof|Sir|"
    r"Dame|Frau|Herrn?|Shri|Smt|WHR|Mag|H\.?E\.?(?=\s)|H\.?H\.?(?=\s)|Senator|Minister|Mme|Mlle|M(?=\.)|S\.E\.\s?M\.?(?=\s)|S\.E\.|I\.E\.(?=\s)|"
    r"Son Excellence|(?:(?:His|Her|Their|Your) )?Excellenc(?:y|ies)|SEM(?:me)?(?=\s+[A-Z])|"
    r"(?:His|Her|Sa) Majest(?:y|é)|"
    # a monarch: "King Taufa IV", "Queen Ana", "Sa Majesté le Roi Philippe", "Königin Ana"
    r"King|Queen|Roi|Reine|König(?:in)?|"
    r"Prince(?:ss)?|Sheikha?|Shaikha?|Scheich(?:a|in)?|Cheikh(?:a)?|Emir|Amir|"
    r"Crown Prince(?:ss)?|Kronprinz(?:essin)?|Prinz(?:essin)?|" + _LOWER_TITLES + r"|"
    r"Archbishop|Mgr|Msgr|Monsignor|Cardinal|"
    r"Lord|Amb(?=\.)|"
    # a military rank abbreviated, a retired officer: "Rtd. Brig. Julius Bio", "Lt. Gen. X"
    # (these titles behind one look-ahead at their first letters: tried at every word, a
    # dozen alternatives more cost the parser 6 % of its speed)
    r"(?=[RBESTPDA])(?:(?:Rtd|Retd|Brig)(?=\.)|"
    # "T.H. X", "T.E. Y": "Their Highnesses", "Their Excellencies" abbreviated
    r"T\.[HE]\.(?=\s)|"
    # Spanish, Malaysian and Philippine titles: "el Excmo. Sr. Juan Vero", "la Sra. Ana Lo",
    # "Dato' Sri Paul Oro", "Tan Sri Ana Lo", "Datuk Seri X", "Engr. Ivo Varo", "Atty. Y"
    r"Excm[oa](?=\.)|Sra?(?=\.\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s+[A-ZÁÉÍÓÚÑ])|"
    r"(?:Tan |Puan |Dato['’]? |Datuk )Sri|Datuk(?: Seri)?|Dato['’]?(?: Seri)?|Datin|Pehin|"
    # Austria's female forms of academic titles: "Dr.in Ana Lo", "Mag.a Eva Berg"
    r"(?:Engr|Eng|Atty)(?=\.))|MP(?=\s+[A-Z])|U(?=\s+[A-Z][a-z]+\s+[A-Z][a-z]))(?:\.(?:in|a)?)?"
    # an academic title in brackets after another: "Hon (Dr.) X", "H.E. (Prof.) Y"
    r"(?:\s*\((?:Dr|Prof|Eng|Amb)\.?\))?\s+)+"
)


# the honorifics that begin with a capital (or "the"), where a name is looked for only at a
# capital: the titles in lower case left out
CAPITAL_HONORIFIC = HONORIFIC.replace(_LOWER_TITLES + "|", "")


# "Khalid bin Ahmed bin Mohammed Al Khalifa": an Arabic family name may open with "Al"; the
# German articles only after "von"/"van" ("von der Leyen"): "begrüßt X das Staatsoberhaupt",
# "mit Frau X das Museum"
PARTICLE = (
    r"(?:von|van|de|(?<=[Vv][oa]n )(?:der|den)|zu|da|di|du|bin|bint|ben|ibn|al|Al|el|le|la|dos)"
)


# "Anna K.L. Berg": initials may be written without a space between them; "O´Brien": an
# acute accent may stand for the apostrophe; a letter may carry a combining mark of a broken
# encoding ("Fran̤ois")
# "J.Dahl": an initial may be glued to the family name
# "Karim Adi' al-Nour": an apostrophe (an ayin or hamza) may end a word before an Arabic article
TOKEN = (
    rf"(?:[A-Z]\.[{UPPER}][a-z][\w'’´-]*[\w]|[{UPPER}][\w'’´\u0300-\u036f-]*[\w]"
    rf"(?:['’](?=\s+(?:[Aa]l|[Ee]l)-[{UPPER}]|\s+Al\s+[{UPPER}]))?|(?:[A-Z]\.){{2,3}}|"
    rf"[A-Z]\.|"
    # "Moko P. S Lanu": a second initial written without its dot
    rf"(?<=[A-Z]\.\s)[A-Z](?=\s+[{UPPER}][a-z])|"
    rf"[A-Z][a-z]?\.)"
)


# "Haider al-Abadi", "Ahmed Aboul-Gheit": a family name may open with a lower-case particle
# "Anne Exemple d'Aubier": a French family name may open with "d'"
# "Sela ‘Ofanui", "Tevita ʻAkau": a Polynesian family name may open with an ʻokina, typed
# as an opening quotation mark (no closing mark after it)
LATER = (
    rf"(?:(?:a[ldstz]|ash|el|ibn|abu|ben|bin)-|d['’]|[‘ʻ](?=[{UPPER}][a-z]+\b(?![^’\n]{{0,80}}’)))?"
    rf"{TOKEN}"
)


NAME = rf"{TOKEN}(?:\s+(?:{PARTICLE}\s+){{0,2}}{LATER}){{0,3}}"


# the letters after a name, with dots or without, set off by commas or not: "Hon. Kim Dale,
# M.P.", "The Rt Hon. Kim Dale PC MP", "Dr. Lena Dorn MdB", "Prof. Ana Lo, PhD"
POSTNOMINAL = (
    r"(?:M\.\s?P|M\.E\.P|T\.D|Q\.C|K\.C|P\.C|Ph\.\s?D|M\.L\.A)\.?(?![\w])|"
    r"(?:MP|MEP|MdB|MdL|MdEP|MLA|MSP|MHK|TD|QC|KC|PC|PhD|DPhil|OBE|CBE|MBE|KBE|DBE|CMG|KCMG|"
    r"GCMG|AO|AC)(?![\w.’'-])"
)


POSTNOMINAL_RUN = re.compile(rf"(?:,?\s+(?:{POSTNOMINAL}))+")


# "M. Maas", "Mr Conroy", "Frau Baerbock": a person named without a role
# "M. Mohamed Bowba Ould Mohamed Bamba": after an honorific a name may have five words
HONORIFIC_NAME = re.compile(
    rf"(?<![\w.])(?P<hon>{HONORIFIC})"
    rf"(?P<name>{TOKEN}(?:\s+(?:{PARTICLE}\s+){{0,2}}{LATER}){{0,4}})"
)


ROLE_ALONE = compiled(rf"\b(?=[{ROLE_INITIALS}])(?P<role>{ROLE_PATTERN})\b")


ARTICLE_BEFORE = re.compile(r"(?i:\b(?:the|der|die|den|dem)\s+)$")


# German nouns that may follow a name ("… Außenministerin Baerbock Gespräche mit …").
NOUN_ENDINGS = tuple(
    "ung ungen heit keit schaft tion tionen gespräch gespräche gesprächen konsultationen "
    "treffen tät ismus".split()
)


# "Ergebnis", "Bündnisse": a German noun has a consonant before "-nis"; a Baltic family
# name a vowel ("Raimonds Vējonis")
_NOUN_NIS = re.compile(r"(?i)[^\Waeiouyäöüāēīōūąęėįųn]nis(?:se)?$")


# Letters after a name: "Simon Coveney TD", "Jo Bloggs MP", "Sir John Sawers GCMG"
_POSTNOMINALS = frozenset(
    "MP TD MdB MdL MdEP MEP MLA MSP MHK QC KC PC OBE CBE MBE KBE DBE CMG KCMG GCMG AO AC".split()
)


# A generation written after a name: "Jr.", "Sr.", "Jnr", "Snr" (not "Neto", "Filho": a
# Portuguese family name may be one)
_GENERATION = re.compile(r"(?:Jr|Sr|Jnr|Snr)\.?")


# Countries that are also people's names: "Michael Jordan" keeps his family name.
_NAME_LIKE_COUNTRIES = frozenset({"Jordan", "Georgia", "Chad", "Israel", "Kenya", "Lebanon"})


# a day or a month run on after a name with no comma ("met Ana Velo Thursday to …");
# months that are also family names ("May", "June", "April", "August") stay names
DAYS_AND_MONTHS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March July "
    "September October November December Montag Dienstag Mittwoch Donnerstag Freitag Samstag "
    "Sonntag Januar Februar März Juli Oktober Dezember Lunes Martes Miércoles Jueves Viernes "
    "Sábado Domingo".split()
)


_HEADLINE_VERBS = frozenset(
    # a headline's verbs after the names ("Dar, Secretary Blinken Discuss Bilateral Ties")
    "Discuss Discusses Meet Review Reviews Sign Signs Agree Agrees Exchange Exchanges Urge "
    "Urges Hail Hails Vow Vows Pledge Pledges Reaffirm Reaffirms".split()
) | frozenset(
    # a Title-Case headline's verb after an honorific and a name ("Dr. Varo Conducts Busy
    # Diplomacy"): the words after it are no part of the name
    "Conduct Conducts Lead Leads Attend Attends Address Addresses Open Opens Launch Launches "
    "Conclude Concludes Begin Begins Start Starts Join Joins Pay Pays Make Makes Undertake "
    "Undertakes Embark Embarks Travel Travels Arrive Arrives Host Praise "
    "Praises Thank Thanks Congratulate Congratulates Condemn Condemns Stress Stresses "
    "Highlight Highlights Call Chair Chairs Participate Participates".split()
)


# Capitalised words that end a name rather than continue it.
NOT_NAMES = frozenset(
    "The Today On In At Heute Am Die Der Das This He She We They It Er Sie Wir Both Beide And "
    "Und During Bei Im After Nach Mit With For Für Their His Her Ihre Seine Its Also Auch "
    "Minister Ministers Foreign Defence Defense Secretary State Federal Government Deputy Acting "
    "Bundesregierung Japan Germany Deutschland EU NATO Press Statement Said Said: Office "
    "General Representative Vice Spokesperson Council Ministry Department Affairs President "
    "Präsident Präsidentin Chairman Chair Speaker Ambassador Botschafter Meets Met Holds "
    "Speaks Calls Visits Welcomes Receives Hosts Talks Trifft Empfängt Telefoniert Reçoit "
    "Rencontre Of To With From Federation Republic Kingdom Emirates Gast Zu Zum Zur Middle "
    "Regional Chief Executive Officer Hold Supports Photo Foto".split()
) | frozenset(
    # a title, a country's letters and the fields and regions a role's portfolio lists ("HE
    # Lord of …", "Karl Moen US Ambassador", "Director-General, Energy, Climate and Ocean
    # Division", "Minister of State for Europe, North Asia and the Americas"): no names
    "Lord US UK UN USA UAE Energy Climate Ocean Oceans Trade Finance Economy Industry "
    "Environment Education Health Security Development Cooperation Investment Agriculture "
    "Culture Asia Africa Europe Americas".split()
)


# the capitalised words of a long role ("Ambassadeur Extraordinaire et Plénipotentiaire",
# "Sous-Secrétaire d'État Adjoint", "Ministre Délégué", "Son Excellence"): no names
NOT_NAMES |= frozenset(
    "Extraordinaire Plénipotentiaire Extraordinary Plenipotentiary Extraordinario "
    "Plenipotenciario Extraordinaria Plenipotenciaria Adjoint Adjointe Délégué Déléguée "
    "Excellence Excellency Excelencia Exzellenz".split()
)


NOT_NAMES |= DAYS_AND_MONTHS | _HEADLINE_VERBS | PORTFOLIO_WORDS


# the words of roles read in a list of names ("Ambassador X, Interministerial Delegate …")
NOT_NAMES |= frozenset(
    "Commissioner Commissaire Delegate Interministerial Commissioners Envoys Governors "
    "Delegates Ambassadors".split()
)


# a Title-Case headline's passive participle after a name ("Prime Minister X Invited to
# Meeting with …", "X Welcomed by …"): the name ends before it
NOT_NAMES |= frozenset(
    "Invited Welcomed Received Hosted Greeted Honoured Honored Accompanied Briefed".split()
)


# an organisation's name after a name with no comma ("Mr. X United Nations Special Envoy
# for …"): the name ends before it
NOT_NAMES |= frozenset("United Nations".split())


# a transcript's plural heading before its speaker: "Déclarations de M. X", "Statements by X"
NOT_NAMES |= frozenset("Déclarations Statements Erklärungen Declaraciones".split())


# a Title-Case headline's prepositions, participles and statement verbs after a name
# ("Statement of Chairwoman Dorr Upon Closed Hearing", "Dorr Issues Statement Ahead of …",
# "Senator Dorr Following Closed Hearing"): the name ends before them (S12-3; W20)
NOT_NAMES |= frozenset(
    "Ahead Upon Following Regarding Concerning Amid Amidst Against Despite Toward Towards "
    "Issues Releases Announces Applauds Welcomes Reacts Responds Comments Remarks".split()
)


# "North Asia", "West Africa": a region, though "West" alone may be a family name
_COMPASS = frozenset("North South East West Central".split())


# an Arabic article a family name opens with, written or not in later mentions: "Leila
# Al-Rami" is "Al-Rami" and "Rami"
_ARABIC_ARTICLE = re.compile(r"(?i)(?:al|el|ash|as|ad|at|az|ar|an)-(?=\w{3})")


# a Chinese or Korean given name romanised with a hyphen, after the family name: "Ing-wen",
# "Ching-te", "Jae-in" (a Western double name has a capital after it: "Anne-Marie")
_EAST_ASIAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")


def family_first(name: str) -> str:
    """Return the family name written first in a Chinese or Korean name ("Wen Lo-pin" is
    "wen"), else ""."""
    tokens = name.split()
    if len(tokens) == 2 and _EAST_ASIAN_GIVEN.fullmatch(tokens[1]):
        return tokens[0].casefold()
    return ""


def surname(name: str) -> str:
    """Return the family name: the capitalised first token of 'MOTEGI Toshimitsu', else the
    last; without an Arabic article ("Al-Rami" is "rami")."""
    tokens = name.split()
    if not tokens:
        return ""
    first = tokens[0].strip(".")
    if len(tokens) > 1 and len(first) > 1 and first.isupper():
        return first.casefold()
    return _ARABIC_ARTICLE.sub("", tokens[-1], count=1).casefold()


def first_family_name(name: str) -> str:
    """Return the word before the last of a name of three words or more, which may be the
    first of two family names and the form used later ("José Manuel Albares Bueno" is
    "Albares"); "" for a shorter name or a particle ("Jean-Yves Le Drian")."""
    tokens = name.split()
    if len(tokens) >= 3 and re.fullmatch(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]{2,}", tokens[-2]):
        return tokens[-2]
    return ""


@functools.lru_cache(maxsize=4096)  # a name is cleaned by each pattern that reads it
def clean_name(raw: str) -> str:
    # "Kurt Beck zu den Gästen …": a preposition and article, not a particle ("zu Guttenberg")
    tokens = re.split(r"\s+zu\s+(?:den|der|dem)\s", raw)[0].split()
    kept: list[str] = []
    if len(tokens) >= 3 and _INITIALS.fullmatch(tokens[0]) and tokens[1][:1].isupper():
        tokens = tokens[1:]  # "Foreign Minister KD Karl Moen": initials before the name
    for number, token in enumerate(tokens):
        possessive = re.sub(r"['’´]s$", "", token)
        after = tokens[number + 1] if number + 1 < len(tokens) else ""
        if token == "von" and len(kept) == 1 and _full_name_after(tokens[number + 1 :]):
            break  # "begleitet wurde Botschafter X von Eva Y": the next person, not "von Y"
        if _begins_again(kept, token, after):
            kept.clear()  # "Visite de M. X": the title begins the name
            continue
        word = _name_word(token, possessive, bool(kept), after)
        if word == "end":
            break
        if word == "skip":
            continue
        kept.append(possessive)
        if possessive != token:
            break
    if len(kept) >= 3 and re.fullmatch(r"[A-Z]{2,4}", kept[-1]) and not kept[-2].isupper():
        kept.pop()  # "Ms. Ana Velo DOS": an agency's letters run on after a name
    while kept and (
        # "Frances Fitzgerald T.D.": letters after a name, not initials inside it
        re.fullmatch(r"[A-Z]\.?|(?:[A-Z]\.){2,3}|von|van|de|der|den|zu", kept[-1])
        or kept[-1] in _POSTNOMINALS
        # "Ramon D. Cruz Jr.", "Juan Vero Sr.": a generation after the family name
        or (len(kept) >= 3 and _GENERATION.fullmatch(kept[-1]))
    ):
        kept.pop()
    return " ".join(kept)


# capital initials without dots, no vowel in them as in a family name ("KD", "JKL"); "NG" is
# a family name written first in capitals ("NG Eng Hen")
_INITIALS = re.compile(r"(?!NG\b)[B-DF-HJ-NP-TV-Z]{2,3}")


def _begins_again(kept: list[str], token: str, after: str) -> bool:
    """Return whether a title after a word in lower case begins the name anew ("Visite de
    M. X"); after an office it stays the office's ("Porte-parole de M. X" speaks for X)."""
    return (
        bool(kept)
        and kept[-1].islower()
        and bool(_TITLE_WORD.fullmatch(token))
        and after[:1].isupper()
        and not any(is_role(word.rstrip(",")) for word in kept)
    )


def _full_name_after(tokens: list[str]) -> bool:
    """Return whether the words after a "von" are a given and a family name of their own."""
    return len(tokens) >= 2 and all(t[:1].isupper() for t in tokens)


# an honorific of one word read where a name may begin: "M.", "Mme", "Dr.", "Frau"
_TITLE_WORD = re.compile(r"(?:M\.|Mme|Mlle|Monsieur|Madame|Mr|Ms|Mrs|Dr|Prof|Frau|Herrn?)\.?")


def _name_word(token: str, possessive: str, after_name: bool, after: str) -> str:
    """Return what a word read as part of a name is: "name", or "end" when the name ended
    before it, or "skip" when the name has not begun."""
    if token == "Das" and after_name and not after:
        return "name"  # "Ms. Riva Ganguly Das, Secretary (East)": an Indian family name
    if token in NOT_NAMES or possessive in NOT_NAMES or token.endswith("innen"):
        return "end"  # "… der Ministerpräsident Vertreterinnen und Vertreter …": a plural noun
    if token in _COMPASS and after.rstrip(",.;:") in NOT_NAMES:
        return "end"  # "… for Europe, North Asia and the Americas": a region
    if _german_noun(token):
        return "end" if after_name else "skip"  # "unter Leitung von X": a noun before X
    if not after_name and (token in ("von", "van", "de", "zu") or _TITLE_WORD.fullmatch(token)):
        return "skip"  # "Déclaration de M. X, ministre …": the honorific is no part of it
    bare = token.rstrip(",.;:")
    if role := _role_word(token, bare, after_name, after):
        return role
    # "Polen", or a German genitive: "Deutschlands"
    named = country_named(bare) or (bare.endswith("s") and country_named(bare[:-1]))
    if token not in _NAME_LIKE_COUNTRIES and named:
        # "… besuchte Annegret Kramp-Karrenbauer Polen, Bulgarien …"; "High
        # Commissioner-designate to Australia Zahid Hafeez Chaudhri"
        return "end" if after_name else "skip"
    return "name"


def _role_word(token: str, bare: str, after_name: bool, after: str) -> str:
    """Return "end" or "skip" when a word read as part of a name is a role or opens one,
    else ""."""
    if after_name and bare == token and after[:1].isupper() and is_role(f"{bare} {after}"):
        return "end"  # "President X and Norlandian Prime Minister Y": a role of two words
    if is_role(bare):
        if after_name:
            return "end"  # "wurde X von Bundeskanzlerin Y empfangen": the next person's role
        if after[:1].isupper():
            return "skip"  # "…, Staatsministerin Greta X": a second role before the name
    return ""


def _german_noun(token: str) -> bool:
    """Return whether a word is a German noun by its ending ("Sicherheit", "Ergebnis"); a
    short word is a name that happens to end so ("Ahmed Aboul Gheit", "Kim Jung"), and so is
    a Korean given name of two syllables joined by a hyphen ("Lee Jae-sung")."""
    if re.search(r"\w-[a-z]", token):
        return False
    folded = token.casefold()
    ending = next((e for e in NOUN_ENDINGS if folded.endswith(e)), "")
    if ending and (len(ending) > 4 or len(folded) >= len(ending) + 3):  # "Treffen" is one
        return True
    return bool(_NOUN_NIS.search(token))


@functools.lru_cache(maxsize=4096)
def is_role(word: str) -> bool:
    """Return whether a word is a role ("Bundeskanzlerin"), asked of every word of a name."""
    return ROLE_ALONE.fullmatch(word) is not None


def fuller(a: str, b: str) -> str:
    return (
        b
        if len(b.split()) > len(a.split()) or (len(b.split()) == len(a.split()) and len(b) > len(a))
        else a
    )


def capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]
