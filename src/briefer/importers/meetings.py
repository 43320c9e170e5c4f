"""What a release says about a meeting: which paragraph, its format, place and agenda."""

from __future__ import annotations

import re

_MEETING = re.compile(
    r"(?i)\b(?:held|hold|holds|holding|met|meet|meets|meeting|spoke|speaks|talked|hosted|hosts|"
    r"received|receives|welcomed|visited|consultations?|2\+2|dialogue|talks|call with|"
    r"telephone call|phone call|video ?(?:tele)?conference|summit|"
    r"konsultationen|trafen|traf|treffen|telefonierte|telefonat|gespräch(?:e|en)? mit|"
    r"empfing|empfängt|kamen .{0,60}zusammen|videokonferenz|dialog)\b"
)
_FORMATS = (
    ("hybrid", re.compile(r"(?i)\bhybrid\b")),
    ("video teleconference", re.compile(
        r"(?i)\b(?:video ?(?:tele)?conferenc\w*|videoconferenc\w*|video call|by video|via video|"
        r"virtual(?:ly)?|online meeting|videokonferenz\w*|per video|videoschalte|"
        r"videotelefonat)\b")),
    ("telephone", re.compile(
        r"(?i)\b(?:telephone|phone call|by phone|on the phone|call with|called|spoke by phone|"
        r"telefonierte|telefonat\w*|telefonisch)\b")),
)
_IN_PERSON = re.compile(r"(?i)\b(?:met|meet|meets|hosted|hosts|received|visited|visit|"
                        r"in person|trafen|traf|empfing|besuch\w*|zu gast)\b")
_PLACE = re.compile(
    r"\b(?:met|meet|meets|meeting|held|hosted|talks|consultations|dialogue|gathered|convened|"
    r"visit|visited|trafen sich|traf sich|kamen|tagten|Treffen|Konsultationen)\b[^.;:]{0,80}?"
    r"\b(?:in|im|at the .{0,40}? in)\s+(?P<place>[A-ZÄÖÜ][a-zäöüéè]+(?:[- ][A-ZÄÖÜ][a-zäöüéè]+)?)"
)
_NOT_PLACES = {"January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December", "Januar", "Februar", "März",
               "Mai", "Juni", "Juli", "Oktober", "Dezember", "Person", "Addition", "Particular",
               "Order", "Line", "Light", "View", "Response", "Support", "Future", "Zukunft"}
_AGENDA = re.compile(
    r"(?i)(?:the agenda included|on the agenda (?:were|was)|the agenda covered|"
    r"(?:they|ministers|the ministers|both sides|the two sides|the leaders) (?:also )?"
    r"(?:discussed|exchanged views on|talked about|focused on|addressed)|"
    r"(?:the )?(?:talks|discussions|consultations|meeting|call|conversation) "
    r"(?:focused|centred|centered|touched) on|topics (?:included|were)|discussed|"
    r"exchanged views on|themen (?:waren|der gespräche waren)|im mittelpunkt (?:standen|stand)|"
    r"ging es um|sprachen über|besprachen|erörterten|tauschten sich .{0,30}? aus über)"
    r"(?:,?\s*among other things,?|,?\s*inter alia,?|,?\s*unter anderem,?)?\s+(?P<list>[^.]+)"
)
_SPLIT = re.compile(r"\s*(?:;|,\s*(?:as well as|and|sowie|und)\s+|,\s+|\s+as well as\s+|"
                    r"\s+sowie\s+|\s+and on\s+|\s+and the\s+(?=[a-z]))\s*")
_LEADING = re.compile(
    r"(?i)^(?:(?:among other things|inter alia|unter anderem|including|in particular|"
    r"regional issues such as|issues such as|such as|ideas for deepening|ways to (?:deepen|"
    r"strengthen|expand)|how to (?:deepen|strengthen)|the situation (?:in|on)|on|the|a|an|"
    r"their|our|die|der|das|den|dem|über|zu|zur|zum|fragen der|themen wie|wie)\s+)+"
)


def is_meeting(text: str) -> bool:
    """Return whether text reports a meeting or call."""
    return bool(_MEETING.search(text))


def meeting_format(text: str) -> str:
    """Return how a meeting was held, as one of the model's meeting formats, or ""."""
    for name, pattern in _FORMATS:
        if pattern.search(text):
            return name
    return "in person" if _IN_PERSON.search(text) or meeting_place(text) else ""


def meeting_place(text: str) -> str:
    """Return the city or country a meeting was held in, or ""."""
    for match in _PLACE.finditer(text):
        place = match.group("place")
        if place.split()[0] not in _NOT_PLACES:
            return place
    return ""


def agenda_topics(text: str) -> list[str]:
    """Return the topics of an agenda sentence ("The agenda included X, Y and Z")."""
    match = _AGENDA.search(text)
    if match is None:
        return []
    parts = _SPLIT.split(match.group("list"))
    # "A, B and C": the last part holds two topics when both sides of its last "and" are phrases
    joins = list(re.finditer(r"\s+(?:and|und)\s+", parts[-1]))
    if len(parts) > 1 and joins:
        head, tail = parts[-1][: joins[-1].start()], parts[-1][joins[-1].end():]
        if len(head.split()) >= 2 and len(tail.split()) >= 2:
            parts[-1:] = [head, tail]
    topics: list[str] = []
    for part in parts:
        topic = _LEADING.sub("", part.strip(" .,;:")).strip(" .,;:")
        if len(topic) > 2 and len(topic.split()) <= 14 and topic not in topics:
            topics.append(topic[0].upper() + topic[1:])
    return topics
