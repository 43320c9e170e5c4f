"""The sentences of a text, and which of them reports a meeting that took place, not one ahead
or planned.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from briefer.importers.meetingwords import meeting_word

_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|is (?:scheduled|expected|due|set) to|are (?:scheduled|expected|due|set) "
    r"to|plans? to|planning to|is to|are to|hop(?:e|es|ed) to|look(?:s|ed)? forward to|"
    r"wish(?:es|ed)? to|"
    r"would like to|wird|werden|soll|sollen|plant|planen|reist|next (?:week|month|year)|"
    r"upcoming|kommende[nr]?|se rendra|rencontrera|recevra|participera|aura lieu|prochaine?|"
    # an infinitive without "is": "a fair to be held in June", "due to be held online"
    r"(?:due )?to be (?:held|hosted|convened|organi[sz]ed))\b"
)
# the meeting word is what is to come: "a fair to be held", "the summit due to take place"
_TO_COME = re.compile(r"(?i)\b(?:to be|due to|will be)\s+$")
# a meeting that is planned, wherever the sentence says so ("… ist vorgesehen")
# or on a visit's programme ("Auf dem Besuchsprogramm standen Treffen mit …"): planned, not
# told as held
_PLANNED = re.compile(
    r"(?i)\b(?:vorgesehen|geplant|est prévue?|is planned|are planned|auf dem \w*programm|"
    r"on the (?:\w+ )?programme|au programme)\b"
)
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|Prof|St|No|Nr|Hon|Rt|Sen|Gen|Col|Lt|Apr|Jan|Feb|Mar|Jun|Jul|Aug|Sep|"
    r"Sept|Oct|Nov|Dec|e\.g|i\.e|p\.m|a\.m|U\.S|z\.B|bzw|ca|Abs|Art)|\b[A-Z]|"
    r"(?<![\d.])\d{1,2})\.$"  # an initial, a German ordinal day ("am 20. April")
)


def each_sentence(text: str) -> Iterator[str]:
    """Yield the sentences of text one by one, for a reader that may stop early; not split
    at "Dr." or "p.m." or an initial ("S. Jaishankar")."""
    start = 0
    for match in re.finditer(r"[.!?][”“\"»«’)]?\s+(?=[A-ZÄÖÜÉÀÈÇ„“\"«»‘(\d])", text):
        if _ABBREVIATION.search(text[max(start, match.start() - 12) : match.start() + 1]):
            continue
        sentence = text[start : match.end()].strip()
        start = match.end()
        if sentence:
            yield sentence
    if text[start:].strip():
        yield text[start:].strip()


@functools.lru_cache(maxsize=4096)  # asked of the same paragraph by several passes
def meeting_sentence(text: str, programme: bool = False) -> str | None:
    """Return the first sentence of text that reports a meeting or call that took place;
    with programme, also a visit's programme told in the past ("Auf dem Besuchsprogramm
    standen Treffen mit X"), which reports the visit's meetings when nothing before does."""
    for sentence in each_sentence(text):
        match = meeting_word(sentence)
        if (
            match
            and not _FUTURE.search(sentence[: match.start()])
            and not _to_come(sentence, match.start())
            and not (
                _PLANNED.search(sentence) and not (programme and _PROGRAMME_HELD.search(sentence))
            )
            and not _CONDOLENCE_BOOK.search(sentence)
        ):
            return sentence
    return None


# a past programme: "Auf dem Besuchsprogramm standen Treffen mit …", "… stand auf dem Programm"
_PROGRAMME_HELD = re.compile(
    r"(?i)\b(?:auf dem \w*programm[^.]{0,120}?\b(?:standen|stand)|(?:standen|stand)\b[^.]{0,160}?"
    r"auf dem \w*programm|(?:was|were) on the (?:\w+ )?programme|"
    r"on the (?:\w+ )?programme (?:was|were)|au programme (?:figuraient|figurait|étaient|était))\b"
)


# "visited the embassy to sign the book of condolences": a gesture of mourning, no meeting
_CONDOLENCE_BOOK = re.compile(
    r"(?i)\b(?:books? of condolences?|condolence books?|kondolenzbuch\w*|"
    r"registres? de condoléances|livres? de condoléances)\b"
)


def _to_come(sentence: str, start: int) -> bool:
    """Return whether the words around a meeting word put it ahead ("to be held"; German
    verb-last "…, wo sie mit X zusammentreffen wird", "… treffen soll")."""
    return _TO_COME.search(sentence[max(0, start - 12) : start]) is not None or bool(
        _GERMAN_TO_COME.match(sentence, start)
    )


_GERMAN_TO_COME = re.compile(r"(?i)\w*treffen\s+(?:wird|werden|soll|sollen|will|wollen)\b")


# a summons told in the passive: the one who received the envoy is named after
_SUMMONED = re.compile(
    r"(?i)\b(?:(?:was|were|has been|have been|had been) (?:\w+ )?(?:summoned|invited|called in|"
    r"convened)|einbestellt|(?:a|ont) été convoquée?s?)\b"
)


def summoned(sentence: str) -> bool:
    """Return whether a meeting sentence tells of an envoy summoned, in the passive ("was
    invited to the Ministry"): who received the envoy is told in the sentence after."""
    match = meeting_word(sentence)
    return match is not None and bool(_SUMMONED.match(sentence, match.start()))


def meeting_to_come(sentence: str) -> bool:
    """Return whether a sentence speaks of a meeting still to come ("He will also meet X")."""
    match = meeting_word(sentence)
    return match is not None and bool(
        _FUTURE.search(sentence[: match.start()])
        or _to_come(sentence, match.start())
        # a programme told in the past is no meeting to come: "standen Treffen mit X"
        or (_PLANNED.search(sentence) and not _PROGRAMME_HELD.search(sentence))
    )


def future_tense(sentence: str) -> bool:
    """Return whether a sentence speaks of what is ahead ("will travel", "wird … reisen")."""
    return bool(_FUTURE.search(sentence))


def meeting_subject(sentence: str) -> str:
    """Return what a meeting sentence says before its word for the meeting: who met ("The
    foreign ministers of A, B and C held …"), or ""."""
    match = meeting_word(sentence)
    return sentence[: match.start()] if match else ""
