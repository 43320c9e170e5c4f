"""Quotations credited to a document or an office, not a person: "According to the statement,
“…”", "the ministry explained that “…”", "…’, said Prime Minister of Lithuania." The speaker
is whoever signed or issued the document, the one person who holds the office, or the office.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.i18n import N_
from briefer.importers.countrynames import countries_in
from briefer.importers.mentions import Mention
from briefer.importers.quotes import Quoted
from briefer.importers.release import Release
from briefer.importers.sentences import SAID_VERB, first_clause, last_clause
from briefer.importers.speechwords import SPEECH_VERBS, SPEECH_VERBS_EN
from briefer.model.records import Person

DOCUMENT_HOW = N_("the one who signed or issued the document the quotation is credited to")


# a quotation credited to a document, not a person: "According to the statement, “…”",
# "“…”, the communiqué added", "Laut der Erklärung „…“", "Selon le communiqué, « … »"
_DOCUMENT = (
    r"(?:statement|communiqu[ée]|letter|message|press release|release|note|declaration|"
    r"déclaration|lettre|Erklärung|Mitteilung|Schreiben|Brief)"
)


_DOCUMENT_BEFORE = re.compile(
    rf"(?i)(?:\b(?:according to|selon|laut|gemäß)\s+(?:the|this|that|its|le|la|l['’]|der|die|"
    rf"dem|des)\s*{_DOCUMENT}\b[^.!?]{{0,40}}|\b(?:the|this|le|la|die|das)\s+{_DOCUMENT}\s+"
    r"(?:said|says|added|adds|reads|read|stated|states|continued|noted|stressed|indique|"
    r"ajoute|précise|heißt es|lautet)\b[^.!?]{0,20})[,:]?\s*$"
)


_DOCUMENT_AFTER = re.compile(
    rf"(?i)^[\s,]*(?:according to|reads|selon|laut|so)?\s*(?:the|this|le|la|l['’]|der|die|das)"
    rf"\s*{_DOCUMENT}\s+(?:said|says|added|adds|reads|read|stated|states|continued|noted|"
    r"stressed|indique|ajoute|précise)?"
)


OFFICE_CREDIT_HOW = N_("the office credited after the quotation, held by one person named")


# the foreign minister described: "the Polish top diplomat", "the head of the Polish MFA"
TOP_DIPLOMAT = re.compile(
    r"(?i)\b(?:top diplomat|chief diplomat|head of (?:the )?(?:\w+ )?(?:MFA|foreign ministry|"
    r"diplomacy|ministry of foreign affairs)|chief of (?:\w+ )?diplomacy|"
    r"(?:chef(?:fe)?|patron(?:ne)?) (?:de la diplomatie|du ministère des affaires étrangères)|"
    r"chefdiplomat\w*)\b"
)


# an envoy named by the epithet of the office alone: "said the envoy", "a déclaré
# l'ambassadeur", "sagte der Botschafter": the one envoy the release names
_ENVOY = re.compile(
    r"(?i)^\W*(?:the|l['’]|le|la|der|die)\s*(?:[a-zäöüéè]+\s+)?(?:envoy|ambassador|diplomat|"
    r"ambassadeur|ambassadrice|diplomate|botschafter(?:in)?|gesandte[r]?|diplomat(?:in)?)\b"
)


_ENVOY_ROLE = re.compile(
    r"(?i)\b(?:envoy|ambassador|head of (?:the )?(?:[\w-]+ )?delegation|high commissioner|"
    r"representative|chargé|ambassadeur|ambassadrice|envoyé|représentant|botschafter|gesandte)"
)


def office_holder(release: Release, who: str) -> Mention | None:
    """Return the one person of the release who holds the office a credit names, in the
    country it names if it names one ("Prime Minister of Lithuania", "le chef de la
    diplomatie allemande"; a person of no known country may be of it), else None."""
    folded = who.casefold()
    countries = countries_in(who)
    named = [p for p in release.people if p.name]
    if countries:
        known = [p for p in named if (p.country or release.home) in countries]
        named = known or [p for p in named if not (p.country or release.home)]
    holders = [p for p in named if len(p.role) > 3 and p.role.casefold() in folded]
    if not holders and TOP_DIPLOMAT.search(who):
        holders = [p for p in named if "minist" in p.role.casefold()]
    if not holders and _ENVOY.match(who):
        holders = [p for p in named if _ENVOY_ROLE.search(p.role)]
    if not holders:
        holders = _introduced_holders(release, who, named)
    if not holders:
        holders = _office_alone_holders(release, who, named)
    if not holders and (leader := _LEADER_OF.match(who)):
        body = f" {leader['body'].casefold()} "
        holders = [p for p in named if body in f" {p.role.casefold()} "]
    if len({p.name for p in holders}) != 1:
        return None
    person = holders[0]
    return Mention(person.name, person.role, person.country, 0, 0)


# the head of a body named by an epithet, not by the office the release gives them: "stressed
# the leader of the Seimas" for its Speaker, "a souligné le chef de l'Assemblée" for its
# president, "sagte die Vorsteherin des Rates" for its chair
_LEADER_OF = re.compile(
    r"^\W*(?i:the|le|la|l['’]|der|die)\s*(?i:leader|head|chief|chef(?:fe)?|dirigeante?|"
    r"leiter(?:in)?|vorsteher(?:in)?)\s+(?P<body>(?:of|de|du|des|der)\s+"
    r"(?:(?:the|la|le|l['’])\s*)?[A-ZÄÖÜÉ][\w'’-]+"
    r"(?:\s+(?:(?:of|de|du|des|der)\s+)?(?:(?:the|la|le|l['’])\s*)?[A-ZÄÖÜÉ][\w'’-]+){0,3})\b"
)


# the head of an international body, a parliament, a court, a mission or a region, named by
# the office alone once the release has given it to someone: "The Director-General said:",
# "a déclaré la Secrétaire générale", "sagte die Generaldirektorin", "the Registrar added",
# "The Permanent Representative said:", "L'Ambassadeur a déclaré :"
HEAD_OFFICE = (
    r"(?:Deputy |Chief |Executive |Managing |Special )?(?:Secretary[- ]General|"
    r"Director[- ]General|Managing Director|Executive Director|Executive Secretary|"
    r"High Representative|High Commissioner|Prosecutor|Registrar|Speaker|"
    r"Chair(?:man|woman|person)?|Commissioner|Ombudsman|Administrator|President|"
    r"Special Envoy|Special Representative|Permanent Representative|Ambassador|"
    r"Charg[ée] d['’]Affaires|Consul[- ]General|Governor|Premier|First Minister|Mayor|"
    r"Minister[- ]President)|"
    r"[Ss]ecrétaire (?:[Gg]énéral|[Ee]xécuti[fv])e?|[Dd]irect(?:eur|rice) (?:[Gg]énéral|"
    r"[Ee]xécuti[fv])e?|[Hh]aut(?:e)?[- ](?:[Rr]eprésentant(?:e)?|[Cc]ommissaire)|"
    r"[Pp]rocureur(?:e)?|[Gg]reffi(?:er|ère)|[Pp]résident(?:e)?|[Cc]ommissaire|"
    r"[Mm]édiat(?:eur|rice)|[Ee]nvoyée? [Ss]pécial(?:e)?|[Aa]mbassad(?:eur|rice)|"
    r"[Rr]eprésentante? [Pp]ermanente?|[Cc]onsule? [Gg]énérale?|[Gg]ouverneur|[Mm]aire|"
    r"General(?:sekretär|direktor)(?:in)?|Exekutivdirektor(?:in)?|Hohe[rn]? Vertreter(?:in)?|"
    r"Hochkommissar(?:in)?|(?:Chef)?[Aa]nkläger(?:in)?|Kanzler(?:in)?|Präsident(?:in)?|"
    r"Vorsitzende[rn]?|Kommissar(?:in)?|Sonderbeauftragte[rn]?|Botschafter(?:in)?|"
    r"Ständige[rn]? Vertreter(?:in)?|Generalkonsul(?:in)?|Ministerpräsident(?:in)?|"
    r"Landeshaupt(?:mann|frau)|Bürgermeister(?:in)?|Gouverneur(?:in)?|"
    r"Secretari[oa] (?:General|Ejecutiv[oa])|Director(?:a)? (?:General|Ejecutiv[oa])|"
    r"Alt[oa] (?:Representante|Comisionad[oa])|Fiscal|Presidente|Presidenta"
)
_HEAD_ALONE = re.compile(
    rf"^\W*(?:[Tt]he|[Ll]['’]|[Ll][ea]|[Dd]er|[Dd]ie|[Ee]l)\s*(?P<office>{HEAD_OFFICE})\s*[.,;:!]?\s*$"
)
# what stands between an office and the name the release gives it: its body, a comma, an
# honorific or a rank ("the Director-General of the Agency, H.E. Ambassador X", "la
# Procureure de la Cour, Mme X", "der Generalsekretär der Organisation, Dr. X")
_TO_NAME = re.compile(
    r"^(?:\s+(?:of|for|to|de|du|des|d['’]|der|des|del|at|bei|auprès)\b[^,;.:()“”«»„]{1,90}?)?"
    r"\s*,?\s*(?:(?:l['’]|the\s+|der\s+|die\s+)?(?:H\.\s?E\.|S\.\s?E\.|His|Her|Son|Sa|Excellency|"
    r"Excellence|Ambassador|"
    r"Ambassadeur|Ambassadrice|Botschafter(?:in)?|Embajador(?:a)?|Judge|Juge|Richter(?:in)?|"
    r"Dr\.?|Prof\.?|Professor|Mr\.?|Mrs\.?|Ms\.?|M\.|Mme|Madame|Monsieur|Herr|Frau|Sr\.?|"
    r"Sra\.?|Sir|Dame|Hon\.?|Honourable|Rt\.?|Right)\s+)*$"
)
# what stands between a name and the office given to it after it: "X, Director-General of"
_FROM_NAME = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:the\s+|l[ea]\s+|l['’]\s*)?$")


def _office_alone_holders(release: Release, who: str, named: list[Person]) -> list[Person]:
    """Return the people the release gives an office a credit names alone, with no name
    ("The Director-General said:"): its role holds that office, or the office stands right
    before their name ("the Director-General of the Agency, H.E. Ambassador X") or after it
    ("X, Director-General of the Agency"), a stored role of theirs ("Ambassador") aside."""
    alone = _HEAD_ALONE.match(who)
    if alone is None:
        return []
    office = alone["office"].casefold().replace("-", " ")
    holders = [p for p in named if office in p.role.casefold().replace("-", " ")]
    if holders:
        return holders
    pattern = re.compile(re.escape(office).replace(r"\ ", r"[- ]"), re.IGNORECASE)
    for paragraph in release.paragraphs:
        for found in pattern.finditer(paragraph):
            after = paragraph[found.end() : found.end() + 160]
            before = paragraph[max(0, found.start() - 80) : found.start()]
            for person in named:
                where = after.find(person.name)
                if where >= 0 and _TO_NAME.match(after[:where]):
                    holders.append(person)
                ends = before.rfind(person.name)
                if ends >= 0 and _FROM_NAME.match(before[ends + len(person.name) :]):
                    holders.append(person)
    return holders


# an office with its complement as a credit: "le président de la Commission", "the
# Secretary-General of the Forum"
_OFFICE_PHRASE = re.compile(
    r"(?i)^\s*(?:the|le|la|l['’]|der|die)\s*(?P<office>[\w-]+(?:\s+[\w-]+)?\s+(?:of|de|du|des|"
    r"der|des)\s+[^.,;:!?]{3,60}?)\s*[.,;!?]?\s*$"
)
# what stands between an office and the name it introduces: "… de l'Union, M. "
_BEFORE_NAME = re.compile(r"^[^.;:!?,]{0,50},\s*(?:(?:M|Mme|Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$")


def _introduced_holders(release: Release, who: str, named: list[Person]) -> list[Person]:
    """Return the people the release introduces right after the office a credit names, a
    role longer than the one stored ("Le président de la Commission de l'Union, M. Paul
    Varo, …" / "« … », a ajouté le président de la Commission.")."""
    phrase = _OFFICE_PHRASE.match(who)
    if phrase is None:
        return []
    office = phrase["office"].casefold()
    holders = []
    for paragraph in release.paragraphs:
        folded = paragraph.casefold()
        at = folded.find(office)
        if at < 0:
            continue
        window = paragraph[at + len(office) : at + len(office) + 120]
        for person in named:
            where = window.find(person.name)
            if where >= 0 and _BEFORE_NAME.match(window[:where]):
                holders.append(person)
    return holders


def office_credit(
    release: Release, paragraph: str, spans: Sequence[Quoted], number: int
) -> Mention | None:
    """Return who an office credited right after a quote stands for: "…’, said Prime
    Minister of Lithuania." names no one, but one person of the release holds that office;
    so does a role before its verb, with no article or a nationality only ("…,' Minister
    said.", "…,” the Swedish minister said.")."""
    span = spans[number]
    following = spans[number + 1].start if number + 1 < len(spans) else len(paragraph)
    after = first_clause(paragraph[span.end : following])
    verb = SAID_VERB.match(after.lstrip(" ,–—-"))
    if verb is None:
        role = ROLE_SAID.match(after)
        if role is None:
            office = _OFFICE_SAID.match(after)  # "…,” the Registrar said."
            return office_holder(release, office["who"]) if office else None
        return role_holder(release, role["who"])
    who = after.lstrip(" ,–—-")[verb.end() :][:80]
    holder = office_holder(release, who)
    bare = _BARE_ROLE.match(who) is not None
    if holder is None and (
        bare or (_HEAD.search(who) and (countries_in(who) or _RANK.search(who)))
    ):
        # "said Minister.", "said the Swedish minister.", "a déclaré la vice-ministre."
        holder = role_holder(release, who)
    return holder


# an office alone as the subject of the verb of speech before a quotation: "The
# Director-General said: “…”", "La Secrétaire générale a souligné : « … »", "Die
# Generaldirektorin sagte: „…“"
_OFFICE_BEFORE = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|et|und|as|when|while|then)\s+)(?P<who>(?:[Tt]he|[Ll]['’]|[Ll][ea]|"
    rf"[Dd]er|[Dd]ie|[Ee]l)\s*(?P<office>{HEAD_OFFICE}))\s+(?:(?:has|had|hat|a|ha|also|then|further|"
    r"later|auch|aussi|zudem|también)\s+)*$"
)


_OFFICE_SAID = re.compile(
    rf"^[\s,–—-]*(?P<who>(?:[Tt]he|[Ll]['’]|[Ll][ea]|[Dd]er|[Dd]ie|[Ee]l)\s*(?:{HEAD_OFFICE}))"
    rf"\s+(?:(?:has|had|also|then|further)\s+)?(?:{SPEECH_VERBS})\b"
)


def office_before(
    release: Release, paragraph: str, spans: Sequence[Quoted], number: int
) -> Mention | None:
    """Return who an office named alone as the subject of the verb of speech right before a
    quote stands for ("The Director-General said: “…”"): the one person the release gives
    that office, else None."""
    span = spans[number]
    preceding = spans[number - 1].end if number else 0
    before = last_clause(paragraph[preceding : span.start])
    verbs = list(SAID_VERB.finditer(before))
    if not verbs or len(before[verbs[-1].end() :].split()) > 6:
        return None
    office = _OFFICE_BEFORE.search(before[: verbs[-1].start()])
    if office is None:
        return None
    if not any(p.name for p in release.people):
        # a release that names no one: the office itself speaks, its holder unnamed
        offset = span.start - len(before)
        return Mention(
            "", office["office"], "", offset + office.start("who"), offset + office.end("who")
        )
    return office_holder(release, office["who"])


# the head word of a role a credit names alone: "Minister", "the Swedish president",
# "le président sénégalais", "die Ministerin", "el ministro"
_ROLE_HEAD = (
    r"(?:(?:prime|foreign|defen[cs]e)\s+)?(?:minister(?:in)?|president|premier|chancellor|"
    r"secretary|ministre|présidente?|präsident(?:in)?|kanzler(?:in)?|ministr[oa]|presidenta?)"
)
_HEAD = re.compile(rf"(?i)\b{_ROLE_HEAD}\b")


# a rank below the head of an office, which the credit and the holder's role both name: "the
# assistant minister", "la vice-ministre", "le ministre délégué", "die stellvertretende
# Ministerin"
_RANKS = r"deputy|assistant|vice|junior|associate|déléguée?|adjointe?|stellvertretende[rn]?"
_RANK = re.compile(rf"(?i)\b(?:{_RANKS})\b")


# a credit by a role alone before its verb, right after the quotation: "…,' Minister said.",
# "…,” the Swedish minister said.", "…, Minister says." (no article, as non-native writers
# put it)
ROLE_SAID = re.compile(
    rf"^[\s,–—-]*(?P<who>(?:(?:[Tt]he|[Hh]is|[Hh]er|[Oo]ur)\s+)?(?:[A-Z][\w-]+\s+)?"
    rf"(?:(?i:{_RANKS})[\s-]+)?(?i:{_ROLE_HEAD})"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,3}})?)"
    rf"\s+(?:(?:has|had|also|then|further)\s+)?(?:{SPEECH_VERBS_EN})\b"
)


# a role with no article after the verb: "…,' said Minister.", "said Minister of Defence."
_BARE_ROLE = re.compile(
    r"^\s*(?:(?:Prime|Foreign|Defen[cs]e)\s+)?(?:Minister|President|Secretary|Chancellor)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})?\s*(?:[.,;!]|$)"
)


def role_holder(release: Release, who: str) -> Mention | None:
    """Return the one person of the release whose role has the head word a credit names
    ("Minister", "the Swedish minister", "le président sénégalais"), in the country it names
    if any; of several, the one of the publisher's country or of no other country named."""
    head = _HEAD.search(who)
    if head is None:
        return None
    word = head.group(0).casefold()
    countries = countries_in(who)
    rank = _RANK.search(who)
    # "the assistant minister" is not the foreign minister: the holder's role names the rank
    ranked = rank.group(0).casefold()[:6] if rank else ""

    def fits(p: Person) -> bool:
        # "the defence minister" holds "Minister of National Defence" too
        role = p.role.casefold().replace("defense", "defence")
        held = word in role or all(w in role for w in word.replace("defense", "defence").split())
        return held and ranked in role and (word != "minister" or "prime minister" not in role)

    holders = [
        p
        for p in release.people
        if p.name and fits(p) and (not countries or (p.country or release.home) in countries)
    ]
    # "the Latvian defence minister declared" in a release of a publisher not known: its
    # own holder, whose mention carries no country, when no one is of that country
    foreign = any(p.country in countries for p in release.people)
    if not holders and countries and not release.home and not foreign:
        holders = [p for p in release.people if p.name and not p.country and fits(p)]
    if len({p.name for p in holders}) > 1 and not countries:
        holders = [p for p in holders if p.country in (release.home, "")]
    if len({p.name for p in holders}) != 1:
        return None
    person = holders[0]
    return Mention(person.name, person.role, person.country, 0, 0)


def from_document(paragraph: str, spans: Sequence[Quoted], number: int) -> bool:
    """Return whether a quote's own sentence credits it to a document ("According to the
    statement, “…”", "“…”, the communiqué added")."""
    span = spans[number]
    preceding = spans[number - 1].end if number else 0
    following = spans[number + 1].start if number + 1 < len(spans) else len(paragraph)
    return bool(
        _DOCUMENT_BEFORE.search(last_clause(paragraph[preceding : span.start]))
        or _DOCUMENT_AFTER.match(paragraph[span.end : following])
    )


# a person said to have issued or signed the document a quotation is credited to: "X issued a
# statement", "a letter signed by X", "in his message", "X a publié un communiqué"
_ISSUED = re.compile(
    rf"(?i)\b(?:(?:issued|signed|released|published|sent|delivered|wrote|read out|"
    rf"a (?:publié|signé|diffusé|adressé|envoyé)|unterzeichnete?|veröffentlichte?)\b"
    rf"[^.!?]{{0,40}}\b{_DOCUMENT}|{_DOCUMENT}\s+(?:signed|issued|sent|released)\s+by|"
    rf"\b(?:his|her|seine[mrn]?|ihre[mrn]?|son|sa)\s+{_DOCUMENT})\b"
)


# an office as the subject of a verb of speech, or the owner of a wish, hope or position the
# quotation spells out: "the Estorian foreign ministry explained that “…”", "the government's
# wish “to widen trade …”", "le ministère a souligné que « … »"
_OFFICE_NOUN = (
    r"(?:ministry|government|department|foreign office|embassy|ministère|gouvernement|"
    r"ambassade|ministerium|außenministerium|regierung|bundesregierung|botschaft)"
)


_OFFICE_SPEAKS = re.compile(
    rf"(?i)\b(?:the|its|le|la|l['’]|das|die|der)\s+(?:[\w-]+\s+){{0,3}}?{_OFFICE_NOUN}"
    rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,3}})?\s+"
    rf"(?:(?:has|had|hat|a|also|further|then|aussi|également|zudem|auch)\s+)*"
    rf"(?:{SPEECH_VERBS}|underscored|recalled)(?:\s+(?:that|que|qu['’]|dass))?[\s,:]*$"
    rf"|(?i:\b(?:the|its)\s+(?:[\w-]+\s+){{0,3}}?{_OFFICE_NOUN}['’]s\s+(?:[\w-]+\s+)?"
    r"(?:wish|hope|readiness|determination|commitment|resolve|willingness|position|view|call|"
    r"desire|intention)\s*[,:]?\s*$)"
)


# the full name of an office the release gives: "the Ministry of Foreign Affairs of Estoria"
_OFFICE_NAME = re.compile(
    r"\b(?:Ministry of (?:Foreign|External) Affairs(?: and [A-Z][\w ]{2,40}?)?"
    r"(?: of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+){0,3})?|"
    r"(?:[A-Z][\w-]+ )?(?:Foreign|External) Ministry|"
    r"Government of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+){0,3}|"
    r"[Mm]inistère des Affaires étrangères(?: [\w' ]{2,40}?)?(?= [,.;:(]|[,.;:(]| et\b| a\b)|"
    r"Auswärtige[sn]? Amt|Außenministerium)"
)


_NEAR = 10  # paragraphs looked back over for a document's issuer or office


def document_issued(release: Release, index: int) -> bool:
    """Return whether the release says up to paragraph `index` that a person issued or
    signed a document ("X issued a statement", "a letter signed by X")."""
    for number in range(index, max(index - _NEAR, -1), -1):
        paragraph = release.paragraphs[number]
        for match in _ISSUED.finditer(paragraph):
            start = paragraph.rfind(".", 0, match.start()) + 1
            end = paragraph.find(".", match.end())
            end = len(paragraph) if end < 0 else end
            if any(start <= m.start < end and m.name for m in release.mentions(number)):
                return True
            if match.group(0).casefold().startswith(("his", "her", "sein", "ihr", "son", "sa")):
                return True
    return False


def office_speaks(paragraph: str, spans: Sequence[Quoted], number: int) -> str:
    """Return the office a quote's own sentence credits it to as the subject of a verb of
    speech or the owner of a wish ("the ministry explained that “…”"), else ""."""
    span = spans[number]
    preceding = spans[number - 1].end if number else 0
    before = last_clause(paragraph[preceding : span.start]).rstrip(' “„"«‘')
    match = _OFFICE_SPEAKS.search(before)
    return match.group(0) if match else ""


def issuing_office(release: Release, index: int, phrase: str = "") -> Mention:
    """Return the office that speaks in a document no one signed: the one office the release
    names in full up to paragraph `index`, else the office the quote's sentence names, else
    an unnamed one (as a statement of an unnamed spokesperson has no speaker's name)."""
    near = (
        release.paragraphs[: min(index + 1, 3)]
        + release.paragraphs[max(3, index + 1 - _NEAR) : index + 1]
    )
    names = {match.group(0).strip() for text in near for match in _OFFICE_NAME.finditer(text)}
    if len(names) == 1:
        return Mention("", next(iter(names)), "", 0, 0)
    office = re.search(rf"(?i)(?:[\w-]+\s+){{0,3}}?{_OFFICE_NOUN}", phrase)
    role = (
        re.sub(r"(?i)^(?:the|its|le|la|l['’]|das|die|der)\s+", "", office.group(0))
        if office
        else ""
    )
    return Mention("", role, "", 0, 0)


# a role that serves an office, not holds it
_NOT_HOLDER = re.compile(
    r"(?i)\b(?:spokes\w*|deputy|vice|assistant|advis[eo]r|office|aide|staff|sprecher\w*|"
    r"porte-parole|portavoz|stellvertret\w*|adjoint\w*)\b"
)


def unnamed_holder(release: Release, paragraph: str, mention: Mention) -> Mention | None:
    """Return the one person of the release who holds the role a mention names with no
    name, its nationality after it or before it ("le président sénégalais a déclaré ce qui
    suit :", "the Malian president said"), else None."""
    if mention.name or mention.is_spokesperson or _NOT_HOLDER.search(mention.role):
        return None  # "a spokesperson for the Foreign Secretary" is no Foreign Secretary
    window = paragraph[max(0, mention.start - 20) : mention.end + 30]
    return role_holder(release, " ".join([mention.role, *countries_in(window)]))


def head_of_state(release: Release) -> Mention | None:
    """Return the release's one president (of the publisher's country, of several), whom an
    epithet ("the Head of State", "le chef de l'État") stands for."""
    return (
        role_holder(release, "President")
        or role_holder(release, "Président")
        or role_holder(release, "Präsident")
    )
