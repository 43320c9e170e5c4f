"""Who met as sides rather than as people: countries, groups of ministers, two bodies."""

from __future__ import annotations

import re

from briefer.importers import meetings
from briefer.importers.countrynames import ADJECTIVES, COUNTRY_NAMES, countries_in
from briefer.importers.layout import Layout
from briefer.importers.release import Release

_SUBJECT_WORDS = 25  # who met, said before the meeting's word: "On the initiative of …, the …"


# "die beiden Außenminister trafen …", "the two ministers met", "Empfangen wurden die Gäste
# …": people named before
_THE_TWO = re.compile(
    r"(?i)\b(?:(?:the two|both|die beiden|beide|les deux)\s+(?:\w+\s+)?"
    r"(?:ministers?|leaders|minister(?:innen)?|außenminister\w*|politiker\w*|ministres|"
    r"dirigeants|chefs?)|the (?:guests|visitors|delegations?)|"
    # "the ministers", "the foreign ministers": the two named before
    r"the (?:foreign )?ministers|die (?:gäste|besucher|"
    # "die Ressortchefs beider Staaten", "the ministers of both countries", "les chefs de la
    # diplomatie des deux pays"
    r"(?:ministers|heads|chiefs)[\w ]{0,30}? of (?:both|the two) (?:countries|states|sides)|"
    r"\w*(?:chefs|minister|ministerinnen)[\w ]{0,30}? beider (?:staaten|länder|seiten)|"
    r"(?:ministres|chefs)[\w ]{0,30}? des deux (?:pays|états|parties)|"
    r"delegation(?:en)?)|les (?:invités|hôtes|délégations)|la délégation)\b"
)


def named_before(release: Release, layout: Layout, reporting: dict[int, str]) -> list[int]:
    """Return the meeting when its sentence speaks of "the two ministers" and a paragraph of
    the lede before it names at least two people: that paragraph first (its people took
    part), then the reporting ones."""
    first = min(reporting)
    told = release.paragraphs[first]
    if not _THE_TWO.search(told[told.find(reporting[first]) :]):
        return []
    for index in layout.body[: layout.body.index(first)]:
        if len({m.name for m in release.mentions(index) if m.name}) >= 2:
            return [index, *reporting]
    return []


# who meets when no one is named: "the foreign ministers of …", "die Außenminister …"
_SIDES = re.compile(
    r"(?i)\b(?:(?:foreign |prime )?ministers|leaders|heads of (?:state|government)|delegations|"
    r"senior officials|foreign ministries|ministries of foreign affairs|chiefs of diplomacy|"
    r"au(?:ß|ss)enminister(?:innen)?|regierungschefs|delegationen|ministres|dirigeants|"
    r"chefs de (?:la )?diplomatie|délégations|cancilleres|ministros|delegaciones|mandatarios)\b"
)

# two bodies that meet: "The government and the UN mission met …", "Le gouvernement et la
# mission des Nations unies ont tenu …"
_BODY = (
    r"(?:government|ministry|mission|secretariat|commission|authorit(?:y|ies)|council|committee|"
    r"gouvernement|ministère|secrétariat|commission|autorités|conseil|comité|regierung|"
    r"ministerium|sekretariat|kommission|rat|ausschuss)"
)
_TWO_BODIES = re.compile(
    rf"(?i)\b{_BODY}\b[^,;.]{{0,40}}?\s(?:and|et|und)\s(?:the |la |le |l['’]|die |der |das )?"
    rf"(?:[\w'’-]+ ){{0,3}}?{_BODY}\b"
)

# what sides do when they meet: not "the elections held on May 25"
_SIDES_MET = re.compile(
    r"(?i)(?:(?:held|hold|holds|holding)\b[^.;]{0,60}?\b(?:meeting|consultations?|talks|round|"
    r"session|dialogue|summit|mechanism|conference)|met\b|meet\b|consultations?\b|talks\b|"
    r"co-?chaired\b|gathered\b|convened\b|getroffen\b|zusammengekommen\b|zusammengetroffen\b|"
    r"meeting\b|trafen\b|treffen\b|kamen\b|konsultationen\b|gespräche\b|se reunieron\b|"
    r"sostuvieron\b|se sont (?:réunis|"
    r"rencontrés|entretenus)\b|ont tenu\b|réunion\b|entretiens\b)"
)


def between_sides(reporting: dict[int, str]) -> list[int]:
    """Return the meeting when a sentence reporting one says who met as sides rather than
    people: two countries or more ("The Philippines and Mexico held …", "Kazakh-Kuwaiti
    political consultations were held …") or a group of ministers ("the foreign ministers
    of …", "die deutschsprachigen Außenminister trafen sich …")."""
    for index in sorted(reporting):
        subject = meetings.meeting_subject(reporting[index])
        if len(subject.split()) > _SUBJECT_WORDS:
            continue  # a long lead-in is about something else ("Media outlets report on …")
        rest = reporting[index][len(subject) :]
        sides = (
            len(named_countries(subject)) >= 2
            or _SIDES.search(subject)
            or _TWO_BODIES.search(subject)
        )
        if not sides and (inverted := _INVERTED.match(rest)):
            # German puts the verb second: "Am Freitag trafen sich die Außenminister …"
            sides = len(named_countries(inverted["who"])) >= 2 or _SIDES.search(inverted["who"])
        if sides and _SIDES_MET.match(rest):
            return [index]
    return []


# who met, after the verb and "sich": "trafen sich die Außenminister der …"
_INVERTED = re.compile(
    r"(?i)(?:trafen|treffen|kamen)\s+(?:\w+\s+){0,2}?sich\s+(?P<who>[^.;]{0,120})"
)


def named_countries(text: str) -> list[str]:
    """Return the countries text names: those of a compound first ("deutsch-indischen",
    "German-Japanese", "UK-India" name the meeting's two sides), then the rest in order."""
    named: dict[str, None] = {}
    # both halves: "Kazakh-Kuwaiti", "Peruvian-Chilean"
    for stem in (s for pair in re.findall(r"\b(\w+)-(\w+)\b", text) for s in pair):
        country = (
            ADJECTIVES.get(stem.casefold())
            or ADJECTIVES.get(stem.casefold() + "e")
            or COUNTRY_NAMES.get(stem)
        )
        if country:
            named.setdefault(country)
    named.update(countries_in(text))
    return list(named)
