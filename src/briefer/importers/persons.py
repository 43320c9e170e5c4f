"""Finding people in text: role and name, country, and the same person under a short form."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from briefer.i18n import _
from briefer.importers.lexicon import (
    ADJECTIVE_PATTERN,
    ADJECTIVES,
    COUNTRY_PATTERN,
    COUNTRY_PREFIX,
    FIELD_WORD_PATTERN,
    FRENCH_ADJECTIVE_PATTERN,
    PORTFOLIO_WORDS,
    ROLE_BEFORE_NAME_PATTERN,
    ROLE_INITIALS,
    ROLE_PATTERN,
    SPEECH_VERBS,
    SPEECH_VERBS_EN,
    SPEECH_VERBS_FR,
    SPOKESPERSON,
    UPPER,
    countries_in,
    country_named,
    nominative,
)
from briefer.model.records import Person

# a royal or religious title in lower case, with its article: "le prince héritier X", "la
# princesse X", "l'émir X", "le cheikh X", "le roi X", "la reine X", "el príncipe heredero
# X", "el jeque X", "el rey X"
_LOWER_TITLES = (
    r"(?=[lpécjr])(?:(?:l['’]|le\s+|la\s+|el\s+)?(?:prince(?:sse)?(?:\s+héritier|\s+héritière)?|"
    r"príncipe(?:\s+heredero)?|princesa|émir|emir|cheikh(?:a)?|jeque|roi|reine|rey|reina))"
)
_HONORIFIC = (
    r"(?:(?:(?:[Tt]he\s+)?(?:(?:Rt\.?|Right)\s+)?(?:Hon(?:ourable|orable)?\.?)|Mr|Ms|Mrs|Dr|Prof|Sir|"
    r"Dame|Frau|Herrn?|Shri|Smt|WHR|Mag|H\.?E\.?(?=\s)|H\.?H\.?(?=\s)|Senator|Minister|Mme|Mlle|M(?=\.)|S\.E\.\s?M(?=\s)|S\.E\.|I\.E\.(?=\s)|"
    r"Son Excellence|(?:His|Her) Excellency|(?:His|Her|Sa) Majest(?:y|é)|"
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
    # Spanish, Malaysian and Philippine titles: "el Excmo. Sr. Juan Vero", "la Sra. Ana Lo",
    # "Dato' Sri Paul Oro", "Tan Sri Ana Lo", "Datuk Seri X", "Engr. Ivo Varo", "Atty. Y"
    r"Excm[oa](?=\.)|Sra?(?=\.\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s+[A-ZÁÉÍÓÚÑ])|"
    r"(?:Tan |Puan |Dato['’]? |Datuk )Sri|Datuk(?: Seri)?|Dato['’]?(?: Seri)?|Datin|Pehin|"
    r"(?:Engr|Eng|Atty)(?=\.))|MP(?=\s+[A-Z])|U(?=\s+[A-Z][a-z]+\s+[A-Z][a-z]))\.?"
    # an academic title in brackets after another: "Hon (Dr.) X", "H.E. (Prof.) Y"
    r"(?:\s*\((?:Dr|Prof|Eng|Amb)\.?\))?\s+)+"
)
# the honorifics that begin with a capital (or "the"), where a name is looked for only at a
# capital: the titles in lower case left out
_CAPITAL_HONORIFIC = _HONORIFIC.replace(_LOWER_TITLES + "|", "")
# "Khalid bin Ahmed bin Mohammed Al Khalifa": an Arabic family name may open with "Al"; the
# German articles only after "von"/"van" ("von der Leyen"): "begrüßt X das Staatsoberhaupt",
# "mit Frau X das Museum"
_PARTICLE = (
    r"(?:von|van|de|(?<=[Vv][oa]n )(?:der|den)|zu|da|di|du|bin|bint|ben|ibn|al|Al|el|le|la|dos)"
)
# "Anna K.L. Berg": initials may be written without a space between them; "O´Brien": an
# acute accent may stand for the apostrophe; a letter may carry a combining mark of a broken
# encoding ("Fran̤ois")
# "J.Dahl": an initial may be glued to the family name
# "Karim Adi' al-Nour": an apostrophe (an ayin or hamza) may end a word before an Arabic article
_TOKEN = (
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
_LATER = (
    rf"(?:(?:a[ldstz]|ash|el|ibn|abu|ben|bin)-|d['’]|[‘ʻ](?=[{UPPER}][a-z]+\b(?![^’\n]{{0,80}}’)))?"
    rf"{_TOKEN}"
)
_NAME = rf"{_TOKEN}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_LATER}){{0,3}}"
_COUNTRY = f"(?:{COUNTRY_PREFIX})?(?:{COUNTRY_PATTERN})"

_ROLE = rf"(?:{ROLE_PATTERN})(?:(?:\s*/\s*|\s+and\s+)(?:{ROLE_PATTERN}))?"
_ROLE_BEFORE_NAME = (
    rf"(?:{ROLE_BEFORE_NAME_PATTERN})"
    rf"(?:(?:\s*/\s*|\s+and\s+)(?:{ROLE_BEFORE_NAME_PATTERN}))?"
)
# "The Foreign Minister, X met …", "…, X has concluded his visit": a name before its verb
# ends a role set off by a comma
_MEETING_VERBS = (
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
        "Nations".split()
    )
)
# "the Chargé d'affaires at the Swedish embassy, X": where the role is held, not capitalised
_MISSION = r"embassy|mission|consulate|ministry|delegation|ambassade|consulat|ministère"
# "su homólogo de Chile, Juan Vero": the Spanish counterpart too; "his Finnish colleague
# Ana Lo", "sa collègue finlandaise Ana Lo": a colleague in office is a counterpart
_COUNTERPART = (
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
_ROLE_THEN_NAME = re.compile(
    rf"\b(?=[{ROLE_INITIALS}])(?P<role>{_ROLE_BEFORE_NAME}|{_COUNTERPART}){_ADJECTIVE_AFTER}"
    # "der Republik Polen", "des Haschemitischen Königreichs Jordanien", "of the Ministry of
    # Foreign Affairs of Moldova Sergiu Mihov": the country ends the body's name
    rf"(?:\s+(?:of|for|der|des)\s+(?:the\s+)?"
    rf"(?:[{UPPER}][\w-]+\s+(?:of\s+(?:the\s+)?)?){{0,6}}?(?P<of>{_COUNTRY})"
    # where an envoy is posted: "Ambassador of Canada to Kabul Dave Metcalfe"
    rf"(?P<post>\s+to\s+[{UPPER}][\w-]+(?=\s+{_TOKEN}\s+{_LATER}))?)?"
    # whose role or where: "Sprecher der Bundesregierung, Steffen Seibert", "des Direktors
    # der Dritten Europäischen Abteilung des Außenministeriums Russlands, Sergej Netschajew",
    # "Generalkonsulin in Mailand, Teresa Indjein Untersteiner"
    # "President of French Polynesia, X", "Secrétaire Général du Conseil de l'Europe, X",
    # "Secrétaire Général de la Polynésie française, X"
    rf"(?P<org>\s+(?:der|des|von|in|du|de la|de l['’]|for the|of the|to the|at the|of|to|de|"
    # "l'ambassadeur de France, X", "l'ambassadeur d'Espagne, Y"
    rf"d['’](?=[{UPPER}]))\s*"
    # "der libanesischen Nationalversammlung, X": a German adjective before the body
    rf"(?:[a-zäöüß]{{3,}}(?:en|er)\s+)?(?:[{UPPER}][\w’'-]+|{_MISSION}\b)"
    rf"(?:(?:\s+(?:(?:der|des|die|für|und|du|de|la|of|the|and)\s+){{0,2}}|,\s+(?=\S+\s+(?:und|and)\s))"
    # "of the Organization of American States (OAS), José Miguel Insulza"
    rf"(?:l['’])?[{UPPER}][\w’'-]+){{0,7}}(?:\s+(?:{FRENCH_ADJECTIVE_PATTERN}|{_MISSION}|"
    # an organisation's adjective: "de l'Union africaine", "de la Communauté économique"
    rf"[a-zé-]{{3,}}(?:aine|éenne|ale|ique)s?\b|unies|arabe))?"
    # "of the Union of Northern States -UNS- Per Ek": the acronym may stand between dashes
    rf"(?:\s+(?:\([{UPPER}]{{2,10}}\)|-[{UPPER}]{{2,10}}-(?=\s+{_TOKEN}\s+{_LATER})))?"
    rf"(?:(?=\s*,)|(?<=[A-Z]-)|{_BODY_END}(?=\s+{_TOKEN}\s+{_LATER}\s*[a-z(,.;])))?"
    # a German genitive: "Außenminister Russlands, Sergej Lawrow"
    # (not a portfolio's field: "Minister of Maritime Business, X")
    rf"(?:\s+(?!(?:{FIELD_WORD_PATTERN})\b)(?P<genitive>[{UPPER}][a-zäöüß]+s)(?=\s*,))?"
    # a portfolio set off by commas: "Secretary of State …, in charge of the Community Abroad, X"
    rf"(?:,\s+in charge of\s+(?:the\s+)?[{UPPER}][^,.;]{{2,60}}?(?=\s*,))?"
    # "…, Mevlut Cavusoglu et du ministre …": a name in a list ends at "et", "and", "und";
    # "The Foreign Minister, X said …": at a verb of speech
    rf"(?:\s*,\s*(?={_HONORIFIC}|{_NAME}\s*(?:[,.;:(]|$|\s(?:et|and|und)\s|"
    rf"\s(?:{SPEECH_VERBS_EN}|{SPEECH_VERBS_FR}|{_MEETING_VERBS})\b))|\s+)"
    rf"(?P<hon>{_HONORIFIC})?(?P<name>{_NAME})"
)
# whose spokesperson a name's role says before it: "X, Foreign Ministry Spokesperson"
_OFFICE_BEFORE_ROLE = (
    r"(?:(?:(?:Foreign|Defen[cs]e|State|Presidential)\s+)?(?:Ministry|Office|Department|"
    r"Government|MFA|MOFA|MoFA)\s+(?=[Ss]pokes|[Pp]ress\s+[Ss]ecretary|[Dd]eputy\s+[Ss]pokes))?"
)
# the letters after a name, with dots or without, set off by commas or not: "Hon. Kim Dale,
# M.P.", "The Rt Hon. Kim Dale PC MP", "Dr. Lena Dorn MdB", "Prof. Ana Lo, PhD"
_POSTNOMINAL = (
    r"(?:M\.\s?P|M\.E\.P|T\.D|Q\.C|K\.C|P\.C|Ph\.\s?D|M\.L\.A)\.?(?![\w])|"
    r"(?:MP|MEP|MdB|MdL|MdEP|MLA|MSP|MHK|TD|QC|KC|PC|PhD|DPhil|OBE|CBE|MBE|KBE|DBE|CMG|KCMG|"
    r"GCMG|AO|AC)(?![\w.’'-])"
)
_POSTNOMINAL_RUN = re.compile(rf"(?:,?\s+(?:{_POSTNOMINAL}))+")
# "Heiko Maas, Federal Minister for Foreign Affairs", "Mr. MOTEGI Toshimitsu, Minister … of Japan".
_NAME_THEN_ROLE = re.compile(
    # a name or an honorific starts with a capital ("the Rt Hon" aside): other words are skipped
    # (not inside an Arabic name: "Faris bin Nadim al-Qadir" is not "Nadim al-Qadir")
    rf"(?=[{UPPER}t])(?<!\bbin\s)(?<!\bben\s)(?<!\bibn\s)(?<!\bbint\s)"
    rf"(?P<hon>{_CAPITAL_HONORIFIC})?(?P<name>{_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_LATER}){{1,3}})"
    # "Kim Dale, MP, Speaker of the House": the letters after the name, then the role
    rf"(?:,?\s+(?:{_POSTNOMINAL}))*,\s+"
    # "X, as Permanent Representative …", "X, als Botschafter …", "X, en tant que ministre …"
    rf"(?:(?:as|als|en tant que|en sa qualité de)\s+)?"
    rf"(?:(?:the|le|la|l['’]|der|die)\s*)?(?:former\s+|ancien(?:ne)?\s+|ehemalige[rn]?\s+)?"
    # "Karl Moen, Norland's Deputy Minister …": the country's possessive before the role
    rf"(?:(?P<poss>[{UPPER}][\w-]+(?:\s+[{UPPER}][\w-]+)?)['’´]s\s+(?=[{ROLE_INITIALS}]))?"
    rf"(?:(?P<adj>{ADJECTIVE_PATTERN})\s+)?(?P<role>{_OFFICE_BEFORE_ROLE}{_ROLE})"
    rf"{_ADJECTIVE_AFTER}"
    rf"(?:\s+(?:of|for)\s+(?P<of>{_COUNTRY}))?\b"
)
_NAME_NEXT = re.compile(rf"\s+{_TOKEN}\s+(?:{_PARTICLE}\s+)?{_LATER}")
# a preposition of place right before a capitalised pair: "in New York", "à Port Louis"
_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|at|à|en|nach)\s+$")
# a list that alternates roles and names: a role set off by a comma ends before a name
# ("le premier ministre canadien, Justin Trudeau"), a name before a role ("Boris Johnson, le …")
_ROLE_COMMA_END = re.compile(
    rf"\b(?=[{ROLE_INITIALS}])(?:{_ROLE_BEFORE_NAME}){_ADJECTIVE_AFTER.replace('P<after>', ':')}"
    # "le ministre de la Défense, le prince héritier X": a title may stand before the name
    rf"\s*,\s*(?:{_HONORIFIC})?$"
)
_NAME_COMMA_END = re.compile(
    rf"(?<![\w-]){_TOKEN}(?:\s+{_LATER}){{0,3}},\s+"
    r"(?:(?:the|le|la|l['’]|der|die|den)\s*)?(?:[\w-]+\s+)?$"
)
_LIST_WINDOW = 160  # characters back from a name to the role before it in a list
# "M. Maas", "Mr Conroy", "Frau Baerbock": a person named without a role
# "M. Mohamed Bowba Ould Mohamed Bamba": after an honorific a name may have five words
_HONORIFIC_NAME = re.compile(
    rf"(?<![\w.])(?P<hon>{_HONORIFIC})"
    rf"(?P<name>{_TOKEN}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_LATER}){{0,4}})"
)
_PRINCIPALS_SPOKESPERSON = re.compile(
    r"(?i)^porte-parole d[eu]s?\s+(?:la\s+)?(?:secrétaire général|président|premier ministre|"
    r"chancelier|ministre)"
)
_LOWER_ADJECTIVES = frozenset(a for a in ADJECTIVES if a.islower() and len(a) > 3)
_ROLE_ALONE = re.compile(rf"\b(?=[{ROLE_INITIALS}])(?P<role>{ROLE_PATTERN})\b")
_COUNTERPART_WORD = re.compile(
    r"\b(?:counterparts?|Amtskolleg\w*|Kolleg\w*|homologues?|hom[oó]log[oa]s?|colleagues?|"
    r"coll[eè]gues?|colegas?|(?<=\bsu\s)par|(?<=\bsus\s)pares)\b"
)
_WORD_BEFORE = re.compile(r"(?P<word>[\w.-]+?)(?P<poss>['’]s)?\s+$")
_TWO_WORDS_BEFORE = re.compile(rf"(?<![\w-])(?P<word>[{UPPER}]\w+ [{UPPER}]\w+)\s+$")
_BARE_ROLES = {"Minister", "Ministerin", "Secretary", "President", "Präsident", "Chancellor"}
_ARTICLE_BEFORE = re.compile(r"(?i:\b(?:the|der|die|den|dem)\s+)$")
_SPOKESPERSON = re.compile(
    r"\b(?i:an?|the|ein|eine|die|der|le|la|un|une)\s+(?:[\w&.,’'-]+\s+){0,6}?"
    r"(?P<role>[Ss]pokes(?:person|man|woman)|Sprecher(?:in)?|[Pp]orte-parole)\b"
    # whose spokesperson: "for the Secretary-General", "du Secrétaire général"
    r"(?P<whose>\s+(?:for|of|to) the (?:[A-Z][\w-]+(?: (?:of|for) the)?(?: [A-Z][\w-]+){0,3})|"
    r"\s+(?:du|de la) (?:[Ss]ecrétaire général|[Pp]résident(?:e)?(?: de la République)?|"
    r"[Gg]ouvernement|[Mm]inistère|Quai d['’]Orsay))?",
)
# German nouns that may follow a name ("… Außenministerin Baerbock Gespräche mit …").
_NOUN_ENDINGS = tuple(
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
# those that mark a member of a parliament or the bar, after a name with no honorific: "Kim
# Dale MP met …", "Lena Dorn MdB traf …", "Kim Dale, MP, Speaker of the House"
_MEMBER_AFTER = re.compile(
    r"(?<=[\w.])(?:,?\s+)(?:M\.\s?P\.|M\.E\.P\.|T\.D\.|Q\.C\.|K\.C\.|"
    r"(?:MP|MEP|MdB|MdL|MdEP|MLA|MSP|TD|QC|KC)(?![\w.’'-]))"
)
# A generation written after a name: "Jr.", "Sr.", "Jnr", "Snr" (not "Neto", "Filho": a
# Portuguese family name may be one)
_GENERATION = re.compile(r"(?:Jr|Sr|Jnr|Snr)\.?")
# Countries that are also people's names: "Michael Jordan" keeps his family name.
_NAME_LIKE_COUNTRIES = frozenset({"Jordan", "Georgia", "Chad", "Israel", "Kenya", "Lebanon"})
# a day or a month run on after a name with no comma ("met Ana Velo Thursday to …");
# months that are also family names ("May", "June", "April", "August") stay names
_DAYS_AND_MONTHS = frozenset(
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
_NOT_NAMES = frozenset(
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
_NOT_NAMES |= frozenset(
    "Extraordinaire Plénipotentiaire Extraordinary Plenipotentiary Extraordinario "
    "Plenipotenciario Extraordinaria Plenipotenciaria Adjoint Adjointe Délégué Déléguée "
    "Excellence Excellency Excelencia Exzellenz".split()
)
_NOT_NAMES |= _DAYS_AND_MONTHS | _HEADLINE_VERBS | PORTFOLIO_WORDS
# the words of roles read in a list of names ("Ambassador X, Interministerial Delegate …")
_NOT_NAMES |= frozenset(
    "Commissioner Commissaire Delegate Interministerial Commissioners Envoys Governors "
    "Delegates Ambassadors".split()
)
# a transcript's plural heading before its speaker: "Déclarations de M. X", "Statements by X"
_NOT_NAMES |= frozenset("Déclarations Statements Erklärungen Declaraciones".split())
# a Title-Case headline's prepositions, participles and statement verbs after a name
# ("Statement of Chairwoman Dorr Upon Closed Hearing", "Dorr Issues Statement Ahead of …",
# "Senator Dorr Following Closed Hearing"): the name ends before them (S12-3; W20)
_NOT_NAMES |= frozenset(
    "Ahead Upon Following Regarding Concerning Amid Amidst Against Despite Toward Towards "
    "Issues Releases Announces Applauds Welcomes Reacts Responds Comments Remarks".split()
)
# "North Asia", "West Africa": a region, though "West" alone may be a family name
_COMPASS = frozenset("North South East West Central".split())


_FLAG = re.compile("[\U0001f1e6-\U0001f1ff]")  # a flag is two regional indicator letters
_HASHTAG = re.compile(rf"#(?=[{UPPER}])")


@dataclass(frozen=True)
class Mention:
    """A person written in a text, with where the mention stands; `how` says how the person
    was inferred when the text does not name them there ("the Foreign Secretary")."""

    name: str
    role: str
    country: str
    start: int
    end: int
    how: str = ""

    @property
    def is_spokesperson(self) -> bool:
        return self.name == "" and bool(re.search(r"(?i)spokes|sprecher", self.role))


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
    taken = _Taken(len(text), ())
    found = [taken.take(m) for m in _ministers_of_countries(text)]
    for plural in (*_each_of_countries(text), *_plural_role_names(text)):
        if taken.free(plural):
            found.append(taken.take(plural))
    found.extend(_monarchs_of_countries(text, taken))
    for pattern in (_NAME_THEN_ROLE, _ROLE_THEN_NAME):
        position = 0
        while (match := pattern.search(text, position)) is not None:
            mention = _mention(match, text)
            # "…, Ana Lo, the President of Norland, Ivo Ren": the role after a name that a
            # role and country before it claim starts the list's next item
            if mention is None or (pattern is _NAME_THEN_ROLE and _named_after_role(text, match)):
                position = match.start() + 1  # e.g. "counterpart, Minister …": try the role
                continue
            if not taken.free(mention):
                # "Minister of State, and Ambassador X": the later role names X
                position = match.start() + 1
                continue
            position = mention.end
            found.append(taken.take(mention))
            if pattern is _ROLE_THEN_NAME:
                listed = _listed(text, mention, taken)
                found[-1:] = listed
                position = max(position, listed[-1].end)
    found.extend(m for m in _appointed(text) if taken.free(m) and taken.take(m))
    found.extend(_role_phrases(text, taken))
    found.extend(_honorific_names(text, taken))
    found.extend(_with_countries(text, taken))
    found.extend(_semicolon_items(text, taken))
    found.extend(_after_long_roles(text, taken))
    found.extend(_after_portfolios(text, taken))
    found.extend(_spanish_pairs(text, taken))
    found.extend(_lower_case_roles(text, taken))
    found.extend(_arabic_family_names(text, taken))
    found.extend(_double_family_names(text, taken))
    found.extend(_members_by_letters(text, taken))
    for match in _SPOKESPERSON.finditer(text):
        role = _capitalise(match.group("role") + (match.group("whose") or ""))
        mention = Mention("", role, "", match.start(), match.end())
        if taken.free(mention):
            found.append(taken.take(mention))
    # a name has a capital somewhere: "S.E. M. le Ministre" names no one called "le"
    named = [m for m in found if not m.name or not m.name.islower()]
    return tuple(sorted(named, key=lambda m: m.start))


def _named_after_role(text: str, match: re.Match[str]) -> bool:
    """Return whether the name a role follows is the end of a role and country before it:
    "the Prime Minister of the Republic of North Macedonia, Hristijan Mickoski, the President
    of …" lists two people, the second role no apposition of the first name."""
    start, end = match.start("name"), match.end("name")
    for before in _ROLE_THEN_NAME.finditer(text, max(0, start - _LIST_WINDOW), end + 1):
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
    rf"(?P<hon>{_HONORIFIC})?(?P<name>{_TOKEN}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_LATER}){{1,3}})"
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
    name = _clean_name(rest.group("name"))
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
    country, start = _country_of(match, text)
    role = nominative(match.group("role")) + (match.groupdict().get("org") or "")
    return replace(found, role=role + found.role[len(mention.role) :], country=country, start=start)


# "… counterparts, Pawlo Klimkin, Sergej Lawrow und Laurent Fabius", "Name (Frankreich) und …"
_LIST_NEXT = re.compile(
    rf"(?P<country>\s*\([^)]{{2,40}}\))?\s*(?:,\s*(?:and\s+|und\s+|et\s+|sowie\s+)?|"
    rf"\s+(?:and|und|et|sowie)\s+)(?P<hon>{_HONORIFIC})?"
    rf"(?P<name>{_TOKEN}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_LATER}){{1,3}})"
)
_NATIONALITIES = re.compile(
    rf"(?:(?:{ADJECTIVE_PATTERN})(?:\s*,\s*|\s+(?:and|und|et)\s+))+(?:{ADJECTIVE_PATTERN})"
    rf"\s+{_COUNTERPART}"
)


# "Anna Berg took office today as Minister of Foreign Affairs of Norland": a name opening a
# sentence, its role after the verb of taking office
_APPOINTED = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>{_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_LATER}){{1,3}})\s+"
    r"(?:(?:has|have|was|is|had)\s+(?:been\s+)?)?(?:took|takes|taken|assumed|assumes|"
    r"appointed|named|sworn in|confirmed)\b[^.;:]{0,40}?\bas\s+(?:the\s+)?(?:new\s+)?"
    rf"(?P<role>{_ROLE})(?:\s+of\s+(?:the\s+)?(?P<of>{_COUNTRY}))?"
)


def _appointed(text: str) -> list[Mention]:
    """Return the people a sentence opens with who take office in a role ("X took office
    today as Minister …", "X was appointed as …")."""
    found = []
    for match in _APPOINTED.finditer(text) if " as " in text else ():
        name = _clean_name(match.group("name"))
        if len(name.split()) < 2 or name != match.group("name"):
            continue
        country = country_named(match.group("of") or "")
        start = match.start("name")
        found.append(Mention(name, match.group("role"), country, start, start + len(name)))
    return found


def _honorific_names(text: str, taken: _Taken) -> list[Mention]:
    """Return the people named with an honorific and no role ("M. Maas", "Prof. A"), and
    those listed after one in the order of what precedes them ("– Prof. A, B and C
    respectively –")."""
    found: list[Mention] = []
    for match in _HONORIFIC_NAME.finditer(text):
        name = _clean_name(match.group("name"))
        end = match.start("name") + len(name)
        if post := _POSTNOMINAL_RUN.match(text, end):
            end = post.end()  # "Hon. Kim Dale, M.P.": the letters are part of the mention
        mention = Mention(name, "", "", match.start(), end)
        run = _NAME_RUN.match(text, match.end())
        if run and not taken.free(Mention("", "", "", run.start(), run.end())):
            continue  # titles and a name longer than a name is read, ending in one found
        if name and taken.free(mention):
            found.append(taken.take(mention))
            if _RESPECTIVELY.match(text, _list_end(text, mention.end)):
                found[-1:] = _listed(text, mention, taken)
    return found


# an item of a list set off by semicolons that ends in a name: "; Director of Protocols X"
_ITEM_NAME = re.compile(
    rf"\s*(?:and\s+)?(?P<role>[{UPPER}h][^;]*?),?\s+"
    rf"(?P<name>{_TOKEN}\s+(?:{_PARTICLE}\s+)?{_LATER})\s*[.,]?\s*$"
)


def _semicolon_items(text: str, taken: _Taken) -> list[Mention]:
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
        name = _clean_name(match.group("name"))
        if name != match.group("name") or _is_role(name.split()[0]):
            continue
        role = match.group("role").removeprefix("his ").removeprefix("her ")
        found.append(taken.take(Mention(name, role, "", match.start("role"), match.end("name"))))
    return found


# a long role whose portfolio lists fields ends with the body and its country, the name
# next: "HE Deputy Director-General, Energy, Climate and Ocean Division, in the Ministry of
# Industry of Vestria X met …"
_BODY_OF_COUNTRY = re.compile(
    rf"\b(?=[MDOEG])(?:Ministry|Department|Office|Division|Embassy|Government)\b"
    rf"[^,.;:]{{0,60}}?\bof\s+"
    rf"(?:the\s+)?(?P<of>{_COUNTRY})\s+(?P<name>{_TOKEN}\s+{_LATER})(?=\s+[a-z]|\s*[,.;])"
)
_ROLE_WINDOW = 160  # characters back from a body to the role it belongs to


def _after_long_roles(text: str, taken: _Taken) -> list[Mention]:
    """Return the people named right after a long role that ends in a body of a country
    ("Deputy Director-General, …, in the Ministry of Industry of Vestria X"), with the role
    from its first word; a body with no role before it names no one."""
    found: list[Mention] = []
    for match in _BODY_OF_COUNTRY.finditer(text) if "of" in text else ():
        if _clean_name(match.group("name")) != match.group("name"):
            continue
        window = max(0, match.start() - _ROLE_WINDOW)
        for role in _ROLE_ALONE.finditer(text, window, match.start()):
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
_ROLE_FOR_NAME = re.compile(
    rf"\b(?=[{ROLE_INITIALS}])(?P<role>{ROLE_BEFORE_NAME_PATTERN})\s+for\s+(?:the\s+)?"
    rf"(?P<portfolio>(?:[{UPPER}][\w-]+\s+){{1,3}}?)(?P<name>{_TOKEN}\s+{_LATER})"
    r"(?=\s+[a-z]|\s*[,.;])"
)
# the words of an office before such a role: "Norland Foreign Office", "the Chilean"
_OFFICE_WORDS = re.compile(rf"(?:[{UPPER}][\w'’-]+\s+){{1,4}}$")


def _after_portfolios(text: str, taken: _Taken) -> list[Mention]:
    """Return the people named right after a role with a portfolio "for" a region or field
    and no comma, the country written before it ("… met with Norland Deputy Secretary of
    State for Asian Affairs X on …")."""
    found: list[Mention] = []
    for match in _ROLE_FOR_NAME.finditer(text) if " for " in text else ():
        name = match.group("name")
        if _clean_name(name) != name or _NOT_NAMES.intersection(name.split()):
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
    rf"(?:\s+of\s+(?:the\s+)?(?P<of>{_COUNTRY}))?"
    rf"\s+(?P<name>{_TOKEN}\s+{_LATER})(?=[\s,.;:)]|$)"
)


_OWNER = re.compile(
    r"(?P<country>[\w-]+)['’]s\s+(?:(?:newly[ -]appointed|newly[ -]elected|new|incoming|"
    r"outgoing)\s+)?"
)


def _lower_case_roles(text: str, taken: _Taken) -> list[Mention]:
    """Return the people named after a role written in lower case with a nationality or
    "former" before it ("former Vestrian chancellor Jon Dahl")."""
    found: list[Mention] = []
    if not re.search(r"\b(?:minister|chancellor|president|ambassador|envoy|spokes)", text):
        return found
    for match in _LOWER_CASE_ROLE.finditer(text):
        name = _clean_name(match.group("name"))
        if name != match.group("name") or _is_role(name.split()[0]):
            continue
        words = re.sub(r"^the\s+", "", text[match.start() : match.start("name")].strip())
        country = country_named(match.group("of") or "") or _country_after(
            text, match.end("name"), True
        )
        if owner := _OWNER.match(words):
            # "Norland's newly appointed defence minister": the country is the person's own
            country = country_named(owner.group("country"))
            words = words[owner.end() :]
        mention = Mention(name, _capitalise(words), country, match.start(), match.end("name"))
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
    rf"(?P<hon>{_HONORIFIC})?(?P<name>{_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_LATER}){{1,3}})"
    r"(?=\s*[,.;:)]|\s+(?:and|who|to|on|in)\s|$)"
)
# a name, then its role in an apposition with "a": "with Dan Roe, a senior adviser to the
# Secretary of State, on …"
_NAME_A_ROLE = re.compile(
    rf"(?<![\w'’.-])(?P<hon>{_HONORIFIC})?(?P<name>{_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_LATER}){{1,3}}),"
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


def _role_phrases(text: str, taken: _Taken) -> list[Mention]:
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
            if _clean_name(name) != name or country_named(name) or _is_role(name.split()[0]):
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
            mention = Mention(name, _capitalise(role), country, start, end)
            if taken.free(mention):
                found.append(taken.take(mention))
    return found


# a given name and a double family name, no role, as the subject of a verb of speech or
# meeting or before a headline's colon: "Ilka Varga-Somló said", "Ana Ruiz-Tagle: …"
_DOUBLE_FAMILY_NAME = re.compile(
    rf"(?<![\w'’-])(?P<name>[{UPPER}][a-zà-ÿ]+\s+[{UPPER}][a-zà-ÿ]+-[{UPPER}][a-zà-ÿ]+)"
    rf"(?=\s*:\s|\s+(?:{SPEECH_VERBS}|{_MEETING_VERBS}|hat|a)\b)"
)


# the nouns a hyphenated place is named after: "das Land Nordrhein-Westfalen"
_PLACE_NOUNS = frozenset(
    "Land Bundesland Freistaat Region Kanton Canton Province Provinz State Stadt City Landkreis "
    "Kreis Département Republic Republik Kingdom Königreich Town Village Gemeinde".split()
)


def _double_family_names(text: str, taken: _Taken) -> list[Mention]:
    """Return the people named without a role by a given name and a double family name: a
    hyphen between two capitalised names is a person's, not a place's, after a given name."""
    found: list[Mention] = []
    if "-" not in text:
        return found
    for match in _DOUBLE_FAMILY_NAME.finditer(text):
        name = match.group("name")
        given, family = name.split()
        if (
            given in _NOT_NAMES
            or given in _ARTICLES
            or given in _DAYS_AND_MONTHS
            or given in _PLACE_NOUNS
            or given.casefold().endswith(_NOUN_ENDINGS)
            or _is_role(given)
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
    rf"{_MEETING_VERBS})\b)"
)


# bodies, places and papers written like such a name: "Al-Azhar said", "al-Shabaab claimed"
_ARABIC_BODIES = frozenset(
    "qaeda shabaab azhar aqsa jazeera nusra ahram arabiya monitor quds houthi houthis".split()
)


def _arabic_family_names(text: str, taken: _Taken) -> list[Mention]:
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


_NAME_ENDING = re.compile(
    rf"(?<![\w'’.-])(?P<name>{_TOKEN}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_LATER}){{1,2}})$"
)


def _members_by_letters(text: str, taken: _Taken) -> list[Mention]:
    """Return the people named with no honorific or role but the letters of a member of a
    parliament or of the bar after the name ("Kim Dale MP met …", "Lena Dorn MdB traf …",
    "Ana Lo, M.E.P."): the letters, looked for first, say the words before are a name."""
    found: list[Mention] = []
    for letters in _MEMBER_AFTER.finditer(text):
        before = text[max(0, letters.start() - 80) : letters.start()]
        named = _NAME_ENDING.search(before)
        if named is None:
            continue
        name = _clean_name(named.group("name"))
        if len(name.split()) < 2 or name != named.group("name") or country_named(name):
            continue
        start = letters.start() - len(before) + named.start()
        post = _POSTNOMINAL_RUN.match(text, letters.start())
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
    rf"\s+(?:of|de|du|des|d['’]|von)\s*(?:the\s+|la\s+|l['’])?(?P<of>{_COUNTRY})"
    rf",?\s+(?P<hon>{_HONORIFIC})?(?P<name>{_NAME})"
)


def _monarchs_of_countries(text: str, taken: _Taken) -> list[Mention]:
    """Return the monarchs named after the title of their country ("the Emir of Qatar Tamim
    bin Hamad Al Thani")."""
    found: list[Mention] = []
    if not re.search(
        r"(?i)\b(?:emir|amir|émir|king|queen|sultan|prince|duke|duchess|roi|"
        r"reine|grand-duc|könig|kronprinz|großherzog)",
        text,
    ):
        return found
    for match in _MONARCH_OF.finditer(text):
        name = _clean_name(match.group("name"))
        if not name or country_named(name) or _is_role(name.split()[0]):
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


def _with_countries(text: str, taken: _Taken) -> list[Mention]:
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
        name = _clean_name(named.group("name"))
        if len(name.split()) < 2:
            continue
        start = bracket.start() - len(before) + named.start() + named.group("name").index(name)
        country = country_named(bracket.group("of"))
        mention = Mention(name, "", country, start, bracket.end())
        if taken.free(mention):
            found.append(taken.take(mention))
    return found


_BRACKETED_COUNTRY = re.compile(rf"\((?P<of>{_COUNTRY})\)")
_NAME_BEFORE = re.compile(rf"(?P<name>{_TOKEN}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_LATER}){{1,3}})\s+$")


# the capitalised words that go on after a name cut at its length: "His Excellency Pehin
# Orang Kaya Seri Lela Dato Seri Setia Awang Haji Abdul Rahman bin … Taib, Speaker …"
_NAME_RUN = re.compile(rf"(?:\s+(?:{_PARTICLE}\s+)?{_LATER})+")


# names given in the order of what precedes them: "the Polish, French and German chiefs of
# diplomacy – Prof. A, B and C respectively"
_RESPECTIVELY = re.compile(r"\s*,?\s+(?:respectively|beziehungsweise|respectivement)\b")


def _list_end(text: str, position: int) -> int:
    """Return where a list of names that goes on from position ends."""
    while (match := _LIST_NEXT.match(text, position)) is not None:
        position = match.end()
    return position


def _listed(text: str, first: Mention, taken: _Taken) -> list[Mention]:
    """Return the first person named after a role and those listed after them ("his
    counterparts A, B and C"), with the same role; their countries from brackets after each
    name or, when as many nationalities precede the role as names follow, from those in
    order ("seinen ukrainischen, russischen und französischen Amtskollegen, A, B und C")."""
    found: list[Mention] = []
    position = first.end
    while (match := _LIST_NEXT.match(text, position)) is not None:
        name = _clean_name(match.group("name"))
        if len(name.split()) < 2 or country_named(name):
            break  # "… und Frankreich", "… and New Zealand counterpart X": not a person
        if _ROLE_ALONE.match(match.group("name")):
            break  # "…, and Director-General Eva Probe": a role of her own, found next
        end = match.start("name") + len(name)
        mention = Mention(name, first.role, "", match.start("name"), end)
        if not taken.free(mention):
            break
        found.append(taken.take(mention))
        position = end
    people = [first, *found]
    if not found and not _bracketed_country(text, first.end):
        return people
    nationalities = _NATIONALITIES.search(text, max(0, first.start - 160), first.end)
    in_order = [
        ADJECTIVES[a.casefold()]
        for a in re.findall(ADJECTIVE_PATTERN, nationalities.group(0) if nationalities else "")
    ]
    if len(in_order) != len(people):
        in_order = [first.country] + [""] * len(found)
    return [
        replace(m, country=_bracketed_country(text, m.end) or in_order[n] or m.country)
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
    rf"(?P<names>{_NAME}(?:{_AND}{_NAME}){{1,6}})"
)
_HEADS_SINGULAR = {
    "Heads of State and Government": "Head of State and Government",
    "Heads of State": "Head of State",
    "Heads of Government": "Head of Government",
    "Leaders": "",
    "Präsidenten": "Präsident",
}


# "the Presidents of Vestria, X; and Ostland, Y": each country followed by its person
_EACH_OF = re.compile(
    rf"\b(?=[FfDdPpMmAaCc])(?P<role>(?:[Ff]oreign |[Dd]efen[cs]e |[Pp]rime )?[Mm]inisters|"
    rf"[Pp]residents|[Aa]mbassadors|[Cc]ounterparts|[Pp]eers)\s+(?:of|from)\s+"
    rf"(?P<pairs>{_COUNTRY},\s*{_NAME}(?:\s*[;,]\s*(?:and\s+)?{_COUNTRY},\s*{_NAME})+)"
)
_PAIR = re.compile(rf"(?P<of>{_COUNTRY}),\s*(?P<name>{_NAME})")


def _each_of_countries(text: str) -> list[Mention]:
    """Return the people named each after their country, after a plural role ("the
    Presidents of Vestria, X; and Ostland, Y"), with that role and country."""
    found: list[Mention] = []
    for match in _EACH_OF.finditer(text):
        role = match.group("role")
        role = "" if re.match(r"(?i)counterparts|peers", role) else _capitalise(role[:-1])
        for pair in _PAIR.finditer(text, match.start("pairs"), match.end()):
            name = _clean_name(pair.group("name"))
            if len(name.split()) >= 2:
                start = pair.start("name")
                country = country_named(pair.group("of"))
                found.append(Mention(name, role, country, start, start + len(name)))
    return found


def _ministers_of_countries(text: str) -> list[Mention]:
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
        names = list(re.finditer(_NAME, match.group("names")))
        if len(names) != len(countries) or any(country_named(n.group(0)) for n in names):
            continue  # "… of Japan and Korea, Saudi Arabia and …": more countries
        base = match.start("names")
        for name, country in zip(names, countries, strict=True):
            cleaned = _clean_name(name.group(0))
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
    rf"(?:\s*,)?\s+(?P<names>{_NAME}(?:{_AND}{_NAME}){{1,6}})"
)


# Spanish: "los ministros de Relaciones Exteriores, X, de Colombia, y Y, de Perú", "los
# cancilleres X (Chile) y Y (Perú)": each name with the country after it
_SPANISH_PAIR = re.compile(
    r"\b(?P<role>[Mm]inistros de Relaciones Exteriores|[Cc]ancilleres|[Pp]residentes|"
    r"[Vv]iceministros|[Ee]mbajadores),?\s+"
    rf"(?P<a>{_NAME}),?\s+(?:de|del)\s+(?P<ca>[{UPPER}][\w-]+(?: [{UPPER}][\w-]+)?),?\s+y\s+"
    rf"(?P<b>{_NAME}),?\s+(?:de|del)\s+(?P<cb>[{UPPER}][\w-]+(?: [{UPPER}][\w-]+)?)"
)
_SPANISH_SINGULAR = {
    "inistros de Relaciones Exteriores": "inistro de Relaciones Exteriores",
    "ancilleres": "anciller",
    "residentes": "residente",
    "iceministros": "iceministro",
    "mbajadores": "mbajador",
}


def _spanish_pairs(text: str, taken: _Taken) -> list[Mention]:
    """Return the two people a Spanish plural role names, each with the country after it
    ("los ministros de Relaciones Exteriores, X, de Colombia, y Y, de Perú")."""
    found: list[Mention] = []
    for match in _SPANISH_PAIR.finditer(text) if " y " in text else ():
        role = match.group("role")
        for plural, singular in _SPANISH_SINGULAR.items():
            role = role.replace(plural, singular)
        for side in ("a", "b"):
            name = _clean_name(match.group(side))
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


def _plural_role_names(text: str) -> list[Mention]:
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
        country, _start = _country_before(text, match.start())
        base = match.start("names")
        for name in re.finditer(_NAME, match.group("names")):
            cleaned = _clean_name(name.group(0))
            if not cleaned or country_named(cleaned) or _BODIES.intersection(cleaned.split()):
                position = base + name.start()
                break
            if _ROLE_ALONE.match(name.group(0)):
                break  # "… und Staatsschreiber X": a role of their own, found next
            start = base + name.start()
            found.append(Mention(cleaned, role, country, start, start + len(cleaned)))
    return found


# "Jean Exemple a reçu …", "Heiko Maas traf …": a name alone opening a sentence, its verb
# next; not a body or a group ("Pacific Islands Forum Leaders met …")
_BARE_SUBJECT = re.compile(
    rf"(?P<name>{_TOKEN}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_LATER}){{1,2}})\s+(?=[a-zäöüéè])"
)
_BODIES = frozenset(
    "Forum Leaders Islands Nations Union Group Committee Parliament Assembly Commission "
    "Delegation Delegations Association Conference Summit Allies Partners Members".split()
)
_ARTICLES = frozenset("A An The Ein Eine Der Die Das Dem Den Des Le La Les Un Une Du De".split())


def subject_mention(text: str, start: int) -> Mention | None:
    """Return the person named alone, with no role, as the subject a sentence of text opens
    with at start ("Jean Exemple a reçu son homologue …"), or None."""
    match = _BARE_SUBJECT.match(text, start)
    if match is None:
        return None
    name = match.group("name")
    tokens = name.split()
    if _HONORIFIC_NAME.match(text, start):
        return None  # "M. Jean Exemple a reçu …": found with the honorific
    if (
        _clean_name(name) != name
        or country_named(name)
        or _BODIES.intersection(tokens)
        or tokens[0] in _ARTICLES
        or _ROLE_ALONE.search(name)
    ):
        return None  # "Ein Thema des …", "Le Président de la République a reçu …"
    return Mention(name, "", "", start, start + len(name))


def _bracketed_country(text: str, end: int) -> str:
    """Return the country in brackets right after a name ("Laurent Fabius (Frankreich)")."""
    match = re.match(r"\s*\(([^)]{2,40})\)", text[end : end + 44])
    return country_named(match.group(1)) if match else ""


def counterpart_countries(text: str) -> list[tuple[int, int, str]]:
    """Return spans governed by '<adjective> counterpart(s)': (start, end, country)."""
    spans = []
    for match in _COUNTERPART_WORD.finditer(text):
        country, start = _country_before(text, match.start())
        if country:
            end = text.find(".", match.end())
            spans.append((start, len(text) if end < 0 else end, country))
    return spans


def _country_before(text: str, start: int) -> tuple[str, int]:
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


# an Arabic article a family name opens with, written or not in later mentions: "Leila
# Al-Rami" is "Al-Rami" and "Rami"
_ARABIC_ARTICLE = re.compile(r"(?i)(?:al|el|ash|as|ad|at|az|ar|an)-(?=\w{3})")


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
        name, role = _fuller(known.name, mention.name), _fuller(known.role, mention.role)
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
    if first_family := _first_family_name(person.name):
        given.append(f"first family:{first_family}")
    if len(family) < 5:
        return given
    return given + [
        f"{family[:i]}*{family[i + 1 :]}" for i, c in enumerate(family) if c in "aeiouy"
    ]


def _first_family_name(name: str) -> str:
    """Return the word before the last of a name of three words or more, which may be the
    first of two family names and the form used later ("José Manuel Albares Bueno" is
    "Albares"); "" for a shorter name or a particle ("Jean-Yves Le Drian")."""
    tokens = name.split()
    if len(tokens) >= 3 and re.fullmatch(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]{2,}", tokens[-2]):
        return tokens[-2]
    return ""


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
            name=_fuller(known.name, person.name),
            role=_fuller(known.role, person.role),
            country=known.country or person.country,
        )
    return kept


def _mention(match: re.Match[str], text: str) -> Mention | None:
    if match.re is _NAME_THEN_ROLE and _not_name_then_role(match, text):
        return None
    name = _clean_name(match.group("name"))
    raw = match.group("name")
    rest = raw[len(name) :].split() if raw.startswith(name) else []
    if match.re is _NAME_THEN_ROLE and _no_name_before_role(match, text, rest):
        return None
    portfolio, name = _portfolio_then_name(match, name)
    name_start = match.start("name") + len(portfolio)
    if ranked := _ranked_name(match, text):
        name_start, name = ranked
    genitive = match.groupdict().get("genitive")
    if not name and match.re is _ROLE_THEN_NAME:
        # "Minister of Foreign Affairs, Regional Integration and Trade, Hon. X": the fields
        # of the portfolio, a word that is no name first
        return _portfolio_first(text, match)
    if _no_name(match, name, genitive):
        return None
    country, start = _country_of(match, text)
    role = nominative(match.group("role")) + (match.groupdict().get("org") or "") + portfolio
    name, name_start, role, country = _nationality_in_role(match, name, name_start, role, country)
    start, role = _roles_before(text, start, role) if match.re is _ROLE_THEN_NAME else (start, role)
    if re.fullmatch(_COUNTERPART, role) or role in ("par", "pares"):
        role = ""  # "su par": the word, alone, is no role
    elif not country and re.search(r"\b(?:Federal|Bundes)", role):
        country = "Germany"
    end = name_start + len(name)
    # "Foreign Minister X of Sweden": the country after the name
    country = country or _country_after(text, end, match.re is _ROLE_THEN_NAME)
    if match.re is _NAME_THEN_ROLE and SPOKESPERSON.match(name):
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
    return _after_portfolio(text, match, mention) if match.re is _ROLE_THEN_NAME else mention


def _no_name(match: re.Match[str], name: str, genitive: str | None) -> bool:
    """Return whether what a role-and-name match reads as a name is none."""
    if name in _ARTICLES or (match.re is _NAME_THEN_ROLE and _is_role(name)):
        return True  # "Le Ministre d'État, Ministre des …, X": an article and roles
    if not name or (genitive and not country_named(genitive[:-1])):
        return True  # "Sprecher Müllers, …": not a role and a name
    if re.fullmatch(r"[A-Z]{2,4}", name) or _nationality(name, match.group("role")):
        # "…, SPD, …", "… der EU": an abbreviation, not a person; "le Président Norlandais":
        # a nationality capitalised, no name
        return True
    # "… and the United Nations, the President of …": a body, not a person
    return match.re is _NAME_THEN_ROLE and bool(_BODIES.intersection(name.split()))


# a French nationality adjective's endings: "Norlandais", "Estorienne", "Vestrois"
_FRENCH_NATIONALITY = re.compile(
    r"[A-ZÉ][a-zéèëï]{2,}(?:iens?|iennes?|ais|aises?|ois|oises?|éens?|éennes?|ains?|aines?)"
)


def _nationality_in_role(
    match: re.Match[str], name: str, name_start: int, role: str, country: str
) -> tuple[str, int, str, str]:
    """Return name, where it starts, role and country with a nationality that opens a name
    after its role moved to the role ("le Président Sénégalais Macky Sall": Macky Sall, of
    Senegal)."""
    adjective = _nationality_first(name, role) if match.re is _ROLE_THEN_NAME else ""
    if not adjective:
        return name, name_start, role, country
    country = country or ADJECTIVES.get(adjective.casefold(), "")
    cut = len(adjective) + 1
    return name[cut:], name_start + cut, f"{role} {adjective}", country


def _nationality_first(name: str, role: str) -> str:
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


def _nationality(name: str, role: str) -> bool:
    """Return whether a one-word name after a role is a nationality adjective written with a
    capital ("the Chilean", "le Président Norlandais"): known, or of a French adjective's
    form after a French role."""
    if " " in name:
        return False
    if name.casefold() in ADJECTIVES:
        return True
    french = role[:1].islower() or role.startswith(("Président", "Ministre", "Ambassad", "Premi"))
    return french and _FRENCH_NATIONALITY.fullmatch(name) is not None


_GLUED_INITIAL = re.compile(r"(?<![\w.])([A-Z]\.)(?=[A-Z][a-z])")


def _portfolio_then_name(match: re.Match[str], name: str) -> tuple[str, str]:
    """Return the rest of a portfolio read as the start of a name, and the name after it
    ("Minister of Rural | Development Lars Holm" is "Development" and "Lars Holm"); no
    portfolio and the name as read when it was read."""
    if name or match.re is not _ROLE_THEN_NAME or match.group("hon"):
        return "", name
    words = match.group("name").split()
    generic = re.search(r" (?:of|for) ", match.group("role"))
    if len(words) < 3 or words[0] not in _NOT_NAMES or not generic:
        return "", name
    rest = _clean_name(" ".join(words[1:]))
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
_NAME_AFTER_RANK = re.compile(rf"\s+(?:{_HONORIFIC})?(?P<name>{_NAME})")


def _ranked_name(match: re.Match[str], text: str) -> tuple[int, str] | None:
    """Return where the name starts and the name read after a rank that a role-and-name match
    took for the start of its name ("Minister of Defence of Norland | Lieutenant General Ivo
    Varo" is "Ivo Varo", not "Lieutenant"); None when the name opens with no rank."""
    if match.re is not _ROLE_THEN_NAME:
        return None
    rank = _RANK.match(match.group("name"))
    if rank is None:
        return None
    named = _NAME_AFTER_RANK.match(text, match.start("name") + rank.end())
    if named is None:
        return None
    name = _clean_name(named.group("name"))
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


def _country_after(text: str, end: int, role_before: bool) -> str:
    """Return the country written right after a name its role precedes ("Minister X of
    Sweden"), or ""."""
    after = _OF_COUNTRY.match(text, end) if role_before else None
    return country_named(after.group("of")) if after else ""


def _no_name_before_role(match: re.Match[str], text: str, rest: list[str]) -> bool:
    """Return whether what a name-then-role match reads as a name is no name: words the name
    ends before ("rest")."""
    if len(rest) >= 2 and rest[-1][:1].isupper():
        return True  # "X von Eva Y, Konsulin": the role is the later person's, found next
    if rest and _is_role(rest[-1]):
        return True  # "Deputy Prime Minister, Minister of Trade, X": roles before a name
    # "… trade with the United Kingdom, Chancellor X said": a place
    raw = match.group("name").strip()
    return bool(country_named(raw) or _ARTICLE_BEFORE.search(text, 0, match.start("name")))


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


_COUNTERPART_THEN = re.compile(rf"\b{_COUNTERPART}\s*,\s*(?:{_HONORIFIC})?$")
_COMMA_NAME = re.compile(rf"\s*,\s*(?:{_HONORIFIC})?{_TOKEN}\s+{_LATER}(?=[\s,.;:]|$)")


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


def _country_of(match: re.Match[str], text: str) -> tuple[str, int]:
    """Return the country a role-and-name match gives its person, and where the mention
    starts (a nationality written before it belongs to it)."""
    groups = match.groupdict()
    country, start = "", match.start()
    if groups.get("adj"):
        country = ADJECTIVES[groups["adj"].casefold()]
    elif "adj" not in groups:
        country, start = _country_before(text, match.start())
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
        last = groups["org"].split()[-1]
        country = country_named(last) or (country_named(last[:-1]) if last.endswith("s") else "")
        # "at the Swedish embassy", "der schwedischen Botschaft"
        words = (w.casefold() for w in groups["org"].split())
        held = (w for w in words if w in ADJECTIVES)
        country = country or ADJECTIVES.get(next(held, ""), "")
    return country, start


@functools.lru_cache(maxsize=4096)  # a name is cleaned by each pattern that reads it
def _clean_name(raw: str) -> str:
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
    if token in _NOT_NAMES or possessive in _NOT_NAMES or token.endswith("innen"):
        return "end"  # "… der Ministerpräsident Vertreterinnen und Vertreter …": a plural noun
    if token in _COMPASS and after.rstrip(",.;:") in _NOT_NAMES:
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
    if after_name and bare == token and after[:1].isupper() and _is_role(f"{bare} {after}"):
        return "end"  # "President X and Norlandian Prime Minister Y": a role of two words
    if _is_role(bare):
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
    ending = next((e for e in _NOUN_ENDINGS if folded.endswith(e)), "")
    if ending and (len(ending) > 4 or len(folded) >= len(ending) + 3):  # "Treffen" is one
        return True
    return bool(_NOUN_NIS.search(token))


@functools.lru_cache(maxsize=4096)
def _is_role(word: str) -> bool:
    """Return whether a word is a role ("Bundeskanzlerin"), asked of every word of a name."""
    return _ROLE_ALONE.fullmatch(word) is not None


def _fuller(a: str, b: str) -> str:
    return (
        b
        if len(b.split()) > len(a.split()) or (len(b.split()) == len(a.split()) and len(b) > len(a))
        else a
    )


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def office_mention(text: str) -> Mention | None:
    """Return the first office a text names with an article and no person ("faite par le
    Secrétaire général", "the Foreign Secretary said"): who speaks when no one is named."""
    for match in _ROLE_ALONE.finditer(text):
        if _ARTICLE_BEFORE.search(text, max(0, match.start() - 40), match.start()) or re.search(
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


def known_mentions(text: str, people: Iterable[Person], home: str = "") -> tuple[Mention, ...]:
    """Return mentions of people already known: by role and name, by surname alone
    ("Pistorius told …", "Mr Conroy said"), or by role alone when it fits one person
    ("the Foreign Secretary", "der indische Außenminister") or, of several, the one from the
    publisher's own country (home): a French ministry's "the Minister" is France's."""
    return _known_mentions(text, tuple(people), home)


@functools.lru_cache(maxsize=2048)
def _known_mentions(text: str, people: tuple[Person, ...], home: str) -> tuple[Mention, ...]:
    found = list(find_mentions(text))
    taken = _Taken(len(text), found)
    found.extend(_by_family_name(text, people, taken))
    fitting_by_role: dict[tuple[str, str], list[Person]] = {}
    for match in _ROLE_ALONE.finditer(text):
        country, start = _country_before(text, match.start())
        if not country and (after := _OF_COUNTRY.match(text, match.end())):
            country = country_named(after.group("of"))  # "the Minister … of Norland"
        article = _ARTICLE_BEFORE.search(text, max(0, start - 40), start)
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


def _by_family_name(text: str, people: tuple[Person, ...], taken: _Taken) -> Iterator[Mention]:
    """Yield the mentions of known people by family name alone ("Pistorius told …"), or by
    given name alone where that fits one person."""
    written = _written_surnames(people)
    given = _given_names(people) if written else {}
    double_end = 0  # the end of a double family name found whole ("Varga-Somló")
    for match in _WORD.finditer(text) if written else ():
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


_OF_COUNTRY = re.compile(rf"\s+of\s+(?:the\s+)?(?P<of>{_COUNTRY})\b")
_HONORIFIC_BEFORE = re.compile(rf"(?:{_HONORIFIC})$")


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
        if first_family := _first_family_name(person.name):
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
        if len(bearers) == 1 and name not in _NOT_NAMES and not country_named(name)
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


class _Taken:
    """Which characters of a text mentions already cover: checked per mention, not against
    every mention found so far (a long paragraph has thousands)."""

    def __init__(self, length: int, mentions: Iterable[Mention]) -> None:
        self._covered = bytearray(length)
        for mention in mentions:
            self.take(mention)

    def free(self, mention: Mention) -> bool:
        return not any(self._covered[mention.start : mention.end])

    def take(self, mention: Mention) -> Mention:
        self._covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        return mention


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
