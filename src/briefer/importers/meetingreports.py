"""Which paragraphs of a release report the meeting it tells, if it tells one."""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefer.importers import meetings
from briefer.importers.dates import find_dates
from briefer.importers.knownpersons import known_mentions
from briefer.importers.layout import Layout
from briefer.importers.ledes import is_prose, lede_paragraphs
from briefer.importers.meetingsides import between_sides, named_before
from briefer.importers.meetingwords import quoted_others_meeting
from briefer.importers.names import surname
from briefer.importers.release import Release

REPORT = 9  # paragraphs from the meeting's that may still report on it


BACKGROUND = timedelta(days=14)  # an earlier meeting mentioned for background


def find_meeting(release: Release, layout: Layout) -> list[int]:
    """Return the paragraphs of the lede that report the meeting, the one naming most
    participants first; empty when the release reports none (an announcement, a statement)."""
    reporting: dict[int, str] = {}
    earlier: dict[int, str] = {}
    if _takes_office(release, layout) or _interview(release, layout):
        return []
    for index in lede_paragraphs(release, layout):
        # a visit's programme told in the past reports its meetings when nothing before does
        sentence = meetings.meeting_sentence(release.paragraphs[index], programme=not reporting)
        if sentence is None or quoted_others_meeting(release.paragraphs[index], sentence):
            continue
        if is_background(sentence, release.published):
            earlier[index] = sentence
            continue
        reporting[index] = sentence
    if not reporting and earlier and _headline_reports(layout.title):
        # the only meeting told, dated months before the post ("Minister Berg meets with …"
        # over a photo item posted late): background beside nothing, so it is the meeting
        reporting = earlier
    named = [i for i in reporting if any(m.name for m in release.mentions(i))]
    if not named and reporting:
        return named_before(release, layout, reporting) or between_sides(reporting)
    if not named:
        return _headline_meeting(release, layout)
    first = min(reporting)
    if (
        first not in named
        and first < min(named)
        and is_prose(release.paragraphs[first])
        and between_sides({first: reporting[first]})
    ):
        # a body's meeting told first by its sides ("The Ministers of the Forum held their
        # meeting …"), its people named in the paragraphs after ("Norlandian Minister X, Chair
        # of the Forum, highlighted …"): that meeting, not a later mention of it
        return [first, *named, *(i for i in reporting if i != first and i not in named)]

    def names_two(index: int) -> bool:
        start = release.paragraphs[index].find(reporting[index])
        end = start + len(reporting[index])
        inside = {m.name for m in release.mentions(index) if m.name and start <= m.start < end}
        return len(inside) >= 2

    best = max(named, key=lambda i: (names_two(i), -named.index(i)))
    return [best, *(i for i in reporting if i != best)]


def _headline_meeting(release: Release, layout: Layout) -> list[int]:
    """Return the lede as the meeting's report when only the headline says a meeting took
    place between people it names ("Heiko Maas rencontre le président français …")."""
    sentence = meetings.meeting_sentence(layout.title)
    named = {m.name for m in known_mentions(layout.title, release.people, release.home) if m.name}
    if sentence is None or not layout.body or meetings.meeting_to_come(layout.title):
        return []
    if len(named) >= 2:
        return [layout.body[0]]
    # "Robles recibe al jefe naval de Valdoria", "Minister Berg receives the Ambassador of
    # …": a host by name, the guest by office; the host is one of the release's people
    host = _HOST_HEADLINE.match(layout.title)
    families = {surname(name).casefold() for name in named}
    if host and len(named) == 1 and families & set(host["host"].casefold().split()):
        return [layout.body[0]]
    return []


# a headline that opens with its host, then a verb of receiving or meeting in the present
_HOST_HEADLINE = re.compile(
    r"(?P<host>^(?:[\w'’.-]+ ){0,4}?[\w'’.-]+) (?:recibe|receives|empfängt|reçoit|accueille|"
    r"welcomes|hosts|meets(?: with)?|trifft|rencontre|se reúne con|se entrevista con)\s"
)


# someone takes up an office: "took office today", "was sworn in", "a pris ses fonctions"
_TOOK_OFFICE = re.compile(
    r"(?i)\b(?:t(?:ook|akes) office|(?:was|were|is|are|has been) sworn in|"
    r"assume[sd] (?:office|(?:his|her|their) (?:duties|post|functions))|"
    r"t(?:ook|akes) up (?:his|her|their) (?:duties|post)|"
    r"(?:a|ont) pris (?:ses|leurs) fonctions|prend(?:ent)? (?:ses|leurs) fonctions|"
    r"(?:wurde|wurden) [^.]{0,60}?(?:vereidigt|angelobt)|"
    r"(?:hat|haben) (?:[^.]{0,40} )?amt angetreten)"
)


def _takes_office(release: Release, layout: Layout) -> bool:
    """Return whether the release is news of someone taking office, its first sentence telling
    that and no meeting ("Minister X took office today at a ceremony in the Senate"): talks of
    the days before, told after it, are not what it reports."""
    if not layout.body:
        return False
    first = next(meetings.each_sentence(release.paragraphs[layout.body[0]]), "")
    return any(
        _TOOK_OFFICE.search(text) and meetings.meeting_sentence(text) is None
        for text in (layout.title, first)
    )


# an interview written up: "said in an interview", "told the Daily in an interview", "dans un
# entretien accordé à", "in einem Interview mit", "en una entrevista con"
_INTERVIEW = re.compile(
    r"(?i)\b(?:in an? (?:\w+ )?interview|(?:an |exclusive )?interview (?:with|to|given to)|"
    r"dans (?:un|une) (?:\w+ )?(?:entretien|interview) (?:accordée?|exclusi\w*|avec|à|au)|"
    r"(?:in einem|im) (?:\w+ )?interview|en (?:una|la) entrevista)\b"
)


def _interview(release: Release, layout: Layout) -> bool:
    """Return whether the release is an interview written up, its headline or first sentence
    saying so: the meetings it tells are in the interviewee's words, a statement's."""
    if not layout.body:
        return False
    first = next(meetings.each_sentence(release.paragraphs[layout.body[0]]), "")
    if any(_INTERVIEW.search(text) for text in (layout.title, first)):
        return True
    # a leader's answers to the press after a meeting, on the way home: the meeting is the
    # occasion, the answers are the release ("On the flight back from talks with X, Y answered
    # reporters' questions", "Dans l'avion du retour, … a répondu aux questions des
    # journalistes", "beantwortete auf dem Rückflug Fragen von Journalisten")
    return bool(
        _PRESS_QUESTIONS.search(first)
        and not _JOINTLY.search(first)
        and (meetings.meeting_sentence(first) is None or _AFTER_MEETING.search(first))
    )


_PRESS_QUESTIONS = re.compile(
    r"(?i)\b(?:answered (?:the |some |several )?(?:questions (?:from|of|by) (?:the )?)?"
    r"(?:journalists|reporters|press|media)(?:['’]? questions)?|"
    r"(?:a|ont) répondu (?:[\w'’-]+ ){0,3}?aux questions (?:des journalistes|de la presse)|"
    r"beantwortete[n]? (?:[^.]{0,60}?)?fragen (?:der|von) (?:journalist\w*|medienvertreter\w*)|"
    r"respondi(?:ó|eron) (?:a )?(?:las )?preguntas de (?:los )?periodistas)"
)
_AFTER_MEETING = re.compile(
    r"(?i)\b(?:after|following|back from|on (?:his|her|the) (?:way|flight) (?:back|home)|"
    r"flight back|après|nach (?:dem|seinem|ihrem)|tras|después de|au retour|du retour|"
    r"dans l['’]avion|auf dem rückflug|rückflug)\b"
)
# answers given together at a joint press conference are the meeting's
_JOINTLY = re.compile(r"(?i)\b(?:joint|jointly|both|the two|together|gemeinsam\w*|conjointe?)\b")


def _headline_reports(title: str) -> bool:
    """Return whether a headline reports a meeting held ("Minister Berg meets with …")."""
    return meetings.meeting_sentence(title) is not None and not meetings.meeting_to_come(title)


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Januar|Februar|März|Juni|Juli|Oktober|Dezember|janvier|février|mars|avril|mai|"
    r"juin|juillet|août|septembre|octobre|novembre|décembre)"
)
# an earlier meeting dated with no day: "in a meeting … this past June", "last March",
# "earlier this year", "en juin dernier", "im vergangenen Juni", "last month", "le mois dernier"
_EARLIER = re.compile(
    rf"(?i)\b(?:(?:this past|last|earlier this|past) {_MONTH}|earlier this year|last year|"
    rf"(?:last|earlier this|this past) month|(?:a|one) month ago|"
    rf"en {_MONTH} dernier|l['’]an dernier|l['’]année dernière|le mois (?:dernier|passé)|"
    rf"(?:im )?(?:vergangenen|letzten|vorigen) (?:{_MONTH}|Jahr|Monat)|el mes pasado)\b"
)


def is_background(sentence: str, published: date | None) -> bool:
    """Return whether a meeting sentence is about an earlier meeting ("held on May 27",
    "in a meeting … this past June"), not a meeting with its own day that mentions an earlier
    time ("met … on Monday to follow up on the agreement signed last year")."""
    found = find_dates(sentence, published)
    if _EARLIER.search(sentence) and not found:
        return True
    dated = [m.value for m in found if m.value and not m.relative]
    return bool(published and dated and all(d < published - BACKGROUND for d in dated))
