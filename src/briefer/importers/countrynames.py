"""Countries as releases write them: their names, official names and adjectives."""

from __future__ import annotations

import re

from briefer.importers.alternations import words_by_initial
from briefer.importers.countries import CLDR_NAMES

# Country name → adjectives (English and German stems; German endings are added below).
COUNTRIES: dict[str, tuple[str, ...]] = {
    "Germany": ("German", "deutsch"),
    "Japan": ("Japanese", "japanisch"),
    "United States": ("American", "US", "U.S.", "U.S", "amerikanisch", "US-amerikanisch"),
    "United Kingdom": ("British", "UK", "britisch"),
    "France": ("French", "französisch"),
    "India": ("Indian", "indisch"),
    "China": ("Chinese", "chinesisch"),
    "Australia": ("Australian", "australisch"),
    "Canada": ("Canadian", "kanadisch"),
    "Italy": ("Italian", "italienisch"),
    "Spain": ("Spanish", "spanisch"),
    "Poland": ("Polish", "polnisch"),
    "Netherlands": ("Dutch", "niederländisch"),
    "Republic of Korea": ("Korean", "South Korean", "koreanisch", "südkoreanisch"),
    "Ukraine": ("Ukrainian", "ukrainisch"),
    "Russia": ("Russian", "russisch"),
    "Türkiye": ("Turkish", "türkisch"),
    "Indonesia": ("Indonesian", "indonesisch"),
    "Philippines": ("Philippine", "Filipino", "philippinisch"),
    "Viet Nam": ("Vietnamese", "vietnamesisch"),
    "Singapore": ("Singaporean", "singapurisch"),
    "New Zealand": ("New Zealand", "neuseeländisch"),
    "Brazil": ("Brazilian", "brasilianisch"),
    "Mexico": ("Mexican", "mexikanisch"),
    "South Africa": ("South African", "südafrikanisch"),
    "Israel": ("Israeli", "israelisch"),
    "Saudi Arabia": ("Saudi", "saudisch", "saudi-arabisch"),
    "Egypt": ("Egyptian", "ägyptisch"),
    "Norway": ("Norwegian", "norwegisch"),
    "Sweden": ("Swedish", "schwedisch"),
    "Denmark": ("Danish", "dänisch"),
    "Finland": ("Finnish", "finnisch"),
    "Estonia": ("Estonian", "estnisch"),
    "Latvia": ("Latvian", "lettisch"),
    "Lithuania": ("Lithuanian", "litauisch"),
    "Czech Republic": ("Czech", "tschechisch"),
    "Austria": ("Austrian", "österreichisch"),
    "Switzerland": ("Swiss", "schweizerisch"),
    "Belgium": ("Belgian", "belgisch"),
    "Greece": ("Greek", "griechisch"),
    "Portugal": ("Portuguese", "portugiesisch"),
    "Ireland": ("Irish", "irisch"),
    "Hungary": ("Hungarian", "ungarisch"),
    "Romania": ("Romanian", "rumänisch"),
    "Moldova": ("Moldovan", "moldauisch"),
    "Georgia": ("Georgian", "georgisch"),
    "Armenia": ("Armenian", "armenisch"),
    "Kazakhstan": ("Kazakh", "kasachisch"),
    "Mongolia": ("Mongolian", "mongolisch"),
    "Thailand": ("Thai", "thailändisch"),
    "Malaysia": ("Malaysian", "malaysisch"),
    "Pakistan": ("Pakistani", "pakistanisch"),
    "Nigeria": ("Nigerian", "nigerianisch"),
    "Suriname": ("Surinamese", "surinamisch"),
    "Mozambique": ("Mozambican", "mosambikanisch"),
    "Vanuatu": ("Ni-Vanuatu", "vanuatuisch"),
    "Kenya": ("Kenyan", "kenianisch"),
    "Argentina": ("Argentine", "Argentinian", "argentinisch"),
    "Chile": ("Chilean", "chilenisch"),
    "Colombia": ("Colombian", "kolumbianisch"),
    "Qatar": ("Qatari", "katarisch"),
    "United Arab Emirates": ("Emirati", "emiratisch"),
    "Jordan": ("Jordanian", "jordanisch"),
    "Iraq": ("Iraqi", "irakisch"),
    "Iran": ("Iranian", "iranisch"),
    # the nationalities of ministries beyond Europe and the G20 ("the Cuban Ambassador to
    # India, X", "the Lebanese Foreign Ministry"), with a German stem where one is common
    "Cuba": ("Cuban", "kubanisch"),
    "Lebanon": ("Lebanese", "libanesisch"),
    "Syria": ("Syrian", "syrisch"),
    "Libya": ("Libyan", "libysch"),
    "Sudan": ("Sudanese", "sudanesisch"),
    "Tunisia": ("Tunisian", "tunesisch"),
    "Algeria": ("Algerian", "algerisch"),
    "Morocco": ("Moroccan", "marokkanisch"),
    "Kuwait": ("Kuwaiti", "kuwaitisch"),
    "Oman": ("Omani", "omanisch"),
    "Bahrain": ("Bahraini", "bahrainisch"),
    "Yemen": ("Yemeni", "jemenitisch"),
    "Palestine": ("Palestinian", "palästinensisch"),
    "Afghanistan": ("Afghan", "afghanisch"),
    "Bangladesh": ("Bangladeshi", "bangladeschisch"),
    "Sri Lanka": ("Sri Lankan", "sri-lankisch"),
    "Nepal": ("Nepalese", "Nepali", "nepalesisch"),
    "Maldives": ("Maldivian", "maledivisch"),
    "Cambodia": ("Cambodian", "kambodschanisch"),
    "Laos": ("Lao", "Laotian", "laotisch"),
    "Ghana": ("Ghanaian", "ghanaisch"),
    "Ethiopia": ("Ethiopian", "äthiopisch"),
    "Tanzania": ("Tanzanian", "tansanisch"),
    "Uganda": ("Ugandan", "ugandisch"),
    "Rwanda": ("Rwandan", "ruandisch"),
    "Senegal": ("Senegalese", "senegalesisch"),
    "Mali": ("Malian", "malisch"),
    "Peru": ("Peruvian", "peruanisch"),
    "Venezuela": ("Venezuelan", "venezolanisch"),
    "Bolivia": ("Bolivian", "bolivianisch"),
    "Ecuador": ("Ecuadorian", "ecuadorianisch"),
    "Uruguay": ("Uruguayan", "uruguayisch"),
    "Paraguay": ("Paraguayan", "paraguayisch"),
    "Croatia": ("Croatian", "kroatisch"),
    "Slovakia": ("Slovak", "Slovakian", "slowakisch"),
    "Slovenia": ("Slovenian", "slowenisch"),
    "Bulgaria": ("Bulgarian", "bulgarisch"),
    "Serbia": ("Serbian", "serbisch"),
    "Albania": ("Albanian", "albanisch"),
    "Azerbaijan": ("Azerbaijani", "aserbaidschanisch"),
    "Uzbekistan": ("Uzbek", "usbekisch"),
    "Cyprus": ("Cypriot", "zyprisch"),
    "Malta": ("Maltese", "maltesisch"),
    "Iceland": ("Icelandic", "isländisch"),
    "Belarus": ("Belarusian", "belarussisch"),
    "Luxembourg": ("Luxembourgish", "luxemburgisch"),
    "Cameroon": ("Cameroonian", "kamerunisch"),
    "Côte d'Ivoire": ("Ivorian", "ivorisch"),
    "Zambia": ("Zambian", "sambisch"),
    "Zimbabwe": ("Zimbabwean", "simbabwisch"),
    "Namibia": ("Namibian", "namibisch"),
    "Angola": ("Angolan", "angolanisch"),
    "Somalia": ("Somali", "somalisch"),
    "Eritrea": ("Eritrean", "eritreisch"),
    "Mauritania": ("Mauritanian", "mauretanisch"),
    "Gambia": ("Gambian", "gambisch"),
    "Madagascar": ("Malagasy", "madagassisch"),
    "Mauritius": ("Mauritian", "mauritisch"),
    "Botswana": ("Botswanan", "botswanisch"),
    "Jamaica": ("Jamaican", "jamaikanisch"),
    "Honduras": ("Honduran", "honduranisch"),
    "El Salvador": ("Salvadoran", "salvadorianisch"),
    "Nicaragua": ("Nicaraguan", "nicaraguanisch"),
    "Guatemala": ("Guatemalan", "guatemaltekisch"),
    "Panama": ("Panamanian", "panamaisch"),
    "Tajikistan": ("Tajik", "tadschikisch"),
    "Turkmenistan": ("Turkmen", "turkmenisch"),
    "Kyrgyzstan": ("Kyrgyz", "kirgisisch"),
    "Brunei": ("Bruneian", "bruneiisch"),
}

# Other names a text may use for a country (after "of", or as a possessive).
COUNTRY_NAMES: dict[str, str] = {
    **CLDR_NAMES,
    **{name: name for name in COUNTRIES},
    "the United States": "United States",
    "the United States of America": "United States",
    "USA": "United States",
    "the USA": "United States",
    "the United Kingdom": "United Kingdom",
    "UK": "United Kingdom",
    "the UK": "United Kingdom",
    "Korea": "Republic of Korea",
    "the Republic of Korea": "Republic of Korea",
    "South Korea": "Republic of Korea",
    "the Netherlands": "Netherlands",
    "the Philippines": "Philippines",
    "Vietnam": "Viet Nam",
    "Turkey": "Türkiye",
    "the Czech Republic": "Czech Republic",
    "Czechia": "Czech Republic",
    "Deutschland": "Germany",
    "Frankreich": "France",
    "Indien": "India",
    "Großbritannien": "United Kingdom",
    "Kanada": "Canada",
    "Australien": "Australia",
    "Italien": "Italy",
    "Polen": "Poland",
    "Spanien": "Spain",
    "Südafrika": "South Africa",
    "Brasilien": "Brazil",
    "Norwegen": "Norway",
    "Litauen": "Lithuania",
    "Kenia": "Kenya",
    "Finnland": "Finland",
    "Niederlande": "Netherlands",
    "Vereinigte Staaten": "United States",
    "Vereinigten Staaten": "United States",
    "Vereinigtes Königreich": "United Kingdom",
    "Schweden": "Sweden",
    "Dänemark": "Denmark",
    "Estland": "Estonia",
    "Lettland": "Latvia",
    "Griechenland": "Greece",
    "Türkei": "Türkiye",
    "Moldau": "Moldova",
    "Ägypten": "Egypt",
    "Indonesien": "Indonesia",
    "Philippinen": "Philippines",
    "Neuseeland": "New Zealand",
    "Singapur": "Singapore",
    "the Federal Republic of Germany": "Germany",
    "Federal Republic of Germany": "Germany",
    # a state's official name as a nationality and "Republic", "Federation" …: "the President
    # of the French Republic Ana Lo", "der Präsident der Italienischen Republik", "le président
    # de la Fédération de Russie", "el Presidente de la República Portuguesa"
    **{
        f"{article}{name}": country
        for article in ("", "the ")
        for name, country in {
            "French Republic": "France",
            "Italian Republic": "Italy",
            "Portuguese Republic": "Portugal",
            "Hellenic Republic": "Greece",
            "Slovak Republic": "Slovakia",
            "Kyrgyz Republic": "Kyrgyzstan",
            "Argentine Republic": "Argentina",
            "Lebanese Republic": "Lebanon",
            "Tunisian Republic": "Tunisia",
            "Gabonese Republic": "Gabon",
            "Togolese Republic": "Togo",
            "Syrian Arab Republic": "Syria",
            "Russian Federation": "Russia",
            "Swiss Confederation": "Switzerland",
            "Lao People's Democratic Republic": "Laos",
            "United Mexican States": "Mexico",
        }.items()
    },
    "Französischen Republik": "France",
    "Französische Republik": "France",
    "Italienischen Republik": "Italy",
    "Italienische Republik": "Italy",
    "Portugiesischen Republik": "Portugal",
    "Hellenischen Republik": "Greece",
    "Slowakischen Republik": "Slovakia",
    "Slowakische Republik": "Slovakia",
    "Tschechischen Republik": "Czech Republic",
    "Tschechische Republik": "Czech Republic",
    "Russischen Föderation": "Russia",
    "Russische Föderation": "Russia",
    "Schweizerischen Eidgenossenschaft": "Switzerland",
    "République française": "France",
    "République italienne": "Italy",
    "République portugaise": "Portugal",
    "République hellénique": "Greece",
    "République slovaque": "Slovakia",
    "République tchèque": "Czech Republic",
    "République argentine": "Argentina",
    "République libanaise": "Lebanon",
    "République tunisienne": "Tunisia",
    "République gabonaise": "Gabon",
    "République togolaise": "Togo",
    "République arabe syrienne": "Syria",
    "Fédération de Russie": "Russia",
    "Confédération suisse": "Switzerland",
    "República Francesa": "France",
    "República Italiana": "Italy",
    "República Portuguesa": "Portugal",
    "República Helénica": "Greece",
    "República Eslovaca": "Slovakia",
    "República Checa": "Czech Republic",
    "República Argentina": "Argentina",
    "Federación de Rusia": "Russia",
    "Confederación Suiza": "Switzerland",
    "Estados Unidos Mexicanos": "Mexico",
    "the European Union": "European Union",
    "the EU": "European Union",
    "EU": "European Union",
    "NATO": "NATO",
}

# French adjectives (masculine, feminine), in any number: "son homologue allemand",
# "la ministre française", "les autorités japonaises".
FRENCH_ADJECTIVES: dict[str, tuple[str, str]] = {
    "Germany": ("allemand", "allemande"),
    "France": ("français", "française"),
    "Japan": ("japonais", "japonaise"),
    "United States": ("américain", "américaine"),
    "United Kingdom": ("britannique", "britannique"),
    "India": ("indien", "indienne"),
    "China": ("chinois", "chinoise"),
    "Australia": ("australien", "australienne"),
    "Canada": ("canadien", "canadienne"),
    "Italy": ("italien", "italienne"),
    "Spain": ("espagnol", "espagnole"),
    "Poland": ("polonais", "polonaise"),
    "Netherlands": ("néerlandais", "néerlandaise"),
    "Republic of Korea": ("coréen", "coréenne"),
    "Ukraine": ("ukrainien", "ukrainienne"),
    "Russia": ("russe", "russe"),
    "Türkiye": ("turc", "turque"),
    "Belgium": ("belge", "belge"),
    "Luxembourg": ("luxembourgeois", "luxembourgeoise"),
    "Switzerland": ("suisse", "suisse"),
    "Austria": ("autrichien", "autrichienne"),
    "Greece": ("grec", "grecque"),
    "Portugal": ("portugais", "portugaise"),
    "Ireland": ("irlandais", "irlandaise"),
    "Brazil": ("brésilien", "brésilienne"),
    "Mexico": ("mexicain", "mexicaine"),
    "Egypt": ("égyptien", "égyptienne"),
    "Morocco": ("marocain", "marocaine"),
    "Algeria": ("algérien", "algérienne"),
    "Tunisia": ("tunisien", "tunisienne"),
    "Senegal": ("sénégalais", "sénégalaise"),
    "Israel": ("israélien", "israélienne"),
    "Iran": ("iranien", "iranienne"),
    "Sweden": ("suédois", "suédoise"),
    "Norway": ("norvégien", "norvégienne"),
    "Denmark": ("danois", "danoise"),
    "Finland": ("finlandais", "finlandaise"),
    "Romania": ("roumain", "roumaine"),
    "Hungary": ("hongrois", "hongroise"),
    "Czech Republic": ("tchèque", "tchèque"),
    "Georgia": ("géorgien", "géorgienne"),
    "Armenia": ("arménien", "arménienne"),
    "Azerbaijan": ("azerbaïdjanais", "azerbaïdjanaise"),
    "Syria": ("syrien", "syrienne"),
    "Lebanon": ("libanais", "libanaise"),
    "Saudi Arabia": ("saoudien", "saoudienne"),
    "Pakistan": ("pakistanais", "pakistanaise"),
    "Viet Nam": ("vietnamien", "vietnamienne"),
    "Indonesia": ("indonésien", "indonésienne"),
    "South Africa": ("sud-africain", "sud-africaine"),
    "European Union": ("européen", "européenne"),
    # francophone Africa's press and the Americas' French pages: "la ministre malienne", "son
    # homologue ivoirien", "le président chilien"
    "Mali": ("malien", "malienne"),
    "Côte d'Ivoire": ("ivoirien", "ivoirienne"),
    "Cameroon": ("camerounais", "camerounaise"),
    "Mauritania": ("mauritanien", "mauritanienne"),
    "Rwanda": ("rwandais", "rwandaise"),
    "Madagascar": ("malgache", "malgache"),
    "Nigeria": ("nigérian", "nigériane"),
    "Ghana": ("ghanéen", "ghanéenne"),
    "Kenya": ("kényan", "kényane"),
    "Ethiopia": ("éthiopien", "éthiopienne"),
    "Angola": ("angolais", "angolaise"),
    "Qatar": ("qatari", "qatarie"),
    "Jordan": ("jordanien", "jordanienne"),
    "Iraq": ("irakien", "irakienne"),
    "Argentina": ("argentin", "argentine"),
    "Chile": ("chilien", "chilienne"),
    "Colombia": ("colombien", "colombienne"),
    "Peru": ("péruvien", "péruvienne"),
    "Venezuela": ("vénézuélien", "vénézuélienne"),
    "Cuba": ("cubain", "cubaine"),
    "Bolivia": ("bolivien", "bolivienne"),
    "Ecuador": ("équatorien", "équatorienne"),
    "Uruguay": ("uruguayen", "uruguayenne"),
    "Paraguay": ("paraguayen", "paraguayenne"),
}
_GERMAN_ENDINGS = ("e", "en", "er", "es", "em")
# "the Federal Republic of Nigeria", "the Republic of the Philippines": the country inside.
COUNTRY_PREFIX = (
    r"(?:(?:the\s+)?(?:(?:Federal|People's|Islamic|Democratic|Socialist|Arab|"
    r"United|Plurinational|Bolivarian)\s+)*(?:Republic|Kingdom|State|Commonwealth|"
    r"Federation|Principality|Grand Duchy)\s+of\s+(?:the\s+)?|"
    r"(?:der\s+)?(?:Bundesrepublik|Republik|Königreich|Föderation)\s+)"
)


def _adjective_map() -> dict[str, str]:
    found: dict[str, str] = {}
    for country, adjectives in COUNTRIES.items():
        for adjective in adjectives:
            if adjective[0].islower():
                for ending in _GERMAN_ENDINGS:
                    found[(adjective + ending).casefold()] = country
            else:
                found[adjective.casefold()] = country
    for country, (masculine, feminine) in FRENCH_ADJECTIVES.items():
        for form in (masculine, feminine):
            found[form] = country
            found[form if form.endswith(("s", "x")) else form + "s"] = country
    return found


ADJECTIVES: dict[str, str] = {**_adjective_map(), "nato": "NATO", "eu": "European Union"}
# German adjective forms, written in lower case ("deutschen"); English ones are capitalised.
_LOWER_CASE_ADJECTIVES = frozenset(
    (adjective + ending).casefold()
    for adjectives in COUNTRIES.values()
    for adjective in adjectives
    if adjective[0].islower()
    for ending in _GERMAN_ENDINGS
) | frozenset(
    form + suffix for forms in FRENCH_ADJECTIVES.values() for form in forms for suffix in ("", "s")
)
FRENCH_ADJECTIVE_PATTERN = "|".join(
    sorted(
        (
            re.escape(form + suffix)
            for forms in FRENCH_ADJECTIVES.values()
            for form in forms
            for suffix in ("s", "")
        ),
        key=len,
        reverse=True,
    )
)

ADJECTIVE_PATTERN = words_by_initial(list(ADJECTIVES))
COUNTRY_PATTERN = "|".join(sorted((re.escape(c) for c in COUNTRY_NAMES), key=len, reverse=True))


_WORDS = re.compile(r"[\w.’']+")
# first word of a country's name → the lengths of the names it starts, longest first
_NAME_LENGTHS: dict[str, tuple[int, ...]] = {}
for _name in COUNTRY_NAMES:
    _first, _length = _name.split()[0], len(_name.split())
    _NAME_LENGTHS[_first] = tuple(sorted({*_NAME_LENGTHS.get(_first, ()), _length}, reverse=True))


def countries_in(text: str) -> dict[str, None]:
    """Return the countries text names by name ("Japan", "the Republic of Korea") or by
    adjective ("Japanese", "indischen"), in the order named: one pass over its words."""
    words = [
        w.rstrip(".") if w.endswith(".") and w[:-1] not in _DOTTED else w
        for w in _WORDS.findall(text)
    ]
    found: dict[str, None] = {}
    for index, word in enumerate(words):
        lengths = _NAME_LENGTHS.get(word, ())
        for length in (n for n in lengths if index + n <= len(words)):
            phrase = " ".join(words[index : index + length])
            if phrase in COUNTRY_NAMES:
                found.setdefault(COUNTRY_NAMES[phrase])
                break
        key = word.casefold()
        if key in ADJECTIVES and (word[:1].isupper() or key in _LOWER_CASE_ADJECTIVES):
            found.setdefault(ADJECTIVES[key])
    return found


_DOTTED = {"U.S"}


def country_named(text: str) -> str:
    """Return the country of "Japan", "the Republic of the Philippines", …; "" if none."""
    core = re.sub(f"^{COUNTRY_PREFIX}", "", text.strip())
    return COUNTRY_NAMES.get(core, COUNTRY_NAMES.get(f"the {core}", ""))
