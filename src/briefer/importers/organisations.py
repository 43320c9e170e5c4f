"""The international organisations whose officials represent them, and the offices that say so
("the UN Secretary-General", "secrétaire général de l'OTAN", "EU-Kommissar")."""

from __future__ import annotations

import re

from briefer.importers.letters import word_starts

# how releases write an organisation, in English, German and French → its name in English
_NAMES: dict[str, str] = {
    "United Nations": (
        r"United Nations|UN|U\.N\.|ONU|Nations [Uu]nies|Organisation des Nations [Uu]nies|"
        r"Vereinten Nationen|UNO"
    ),
    "NATO": r"NATO|OTAN|North Atlantic Treaty Organi[sz]ation|Alliance atlantique",
    "European Union": (
        r"European Union|EU|UE|Union européenne|Europäischen Union|European Commission|"
        r"Commission européenne|EU-Kommission|Europäischen Kommission"
    ),
    "Organization of American States": (
        r"Organi[sz]ation of American States|OAS|OEA|Organisation des États américains"
    ),
    "Commonwealth": r"Commonwealth(?! of)",  # not "the Commonwealth of Dominica"
    "OSCE": r"OSCE|OSZE|Organi[sz]ation for Security and Co-?operation in Europe",
    "Council of Europe": r"Council of Europe|Conseil de l['’]Europe|Europarat(?:s|es)?",
}
# an organisation named "Organization of …" that the table above does not know
_OTHER = r"Organi[sz]ation of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+){0,3}"
_ANY = "|".join(f"(?P<o{n}>{p})" for n, p in enumerate(_NAMES.values())) + f"|(?P<other>{_OTHER})"

# an office that makes its holder the organisation's: heads, deputies, envoys, commissioners
_OFFICE = (
    r"(?:Deputy |Assistant |Under-)?Secretary[- ]General|High(?:er)? Representative|"
    r"(?:Vice[- ])?President|Commissioner|Director[- ]General|Special (?:Representative|Envoy)|"
    r"Resident Coordinator|Secretary for [A-Z][\w ]{2,40}?|Executive Director|"
    r"[Ss]ecrétaire général(?:e)?(?: adjointe?)?|[Hh]aute? [Rr]eprésentante?|"
    r"(?:[Vv]ice-)?[Pp]résidente?|[Cc]ommissaire|[Dd]irect(?:eur|rice) général(?:e)?|"
    r"[Rr]eprésentante? spéciale?|[Ee]nvoyée? spéciale?|[Cc]oordonnat(?:eur|rice) résidente?|"
    r"Generalsekretär(?:in)?|Hohe[rn]? Vertreter(?:in)?|Präsident(?:in)?|Kommissar(?:in)?|"
    r"Generaldirektor(?:in)?|Sonderbeauftragte[rn]?"
)
# "the UN Secretary-General", "European Union's High Representative", "EU-Kommissar"
_ORGANISATION_FIRST = re.compile(rf"(?<![\w-])(?:{_ANY})(?:['’]s\s+|\s+|-)(?:{_OFFICE})\b")
# "Secretary General of the OAS", "secrétaire général de l'OTAN", "Generalsekretär der UNO",
# "Ambassador of the European Union" (but not "Ambassador to the EU": a country's envoy)
_OFFICE_FIRST = re.compile(
    rf"\b(?:{_OFFICE}|Ambassador|[Aa]mbassad(?:eur|rice)|Botschafter(?:in)?)\s+"
    rf"(?:of|de|du|des|der)\s+(?:the\s+|la\s+|l['’]\s*)?(?:{_ANY})(?![\w-])"
)
ORGANISATIONS = frozenset(_NAMES)
# honorifics and given names between an office and the family name: "H.E. Mr. Ban Ki-moon"
_BETWEEN = r"[\s,]+(?:(?:the|H\.E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|M\.|Mme|Herr|Frau|S\.E\.)\s+)*"


def _name(match: re.Match[str]) -> str:
    """Return the English name of the organisation a match of `_ANY` found."""
    if match.group("other"):
        return match.group("other")
    names = list(_NAMES)
    return next(names[n] for n in range(len(names)) if match.group(f"o{n}"))


def organisation_office(text: str) -> str:
    """Return the organisation whose office text names, "" when it names none."""
    match = _OFFICE_FIRST.search(text) or _ORGANISATION_FIRST.search(text)
    return _name(match) if match else ""


# an office ending where a name begins, tried in the few hundred characters before each place
# the name stands (one pattern made with the name in it, compiled for each person, cost the
# parser a third of its time)
_BEFORE_NAME = tuple(
    re.compile(rf"(?:{pattern.pattern}){_BETWEEN}$")
    for pattern in (_OFFICE_FIRST, _ORGANISATION_FIRST)
)
_REACH = 250


def office_before(text: str, name: str) -> str:
    """Return the organisation whose office text writes right before a person's name ("NATO
    Secretary General Jens Stoltenberg", "le Secrétaire général de l'ONU, M. Ban Ki-moon")."""
    starts = list(word_starts(text, name))
    for pattern in _BEFORE_NAME:
        for start in starts:
            found = pattern.search(text, max(0, start - _REACH), start)
            if found:
                return _name(found)
    return ""


def an_office(role: str) -> bool:
    """Return whether a role is an organisation's office alone ("Secretary General")."""
    return re.fullmatch(_OFFICE, role.strip()) is not None
