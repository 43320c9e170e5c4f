"""How a reported meeting was held: in person, by telephone, by video, or both."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import date

from briefer.importers import meetingplaces, meetings, meetingwords
from briefer.importers.meetingdates import HELD
from briefer.importers.meetingreports import is_background
from briefer.importers.occasions import is_dated

_SPOKE_AGAIN = 3  # sentences after one that "spoke with" another read for where they spoke
_SAYS_HOW = 60  # sentences of the report read for how the meeting was held


_THE_MEETING = re.compile(
    r"(?i)\b(?:the (?:meeting|talks|consultations|dialogue|call|discussion)|"
    r"(?:das|die) (?:treffen|gespräche?|konsultationen|telefonat)|"
    r"(?:l['’](?:entretien|appel)|la (?:réunion|rencontre|conversation)))\b"
)
_REMOTE = re.compile(
    r"(?i)\b(?:by video|via video|video link|per video|zugeschaltet|"
    r"joined (?:online|virtually|remotely)|by (?:tele)?phone)\b"
)


# a call named as such, wherever the report names it
_CALL_TOLD = re.compile(
    r"(?i)\b(?:(?:tele)?phone (?:call|conversation|talk)s?|calls? of (?:congratulation|"
    r"condolence)s?|(?:congratulatory|condolence) calls?|by (?:tele)?phone|over the phone|"
    r"on the phone|(?:appel|entretien|échange|conversation) téléphonique|au téléphone|"
    r"par téléphone|coups? de (?:téléphone|fil)|(?:son|leur|cet|l['’]|un|leurs|ses) appels? "
    r"(?:avec|à|au|aux)|telefonat\w*|telefonisch\w*|telefongespräch\w*|"
    r"(?:llamada|conversación) telefónica|por teléfono|"
    # someone called by their office: "Il a aussi appelé le Premier ministre X", "also phoned
    # President X"
    r"(?:(?:a|ont) (?:\w+ ){0,2}?(?:appelé|téléphoné)|(?:also |then |later )?(?:called|phoned|"
    r"rang)) (?:(?:le|la|son|sa|ses|les|the|his|her) |au |à )?(?:homologue|counterpart|"
    r"président|présidente|president|premier|première|prime|ministre|minister|chef|roi|reine|"
    r"king|queen|chancelier|chancelière|chancellor|émir|emir))\b"
)


def how_held(
    sentence: str,
    paragraphs: list[str],
    title: str,
    place: str,
    later: Sequence[str] = (),
    published: date | None = None,
) -> str:
    """Return how the meeting was held: as its sentence or the headline says; else as a
    sentence about "the meeting" says (not a dated one, which is about another occasion);
    hybrid when it was held somewhere and someone joined from afar."""
    # a call named for background is not how this meeting was held: "After a call with X, …"
    stated = meetingplaces.meeting_format(f"{meetingwords.without_background(sentence)} {title}")
    # what the report says of "the meeting" is said early: its first sentences are enough
    said = (s for p in paragraphs for s in meetings.each_sentence(p) if s != sentence)
    others = list(itertools.islice(said, _SAYS_HOW))
    if meetingplaces.only_spoke(f"{sentence} {title}") and any(
        meetings.meeting_sentence(other) and meetingplaces.meeting_format(other) == "in person"
        for other in others[:_SPOKE_AGAIN]
    ):
        return "in person"  # "spoke with X", then "spoke with X in Geneva, where both …"
    if stated not in ("", "in person"):
        return stated
    for other in others:
        if _THE_MEETING.search(other) and not is_dated(other):
            specific = meetingplaces.meeting_format(other)
            if specific == "hybrid" or (specific and not (place or stated)):
                return specific
            if specific and _REMOTE.search(other):
                return "hybrid"
            if specific and HELD.search(other):
                return specific  # "The meeting was held virtually": said outright
    if not stated and _called_later(sentence, later, published):
        return "telephone"
    if (place or stated == "in person") and any(
        _REMOTE.search(s) and not is_dated(s) for s in others
    ):
        return "hybrid"
    return stated or ("in person" if place else "")


def _called_later(sentence: str, later: Sequence[str], published: date | None) -> bool:
    """Return whether talks told with no place ("X s'est entretenu lundi avec Y") are called
    a call further on in the report ("Lors de son appel avec M. Y", "the phone call"), not
    of an earlier day: the call's readout."""
    if meetingplaces.meeting_place(sentence):
        return False
    told = (s for p in later for s in meetings.each_sentence(p) if s != sentence)
    return any(
        _CALL_TOLD.search(s) and not is_background(s, published)
        for s in itertools.islice(told, _SAYS_HOW)
    )
