"""The people a meeting's paragraph names, with counterparts' countries and a call's other side."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from briefer.importers.barenames import a_name
from briefer.importers.mentions import Mention
from briefer.importers.nationalities import counterpart_countries
from briefer.importers.persons import find_mentions


def with_counterparts(paragraph: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Give mentions inside "their Japanese counterparts, …" the counterparts' country."""
    spans = counterpart_countries(paragraph)
    starts = [start for start, _, _ in spans]
    found = []
    for mention in mentions:
        country = mention.country
        if not country:
            # the nearest "<adjective> counterpart" before the mention, if its sentence holds it
            nearest = bisect.bisect_right(starts, mention.start) - 1
            if nearest >= 0 and mention.start < spans[nearest][1]:
                country = spans[nearest][2]
        found.append(replace(mention, country=country) if country != mention.country else mention)
    return found


def mentioned(paragraph: str) -> list[Mention]:
    """Return the people named with a role in a paragraph, with their countries, and a
    name with no role that a call was held with ("Im Telefonat mit Ivo Ren drängte
    Präsident X …", "in his call with Ivo Ren"): the other side of the call; whom a host
    received ("a reçu en audience Ivo Ren"); or who led a delegation ("Conduite par Ivo Ren,
    la délégation …")."""
    found = with_counterparts(paragraph, find_mentions(paragraph))
    led = [
        m
        for m in (_DELEGATION_LEADER.finditer(paragraph) if _LED_BY.search(paragraph) else ())
        if m["before"] or m["after"] is not None
    ]
    if (
        not _TALKS_WITH_NAME.search(paragraph)
        and not _LOWER_ROLE_NAME.search(paragraph)
        and not _RECEIVED_NAME.search(paragraph)
        and not led
    ):
        return found
    for match in (
        *_TALKS_WITH_NAME.finditer(paragraph),
        *_RECEIVED_NAME.finditer(paragraph),
        *_LOWER_ROLE_NAME.finditer(paragraph),
        *led,
    ):
        name = match["name"]
        start = match.start("name")
        if (
            any(m.start <= start < m.end for m in found)
            or not a_name(name)
            or set(name.split()) & _NOT_PEOPLE
        ):
            continue
        role = match.groupdict().get("role") or ""
        found.append(Mention(name, role, "", start, start + len(name)))
    return found


# a role in lower case after "the" or a possessive, then the name: "thanked the president Ivo
# Ren of Norland", "welcomed Valdoria's newly appointed defence minister Ivo Ren"
_LOWER_ROLE_NAME = re.compile(
    r"(?:\bthe|['’]s)\s+(?:(?:newly|new|former|acting|incoming|appointed|elected|re-elected|"
    r"newly-appointed|newly-elected)\s+){0,3}(?P<role>(?:(?:defence|defense|foreign|prime|deputy|"
    r"vice|interior|finance|trade)\s+)?(?:minister|president|chancellor|premier|king|queen|emir|"
    r"secretary)(?: of (?:defence|defense|foreign affairs|state))?)\s+"
    r"(?P<name>[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+){1,2})(?![\w-])"
)


# the call, then "with/mit/avec/con" and a name of two or three capitalised words
# with no role before it
_TALKS_WITH_NAME = re.compile(
    r"\b(?i:telefonat|telefongespräch|(?:phone |telephone )?call|phone conversation|"
    r"entretien téléphonique|appel(?: téléphonique)?|llamada(?: telefónica)?)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?i:mit|with|avec|con)\s+"
    r"(?P<name>[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+){1,2})(?![\w-])"
)


# whom a host received or gave an audience, named with no role: "a reçu en audience X",
# "a accordé une audience à X", "granted an audience to X", "received X on …", "empfing X"
_RECEIVED_NAME = re.compile(
    r"\b(?i:(?:a|ont) reçu en audience|(?:a|ont) accordé (?:[^.;]{0,40}?\s)?(?:une |son |sa |"
    r"leur )?audiences? à|(?:granted|gave|accorded) (?:[^.;]{0,40}?\s)?(?:an |his |her )?"
    r"audience to|received(?: in audience)?|empf(?:ing|ängt)(?: am \w+)?)\s+"
    r"(?P<name>[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+){1,2})(?![\w'’-])"
)


# who led a delegation, named with no role: "Conduite par X, la délégation …", "The
# delegation, led by X, …", "die Delegation unter Leitung von X"
_LED = (
    r"(?i:\b(?:conduite?|menée?|dirigée?) par|\b(?:led|headed) by|\bangeführt von|"
    r"\bunter (?:der )?leitung von)"
)
# the words every leader is named after, searched first: the delegation that may come before
# them is tried at every character otherwise, with up to 40 characters between
_LED_BY = re.compile(_LED)
_DELEGATION_LEADER = re.compile(
    r"(?P<before>(?i:délégation|delegation|mission)\b[^.;]{0,40}?)?"
    rf"{_LED}\s+"
    r"(?P<name>[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+){1,2})(?![\w-])"
    r"(?P<after>(?=\s*,\s*(?:\w+\s+){0,2}(?i:délégation|delegation|mission)))?"
)


# capitalised words of a body, a place or an office, not of a person
_NOT_PEOPLE = frozenset(
    "Commission Council Union Ministry Office Bank Organization Organisation Committee Agency "
    "Forces Force Nations Department Government Authority Authorities Group Fund Court "
    "Parliament Assembly Senate Embassy Mission Secretariat Institute University Company "
    "Ministerium Regierung Kommission Rat Amt Botschaft Ministère Gouvernement Conseil "
    "Ambassade Ministerio Gobierno Consejo Embajada House Palace Street Square Republic "
    "Kingdom States Federation Emirates Islands".split()
)
