"""The consultation a release reports, built from the paragraphs that report the meeting."""

from __future__ import annotations

import itertools
import re

from briefer.i18n import _
from briefer.importers import agendas, meetingplaces, meetings
from briefer.importers.layout import Layout
from briefer.importers.meetingdates import meeting_dates
from briefer.importers.meetingformats import how_held
from briefer.importers.meetingreports import REPORT
from briefer.importers.participants import find_participants
from briefer.importers.publishers import PUBLISHER_PATTERN
from briefer.importers.release import Release
from briefer.model.records import Consultation

_TITLE_PREFIX = re.compile(
    rf"^(?:{PUBLISHER_PATTERN})(?:\s+(?:and|und)\s+(?:the\s+)?"
    rf"(?:{PUBLISHER_PATTERN}))?\s+(?:on|zu|zum|zur)\s+(?P<rest>.+)$"
)


def build_consultation(release: Release, found: list[int], layout: Layout) -> Consultation:
    """Return the consultation reported by the paragraphs found (the principal one first)."""
    paragraphs = release.paragraphs
    principal = paragraphs[found[0]]
    in_order = sorted(found)
    sentences = [s for i in in_order if (s := meetings.meeting_sentence(paragraphs[i]))]
    if not sentences:  # the headline reported the meeting: the lede's first sentence dates it
        sentences = list(itertools.islice(meetings.each_sentence(principal), 1))
    sentence = meetings.meeting_sentence(principal) or principal
    participants = find_participants(release, found, layout)
    dates = meeting_dates(release, layout, sentences, in_order, participants)
    if dates and dates[0].relative and not dates[0].stated:
        how = _("“{words}” counted from the release's date").format(words=dates[0].text)
        release.infer("consultation.date", how)
    texts = (sentence, layout.title, *layout.standfirst)
    places = [
        *(meetingplaces.meeting_place(t) for t in texts),
        layout.dateline,
        *(meetingplaces.meeting_place(t) for t in sentences),
        *(meetingplaces.seat_named(t) for t in (*texts, *sentences)),
        *(meetingplaces.meeting_place(t, loose=True) for t in (*texts, *sentences)),
    ]
    topics: list[str] = []
    position = layout.body.index(in_order[0])
    for index in layout.body[position : position + REPORT]:
        for topic in agendas.agenda_topics(paragraphs[index]):
            if topic not in topics:
                topics.append(topic)
    # "un message … à João Lourenço": a person who took part is no place
    named = {word for person in participants for word in person.name.split()}
    place = next((p for p in places if p and not set(p.replace("-", " ").split()) <= named), "")
    if place and place == layout.dateline and places.index(place) >= len(texts):
        release.infer("consultation.place", _("the dateline's place"))
    report = [paragraphs[i] for i in layout.body[position : position + REPORT]]
    told = [paragraphs[i] for i in in_order]
    form = how_held(sentence, told, layout.title, place, report, layout.published)
    if form == "in person" and not meetingplaces.meeting_format(f"{sentence} {layout.title}"):
        release.infer("consultation.format", _("a place is named and no call or video link"))
    return Consultation(
        title=_title(layout.title),
        date=dates[0].value if dates else None,
        format=form,
        place=place if form not in ("telephone", "video teleconference") else "",
        participants=tuple(participants),
        topics=tuple(topics),
        summary=principal.strip(),
    )


def _title(headline: str) -> str:
    prefixed = _TITLE_PREFIX.match(headline)  # "Federal Foreign Office on consultations …"
    if prefixed is None:
        return headline
    rest = prefixed.group("rest")
    return rest[0].upper() + rest[1:]
