"""Roles: the offices people hold, in English, German, French and Spanish."""

from __future__ import annotations

import re

from briefer.importers.alternations import by_first_letter
from briefer.importers.countrynames import COUNTRY_PATTERN, COUNTRY_PREFIX
from briefer.importers.letters import UPPER
from briefer.importers.portfolios import FIELD_WORD_PATTERN, PORTFOLIO_PATTERN

# a portfolio not listed, its words never going on over a field's word (portfolios.py)
_GENERIC_PORTFOLIO = (
    r"(?:the )?[A-Z][\w-]+(?:(?:,? and |, | )(?:the )?[A-Z][\w-]+){QUANT}"
    rf"(?![ ,]+(?:and |& )?(?:{FIELD_WORD_PATTERN})\b)"
)
# the same for an office's field, its words never going on after ", and": "Ana Lo,
# Commissioner for Trade, and Paul Oro, Delegate General of Quebec" are two people
_FIELDS = (
    r"(?:the )?[A-Z][\w-]+(?:(?: and |, | )(?:the )?[A-Z][\w-]+){QUANT}"
    rf"(?![ ,]+(?:and |& )?(?:{FIELD_WORD_PATTERN})\b)"
)


def _each(starts: tuple[str, ...], rest: str) -> str:
    """Return the alternatives `start + rest`, in the order of the starts."""
    # "Deputy X|X", not "(?:Deputy )?X": a search passes over an alternative that starts with
    # a letter when the text has another there, but enters one that starts with a group
    return "|".join(start + rest for start in starts)


def _unowned(phrase: str, owners: tuple[str, ...]) -> str:
    """Return phrase, refused after a possessive and one of the owners' words ("Deputy ", or
    "" for none): "the Union’s Special Envoy" is read whole by another pass."""
    # looked back for from the phrase's end, so that the phrase still starts with a letter
    return phrase + "".join(f"(?<!['’]s {owner}{phrase})" for owner in owners)


# Role phrases written before (or after) a name; longest alternatives first.
_ROLES_EN = (
    _each(
        ("Federal ", "Deputy ", "Assistant ", "State ", "Prime ", ""),
        rf"Minister (?:of State )?(?:of|for) (?:{PORTFOLIO_PATTERN})",
    ),
    r"High Representative of the Union for Foreign Affairs and Security Policy",
    r"High Representative for Foreign Affairs and Security Policy",
    r"High Representative",
    r"HR/VP",  # the EU's "High Representative/Vice-President", as the EEAS abbreviates it
    r"Deputy Secretary[ -]General|Secretary[ -]General",
    r"Secretary of State(?: for (?:Foreign, Commonwealth and Development Affairs|Defence))?",
    r"Secretary of Defen[cs]e",
    rf"Secretary (?:of|for) (?:{PORTFOLIO_PATTERN})",
    _each(
        ("Prime ", ""),
        r"Cabinet Secretary(?: for (?:[A-Z][\w-]+(?: and | )?)+?(?= [A-Z][a-z]+ [A-Z]|,|$))?",
    ),
    # a portfolio not listed: "the Secretary for Strengthening Democracy of the OAS, X"
    rf"Secretary for (?!{{COUNTRY}}){_GENERIC_PORTFOLIO}(?: of (?:the )?[A-Z][\w-]+)?(?=,)",
    r"Deputy Secretary|Assistant Secretary|Under Secretary|Press Secretary|Secretary",
    # "Chair Moen", "the Chairperson of the Regional Commission X"
    r"Vice[- ]Chair(?:man|woman|person)?|Chair(?:man|woman|person)?",
    "|".join(
        f"{start}{field} Minister"
        for start in ("Federal ", "Deputy ", "")
        for field in (
            "Foreign|Defen[cs]e|Finance|Interior|Trade|Development|Economy|Europe|External Affairs|"
            "Energy|Economic|Health|Climate|Environment|Education|Justice|Transport|Agriculture|"
            "Digital|Industry|Labour|Labor|Home Affairs|Economic Development|Tourism|Commerce|"
            "Investment|Jobs"
        ).split("|")
    ),
    r"Foreign Secretary|Defen[cs]e Secretary|Home Secretary|Development Secretary|"
    r"Business Secretary|Trade Secretary",
    # "Prime Minister designate X", "President-elect Y": chosen, not yet in office
    r"Deputy Prime Minister|Prime Minister(?:[- ](?:designate|elect)\b)?",
    # a province's, a state's or a devolved government's head and ministers: "Premier X",
    # "the Deputy First Minister, Y", "Chief Minister Z", "Chief Executive W" (Hong Kong),
    # "MEC for Economic Development V" (South Africa), "Minister-President U"
    r"Deputy Premier|Premier(?! League| [Mm]inist)",
    r"Deputy First Minister|First Minister|Chief Minister|Minister[- ]President",
    # (not the UN's "Chief Executives Board Meeting")
    r"Chief Executive(?: Officer)?(?! (?:Board|Meeting|Committee|Council|Office)\b)|"
    r"County Executive",
    rf"MEC(?: for (?!{{COUNTRY}}){_FIELDS})?",
    rf"Associate Minister(?: (?:of|for) (?:{PORTFOLIO_PATTERN}))?|Parliamentary Secretary",
    r"Lord Mayor|Deputy Mayor",
    # trade and economy secretaries, sub-national ones too: "Secretary for Commerce and
    # Economic Development X", "Secretary of State for Business and Trade Y"
    r"Secretary (?:of State )?(?:of|for) (?:Commerce and Economic Development|Business and "
    r"Trade|International Trade(?: and Investment)?|Trade and Investment|Trade|Commerce|"
    r"Economic Development)",
    r"(?:Deputy )?USTR(?= [A-Z])|Deputy (?:U\.S\. )?Trade Representative",
    # an officer of a company or a chamber after the name, in lower case: "X, chief
    # executive of Northland Exporters"
    r"chief executive(?: officer)?|managing director|executive director",
    r"Federal Chancellor|Chancellor",
    # "Governor Moko Lanu", "the Governor-General, Dame Ana Vel": a province's or a
    # realm's head
    r"Deputy Governor(?:-General)?|Lieutenant Governor(?:-General)?|Governor(?:-General)?",
    # "US vice-President elect X": the prefix may be in lower case, and the elect after it
    r"[Vv]ice[- ]President(?:[- ]elect\b)?(?: of the European Commission)?|"
    r"President(?: of the European Commission)?(?:[- ]elect\b)?",
    r"[Ff]ormer Presidents|Presidents",  # "former Presidents A and B"
    # "Speaker of the National Assembly", "Speaker of Tynwald"; the words end at a house's
    # word, or are one word, so that "the Speaker of Parliament Karl Moen and …" keeps the name
    r"Speaker(?: of (?:the )?(?:(?:[A-Z][\w'’-]+ ){0,3}(?:Parliament|Assembly|House|Senate|"
    r"Council|Chamber|Congress|Legislature|Sabha|Majlis|Jirga|Shura|Rada|Knesset|Duma|Sejm|"
    r"Seimas|Saeima|Riigikogu|Storting|Althingi|Folketing|Riksdag|Eduskunta|Khural|Hural|"
    r"Parlament|Parliamentul)(?: of (?:the )?[A-Z][\w-]+)?|[A-Z][\w-]+(?! [A-Z])))?",
    r"Parliamentary State Secretary",
    r"State Secretary",
    r"Minister of State(?: for Europe)?",
    # "Vice-minister for Asia, X": the part after the hyphen may be in lower case
    _each(
        ("Senior ", "Parliamentary ", ""),
        r"Vice[- ][Mm]inister(?: for Foreign Affairs)?"
        rf"(?: (?:of|for) (?!{{COUNTRY}}){_GENERIC_PORTFOLIO}(?=,))?",
    ),
    r"State Minister(?: for Foreign Affairs)?",
    r"Chief Cabinet Secretary",
    r"Taoiseach|Tánaiste",
    r"Secretary of Foreign Affairs",
    r"Federal Councillor",
    r"National Security Advis[eo]r",
    # the title some governments give the minister in charge of foreign affairs
    r"(?:Foreign Affairs|Foreign Policy) Advis[eo]r|Advis[eo]r (?:for|on) Foreign Affairs",
    r"Deputy Spokes(?:person|man|woman)|Principal Deputy Spokes(?:person|man|woman)|"
    r"Department Spokes(?:person|man|woman)|Chief Spokes(?:person|man|woman)|"
    r"Official Spokes(?:person|man|woman)|Spokes(?:person|man|woman)",
    r"Press Secretary",
    r"Ambassador(?: Extraordinary and Plenipotentiary)?(?:-designate)?",
    # a mission's head at the UN or another body, and an embassy's without an ambassador
    r"Deputy Permanent [Rr]epresentative|Permanent [Rr]epresentative",
    r"Charg[ée] d['’][Aa]ffaires(?: a\.?\s?i\.?)?",
    r"High Commissioner(?:-designate)?(?: to {COUNTRY})?",
    # "DG Karl Moen": a Director-General's office abbreviated
    r"Foreign Secretary|Defen[cs]e Secretary|Director[- ]General|DG(?= [A-Z][a-z])",
    # an organisation's Secretary-General and deputies, abbreviated: "SG Varo", "DSG Paul Oro",
    # the UN's "SRSG Ana Lo", "USG", "ASG"
    r"[DAU]SG(?= [A-Z][a-z])|SG(?= [A-Z][a-z])|SRSG(?= [A-Z][a-z])",
    # a commission's member: "Commissioner Ana Lo", "the Commissioner for the North Ana Lo",
    # "European Commissioner for Trade Karl Moen" (the High Commissioner is matched above)
    _each(
        ("Deputy ", "Assistant ", "European ", "EU ", ""),
        rf"Commissioner(?: (?:for|of) (?!{{COUNTRY}}){_FIELDS})?",
    ),
    # "the Special Representative, Ana Lo", "Special Envoy for the Horn Paul Oro", "Mr X,
    # Envoy of Selonia": an envoy's office
    # (after a possessive, "the Union’s Special Envoy for the Sahel, X", the role phrase
    # with its owner is read whole by another pass)
    _each(
        tuple(
            _unowned(f"{start}Representative", ("", "Deputy ", "Joint "))
            for start in ("Deputy Special ", "Joint Special ", "Special ", "Personal ", "Trade ")
        ),
        rf"(?: of the Secretary[- ]General)?(?: (?:for|on|to) (?!{{COUNTRY}}){_FIELDS})?",
    ),
    _each(
        tuple(
            _unowned(f"{start}Envoy", ("", "Deputy ", "Special ", "Personal ", "Presidential "))
            for start in ("Deputy Special ", "Special ", "Personal ", "Presidential ", "")
        ),
        rf"(?: (?:for|on|to) (?!{{COUNTRY}}){_FIELDS})?",
    ),
    # an organisation's or a city's officers, a consul, a judge: "Executive Secretary of
    # ECOWAS, X", "Mayor Ana Lo", "Consul General Paul Oro", "Attorney General Ana Lo"
    r"Deputy Executive Secretary|Executive Secretary|Mayor|Honorary Consul(?:[- ]General)?|"
    r"Consul(?:[- ]General)?|Chief Justice|Attorney[- ]General|City Councill?or|"
    r"Municipal Councill?or|Councill?or",
    # military ranks: "Brigadier General Maikano Abdullahi", "Lieutenant General Ana Lo",
    # "Rear Admiral Paul Oro", "Air Vice-Marshal X", "Colonel Y"; "General" only before a
    # given and a family name ("the General Assembly", "General Secretariat" are none);
    # "Colonel General", "Colonel-General", "Army General": post-Soviet ranks
    _each(
        ("Lieutenant[- ]", "Major[- ]", "Brigadier[- ]", "Colonel[- ]", "Army[- ]", "Retired ", ""),
        r"General"
        r"(?! (?:Assembly|Secretariat|Council|Staff|Directorate|Affairs|Debate|Conference|"
        r"Command|Headquarters|Elections?|Budget|"
        r"Secretary|Manager|Director|Counsel|Consul|Court)\b)(?= [A-Z][a-z]+ [A-Z])",
    ),
    r"Rear Admiral|Vice Admiral|Fleet Admiral|Admiral|Air Chief Marshal|Air Vice[- ]Marshal|"
    r"Air Marshal|Field Marshal|Lieutenant[- ]Colonel|Colonel|Commodore|Brigadier(?= [A-Z])",
    # "Ambassador X, Interministerial Delegate for Northern Affairs": a delegate's office
    _each(
        ("Interministerial ", "Special ", "General ", "Permanent ", "Trade ", ""),
        rf"Delegate(?: (?:for|to|of) (?!{{COUNTRY}}){_FIELDS})?",
    ),
    r"Executive Director|Managing Director|Political Director|Director",
    # a court's or a tribunal's officers: "Prosecutor Ana Lo", "the Chief Prosecutor, X",
    # "Prosecutor General X", "the Registrar of the Court, Y", "Judge Paul Oro"
    r"Chief Prosecutor(?:[- ]General)?|Deputy Prosecutor(?:[- ]General)?|"
    r"Prosecutor(?:[- ]General)?|"
    r"Deputy Registrar|Registrar|Judge",
    # "Head of the Press Service Department of the MFA of the Republic of X, Y"
    # "Head of the Minister's Office", "Chief of the Cabinet Office"
    _each(
        ("Deputy Head", "Deputy Chief", "Head", "Chief"),
        r" of (?:the )?(?:[A-Z][\w-]+(?:['’]s)? ){0,4}"
        r"(?:Department|Division|Service|Office|"
        r"Unit|Section|Mission|Delegation)(?: of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+){0,3}){0,3}",
    ),
    # a UN mission's or another body's head by its acronym: "Head of UNSEL", "the head of
    # UNSEL", and the UN's "SRSG" alone ("said the SRSG")
    r"(?:Deputy )?[Hh]ead of (?:the )?[A-Z]{4,}\b|SRSG\b",
    # an office by its epithet: "The Head of State, X, received …"
    r"[Hh]ead of (?:State|Government)",
    # a peace operation's military head: "the Force Commander, Major-General X"
    r"(?:Deputy )?Force Commander",
    # a service's head: "the Army Commander, General X", "Navy Commander Y"
    r"(?:Deputy )?(?:Army|Navy|Naval|Air Force|Police|Military) Commander",
    # "the Chief of Defence Staff, General X", "the Inspector General of Police, Y"
    r"(?:Deputy )?Chief of (?:the )?(?:Defen[cs]e|General|Army|Naval|Air|Air Force) Staff|"
    r"(?:Deputy )?Inspector[- ]General(?: of Police)?",
    # the Philippines' "Undersecretary for Policy", "Foreign Affairs Undersecretary"
    # "Deputy Undersecretary for Maritime Affairs", "Foreign Ministry Undersecretary for …"
    "|".join(
        _each(
            (f"{rank}Foreign Affairs ", f"{rank}Foreign Ministry ", rank),
            r"Under[- ]?[Ss]ecretary"
            rf"(?: (?:of|for) (?:{PORTFOLIO_PATTERN}|Policy|(?:[A-Z][\w-]+ ){{1,3}}Affairs))?",
        )
        for rank in ("Deputy ", "Assistant ", "")
    ),
    # a portfolio not listed above: "Minister for the Indo-Pacific", "Minister of Export
    # Promotion, International Trade and Economic Development"
    rf"Minister (?:of|for) (?!{{COUNTRY}}){_FIELDS}",
    r"Minister",
)
# a German office's fields: "für Wirtschaft, Arbeit und Häfen", a field's adjectives too:
# "für europäische und internationale Angelegenheiten", "für auswärtige Angelegenheiten"
_FIELD = r"(?:[a-zäöüß]+(?:e|en|er|es) (?:und [a-zäöüß]+(?:e|en|er|es) )?)?[A-ZÄÖÜ][\w-]+"
_FUER = rf"(?: für {_FIELD}(?:, {_FIELD}(?=,| und ))*(?: und {_FIELD})?)?"
# German roles, in any case ending ("dem indischen Außenminister", "des Präsidenten").
_ROLES_DE = (
    r"Bundesminister(?:in)? (?:der Verteidigung|des Auswärtigen|der Finanzen|des Innern)",
    r"Bundesaußenminister(?:in|s)?",
    r"Bundesverteidigungsminister(?:in|s)?",
    r"Bundeskanzler(?:in|s)?",
    # "Staatsministerin für Integration X", "Staatsminister für Kultur und Medien X"
    r"Staatsminister(?:in)?(?: für [A-ZÄÖÜ][\w-]+(?: und [A-ZÄÖÜ][\w-]+)?)?",
    r"Vizekanzler(?:in|s)?",
    r"Parlamentarische[rn]? Staatssekretär(?:in|s)?",
    # a Land's or a ministry's state secretary by its field: "Europastaatssekretär X"
    r"[A-ZÄÖÜ][a-zäöüß]+staatssekretär(?:in|s)?|Staatssekretär(?:in|s)?",
    r"Premierminister(?:in|s)?",
    r"Ministerpräsident(?:in|en)?",
    r"Regierungssprecher(?:in|s)?",
    r"Vize[Pp]räsident(?:in|en)?|Staats[Pp]räsident(?:in|en)?|Bundes[Pp]räsident(?:in|en)?|"
    r"Minister[Pp]räsident(?:in|en)?|[Pp]räsident(?:in|en)?",
    r"NATO-Generalsekretär(?:in|s)?",
    r"Generalsekretär(?:in|s)?",
    r"Hohe[rn]? Vertreter(?:in|s)?",
    r"Sprecher(?:in|s)?",
    r"Botschafter(?:in|s)?",
    r"Ständige[nr]? Vertreter(?:in|s)?",  # "der Ständige Vertreter Deutschlands bei der UNO"
    r"Bundesrätin|Bundesrat(?=\s+[A-ZÄÖÜ][a-zäöüé]+\s+[A-ZÄÖÜ])",  # Swiss Federal Councillor
    r"Regierungschef(?:in|s)?(?:-Stellvertreter(?:in)?)?",
    # a Swiss canton's government too: its head ("Regierungspräsident", "Landammann", in the
    # French-speaking cantons "Staatsratspräsident"), deputy ("Landesstatthalter") and clerk
    # ("Staatsschreiber")
    r"Regierungs(?:rätin|rat|präsident(?:in|en)?)|Staatsratspräsident(?:in|en)?|"
    r"Landammann|Staatsschreiber(?:in)?",
    r"Bundestagspräsident(?:in|en)?|Landtagspräsident(?:in|en)?|Parlamentspräsident(?:in|en)?",
    r"Landes(?:hauptmann|hauptfrau|statthalter(?:in)?)(?:-Stellvertreter(?:in)?)?",
    # a city's or a Land's government: "die Regierende Bürgermeisterin X", "Senatorin Y",
    # "Wirtschaftsstadtrat Z", "Landesrätin X", "Staatsrat Y", Austria's "LH Z"; a council
    # ("der Stadtrat hat beschlossen") is no person, so the man's office only before a name;
    # with the fields of a portfolio: "Senatorin für Wirtschaft, Häfen und Transformation"
    r"(?:Erste[nr]? |Regierende[nr]? )?(?:[A-ZÄÖÜ][a-zäöüß]+b|B)ürgermeister(?:in|s)?",
    rf"(?:[A-ZÄÖÜ][a-zäöüß]+s|S)enator(?:in|s)?(?= [A-ZÄÖÜ]| für ){_FUER}",
    r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:landes|stadt|staats)|Landes|Stadt|Staats|Land|Gemeinde)"
    rf"r(?:ätin|at(?= (?:Dr\. |Mag\. )?[A-ZÄÖÜ][a-zäöüß]| für )){_FUER}",
    r"LH(?:-Stv\.|-Stellvertreter(?:in)?)?(?= [A-ZÄÖÜ])",
    # Austria's and Switzerland's chambers: "Bundesratspräsident X", "Nationalratspräsidentin Y"
    r"Bundesratspräsident(?:in|en)?|Nationalratspräsident(?:in|en)?|Ständeratspräsident(?:in|en)?",
    # officials below minister: "des Direktors der … Abteilung", "dem Honorarkonsul …"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:direktor|konsul)(?:in|s)?|Direktor(?:in|s)?|Konsul(?:in|s)?",
    r"[A-ZÄÖÜ][a-zäöüß]+berater(?:in|s)?",  # "den Nationalen Sicherheitsberater X"
    r"Abteilungs[Ll]eiter(?:in|s)?|Delegations[Ll]eiter(?:in|s)?|[Ll]eiter(?:in|s)?",
    r"[A-ZÄÖÜ][a-zäöüß]+[Bb]eauftragte[nr]?|[Bb]eauftragte[nr]?",
    r"[A-ZÄÖÜ][a-zäöüß]+gesandte[nr]?|Gesandte[nr]?",  # "die Sondergesandte X"
    r"[A-ZÄÖÜ][a-zäöüß]+chef(?:in|s)?(?= [A-ZÄÖÜ])",  # "Armeechef X", "Geheimdienstchef Y"
    # an international court's prosecutor: "der Chefankläger des Gerichtshofs, X"
    r"Chef[Aa]nkläger(?:in|s)?|Haupt[Aa]nkläger(?:in|s)?|[Aa]nkläger(?:in|s)?",
    # "EU-Kommissarin X"
    r"EU-Kommissar(?:in|s)?|HochKommissar(?:in|s)?|Hohe[rn]? Kommissar(?:in|s)?|Kommissar(?:in|s)?",
    # military ranks: "Generalleutnant X", "Konteradmiral Y", "Oberst Z"
    _each(
        tuple(
            "Generalleutnant Generalmajor Generaloberst Brigadegeneral Vizeadmiral "
            "Konteradmiral Flottillenadmiral Oberstleutnant Oberst".split()
        ),
        "(?= [A-ZÄÖÜ])",
    ),
    r"Geschäftsträger(?:in|s)?",  # "der Geschäftsträger der schwedischen Botschaft, X"
    # "dem Handelsdelegierten Michael Berger"
    r"[A-ZÄÖÜ][a-zäöüß]+[Dd]elegierte[nr]?|[Dd]elegierte[nr]?",
    rf"[A-ZÄÖÜ][a-zäöüß]+minister(?:in|s)?{_FUER}",  # Außen-, Verteidigungs-, Energieminister …
    rf"Minister(?:in)?(?= für ){_FUER}",  # "Ministerin für Wirtschaft, Arbeit und Tourismus"
    r"Ministerin",
)
# where an envoy is sent, up to the comma before the name: "l'Envoyé spécial pour le Yémen, X"
_POUR = r"(?: pour (?:la |le |l['’]|les )?[A-ZÉ][\w'’-]+(?: [\w'’-]+){0,3}?(?=,))?"
# French roles, capitalised or not ("le ministre des Affaires étrangères", "Mme la ministre").
_ROLES_FR = (
    # "ministre fédéral des …", "Ministre d'État, Ministre des Affaires étrangères"
    r"[Mm]inistre (?:d['’][ÉE]tat,? (?:[Mm]inistre )?)?(?:[a-zéèêëïîôûç]{4,} )?"
    r"(?:de l['’]Europe et des [Aa]ffaires étrangères|"
    r"des [Aa]ffaires [ÉéEe]trangères(?: et (?:du [Dd]éveloppement international|européennes|"
    r"de la [Cc]oopération))?|des [Aa]rmées|de la [Dd]éfense|des [Aa]ffaires européennes|"
    r"des [Rr]elations internationales(?: et de la [Ff]rancophonie)?|de l['’][Ii]ntérieur|"
    r"de l['’][Éé]conomie(?: et des [Ff]inances)?)"
    # more portfolios of one ministry: "…, de la Coopération et des Mauritaniens de l’Extérieur"
    r"(?:,\s(?:de la|du|des|de l['’])\s?[A-ZÉ][^,.;]{2,60}?(?=,))*",
    # a portfolio not listed, up to the name: "le ministre de la Coopération internationale
    # et des Gambiens à l’Etranger de la Gambie, X"
    r"[Mm]inistre (?:de la|du|des|de l['’])\s?[A-ZÉ][^,.;:()]{2,100}?(?=,\s+[A-Z])",
    r"[Mm]inistre délégu[ée]{1,2}(?: (?:chargée?|auprès|aux?|à la|à l['’]) [^,.]{3,60}?"
    r"(?=,| [A-Z]))?",
    # "secrétaire d'État chargé du Commerce extérieur", "… au commerce extérieur, X"
    r"[Ss]ecrétaire d['’][ÉE]tat"
    r"(?: (?:chargée?|auprès|aux?|à la|à l['’]) [^,.]{3,60}?(?=,| [A-Z]))?",
    r"[Ss]ecrétaire [Gg]énéral(?:e)?(?: adjointe?)?(?: de l['’](?:ONU|OTAN|OSCE|Organisation "
    r"des Nations [Uu]nies))?",
    r"[Hh]aut(?:e)? [Rr]eprésentant(?:e)?(?: de l['’]Union)?",
    r"[Pp]remier [Mm]inistre|[Pp]remière [Mm]inistre",
    r"[Pp]résident(?:e)? de la [Rr]épublique",
    r"[Pp]résident(?:e)? du [Cc]onseil européen",
    r"[Pp]résident(?:e)? de la [Cc]ommission européenne",
    r"[Cc]hanceli(?:er|ère)(?: fédéral(?:e)?)?",
    # a region's, a canton's or a city's government: "la présidente de la Région X", "le
    # président du Conseil d'État Y", "la ministre-présidente Z", "le conseiller d'État W",
    # "la maire V", "le bourgmestre U", "la députée S", "le préfet R"
    r"[Mm]inistre-[Pp]résident(?:e)?|[Vv]ice-[Pp]résident(?:e)?|"
    r"[Pp]résident(?:e)? (?:de la [Rr]égion|du [Cc]onseil (?:d['’][ÉE]tat|régional|"
    r"départemental|exécutif)|du [Gg]ouvernement)(?: (?:du |de la |de l['’]|des )?[A-ZÉ][\w-]+)?",
    r"[Cc]onseill(?:er|ère) d['’][ÉE]tat(?: (?:chargée?|en charge) d[eu]s? (?:la |l['’])?"
    r"[^,.]{3,60}?(?=,| [A-Z]|\.|$))?",
    r"[Mm]aire(?: adjointe?)?(?= [A-ZÉ]| de )|[Aa]djointe? au maire|[Bb]ourgmestre|"
    r"[Dd]éputée?(?= [A-ZÉ])|[Pp]réfète|[Pp]réfet|[Gg]ouverneure?",
    # a house's head: "le Président de l'Assemblée nationale X", "la présidente du Sénat Y"
    r"[Pp]résident(?:e)? (?:de l['’]Assemblée (?:nationale|populaire nationale)|du Sénat|"
    r"du Parlement|de la Chambre des (?:[Dd]éputés|[Rr]eprésentants))",
    r"[Pp]résident(?:e)?(?! de\b)",  # "président des États-Unis" is one
    r"[Cc]onseill(?:er|ère) fédéral(?:e)?",
    r"[Vv]ice-[Pp]remier [Mm]inistre",
    r"[Pp]orte-parole(?: du [Ss]ecrétaire général| du [Qq]uai d['’]Orsay| du "
    r"[Gg]ouvernement| du ministère)?",
    r"[Aa]mbassad(?:eur|rice)",
    r"Représentante? [Pp]ermanente?(?: adjointe?)?",
    # the UN's "Représentant spécial du Secrétaire général pour …, X" / "X, Représentant
    # spécial du Secrétaire général …"
    r"[Rr]eprésentante? [Ss]pécial(?:e)?(?: adjointe?)?(?: du [Ss]ecrétaire [Gg]énéral)?" + _POUR,
    r"[Cc]hargée? d['’]affaires",
    r"[Mm]inistre d['’][ÉE]tat",  # "le Ministre d'État X": a rank, no name
    # military ranks: "le général de brigade Paul Oro", "le colonel Jean Dalo", "l'amiral X"
    r"[Gg]énéral(?: de (?:brigade|division|corps d['’]armée|armée)(?: aérienne)?)?"
    r"(?= [A-Z][a-zé]+ [A-Z])|[Ll]ieutenant-[Cc]olonel|[Cc]olonel|"
    r"[Vv]ice-[Aa]miral|[Cc]ontre-[Aa]miral|[Aa]miral|"
    # an organisation's officers: "l'Envoyé spécial de l'Union africaine, X", "le
    # Secrétaire exécutif de la CEDEAO, Y", "la Directrice générale de l'OMS, Z", "le
    # Président de la Commission de la CEDEAO, X", "le Médiateur de la CEDEAO, Y"
    r"[Ee]nvoyée? [Ss]pécial(?:e)?(?: adjointe?)?(?: du [Ss]ecrétaire [Gg]énéral)?" + _POUR,
    r"[Ss]ecrétaire [Ee]xécuti(?:f|ve)(?: adjointe?)?|"
    r"[Dd]irect(?:eur|rice) [Gg]énéral(?:e)?(?: adjointe?)?|"
    # "le chef d'état-major des armées, le général X", "le directeur du renseignement, Y"
    r"[Cc]hef d['’][ÉéEe]tat-[Mm]ajor(?: (?:général )?(?:des [Aa]rmées|de l['’][Aa]rmée"
    r"(?: de [Tt]erre| de l['’][Aa]ir)?))?|"
    r"[Dd]irect(?:eur|rice) (?:du|de la|de l['’]|des) [^,.;:()]{2,60}?(?=,\s+[A-Z])|"
    r"[Pp]résident(?:e)? de la [Cc]ommission|[Mm]édiat(?:eur|rice)|[Hh]aut(?:e)?-[Cc]ommissaire|"
    r"[Cc]onsul(?:e)? (?:général(?:e)?|honoraire)|"
    # an international court's officers: "le Procureur de la Cour, X", "la greffière Y"
    r"[Pp]rocureure?(?: général(?:e)?| adjointe?)?|[Gg]reffi(?:er|ère)(?: adjointe?)?",
    # "le commissaire européen X", "la commissaire chargée du commerce Y", "le délégué
    # interministériel aux affaires du Nord Z"
    r"[Cc]ommissaire(?: (?:chargée?|aux?|à la|à l['’]) [^,.]{3,60}?"
    r"(?=,| [A-Z]))?",
    r"[Dd]élégu[ée]{1,2} (?:interministériel(?:le)?|général(?:e)?|spéciale?|permanente?)"
    r"(?: (?:chargée?|auprès|aux?|à la|à l['’]) [^,.]{3,60}?(?=,| [A-Z]))?",
    r"[Mm]inistre",
)
# Spanish roles, for the participants of a Spanish release (its statements are not read):
# "el Canciller de Vestria, X", "la Ministra de Relaciones Exteriores Y", "el Embajador Z"
_ROLES_ES = (
    r"Vicecanciller|[Cc]anciller",
    r"Viceministr[oa] de Relaciones Exteriores(?: y Culto)?|"
    r"Viceministrinistr[oa] de Relaciones Exteriores(?: y Culto)?|"
    r"[Mm]inistr[oa] de Relaciones Exteriores(?: y Culto)?",
    r"Viceministr[oa](?: de Relaciones Exteriores| para [A-Z][\w ]{2,40}?(?=,))?",
    r"Embajador(?:a)?",
    r"Comisari[oa]",
    # "el Enviado Especial de la ONU, X", "el Secretario Ejecutivo de la CEPAL, Y"
    r"Enviad[oa] Especial|Secretari[oa] Ejecutiv[oa]|Vicepresident[ae]|Director(?:a)? General",
    # military ranks: "el General de Brigada X", "el Coronel Y", "el Almirante Z"
    r"General de (?:Brigada|División)|Teniente General|Coronel|Vice[Aa]lmirante|[Aa]lmirante",
    r"Presidenta|Presidente(?= [A-Z]| de(?:l| la) [A-Z])",
    r"Secretari[oa] (?:General|de Estado)",
    # "el ministro de Defensa Nacional, X", "la ministra Ana Lo": a portfolio not listed, up
    # to the comma before the name, or the bare office, as French "ministre"
    r"[Mm]inistr[oa] (?:de(?:l| la| las| los)?) [A-ZÁÉÍÓÚ][^,.;:()]{2,100}?(?=,\s+[A-Z])",
    r"[Mm]inistr[oa]",
)
_NOT_A_COUNTRY = f"(?:{COUNTRY_PREFIX})?(?:{COUNTRY_PATTERN})\\b"
ROLE_PATTERN = by_first_letter(
    "|".join(_ROLES_EN + _ROLES_DE + _ROLES_FR + _ROLES_ES)
    .replace("{QUANT}", "*")
    .replace("{COUNTRY}", _NOT_A_COUNTRY)
)
# The letters a role can start with: a look ahead for them lets a search skip every other
# word at once instead of trying each role there (the search takes half the time);
# tests/importers/test_initials.py checks that no role starts with another
ROLE_INITIALS = f"{UPPER}abcdefghlmprsv"
# The same, taking as little as it can of an unlisted portfolio, for a role written before
# a name: "Minister for the Indo-Pacific Catherine West".
ROLE_BEFORE_NAME_PATTERN = by_first_letter(
    "|".join(_ROLES_EN + _ROLES_DE + _ROLES_FR + _ROLES_ES)
    .replace("{QUANT}", "*?")
    .replace("{COUNTRY}", _NOT_A_COUNTRY)
)


def nominative(role: str) -> str:
    """Return a German role in the nominative ("Präsidenten" → "Präsident", "Ministers" →
    "Minister"); other roles as they are."""
    office = re.match(r"(Erste|Regierende)[nr]? (?=\S)", role)
    if office:  # "des Ersten Bürgermeisters" → "Erster Bürgermeister", "Erste Bürgermeisterin"
        rest = nominative(role[office.end() :])
        return f"{office[1]}{'' if rest.endswith('in') else 'r'} {rest}"
    if role.endswith("präsidenten") or role.endswith("Präsidenten"):
        return role[:-2]
    if re.search(
        r"(?:minister|kanzler|sekretär|sprecher|vertreter|botschafter|direktor|konsul|leiter|"
        r"meister|senator|rat)s$",
        role,
        re.IGNORECASE,
    ):
        return role[:-1]
    if re.search(r"(?:beauftragte|gesandte)[nr]$", role, re.IGNORECASE):
        return role[:-1] + "r"  # "des Beauftragten" → "Beauftragter"
    return role
