"""Other occasions a meeting's report tells of, whose people did not take part in it."""

from __future__ import annotations

import re
from datetime import date

from briefer.importers import meetings
from briefer.importers.dates import find_dates

# "during the talks between A and B", "nach dem Treffen des X mit Y": another meeting named;
# "During the visit, …" is the visit reported, a visit "of/by X" another
_REFERENCE = re.compile(
    r"(?i)\b(?:during|after|since|following|pendant|après|depuis|lors de|beim|nach dem|"
    r"seit dem|bei dem)\s+(?:the |l['’]|le |la |les |dem |den |der )?(?:\w+ )?"
    r"(?:meeting|talks?|conversation|call|entretien|rencontre|réunion|treffen|"
    r"gespräch|telefonat|(?:visit|visite|besuch)(?=\s+(?:of|by|between|de|du|des|von|vom)\b))"
)


def outside_meeting(paragraph: str, days: set[date] | None = None) -> list[tuple[int, int]]:
    """Return the spans of a paragraph outside its sentences that report a meeting ("X also
    met Y") or who came to it ("accompanied by Z"); a sentence about another occasion (dated,
    unless on one of the meeting's days, or "during the talks between A and B") is outside
    too."""
    outside, position = [], 0
    for sentence in meetings.each_sentence(paragraph):
        start = paragraph.find(sentence, position)
        reports = (
            meetings.meeting_sentence(sentence) is not None or bool(ACCOMPANIED.search(sentence))
        ) and not (
            _ANOTHER_OCCASION.search(sentence)
            or _REFERENCE.search(sentence)
            or (is_dated(sentence) and not _on_days(sentence, days))
        )
        if not reports:
            outside.append((start, start + len(sentence)))
        position = start + len(sentence)
    return outside


# "Der Doyen wurde begleitet vom Vizedoyen, …": who came with a participant took part, and
# so did who was present ("L'audience s'est déroulée en présence de X", "Also present were
# …", "An dem Gespräch nahm auch X teil") or handed over credentials ("Presenting their
# letters of credence were …")
ACCOMPANIED = re.compile(
    r"(?i)\b(?:begleitet (?:von|vom)|in begleitung|"
    r"begleitet wurden?\b[^.]{0,80}?\b(?:von|vom)\b|accompanied by|accompagnée? (?:de|par)|"
    r"in the presence of|im beisein (?:von|des|der)|en (?:la )?présence de|"
    r"accompanying (?:him|her|them|the \w+(?: \w+)?) (?:was|were)|"
    r"(?:also )?present (?:was|were)|(?:was|were) (?:also )?(?:present|attended by)|"
    r"also attended|presenting (?:their|his|her) (?:letters? of credence|credentials)|"
    r"(?:nahm|nahmen) (?:[^.]|(?<=\d)\.){0,100}?\bteil\b|"
    r"(?:waren|war) (?:auch |ebenfalls )?anwesend|anwesend (?:waren|war)|"
    r"(?:étaient|était) (?:également |aussi )?présente?s?|"
    r"(?:a|ont) (?:également |aussi )?(?:assisté|participé) à (?:l['’]entretien|la rencontre|"
    r"la réunion|l['’]audience)|"
    # who the counterparts met were: "Il s'agit notamment du ministre espagnol …, X, du …"
    r"il s['’]agit (?:notamment )?(?:de|du|des|d['’])|among them were|"
    r"in attendance (?:was|were)|(?:was|were) (?:also )?in attendance|"
    # someone who joined the call or talks: "asked King X, who was visiting, to join the
    # call", "X joined the talks", "took part in the conversation", "s'est joint à l'entretien"
    r"join(?:ed|s)? (?:the|their|them in the|them for the) (?:call|conversation|talks|meeting|"
    r"discussions?)|took part in the (?:call|conversation|talks|meeting|discussions?)|"
    r"s['’]est (?:également )?jointe? à (?:l['’]entretien|l['’]appel|la conversation|"
    r"la rencontre)|(?:a|ont) (?:également )?pris part à (?:l['’]entretien|l['’]appel|"
    r"la rencontre|la réunion)|schaltete sich [^.]{0,60}?zu|"
    # envoys of a credentials ceremony named one by one: "The first envoy received was
    # Ambassador A", "Of the new envoys, Ambassador B will reside in …"
    r"(?:first|second|third|fourth|fifth|next|last|other|remaining) (?:new )?(?:envoys?|"
    r"ambassadors?|heads? of missions?|high commissioners?) (?:received|to be received|to present|"
    r"presenting|was|were)|of the (?:\w+ )?new (?:envoys|ambassadors|heads of missions?|"
    r"high commissioners)\b)"
)


# A sentence about another occasion: people it names did not take part in this meeting
_ANOTHER_OCCASION = re.compile(
    r"(?i)\b(?:zuvor|vorher|bereits|schon|already|déjà|earlier|previously|following up|"
    r"last (?:week|month|year)|"
    r"auparavant|précédemment|la veille|the day before|am vortag)\b"
)


# who did not come: "X, who was unable to attend, sent a message", "Y war verhindert"
_ABSENT = re.compile(
    r"(?i)\b(?:(?:was|were) unable to (?:attend|join|come|travel)|could not (?:attend|join|come)|"
    r"did not (?:attend|take part)|(?:was|were) absent|sent (?:his|her|their) apologies|"
    r"(?:war|waren) verhindert|(?:konnte|konnten) nicht (?:teilnehmen|kommen|anreisen)|"
    r"(?:nahm|nahmen) nicht teil|n['’](?:a|ont) pas pu (?:assister|participer|venir|se rendre)|"
    r"(?:était|étaient) absente?s?|(?:s['’]est|se sont) fait excuser)"
)


# "… met Y today, ahead of Mr Z's meetings with …": what follows is another occasion
_AHEAD_OF = re.compile(
    r"(?i)\b(?:ahead of|prior to|in preparation for|before (?:his|her|their|the) "
    r"(?:meetings?|talks|visit)|avant (?:sa|son|ses|leur|la|le) (?:rencontre|entretien|visite)|"
    r"vor (?:seinem|ihrem|dem|den) (?:Treffen|Gespräch|Gesprächen|Besuch))\b"
)


# who is to chair another occasion: "prepared the session that the Presidents X and Y are
# to chair", "the summit to be chaired by X", "die Sitzung, die X leiten wird"
_TO_CHAIR = re.compile(
    r"(?i)\b(?:that|which)\s+[^,.;]{0,120}?\b(?:are|is|will)\s+(?:to\s+|be\s+)?"
    r"(?:co-?)?(?:chair|chairing|preside|presiding|lead|leading)\b|"
    r"\bto be (?:co-?)?(?:chaired|presided over|led) by\b[^,.;]{0,120}|"
    r"\bque\s+[^,.;]{0,120}?\b(?:présideront|présidera|coprésideront)\b|"
    r"\b(?:die|den|das)\s+[^,.;]{0,120}?\b(?:leiten|vorsitzen) (?:werden|wird|sollen|soll)\b"
)


# who heads the place where the meeting was held: "at the permanent mission, whose head is
# Ambassador X", "at the embassy, headed by Y", "à l'ambassade, dirigée par Z" (a delegation
# "headed by" its minister is another matter: he came)
_VENUE_HEAD = re.compile(
    r"(?i)\b(?:mission|embassy|consulate|residence|headquarters|office|ambassade|consulat|"
    r"résidence|botschaft|vertretung|konsulat)(?:\s+(?:of|in|to|at|de|du|en|à)\s+[^,.;]{1,40}?)?"
    r",?\s+(?P<head>(?:whose head is|(?:which is |that is )?(?:headed|led|run) by|under the "
    r"(?:responsibility|leadership) of|dirigée? par|que dirige|geleitet von)\b[^,.;]{0,80})"
)


# history: "friends since 1961, when President X opened the first embassy"
_HISTORY = re.compile(
    r"(?i)\b(?:since|in|until|back to|seit|depuis|en)\s+(?:\w+\s+){0,2}?(?:1[89]|20)\d\d\s*,?\s*"
    r"(?:when|als|lorsque|quand|où)\b"
)


def other_occasions(paragraph: str) -> list[tuple[int, int]]:
    """Return the spans of a paragraph's sentences about another occasion ("Zuvor war X
    von Bundespräsident Gauck begrüßt worden", "He will also meet X"), unless it is the
    meeting's own sentence, and in that one the clause that opens with "ahead of …"."""
    spans: list[tuple[int, int]] = []
    position = 0
    meeting = meetings.meeting_sentence(paragraph)
    for sentence in meetings.each_sentence(paragraph):
        start = paragraph.find(sentence, position)
        position = start + len(sentence)
        if _ARRIVAL.search(sentence):  # the envoy who greets a visitor on arrival
            spans.extend(
                (start + m.start("who"), start + m.end()) for m in _GREETED.finditer(sentence)
            )
        if sentence == meeting:
            ahead = _AHEAD_OF.search(sentence)
            if ahead:  # to the clause's end: "prior to attending X, held talks with Y"
                comma = sentence.find(",", ahead.end())
                spans.append((start + ahead.start(), start + comma if comma >= 0 else position))
            spans.extend((start + m.start(), start + m.end()) for m in _TO_CHAIR.finditer(sentence))
            spans.extend(
                (start + m.start("head"), start + m.end()) for m in _VENUE_HEAD.finditer(sentence)
            )
        elif (
            _ANOTHER_OCCASION.search(sentence)
            or _HISTORY.search(sentence)
            or _ABSENT.search(sentence)
            or meetings.meeting_to_come(sentence)
            or (is_dated(sentence) and meetings.meeting_sentence(sentence) is not None)
        ):
            spans.append((start, position))
    return spans


# a visitor greeted on arrival by an envoy or embassy staff, who are no side of the talks:
# "was welcomed by Norland's Ambassador to Valdoria, X, and then met …", "fue recibida en el
# aeropuerto por el embajador X", "accueillie à son arrivée par l’ambassadeur X"
_ARRIVAL = re.compile(
    r"(?i)\b(?:(?:on|upon) (?:\w+ )?arrival|at the airport|arriving|à (?:son|leur) arrivée|"
    r"à l['’]aéroport|bei (?:seiner|ihrer) ankunft|am flughafen|a su llegada|"
    r"en el aeropuerto|al llegar)\b"
)
_GREETED = re.compile(
    r"(?i)\b(?:welcomed|greeted|received|met|empfangen|begrüßt|accueillie?s?|reçue?s?|"
    r"recibid[oa]s?)\b[^.;]{0,40}?\b(?:by|von|vom|par|por)\b"
    r"(?P<who>[^.;]{0,80}?\b(?:ambassador|embassy|chargé|consul|protocol|botschafter\w*|"
    r"botschaft|ambassadeur\w*|ambassade|embajador\w*|embajada|protocole|protokoll\w*)\b"
    r"[^.;]*?)(?=,? (?:and|before|then|und|et|y|puis|luego|dann|begrüßt|empfangen)\b|[.;]|$)"
)


def _on_days(sentence: str, days: set[date] | None) -> bool:
    """Return whether every full date of a sentence is one of days ("Earlier on 19 June 2012,
    … called on X" in a visit dated 19 June 2012)."""
    if not days:
        return False
    dated = [m.value for m in find_dates(sentence, None) if not m.relative]
    return bool(dated) and all(d in days for d in dated)


def is_dated(sentence: str) -> bool:
    """Return whether a sentence is about a dated occasion ("in April 2021", "on 3 May");
    "today" is the release's own day, not another occasion."""
    if re.search(r"\b(?:19|20)\d\d\b", sentence):
        return True  # a year: read at once, before the dates are looked for
    return any(not m.relative for m in find_dates(sentence, None))
