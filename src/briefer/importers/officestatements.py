"""An office speaking in its own voice: its statement, or its position told without its words."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from briefer.importers import meetings
from briefer.importers.datelines import dateline_end
from briefer.importers.headings import JOINT_HEADING, OFFICE
from briefer.importers.layout import Layout
from briefer.importers.mentions import Mention
from briefer.importers.passages import FoundStatement
from briefer.importers.quotes import Quoted, find_quoted
from briefer.importers.runningtext import lede_start, preamble, running_statement
from briefer.importers.signatures import signer_after


def takes_position(paragraphs: list[str], layout: Layout) -> bool:
    """Return whether a release gives a ministry's or government's position without its
    words: its lede's subject is the office and its verb a position ("Brio.- The Ministry of
    Foreign Affairs has restated its backing for …", "The ministry and its consulate informed
    that they are following …"), told in the third person with no quotation."""
    body = [i for i in layout.body if not preamble(paragraphs[i])]
    if not body:
        return False
    lede = paragraphs[body[0]].strip()
    first = next(meetings.each_sentence(lede[lede_start(lede) :]), "")
    subject = _POSITION_SUBJECT.match(first)
    return subject is not None and OFFICE.match(subject["office"]) is not None


# an office that states its position: "The Ministry … has restated its backing", "… informed
# that", "… reaffirms its support", "… rejects …"
_POSITION_SUBJECT = re.compile(
    r"^(?P<office>(?:the |le |la |l['’])?[A-ZÄÖÜÉ][^.;:]{2,120}?)\s+"
    r"(?:(?:has|have|had|a|ont) )?(?:once again |again |firmly |strongly )?"
    r"(?:restate|reiterate|reaffirm|reject|condemn|inform|support|back|deplore|regret|"
    r"réaffirm|réitér|rejet|condamn|déplor|regrett|inform)\w*\b",
    re.IGNORECASE,
)


def office_statement(
    paragraphs: list[str], layout: Layout, release_people: int
) -> list[FoundStatement]:
    """Return the body as an office's statement when no one is named and its first sentence
    takes a position: in the first person plural ("We are deeply concerned …") or with an
    office or country as its subject ("The Ministry of Foreign Affairs notes with regret …",
    "Georgia condemns …", "Le Gouvernement salue …"). When the release names people, only a
    ministry or government that opens it so ("The Ministry of Foreign Affairs refers to …"
    over the ambassador it summoned): else the release reports on the people."""
    body = list(layout.body)
    while body and preamble(paragraphs[body[0]]):
        body = body[1:]
    if not body or JOINT_HEADING.search(" ".join([layout.title, *layout.labels])):
        return []
    first = paragraphs[body[0]]
    opening = list(itertools.islice(meetings.each_sentence(first[dateline_end(first) :]), 2))
    subject = _OFFICE_SUBJECT.match(opening[0]) if opening else None
    if not (any(_WE.search(sentence[:160]) for sentence in opening) or subject):
        return []
    if release_people and not (subject and OFFICE.match(subject["office"])):
        return []
    quoted = find_quoted(paragraphs[body[0]])
    if quoted and not (subject and _scare_quotes(quoted)):
        return []  # a report that quotes someone, not the office speaking
    office = subject.group("office").strip() if subject and OFFICE.match(subject["office"]) else ""
    speaker = Mention("", office or layout.publisher, "", 0, 0)
    found = running_statement(paragraphs, body, speaker, layout, "the office's statement")
    if found is not None:
        found.speaker = signer_after(paragraphs, found.indices[-1] + 1) or speaker
    return [found] if found else []


def _scare_quotes(quoted: Sequence[Quoted]) -> bool:
    """Return whether an office's own sentence quotes only a few words of someone else's, to
    reject them ("… rejects the senator's claim that Estoria is “a threat to regional
    trade”."): closed quotations of at most _SCARE_WORDS words, not a report's quotation."""
    return all(q.closed and len(q.text.split()) <= _SCARE_WORDS for q in quoted)


_SCARE_WORDS = 8


# the opening of a text that speaks for a government: "We are deeply concerned", "Nous
# condamnons", "Wir verurteilen" ("We, the Ministers …" opens a collective declaration)
_WE = re.compile(r"^(?:[^.;:]{0,60}?,\s*)?(?:we|nous|wir)\b(?!,)", re.IGNORECASE)


# an office or a country that takes a position: "The Ministry of Foreign Affairs notes",
# "Georgia has been and remains committed", "Le Gouvernement condamne"
_OFFICE_SUBJECT = re.compile(
    r"^(?P<office>(?:the |le |la |l['’]|die |das |der )?[A-ZÄÖÜÉ][^.;:]{2,120}?)\s+"
    r"(?:(?:has|have|had|hat|a|ont|took|takes) (?:\w+ )?)?(?:is|are|was|remains?|bleibt|reste)?\s*"
    r"(?:strongly |firmly |deeply |once again |again |resolutely |entschieden |"
    r"aufs schärfste |fermement |vivement )?"
    r"(?:condemn|express|call|welcome|refer|regret|deplore|reject|urge|reiterat|reaffirm|note|"
    r"protest|strongly|committed|concerned|alarmed|shocked|saddened|appalled|horrified|dismayed|"
    r"extend|offer|convey|support|"
    r"verurteil|bedauer|begrüß|forder|weist|äußert|drückt|zeigt sich|ist (?:zutiefst )?"
    r"(?:besorgt|bestürzt|entsetzt)|condamn|exprim|salu|appel|regrett|déplor|rejet|réaffirm|"
    r"présente|adresse|est (?:profondément )?(?:préoccupé|attristé|choqué|consterné))",
    re.IGNORECASE,
)
