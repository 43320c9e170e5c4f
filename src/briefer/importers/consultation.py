"""The meeting a release reports: which paragraph, who took part, when, where and how."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from briefer.i18n import _
from briefer.importers import meetings
from briefer.importers.barenames import a_name
from briefer.importers.datelines import read_dateline
from briefer.importers.dates import DAY_NAMES, DateMention, find_dates, lone_weekday
from briefer.importers.knownpersons import known_mentions
from briefer.importers.layout import PUBLISHER_PATTERN, Layout
from briefer.importers.lexicon import (
    ADJECTIVES,
    COUNTRY_NAMES,
    MONTH_PATTERN,
    SPEECH_VERBS,
    countries_in,
)
from briefer.importers.mentions import Mention
from briefer.importers.names import surname
from briefer.importers.nationalities import counterpart_countries
from briefer.importers.persons import find_mentions, merge, subject_mention
from briefer.importers.release import Release
from briefer.model.records import Consultation, Person

_LEDE = 4  # the meeting is reported in the first paragraphs or not at all
_SPOKE_AGAIN = 3  # sentences after one that "spoke with" another read for where they spoke
_SAYS_HOW = 60  # sentences of the report read for how the meeting was held
_REPORT = 9  # paragraphs from the meeting's that may still report on it
_SUBJECT_WORDS = 25  # who met, said before the meeting's word: "On the initiative of …, the …"
_BACKGROUND = timedelta(days=14)  # an earlier meeting mentioned for background
_TITLE_PREFIX = re.compile(
    rf"^(?:{PUBLISHER_PATTERN})(?:\s+(?:and|und)\s+(?:the\s+)?"
    rf"(?:{PUBLISHER_PATTERN}))?\s+(?:on|zu|zum|zur)\s+(?P<rest>.+)$"
)
# the day something was founded, in a meeting's sentence on its history: "relations were
# established on January 12, 1960, and had as a foundational moment the meeting of …"
_FOUNDED = re.compile(
    r"(?i)\b(?:established|founded|signed|set up|gegründet|aufgenommen|unterzeichnet|"
    r"établie?s?|fondée?s?|signée?s?)\s+(?:on|in|am|im|le|en)\s+$"
)
# "a press release received here today": the day the wire got it, not the meeting's
_RECEIVED = re.compile(
    r"(?i)\b(?:press release|statement|communiqué|message)\s+(?:was\s+)?"
    r"(?:received|issued|released|published)\b[^.]{0,25}$"
)
# "les 9 et 10 mars", "on 9 and 10 March", "vom 9. bis 10. März": several days, no one date
# ordinals too: "on the 3rd and 4th March"
# and each day with its month and weekday: "Monday 3 June–Tuesday 4 June 2024"
_BETWEEN_DAYS = (
    rf"\d(?:st|nd|rd|th)?\.?\s*(?:(?:{MONTH_PATTERN})\.?\s*)?(?:et|and|und|to|bis|au|–|-)\s*"
    rf"(?:the\s+)?(?:(?:{DAY_NAMES})\w*,?\s+)?"
)
_RANGE_BEFORE = re.compile(rf"{_BETWEEN_DAYS}$", re.IGNORECASE)
_RANGE = re.compile(rf"{_BETWEEN_DAYS}\d", re.IGNORECASE)  # "LES 3 AU 4 MARS 2008" too
_THE_MEETING = re.compile(
    r"(?i)\b(?:the (?:meeting|talks|consultations|dialogue|call|discussion)|"
    r"(?:das|die) (?:treffen|gespräche?|konsultationen|telefonat)|"
    r"(?:l['’](?:entretien|appel)|la (?:réunion|rencontre|conversation)))\b"
)
_REMOTE = re.compile(
    r"(?i)\b(?:by video|via video|video link|per video|zugeschaltet|"
    r"joined (?:online|virtually|remotely)|by (?:tele)?phone)\b"
)


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
    Präsident X …", "in his call with Ivo Ren"): the other side of the call."""
    found = with_counterparts(paragraph, find_mentions(paragraph))
    if not _TALKS_WITH_NAME.search(paragraph) and not _LOWER_ROLE_NAME.search(paragraph):
        return found
    for match in (*_TALKS_WITH_NAME.finditer(paragraph), *_LOWER_ROLE_NAME.finditer(paragraph)):
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


# capitalised words of a body, a place or an office, not of a person
_NOT_PEOPLE = frozenset(
    "Commission Council Union Ministry Office Bank Organization Organisation Committee Agency "
    "Forces Force Nations Department Government Authority Authorities Group Fund Court "
    "Parliament Assembly Senate Embassy Mission Secretariat Institute University Company "
    "Ministerium Regierung Kommission Rat Amt Botschaft Ministère Gouvernement Conseil "
    "Ambassade Ministerio Gobierno Consejo Embajada House Palace Street Square Republic "
    "Kingdom States Federation Emirates Islands".split()
)


def find_meeting(release: Release, layout: Layout) -> list[int]:
    """Return the paragraphs of the lede that report the meeting, the one naming most
    participants first; empty when the release reports none (an announcement, a statement)."""
    reporting: dict[int, str] = {}
    earlier: dict[int, str] = {}
    if _takes_office(release, layout) or _interview(release, layout):
        return []
    for index in _lede(release, layout):
        # a visit's programme told in the past reports its meetings when nothing before does
        sentence = meetings.meeting_sentence(release.paragraphs[index], programme=not reporting)
        if sentence is None or meetings.quoted_others_meeting(release.paragraphs[index], sentence):
            continue
        if _is_background(sentence, release.published):
            earlier[index] = sentence
            continue
        reporting[index] = sentence
    if not reporting and earlier and _headline_reports(layout.title):
        # the only meeting told, dated months before the post ("Minister Berg meets with …"
        # over a photo item posted late): background beside nothing, so it is the meeting
        reporting = earlier
    named = [i for i in reporting if any(m.name for m in release.mentions(i))]
    if not named and reporting:
        return _named_before(release, layout, reporting) or _between_sides(reporting)
    if not named:
        return _headline_meeting(release, layout)
    first = min(reporting)
    if (
        first not in named
        and first < min(named)
        and _is_prose(release.paragraphs[first])
        and _between_sides({first: reporting[first]})
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


def _lede(release: Release, layout: Layout) -> list[int]:
    """Return the paragraphs of the lede: the first _LEDE of the body, not counting page
    furniture before the text (a link, the agency's name, a bracketed date, the headline
    again) nor photo captions printed twice, up to _CLUTTER of them."""
    lede: list[int] = []
    counted = skipped = 0
    previous = ""
    for index in layout.body:
        if counted >= _LEDE:
            break
        lede.append(index)
        paragraph = release.paragraphs[index]
        if skipped < _CLUTTER and (
            _clutter(paragraph, layout.title) or _news_furniture(paragraph, previous)
        ):
            skipped += 1
        else:
            counted += 1
        previous = paragraph
    return lede


def _news_furniture(paragraph: str, previous: str) -> bool:
    """Return whether a paragraph is a news site's furniture over the text: a photo caption
    printed again as the next paragraph, an agency credit ("Le Courrier avec AFP", "With
    Reuters"), a line of when it was posted or updated ("Publié le 4 janvier 2025 à 10h12"),
    a deck with its section tag glued on ("POLITIQUELe président …")."""
    text = " ".join(paragraph.split())
    return (
        (bool(text) and text == " ".join(previous.split()))
        or (len(text.split()) <= 8 and _AGENCY_CREDIT.search(text) is not None)
        or _POSTED.match(text) is not None
        or _GLUED_TAG.match(text) is not None
    )


_AGENCY_CREDIT = re.compile(
    r"(?i)(?:^|\s)(?:avec|with|mit|con|et|and|/)\s+(?:l['’])?(?:AFP|Reuters|AP|dpa|APA|ANSA|EFE|"
    r"Belga|ATS|Xinhua|Anadolu|AA|TASS|Ria Novosti|agences?|agencies)\W*$"
)
_POSTED = re.compile(
    r"(?i)^(?:publié|mis à jour|modifié|published|updated|posted|last updated|veröffentlicht|"
    r"aktualisiert|publicado|actualizado)\b[^.]{0,80}\d"
)
# a section tag in capitals glued to the deck's first word: "POLITIQUELe président …"
_GLUED_TAG = re.compile(r"^[A-ZÀ-Þ]{3,}[A-ZÀ-Þ][a-zß-ÿ]")


_CLUTTER = 4  # paragraphs of furniture and captions passed over before the lede


def _clutter(paragraph: str, title: str) -> bool:
    """Return whether a paragraph is furniture or a caption printed twice, not the text."""
    text = " ".join(paragraph.split())
    words = text.split()
    half = len(text) // 2
    twice = len(words) >= 4 and text[:half].strip() == text[half:].strip()
    return (
        twice
        or text.strip(" .") == " ".join(title.split()).strip(" .")
        or (len(words) <= 4 and _FURNITURE.search(text) is not None)
        # a bullet summary over the text: "• Minister visits the port"
        or text.startswith(("•", "▪", "●", "■", "►", "* "))
    )


# a link, a bracketed date, a stray HTML fragment: "https://…", "[12/ May/2025]", "br>"
_FURNITURE = re.compile(r"(?i)(?:https?://|www\.|^\[[^\]]*\d[^\]]*\]$|<|>|^\W*$)")


# "die beiden Außenminister trafen …", "the two ministers met", "Empfangen wurden die Gäste
# …": people named before
_THE_TWO = re.compile(
    r"(?i)\b(?:(?:the two|both|die beiden|beide|les deux)\s+(?:\w+\s+)?"
    r"(?:ministers?|leaders|minister(?:innen)?|außenminister\w*|politiker\w*|ministres|"
    r"dirigeants|chefs?)|the (?:guests|visitors|delegations?)|"
    # "the ministers", "the foreign ministers": the two named before
    r"the (?:foreign )?ministers|die (?:gäste|besucher|"
    # "die Ressortchefs beider Staaten", "the ministers of both countries", "les chefs de la
    # diplomatie des deux pays"
    r"(?:ministers|heads|chiefs)[\w ]{0,30}? of (?:both|the two) (?:countries|states|sides)|"
    r"\w*(?:chefs|minister|ministerinnen)[\w ]{0,30}? beider (?:staaten|länder|seiten)|"
    r"(?:ministres|chefs)[\w ]{0,30}? des deux (?:pays|états|parties)|"
    r"delegation(?:en)?)|les (?:invités|hôtes|délégations)|la délégation)\b"
)


def _named_before(release: Release, layout: Layout, reporting: dict[int, str]) -> list[int]:
    """Return the meeting when its sentence speaks of "the two ministers" and a paragraph of
    the lede before it names at least two people: that paragraph first (its people took
    part), then the reporting ones."""
    first = min(reporting)
    told = release.paragraphs[first]
    if not _THE_TWO.search(told[told.find(reporting[first]) :]):
        return []
    for index in layout.body[: layout.body.index(first)]:
        if len({m.name for m in release.mentions(index) if m.name}) >= 2:
            return [index, *reporting]
    return []


# who meets when no one is named: "the foreign ministers of …", "die Außenminister …"
_SIDES = re.compile(
    r"(?i)\b(?:(?:foreign |prime )?ministers|leaders|heads of (?:state|government)|delegations|"
    r"senior officials|foreign ministries|ministries of foreign affairs|chiefs of diplomacy|"
    r"au(?:ß|ss)enminister(?:innen)?|regierungschefs|delegationen|ministres|dirigeants|"
    r"chefs de (?:la )?diplomatie|délégations|cancilleres|ministros|delegaciones|mandatarios)\b"
)

# two bodies that meet: "The government and the UN mission met …", "Le gouvernement et la
# mission des Nations unies ont tenu …"
_BODY = (
    r"(?:government|ministry|mission|secretariat|commission|authorit(?:y|ies)|council|committee|"
    r"gouvernement|ministère|secrétariat|commission|autorités|conseil|comité|regierung|"
    r"ministerium|sekretariat|kommission|rat|ausschuss)"
)
_TWO_BODIES = re.compile(
    rf"(?i)\b{_BODY}\b[^,;.]{{0,40}}?\s(?:and|et|und)\s(?:the |la |le |l['’]|die |der |das )?"
    rf"(?:[\w'’-]+ ){{0,3}}?{_BODY}\b"
)

# what sides do when they meet: not "the elections held on May 25"
_SIDES_MET = re.compile(
    r"(?i)(?:(?:held|hold|holds|holding)\b[^.;]{0,60}?\b(?:meeting|consultations?|talks|round|"
    r"session|dialogue|summit|mechanism|conference)|met\b|meet\b|consultations?\b|talks\b|"
    r"co-?chaired\b|gathered\b|convened\b|getroffen\b|zusammengekommen\b|zusammengetroffen\b|"
    r"meeting\b|trafen\b|treffen\b|kamen\b|konsultationen\b|gespräche\b|se reunieron\b|"
    r"sostuvieron\b|se sont (?:réunis|"
    r"rencontrés|entretenus)\b|ont tenu\b|réunion\b|entretiens\b)"
)


def _between_sides(reporting: dict[int, str]) -> list[int]:
    """Return the meeting when a sentence reporting one says who met as sides rather than
    people: two countries or more ("The Philippines and Mexico held …", "Kazakh-Kuwaiti
    political consultations were held …") or a group of ministers ("the foreign ministers
    of …", "die deutschsprachigen Außenminister trafen sich …")."""
    for index in sorted(reporting):
        subject = meetings.meeting_subject(reporting[index])
        if len(subject.split()) > _SUBJECT_WORDS:
            continue  # a long lead-in is about something else ("Media outlets report on …")
        rest = reporting[index][len(subject) :]
        sides = (
            len(_named_countries(subject)) >= 2
            or _SIDES.search(subject)
            or _TWO_BODIES.search(subject)
        )
        if not sides and (inverted := _INVERTED.match(rest)):
            # German puts the verb second: "Am Freitag trafen sich die Außenminister …"
            sides = len(_named_countries(inverted["who"])) >= 2 or _SIDES.search(inverted["who"])
        if sides and _SIDES_MET.match(rest):
            return [index]
    return []


# who met, after the verb and "sich": "trafen sich die Außenminister der …"
_INVERTED = re.compile(
    r"(?i)(?:trafen|treffen|kamen)\s+(?:\w+\s+){0,2}?sich\s+(?P<who>[^.;]{0,120})"
)


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


def _is_background(sentence: str, published: date | None) -> bool:
    """Return whether a meeting sentence is about an earlier meeting ("held on May 27",
    "in a meeting … this past June"), not a meeting with its own day that mentions an earlier
    time ("met … on Monday to follow up on the agreement signed last year")."""
    found = find_dates(sentence, published)
    if _EARLIER.search(sentence) and not found:
        return True
    dated = [m.value for m in found if m.value and not m.relative]
    return bool(published and dated and all(d < published - _BACKGROUND for d in dated))


def build_consultation(release: Release, found: list[int], layout: Layout) -> Consultation:
    """Return the consultation reported by the paragraphs found (the principal one first)."""
    paragraphs = release.paragraphs
    principal = paragraphs[found[0]]
    in_order = sorted(found)
    sentences = [s for i in in_order if (s := meetings.meeting_sentence(paragraphs[i]))]
    if not sentences:  # the headline reported the meeting: the lede's first sentence dates it
        sentences = list(itertools.islice(meetings.each_sentence(principal), 1))
    sentence = meetings.meeting_sentence(principal) or principal
    participants = _participants(release, found, layout)
    dates = _meeting_dates(release, layout, sentences, in_order, participants)
    if dates and dates[0].relative and not dates[0].stated:
        how = _("“{words}” counted from the release's date").format(words=dates[0].text)
        release.infer("consultation.date", how)
    texts = (sentence, layout.title, *layout.standfirst)
    places = [
        *(meetings.meeting_place(t) for t in texts),
        layout.dateline,
        *(meetings.meeting_place(t) for t in sentences),
        *(meetings.meeting_place(t, loose=True) for t in (*texts, *sentences)),
    ]
    topics: list[str] = []
    position = layout.body.index(in_order[0])
    for index in layout.body[position : position + _REPORT]:
        for topic in meetings.agenda_topics(paragraphs[index]):
            if topic not in topics:
                topics.append(topic)
    # "un message … à João Lourenço": a person who took part is no place
    named = {word for person in participants for word in person.name.split()}
    place = next((p for p in places if p and not set(p.replace("-", " ").split()) <= named), "")
    if place and place == layout.dateline and places.index(place) >= len(texts):
        release.infer("consultation.place", _("the dateline's place"))
    report = [paragraphs[i] for i in layout.body[position : position + _REPORT]]
    told = [paragraphs[i] for i in in_order]
    form = _format(sentence, told, layout.title, place, report, layout.published)
    if form == "in person" and not meetings.meeting_format(f"{sentence} {layout.title}"):
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


def _meeting_dates(
    release: Release,
    layout: Layout,
    sentences: list[str],
    in_order: list[int],
    participants: list[Person],
) -> list[DateMention]:
    """Return the dates that may be the meeting's, the likeliest first: its sentences', a
    sentence of its own about when it was held, the headline's, the lede's "today". The day
    a visit of several days began dates no talks ("ist am 8. März zu Gesprächen gereist. Bei
    ihrem dreitägigen Besuch …")."""
    several = any(_DAYS.search(release.paragraphs[i]) for i in in_order)
    dates = [
        m
        for s, reference in map(_after_dateline, sentences, itertools.repeat(layout.published))
        if not (several and _TRIP.search(s))
        for m in find_dates(s, reference, release.language)
        if m.value
        and not (m.relative and _RECEIVED.search(s[max(0, m.start - 40) : m.start]))
        and not _RANGE_BEFORE.search(s[max(0, m.start - 32) : m.start])
        and not _FOUNDED.search(s[max(0, m.start - 30) : m.start])
        and not _yearless_long_before(s, m, layout.published)
    ]
    if not dates:  # "Die Begegnung fand am Dienstag … statt.": its own sentence dates it
        dates = [
            m
            for s in _held_sentences(release, in_order, layout)
            for m in find_dates(s, layout.published, release.language)
            if m.value and not _RANGE_BEFORE.search(s[max(0, m.start - 32) : m.start])
        ]
    if not dates and not _RANGE.search(layout.title):
        # "Foreign Secretary's meeting with …, 1 February 2023"; not "(26 et 28 juillet)"
        dates = [m for m in find_dates(layout.title, layout.published) if m.value]
    if not dates:  # "X today supported …" over "X and Y also discussed …": the lede's day
        dates = _lede_today(release, layout, participants, sentences)
    if not dates and layout.published is None:
        dates = _weekday_stated(release, layout, in_order)
    return dates


def _yearless_long_before(sentence: str, mention: DateMention, published: date | None) -> bool:
    """Return whether a date written with no year ("on Tuesday, January 14") falls months
    before the release: its year is a guess, so it dates no meeting."""
    # a weekday takes the date written after it: read that one for its year
    written = sentence[mention.start : mention.end + (30 if mention.stated else 0)]
    return bool(
        published
        and mention.value
        and (mention.stated or not mention.relative)
        and not re.search(r"\b(?:19|20)\d\d\b", written)
        and mention.value < published - _BACKGROUND
    )


def _weekday_stated(release: Release, layout: Layout, in_order: list[int]) -> list[DateMention]:
    """Return the date of the weekday the meeting's paragraphs name ("Samedi, la ministre …")
    when the report states one full date that falls on that weekday ("… d'aujourd'hui, le 9
    avril 2022"); with no release date, a weekday alone counts from nothing else."""
    day = next(
        (
            d
            for i in in_order
            for s in meetings.each_sentence(release.paragraphs[i])
            if (d := lone_weekday(s, release.language)) is not None
        ),
        None,
    )
    if day is None:
        return []
    start = layout.body.index(in_order[0])
    on_that_day = [
        m
        for index in layout.body[start : start + _REPORT]
        for m in _days_stated(release.paragraphs[index], release.language)
        if m.value and m.value.weekday() == day
    ]
    return on_that_day[:1] if len({m.value for m in on_that_day}) == 1 else []


# the first day of several: "(6-7 April 2022)", "on the 3rd and 4th March 2021"
_FIRST_DAY = re.compile(
    r"(?i)(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\.?\s*(?:et|and|und|to|bis|au|–|-)\s*(?:the\s+)?$"
)


def _days_stated(text: str, language: str) -> list[DateMention]:
    """Return the full dates a text states, each day of a span of days too ("6-7 April 2022"
    states 6 and 7 April)."""
    days = []
    for mention in find_dates(text, None, language):
        if mention.value is None or mention.relative:
            continue
        days.append(mention)
        first = _FIRST_DAY.search(text, max(0, mention.start - 14), mention.start)
        if first and int(first["d"]) < mention.value.day:
            day = mention.value.replace(day=int(first["d"]))
            days.append(replace(mention, value=day, start=first.start(), text=first.group(0)))
    return days


def _after_dateline(sentence: str, published: date | None) -> tuple[str, date | None]:
    """Return a sentence without its wire dateline, which dates the release and not the
    meeting, and the day its "yesterday" or "Friday" counts from: the dateline's own date
    when it states one ("20 February 2014 – … held yesterday …"), else the release's."""
    line = read_dateline(sentence)
    if line is None:
        return sentence, published
    stated = [m.value for m in find_dates(sentence[: line.end], None) if m.value]
    return sentence[line.end :], stated[0] if stated else published


def _lede_today(
    release: Release, layout: Layout, participants: list[Person], reports: list[str]
) -> list[DateMention]:
    """Return the day the lede's first sentence gives relative to the release ("today",
    "Tuesday") when it names someone who took part: the talks reported after it, undated
    themselves, were held that day. A stated date there may be another occasion's, and a
    first sentence that reports the meeting itself was read already."""
    if not layout.body:
        return []
    first = next(meetings.each_sentence(release.paragraphs[layout.body[0]]), "")
    if first in reports:
        return []
    families = {surname(p.name).casefold() for p in participants if p.name}
    if not any(family and family in first.casefold() for family in families):
        return []
    # a stated date is the talks' too when the sentence tells the trip they were held on,
    # after the traveller ("X travelled to Berlin on 8 February 2006. During his visit he held
    # talks …"); not a dateline's before him, nor one day of several ("du 26 au 28 juillet"),
    # nor the day a visit of several days began ("Bei ihrem dreitägigen Besuch traf sie …")
    lede = release.paragraphs[layout.body[0]]
    trip = _TRIP.search(first) and not meetings.future_tense(first) and not _DAYS.search(lede)
    first, published = _after_dateline(first, layout.published)
    return [
        m
        for m in find_dates(first, published, release.language)
        if m.value
        and (
            m.relative
            or (
                trip
                and not _RANGE_BEFORE.search(first[max(0, m.start - 32) : m.start])
                and not (published and m.value > published)
            )
        )
    ]


# a trip or visit: "travelled to", "paid a working visit", "reiste", "s'est rendu"
_TRIP = re.compile(
    r"(?i)\b(?:travell?ed|visited|\w*visit|\w*besuch|reiste|gereist|visite|"
    r"s['’]est rendue?|mission|trip|reise)\b"
)


# a visit of several days: "three-day visit", "dreitägigen Besuch", "visite de deux jours"
_DAYS = re.compile(
    r"(?i)\b(?:(?:two|three|four|five|several|multi)[- ]day|"
    r"(?:zwei|drei|vier|fünf|mehr)tägig\w*|"
    r"(?:de|d['’]une durée de) (?:deux|trois|quatre|cinq|plusieurs) jours)\b"
)


# A sentence of its own about when the meeting was held: "The meeting took place on …",
# "Das Treffen fand am … statt", "La rencontre a eu lieu le …"
_HELD = re.compile(
    r"(?i)\b(?:(?:the|this) (?:meeting|talks|visit|call|consultations?|conversation|audience)"
    r"\s+(?:took place|was held|were held)|"
    r"(?:das|die|der) (?:treffen|begegnung|gespräche?|konsultationen|besuch|telefonat|"
    r"unterredung|zusammenkunft)\s+(?:fand|fanden)\b|"
    r"(?:la|l['’]|cette|cet) ?(?:rencontre|entretien|réunion|visite|entrevue|audience)\s+"
    r"(?:a eu lieu|s['’]est (?:tenue|déroulée?))|"
    r"(?:war|waren)\b[^.;]{0,80}\bzu gast\b)"  # "gestern war X bei ihm … zu Gast"
)
_CLAUSES = re.compile(r"\s[-–—]\s|;\s")


def _held_sentences(release: Release, found: list[int], layout: Layout) -> list[str]:
    """Return the clauses of the meeting's report that say when it was held ("Am 4. Juli
    wurde X angelobt - gestern war Y bei ihm zu Gast": the second)."""
    start = layout.body.index(found[0])
    return [
        clause
        for index in layout.body[start : start + _REPORT]
        for sentence in meetings.each_sentence(release.paragraphs[index])
        for clause in _CLAUSES.split(sentence)
        if _HELD.search(clause)
    ]


def _title(headline: str) -> str:
    prefixed = _TITLE_PREFIX.match(headline)  # "Federal Foreign Office on consultations …"
    if prefixed is None:
        return headline
    rest = prefixed.group("rest")
    return rest[0].upper() + rest[1:]


def _participants(release: Release, found: list[int], layout: Layout) -> list[Person]:
    """Return who took part: named in the headline or the meeting's paragraph, or in the
    sentence of another paragraph that reports a meeting ("He also met X"), in the order
    the release first names them, each with the fullest name and role it gives."""
    paragraphs, known, home = release.paragraphs, release.people, release.home
    index = found[0]
    paragraph = paragraphs[index]
    elsewhere = _other_occasions(paragraph)
    # the day the principal meeting is dated: another call dated so is of the same visit
    days = {
        m.value
        for m in find_dates(meetings.meeting_sentence(paragraph) or "", release.published)
        if m.value and not m.relative
    }
    present = _present(
        [
            (layout.title, known_mentions(layout.title, known, home), []),
            (paragraph, (*release.mentions(index), *_subject(paragraph)), elsewhere),
            *(
                (paragraphs[i], release.mentions(i), _outside_meeting(paragraphs[i], days))
                for i in (*found[1:], *_reported_later(release, found, layout))
            ),
            *((paragraphs[i], release.mentions(i), []) for i in _listed(release, index)),
            *_named_next(release, index, layout, told_later=len(found) > 1),
            *(
                (paragraphs[i], release.mentions(i), _other_occasions(paragraphs[i]))
                for i in _during_the_visit(release, found, layout)
            ),
        ]
    )
    named = by_surname(list(known))
    people = [fullest(p, named) for p in merge(present)]
    head = _head_by_office(release, index, layout, people)
    if head is not None:
        people.append(fullest(head, named))
    order = [
        known_mentions(layout.title, known, home),
        *(known_mentions(text, known, home) for text in layout.standfirst),
        *(release.mentions(i) for i in layout.body),
    ]
    first: dict[str, tuple[int, int]] = {}
    for number, mentions in enumerate(order):
        for mention in mentions:
            if mention.name:
                first.setdefault(surname(mention.name), (number, mention.start))

    def first_named(person: Person) -> tuple[int, int]:
        return first.get(surname(person.name), (len(order), 0))

    people.sort(key=first_named)
    filled = _fill_countries(people, f"{layout.title} {paragraphs[index]}", home)
    for number, (before, after) in enumerate(zip(people, filled, strict=True)):
        if after.country != before.country:
            how = _("the publisher's country") if after.country == home else _("the country named")
            release.infer(f"consultation.participants[{number}].country", how)
    return filled


# the publisher's own head named by office alone as who met: "On 3 May, the Secretary-General
# met …", "la Directrice générale s'est entretenue avec …", "die Generalsekretärin traf …"
_HEAD_BY_OFFICE = re.compile(
    r"(?i)^(?:[^,.;]{0,40},\s*)?(?:the|la|le|l['’]|die|der)\s+(?P<office>secretary[- ]general|"
    r"director[- ]general|executive director|high commissioner|chairperson|"
    r"secrétaire générale?|directrice générale|directeur général|directrice exécutive|"
    r"directeur exécutif|haut-commissaire|haute-commissaire|"
    r"generalsekretär(?:in)?|generaldirektor(?:in)?|exekutivdirektor(?:in)?|hochkommissar(?:in)?)"
    r"\s*(?:(?:also|then|today|yesterday|a|hat)\s+)?$"
)
# a name with no title opening a sentence, before its verb: "Mara Velt thanked …", "Lena Dorn a
# salué …", "Ana Lo betonte …"
_BARE_SUBJECT = re.compile(
    r"^(?!(?:The|Le|La|Les|L['’]|Der|Die|Das|El|Los|Las|This|These|Ce|Cette|Dieser?)\b)"
    r"(?!\w*(?:ecr[eé]tar|irect|räsident|résident|resident|inist|ommissa|ekretär)\w*\b)"
    r"(?P<name>[A-ZÀ-Þ][a-zß-ÿ'’]+(?:[ -](?:(?:de|van|von|al|el|bin|da|dos|du|le|la) )?"
    r"[A-ZÀ-Þ][a-zß-ÿ'’-]+){1,2})\s+(?:also\s+|then\s+|a\s+|hat\s+|has\s+)?[a-zäöüéè]\w+"
)
_HEAD_AFTER_VERB = re.compile(
    r"(?i)\w+\s+(?:die|der)\s+(?P<office>generalsekretär(?:in)?|generaldirektor(?:in)?|"
    r"exekutivdirektor(?:in)?|hochkommissar(?:in)?)\b"
)
_HEAD_TOLD = 4  # paragraphs after the meeting's in which the head is named as a bare subject


def _head_by_office(
    release: Release, index: int, layout: Layout, people: list[Person]
) -> Person | None:
    """Return the publisher's head the meeting's sentence gives by office alone ("the
    Secretary-General met Minister X …"), as the person a later paragraph names with no role
    as the subject of its sentence ("Mara Velt thanked the Minister …", "Lena Dorn a salué
    …"); None when the sentence names who met, or no paragraph names them so."""
    sentence = meetings.meeting_sentence(release.paragraphs[index]) or ""
    subject = meetings.meeting_subject(sentence)
    # German puts the subject after the verb: "Am 3. Mai traf die Generalsekretärin …"
    office = _HEAD_BY_OFFICE.match(subject) or _HEAD_AFTER_VERB.match(sentence, len(subject))
    if office is None:
        return None
    taken = {surname(p.name) for p in people if p.name}
    for number in [i for i in layout.body if i > index][:_HEAD_TOLD]:
        for told in meetings.each_sentence(release.paragraphs[number]):
            bare = _BARE_SUBJECT.match(told)
            if bare and a_name(bare["name"]) and surname(bare["name"]) not in taken:
                return Person(bare["name"], office.group("office"), "")
    return None


def _subject(paragraph: str) -> list[Mention]:
    """Return the person the meeting's sentence opens with when named with no role ("Jean
    Exemple a reçu …"), after any dateline; none when a role or a mention starts there."""
    sentence = meetings.meeting_sentence(paragraph)
    if sentence is None:
        return []
    start = paragraph.find(sentence)
    dateline = read_dateline(sentence)
    start += dateline.end if dateline else 0
    when = _WHEN_FIRST.match(paragraph, start)
    start = when.end() if when else start
    subject = subject_mention(paragraph, start)
    return [subject] if subject else []


# when, before the subject: "On 3 May 2023, X held talks …", "Ce lundi, X a reçu …"
_WHEN_FIRST = re.compile(
    r"(?i)(?=[^,]{0,40}?(?:\d|today|yesterday|aujourd|hier|day\b|di\b|morning|evening|"
    r"afternoon|matin|soir))[^,.;:]{2,40},\s+"
)


# "during the talks between A and B", "nach dem Treffen des X mit Y": another meeting named;
# "During the visit, …" is the visit reported, a visit "of/by X" another
_REFERENCE = re.compile(
    r"(?i)\b(?:during|after|since|following|pendant|après|depuis|lors de|beim|nach dem|"
    r"seit dem|bei dem)\s+(?:the |l['’]|le |la |les |dem |den |der )?(?:\w+ )?"
    r"(?:meeting|talks?|conversation|call|entretien|rencontre|réunion|treffen|"
    r"gespräch|telefonat|(?:visit|visite|besuch)(?=\s+(?:of|by|between|de|du|des|von|vom)\b))"
)


def _present(
    sources: Sequence[tuple[str, Sequence[Mention], Sequence[tuple[int, int]]]],
) -> list[Mention]:
    """Return the people named in texts, outside the spans given (other occasions), but
    not the spokesperson an account is attributed to."""
    return [
        m
        for text, mentions, spans in sources
        for m in with_counterparts(text, mentions)
        if m.name
        and not text.startswith(("’s", "'s"), m.end)
        and not any(a <= m.start < b for a, b in spans)
        and not _source_of_account(text, m)
        and not _SENDER.search(text, max(0, m.start - 80), m.start)
    ]


# who sends what a participant brings, or on whose behalf one speaks, is not there: "handed
# over a letter from President X", "on behalf of X", "eine Botschaft von X", "au nom de X"
_SENDER = re.compile(
    r"(?i)\b(?:(?:letters?|messages?|greetings|invitations?|regards|Botschaft|Schreiben|"
    r"Grüße|Brief|lettres?|message) (?:from|by|von|des|der|de|du)(?! cr[ée]ance)|on behalf of|"
    r"im (?:Auftrag|Namen) (?:von|des|der)|au nom d[eu]|de la part d[eu])"
    r"\s+(?:(?:the|his|her|their|dem|der|des|le|la|l['’])\s*)?(?:[\w’'-]+\s+){0,2}$"
)


# "…, Foreign Ministry Spokesman X said.", "…, a indiqué X, porte-parole …", "selon X"
_SPOKESPERSON_ROLE = re.compile(r"(?i)spokes|sprecher|porte-parole")
_SAID_AFTER = re.compile(rf"\s*,?\s*(?:{SPEECH_VERBS})\b")
_SAID_BEFORE = re.compile(
    rf"(?:\b(?:{SPEECH_VERBS})|according to|selon|laut|a (?:indiqué|déclaré|précisé|"
    r"souligné|affirmé|rapporté|annoncé))\s*,?\s*$"
)


def _source_of_account(text: str, mention: Mention) -> bool:
    """Return whether a spokesperson is named as whom the account is attributed to, not as
    someone who took part."""
    if not _SPOKESPERSON_ROLE.search(mention.role):
        return False
    before = text[max(0, mention.start - 30) : mention.start]
    return bool(_SAID_AFTER.match(text, mention.end) or _SAID_BEFORE.search(before))


def _reported_later(release: Release, found: list[int], layout: Layout) -> list[int]:
    """Return the paragraphs of the report after the meeting's that report a further meeting
    of the visit after the lede ("Le Secrétaire général a ensuite rencontré X") or say who
    came to it ("L'entrevue s'est déroulée en présence de X"), up to where a report ends."""
    start = layout.body.index(min(found))
    return [
        i
        for number, i in enumerate(layout.body[start + 1 : start + _REPORT], 1)
        if i not in found
        and _is_prose(release.paragraphs[i])
        and (
            (number >= _LEDE and meetings.meeting_sentence(release.paragraphs[i]))
            or _ACCOMPANIED.search(release.paragraphs[i])
        )
    ]


# what the report tells of the visit it reports: "During his visit, X and Y witnessed …"
_DURING_THE_VISIT = re.compile(
    r"(?i)^(?:during|in the course of|pendant|lors de|während|bei)\s+"
    r"(?:the|his|her|their|this|sa|son|leur|cette|seines|ihres|dem|seinem|ihrem)\s+"
    r"(?:\w+\s+){0,2}?(?:visit|stay|trip|visite|séjour|besuch(?:s|es)?|aufenthalt(?:s|es)?)\s*,"
)


def _during_the_visit(release: Release, found: list[int], layout: Layout) -> list[int]:
    """Return the paragraphs of the report that open by telling what happened during the
    visit it reports ("During his visit, Minister X and Minister Y witnessed …")."""
    end = layout.body.index(min(found)) + _REPORT if min(found) in layout.body else 0
    return [
        i
        for i in layout.body[:end]
        if i not in found and _DURING_THE_VISIT.match(release.paragraphs[i].lstrip())
    ]


# a group that met, whose people a later sentence names: "Ministry officials met with …"
_GROUP = re.compile(
    r"(?i)\b(?:officials|delegations?|chairs|members|parliamentarians|MPs|lawmakers|"
    r"representatives|team|officers|experts|beamte|vertreter|délégations?|responsables|"
    # both sides told as a pair: "The two ministers met …" / "Minister X thanked her
    # counterpart Y …", "Les deux ministres", "Die beiden Ministerinnen", "Los dos mandatarios"
    r"(?:the two|both|les deux|die beiden|los dos|las dos|ambos|ambas) (?:[\w-]+ )?"
    r"(?:ministers|leaders|presidents|heads|premiers|chancellors|ministres|présidents|chefs|"
    r"dirigeants|minister(?:innen)?|präsident\w*|regierungschef\w*|ministr[oa]s|"
    r"president[ea]s|mandatari[oa]s|jef[ea]s|cancilleres))\b"
)


def _named_next(
    release: Release, index: int, layout: Layout, told_later: bool = False
) -> list[tuple[str, Sequence[Mention], list[tuple[int, int]]]]:
    """Return the first sentence of the paragraph after the meeting's when the meeting's
    sentence names a group and not two people ("Ministry officials met with …" / "The
    Secretary for Trade, X, and the Head of the Minister's Office, Y, stressed …"): its
    people are the group's."""
    paragraph = release.paragraphs[index]
    sentence = meetings.meeting_sentence(paragraph)
    number = layout.body.index(index) if index in layout.body else -1
    if sentence is None:
        return []
    start = paragraph.find(sentence)
    inside = {m.name for m in release.mentions(index) if m.name and start <= m.start}
    if meetings.summoned(sentence) and len(inside) < 2:
        # "Ambassador X was invited to the Ministry …" / "State Secretary Y told him …": the
        # one who received the envoy, in the sentence after
        after = start + len(sentence)
        rest = next(meetings.each_sentence(paragraph[after:]), "")
        if rest:
            end = paragraph.find(rest, after) + len(rest)
            return [(paragraph, release.mentions(index), [(0, after), (end, len(paragraph))])]
    elif _CALLERS.search(sentence) and len(inside) < 2 and 0 <= number < len(layout.body) - 1:
        # "received congratulatory calls from the leaders of A, B and C" / "X thanked
        # President Y of A …" / "President Z of B congratulated …": the callers are named in
        # the paragraphs after, whole
        return [
            (release.paragraphs[i], release.mentions(i), _other_occasions(release.paragraphs[i]))
            for i in layout.body[number + 1 : number + 1 + _CALLERS_TOLD]
            if _is_prose(release.paragraphs[i])
        ]
    elif (
        not _GROUP.search(sentence)
        and not _sides_led(release, layout, number)
        # sides that met, whose people later paragraphs tell of too ("The Ministers of the
        # Forum held their meeting …" / "Minister X, Chair of the Forum, highlighted …")
        and not (told_later and _between_sides({index: sentence}))
    ):
        return []
    if len(inside) >= 2 or not 0 <= number < len(layout.body) - 1:
        return []
    following = layout.body[number + 1]
    text = release.paragraphs[following]
    first = next(meetings.each_sentence(text), "")
    end = text.find(first) + len(first)
    return [(text, release.mentions(following), [(end, len(text)), *_other_occasions(text)])]


# calls from a group the report names one by one after: "calls from the leaders of …",
# "appels de plusieurs chefs d'État", "Anrufe von Staats- und Regierungschefs"
_CALLERS = re.compile(
    r"(?i)\b(?:calls?|appels|anrufe)\b[^.;]{0,40}?\b(?:from|de|des|von) (?:the |several |many |"
    r"numerous |plusieurs |nombreux |de nombreux |zahlreichen |mehreren )?(?:[\w-]+ )?"
    r"(?:leaders|heads of (?:state|government)|presidents|prime ministers|counterparts|"
    r"dirigeants|chefs d['’]état|homologues|présidents|staats- und regierungschefs|"
    r"amtskollegen)\b"
)
_CALLERS_TOLD = 2  # paragraphs after such a call that name its callers


def _sides_led(release: Release, layout: Layout, number: int) -> bool:
    """Return whether the paragraph after the meeting's opens by telling who led its sides
    ("X chaired the government's side, while Y led the UN team")."""
    if not 0 <= number < len(layout.body) - 1:
        return False
    text = release.paragraphs[layout.body[number + 1]]
    return bool(_LED_SIDE.search(next(meetings.each_sentence(text), "")))


# who led a side: "chaired the government's side", "led the UN team", "headed the delegation",
# "the UN side was led by", "a conduit la délégation", "leitete die Delegation"
_LED_SIDE = re.compile(
    r"(?i)\b(?:(?:co-?)?chaired|led|headed|presided over) (?:the |its |his |her )?"
    r"(?:[\w'’-]+ ){0,4}?(?:side|team|delegation)\b|"
    r"\b(?:side|team|delegation) (?:was|were) (?:led|headed|chaired) by\b|"
    r"\b(?:a|ont) (?:présidé|conduit|dirigé) (?:la |le )?(?:partie|délégation|équipe)\b|"
    r"\b(?:leitete|leiteten|führte) die (?:\w+ )?(?:seite|delegation)\b"
)


# an item of a list: "- His Excellency Mr. X, <role>;", "· S.E. M. X, <role>, et sa délégation;"
_ITEM = re.compile(r"^\s*(?:[-–•·*.]\s|\d{1,2}[.)]\s)|;\s*$")


def _listed(release: Release, index: int) -> list[int]:
    """Return the items of the list a meeting's sentence opens with a colon ("received in
    audience:", "a rencontré … plusieurs dirigeants, à savoir:"): everyone on it took part."""
    if not release.paragraphs[index].rstrip().endswith(":"):
        return []
    items = []
    for following in range(index + 1, len(release.paragraphs)):
        if not _ITEM.search(release.paragraphs[following]):
            break  # (a list's dashes may have kept its items out of the layout's body)
        items.append(following)
    return items


def _is_prose(paragraph: str) -> bool:
    """Return whether a paragraph is the report's prose, not a link or a heading ("Secretary
    Blinken's Meeting with …" under "Related Articles")."""
    text = paragraph.strip()
    return len(text.split()) >= 8 and text.endswith((".", "!", "?", "”", '"', "»"))


def _outside_meeting(paragraph: str, days: set[date] | None = None) -> list[tuple[int, int]]:
    """Return the spans of a paragraph outside its sentences that report a meeting ("X also
    met Y") or who came to it ("accompanied by Z"); a sentence about another occasion (dated,
    unless on one of the meeting's days, or "during the talks between A and B") is outside
    too."""
    outside, position = [], 0
    for sentence in meetings.each_sentence(paragraph):
        start = paragraph.find(sentence, position)
        reports = (
            meetings.meeting_sentence(sentence) is not None or bool(_ACCOMPANIED.search(sentence))
        ) and not (
            _ANOTHER_OCCASION.search(sentence)
            or _REFERENCE.search(sentence)
            or (_dated(sentence) and not _on_days(sentence, days))
        )
        if not reports:
            outside.append((start, start + len(sentence)))
        position = start + len(sentence)
    return outside


# "Der Doyen wurde begleitet vom Vizedoyen, …": who came with a participant took part, and
# so did who was present ("L'audience s'est déroulée en présence de X", "Also present were
# …", "An dem Gespräch nahm auch X teil") or handed over credentials ("Presenting their
# letters of credence were …")
_ACCOMPANIED = re.compile(
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


def by_surname(known: list[Person]) -> dict[str, Person]:
    """Return the people a release names by family name, for `fullest`."""
    return {surname(p.name): p for p in reversed(known)}


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


def _other_occasions(paragraph: str) -> list[tuple[int, int]]:
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
            or (_dated(sentence) and meetings.meeting_sentence(sentence) is not None)
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


def fullest(person: Person, known: Mapping[str, Person]) -> Person:
    """Return the person with the fullest name and role the release gives for them."""
    match = known.get(surname(person.name))
    if match is None:
        return person
    return Person(
        name=match.name if len(match.name) > len(person.name) else person.name,
        role=match.role if len(match.role) > len(person.role) else person.role,
        country=person.country or match.country,
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


def _format(
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
    stated = meetings.meeting_format(f"{meetings.without_background(sentence)} {title}")
    # what the report says of "the meeting" is said early: its first sentences are enough
    said = (s for p in paragraphs for s in meetings.each_sentence(p) if s != sentence)
    others = list(itertools.islice(said, _SAYS_HOW))
    if meetings.only_spoke(f"{sentence} {title}") and any(
        meetings.meeting_sentence(other) and meetings.meeting_format(other) == "in person"
        for other in others[:_SPOKE_AGAIN]
    ):
        return "in person"  # "spoke with X", then "spoke with X in Geneva, where both …"
    if stated not in ("", "in person"):
        return stated
    for other in others:
        if _THE_MEETING.search(other) and not _dated(other):
            specific = meetings.meeting_format(other)
            if specific == "hybrid" or (specific and not (place or stated)):
                return specific
            if specific and _REMOTE.search(other):
                return "hybrid"
            if specific and _HELD.search(other):
                return specific  # "The meeting was held virtually": said outright
    if not stated and _called_later(sentence, later, published):
        return "telephone"
    if (place or stated == "in person") and any(
        _REMOTE.search(s) and not _dated(s) for s in others
    ):
        return "hybrid"
    return stated or ("in person" if place else "")


def _called_later(sentence: str, later: Sequence[str], published: date | None) -> bool:
    """Return whether talks told with no place ("X s'est entretenu lundi avec Y") are called
    a call further on in the report ("Lors de son appel avec M. Y", "the phone call"), not
    of an earlier day: the call's readout."""
    if meetings.meeting_place(sentence):
        return False
    told = (s for p in later for s in meetings.each_sentence(p) if s != sentence)
    return any(
        _CALL_TOLD.search(s) and not _is_background(s, published)
        for s in itertools.islice(told, _SAYS_HOW)
    )


def _on_days(sentence: str, days: set[date] | None) -> bool:
    """Return whether every full date of a sentence is one of days ("Earlier on 19 June 2012,
    … called on X" in a visit dated 19 June 2012)."""
    if not days:
        return False
    dated = [m.value for m in find_dates(sentence, None) if not m.relative]
    return bool(dated) and all(d in days for d in dated)


def _dated(sentence: str) -> bool:
    """Return whether a sentence is about a dated occasion ("in April 2021", "on 3 May");
    "today" is the release's own day, not another occasion."""
    if re.search(r"\b(?:19|20)\d\d\b", sentence):
        return True  # a year: read at once, before the dates are looked for
    return any(not m.relative for m in find_dates(sentence, None))


def _fill_countries(participants: list[Person], text: str, home: str) -> list[Person]:
    """Give participants of unknown country one: the lede's subject the publisher's country,
    a single other one the one country named in the text that nobody has, the rest home."""
    people = list(participants)
    if home and people and not people[0].country:
        people[0] = replace(people[0], country=home)
    missing = [i for i, p in enumerate(people) if not p.country]
    # "X met his Finnish counterpart": the counterpart's country is never X's own
    taken = {p.country for p in people} | {c for _, _, c in counterpart_countries(text)}
    free = [country for country in _named_countries(text) if country not in taken]
    if len(missing) == 1 and free:
        people[missing[0]] = replace(people[missing[0]], country=free[0])
    return [p if p.country else replace(p, country=home) for p in people]


def _named_countries(text: str) -> list[str]:
    """Return the countries text names: those of a compound first ("deutsch-indischen",
    "German-Japanese", "UK-India" name the meeting's two sides), then the rest in order."""
    named: dict[str, None] = {}
    # both halves: "Kazakh-Kuwaiti", "Peruvian-Chilean"
    for stem in (s for pair in re.findall(r"\b(\w+)-(\w+)\b", text) for s in pair):
        country = (
            ADJECTIVES.get(stem.casefold())
            or ADJECTIVES.get(stem.casefold() + "e")
            or COUNTRY_NAMES.get(stem)
        )
        if country:
            named.setdefault(country)
    named.update(countries_in(text))
    return list(named)
