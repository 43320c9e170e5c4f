"""The topics a release says a meeting's agenda held: "The agenda included X, Y and Z"."""

from __future__ import annotations

import re

_AGENDA = re.compile(
    r"(?i)\b(?:the agenda included|on the agenda (?:were|was)|the agenda covered|"
    r"(?:they|ministers|the ministers|both sides|the two sides|the leaders) (?:also )?"
    r"(?:discussed|exchanged views on|talked about|focused on|addressed)|"
    r"(?:the )?(?:talks|discussions?|consultations|meeting|call|conversation) "
    r"(?:focused|centred|centered|touched) on|topics (?:included|were)|discussed|"
    r"exchanged views on|reviewed|welcomed (?:steady )?progress (?:in|on)|condemned|"
    r"themen (?:waren|der gespräche waren)|im mittelpunkt (?:\w+ \w+ )?(?:standen|stand)|"
    r"ging es um|sprachen über|besprachen|erörterten|tauschten sich .{0,30}? aus über|"
    r"ont (?:notamment )?(?:évoqué|abordé|discuté de|échangé sur|passé en revue)|"
    r"(?:les )?(?:entretiens?|échanges|discussions) ont (?:notamment )?porté sur)"
    r"(?:,?\s*among other things,?|,?\s*inter alia,?|,?\s*unter anderem,?)?\s+(?P<list>[^.]+)"
)
_SPLIT = re.compile(
    r"\s*(?:;|,\s*(?:as well as|and|sowie|und)\s+|,\s+|\s+as well as\s+|"
    r"\s+sowie\s+|\s+and on\s+)\s*"
)
# Where a list of topics ends and the sentence goes on: "…, and agreed that …".
_CLAUSE = re.compile(
    r"(?:,\s*|\s+)(?:and|und)\s+(?:also\s+)?(?:\w+ed|agreed|confirmed|"
    r"underlined|stressed|reaffirmed|vereinbarten|bekräftigten|betonten)\b.*$"
)
_DIRECTIONS = {"East", "West", "North", "South", "Central", "Ost", "Nord", "Süd"}
_RELATIVE = re.compile(r"(?i)^(?:during which|which|who|where|that|die|der|das|welche)\b")
_TRAILING = re.compile(
    r"\s+(?:signed|adopted|agreed|launched|held|made|taken|announced|"
    r"unterzeichnet|beschlossen)\b.*$"
)
_LEADING = re.compile(
    r"(?i)^(?:(?:among other things|inter alia|unter anderem|including|in particular|"
    r"discussed|addressed|exchanged views on|reviewed|"
    r"regional issues such as|issues such as|such as|ideas for deepening|ways to (?:deepen|"
    r"strengthen|expand)|how to (?:deepen|strengthen)|the situation (?:in|on)|on|the|a|an|"
    r"their|our|die|der|das|den|dem|über|zu|zur|zum|fragen der|themen wie|wie|"
    r"notamment|la situation (?:en|au|aux|à)|les|le|la|des|du|de|sur)\s+)+"
)


def agenda_topics(text: str) -> list[str]:
    """Return the topics of the agenda sentences in text ("The agenda included X, Y and Z")."""
    topics: list[str] = []
    for match in _AGENDA.finditer(text):
        for topic in _topics(_CLAUSE.sub("", match.group("list"))):
            if topic not in topics:
                topics.append(topic)
    return topics


def _topics(listed: str) -> list[str]:
    parts = _SPLIT.split(listed)
    # "A, B and C": the last part holds two topics when both sides of its last "and" are
    # phrases, but not "between A and B"
    joins = list(re.finditer(r"\s+(?:and|und)\s+", parts[-1]))
    if joins:
        head, tail = parts[-1][: joins[-1].start()], parts[-1][joins[-1].end() :]
        shortest = 2 if len(parts) > 1 else 3
        proper_pair = head.split()[-1] in _DIRECTIONS  # "the East and South China Seas"
        if (
            min(len(head.split()), len(tail.split())) >= shortest
            and not proper_pair
            and not re.match(r"(?:of|on|in|at|for|von|zu)\b", tail)
            and not re.search(r"\b(?:between|zwischen)\b", head)
        ):
            parts[-1:] = [head, tail]
    topics: list[str] = []
    for part in parts:
        topic = _LEADING.sub("", part.strip(" .,;:")).strip(" .,;:")
        topic = _TRAILING.sub("", topic)
        if len(topic) > 2 and not _RELATIVE.match(topic) and len(topic.split()) <= 16:
            topics.append(topic[0].upper() + topic[1:])
    return topics
