"""What kind of release it is.

A release is a joint statement when its headline or labels say so; a readout or a
consultation when it reports a meeting (a readout when it says so, or reports a call); a
statement when it holds statements and no meeting, unless it is a news item that quotes a
reaction (to an election, a vote, a reception), quotes two or more people at an event or
summarises a briefing; anything else is "other". Whose words a single-speaker release holds
is read in speeches.py and its neighbours (headings, salutations, signatures, transcripts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from briefer.importers import meetingplaces, meetings
from briefer.importers.datelines import dateline_end
from briefer.importers.dates import DAY_NAMES, find_dates
from briefer.importers.draft import ReleaseKind
from briefer.importers.headings import JOINT_HEADING, single_speaker
from briefer.importers.layout import Layout
from briefer.importers.mentions import Mention
from briefer.importers.names import surname
from briefer.importers.passages import FoundStatement
from briefer.importers.persons import find_mentions
from briefer.importers.runningtext import lede_start, preamble
from briefer.importers.speeches import I_SPEAK
from briefer.importers.speechwords import (
    FIRST_PERSON,
    SPEECH_VERBS_EN,
    SPEECH_VERBS_FR,
    SPOKEN_TEXT,
)

_READOUT = re.compile(
    r"(?i)\b(?:read-?out|call with|telephone (?:call|talk)s?|phone call|phone conversation|"
    r"spoke (?:by phone|on the phone)|speaks? with|spoke with|spricht mit|sprach mit|"
    r"telefonat|telefonier\w*|video call|entretien téléphonique|compte rendu|"
    r"s['’]est entretenue? (?:par téléphone|au téléphone))\b"
)


_ANNOUNCEMENT_LABELS = ("media advisory", "advisory", "terminhinweis", "announcement")


def release_kind(
    layout: Layout, meeting: bool, statements: bool, ahead: bool = False, jointly: bool = False
) -> ReleaseKind:
    """Return the kind of a release from its headline and labels and what it reports; one
    that announces what is ahead (a visit, a meeting) or reports an open day is "other",
    whoever speaks in it; one its signatories speak jointly ("We, the member states of …")
    is a joint statement."""
    # the headline the user sees, over the line the passes read as the title (a byline, a
    # deck): "Joint Statement: Ministers A and B" / "• Written by A and B"
    headline = layout.headline[1] if layout.headline else ""
    head = " ".join([headline, layout.title, *layout.labels])
    # "• Joint statement with:" under the headline says so too
    said = [line for line in layout.standfirst if len(line.split()) <= 8]
    labelled = any("joint" in x for x in layout.labels)
    if jointly or labelled or JOINT_HEADING.search(" ".join([head, *said])):
        return "joint statement"
    if ahead:
        return "other"
    if meeting and (_READOUT.search(head) or "readout" in layout.labels):
        return "readout"
    if meeting:
        return "consultation"
    return "statement" if statements or _STATEMENT_HEAD.search(head) else "other"


def speaks_jointly(paragraphs: list[str], layout: Layout) -> bool:
    """Return whether the text is its signatories' joint statement by how it opens: "We, the
    member states of the Organization, …", "Nous, chefs d'État et de gouvernement, …",
    "Wir, die Außenminister der …, …" — several states, governments or ministers speak as one."""
    body = [i for i in layout.body if not preamble(paragraphs[i])]
    if not body:
        return False
    lede = paragraphs[body[0]].strip()
    start = lede_start(lede)
    return bool(_WE_THE_SIGNATORIES.match(lede[start:]))


# "We, the member states …", "We, the Heads of State and Government …", "Nous, les ministres
# …", "Wir, die Staats- und Regierungschefs …": the plural signatories after "we,"
_WE_THE_SIGNATORIES = re.compile(
    r"(?i)^(?:we|nous|wir|nosotros),\s+(?:the |les |die |los |las )?(?:[\w'’.-]+\s+){0,6}?"
    r"(?:member states|states|countries|nations|governments|heads? of (?:state|government)|"
    r"ministers|leaders|parties|signatories|undersigned|participants|representatives|"
    r"(?:é|e)tats(?: membres)?|pays|gouvernements|chefs d['’](?:é|e)tat|ministres|signataires|"
    r"représentants|mitgliedstaaten|staaten|regierungen|(?:außen)?minister(?:innen)?|"
    r"staats- und regierungschefs|unterzeichner|estados(?: miembros)?|países|gobiernos|"
    r"jefes de estado|ministros|firmantes)\b"
)


# a reception, an open day, guests on a trip, a trip with business people (announced or
# reported, whoever leads it speaks): an occasion a news item reports
_OCCASION = re.compile(
    r"(?i)empfang\b|\b(?:reception|réception|tag der offenen tür|open day|"
    r"journée portes ouvertes|begegnungsreise|gäste|guests|besucher(?:innen)?|visitors|"
    r"(?:trade|business|investment) (?:mission|delegation)s?|"
    r"(?:delegations|wirtschafts|unternehmer)reisen?|(?:wirtschafts|unternehmer)delegation|"
    r"missions? (?:commerciales?|économiques?)|délégation d['’](?:entreprises|affaires))\b"
)


def reports_occasion(
    layout: Layout, paragraphs: list[str], found: Sequence[FoundStatement]
) -> bool:
    """Return whether a release that quotes someone is a news item about an occasion rather
    than their statement: it quotes two or more people (at a ceremony, a conference's close),
    or its headline or opening names the occasion (a reception, an open day, the diplomatic
    corps' trip) and the quotes are not nearly all of it (a speech given at a reception is).
    A news report built on one official's words is that official's statement."""
    if not found:
        return False
    opening = " ".join([layout.title, *(paragraphs[i] for i in layout.body[:2])])
    if _several_speakers(found) and _EVENT.search(opening):
        return True  # two or more people quoted at an event: a news item on it
    body = sum(len(paragraphs[i].strip()) for i in layout.body)
    quoted = sum(len(statement.text) for statement in found)
    if _SUMMARY.search(layout.title) and _BRIEFING.search(layout.title):
        return quoted < 0.5 * body  # "Press briefing summary": told in the third person
    lede = _reporting_lede(paragraphs, layout, found)
    reported = _OFFICE_EVENT.search(layout.title) or _OFFICE_EVENT.search(lede)
    if reported and not _POSITION.search(f"{layout.title} {lede[:160]}"):
        # an election reported and a reaction quoted: the one elected may speak at length
        # on taking office (their statement), anyone else only reacts
        headline = f"{layout.title} {lede}".casefold()
        elected = any(_named(statement.speaker, headline) for statement in found)
        if elected and _NEWLY.search(f"{layout.title} {lede}"):
            return False  # "Newly elected Speaker X has pledged …": the officer's words
        return not elected or quoted < 0.5 * body
    opening = " ".join([layout.title, *(paragraphs[i] for i in layout.body[:3])])
    if not _OCCASION.search(opening):
        return False
    if any(SPOKEN_TEXT.search(paragraphs[statement.indices[0]]) for statement in found):
        return False  # the release gives the speech's text ("Es gilt das gesprochene Wort")
    # the lines over a speech ("September 12, 2021", "(As prepared for delivery)") are no
    # report of the occasion around it
    told = sum(len(paragraphs[i].strip()) for i in layout.body if not preamble(paragraphs[i]))
    return quoted < 0.9 * told


def _several_speakers(found: Sequence[FoundStatement]) -> bool:
    """Return whether two or more people are quoted, the second at some length beside the
    first (not one official's words with a line of someone else's); offices and unnamed
    speakers do not count."""
    said: dict[str, int] = {}
    for statement in found:
        if statement.speaker is not None and statement.speaker.name:
            family = surname(statement.speaker.name).casefold()
            said[family] = said.get(family, 0) + len(statement.text)
    lengths = sorted(said.values(), reverse=True)
    return len(lengths) >= 2 and lengths[1] >= _SECOND_SPEAKER * lengths[0]


_SECOND_SPEAKER = 0.25  # the share of the first speaker's words the second one's reach


# an event people speak at: "marked the tenth anniversary", "At the close of the conference",
# "la cérémonie de lancement", "beim Festakt zum Jahrestag"
_EVENT = re.compile(
    r"(?i)\b(?:anniversar\w*|commemorat\w*|ceremon\w*|celebrat\w*|jubilee|conference|forum|"
    r"summit|festival|launch\w*|inaugura\w*|opening|closing|close of|workshop|seminar|event|"
    r"anniversaire|commémor\w*|cérémonie|célébr\w*|conférence|sommet|clôture|ouverture|"
    r"lancement|atelier|séminaire|jahrestag\w*|jubiläum\w*|feier\w*|festakt|zeremonie|"
    r"konferenz|gipfel\w*|eröffnung|veranstaltung)\b"
)


# a summary of a briefing or press conference, in the third person: whoever it quotes, it
# reports ("Press briefing summary", "Highlights of the weekly briefing", "Zusammenfassung
# der Pressekonferenz", "Résumé du point de presse")
_SUMMARY = re.compile(
    r"(?i)\b(?:summary|summari[sz]ed|highlights|key (?:points|messages)|main points|"
    r"zusammenfassung|résumé|synthèse)\b"
)


_BRIEFING = re.compile(
    r"(?i)(?:briefing|press conference|news conference|pressekonferenz|point de presse|"
    r"conférence de presse)"
)


# the headline or lede says someone takes a position on it: congratulations are a statement
_POSITION = re.compile(
    r"(?i)\b(?:congratulat\w*|gratulier\w*|glückw[üu]nsch\w*|félicit\w*|welcom\w*|"
    r"begrüß\w*|salu\w*|statement|erklärung|déclaration|message)\b"
)


def _named(speaker: Mention | None, text: str) -> bool:
    """Return whether a speaker's family name is in a (casefolded) text."""
    return bool(speaker and speaker.name and surname(speaker.name) in text)


def _reporting_lede(paragraphs: list[str], layout: Layout, found: Sequence[FoundStatement]) -> str:
    """Return the opening of the lede that reports, up to the first quotation when the lede
    holds one ("Brio, 12. März 2019. Der Verband hat heute X … bestätigt. „…“, sagte Y."),
    nothing when a quotation opens the text."""
    if not layout.body:
        return ""
    lede = layout.body[0]
    starts = [
        start
        for statement in found
        for index, start, _ in statement.spans[:1] or [(statement.indices[0], 0, 0)]
        if index == lede
    ]
    if any(statement.indices[0] < lede for statement in found):
        return ""
    opening = paragraphs[lede][: min(starts)] if starts else paragraphs[lede]
    return opening[:300]


# the office an attribute of the one who speaks, not the event told: "Newly elected Speaker X
# has pledged …", "the newly appointed minister X said", "Der neu gewählte Präsident X
# versprach", "Le président nouvellement élu X a promis"
_NEWLY = re.compile(
    r"(?i)\b(?:newly|recently|just|freshly)[ -](?:re-?)?(?:elected|appointed|sworn[ -]in)\b|"
    r"\bneu (?:gewählte|ernannte)\w*|\bneugewählte\w*|\bfrisch gewählte\w*|"
    r"\bnouvellement (?:élue?|nommée?)|\bnouvel élu|\bnouvelle élue"
)

# someone elected, appointed, confirmed or sworn in: a news item when the headline or the
# lede reports it, whoever it then quotes ("Der Verband hat X an seiner Spitze bestätigt";
# a new minister's words that make up most of the release are still a statement)
_OFFICE_EVENT = re.compile(
    r"(?i)\b(?:(?:re-?)?elect(?:ed|s)|(?:re-?)?appoint(?:ed|s)|sworn in|"
    r"(?:names|confirms) \w+(?: \w+){0,3} as|ernennt|beruft|wählt \w+(?: \w+){0,3} (?:zum|zur|als)|"
    r"(?:ré)?élit|nomme|reconduit|(?:takes|took|assumes|assumed) "
    r"office|confirmed (?:as|in|for)|(?:mandate|term) (?:was |has been )?(?:renewed|extended)|"
    r"(?:wieder)?gewählt|(?:wieder)?ernannt|vereidigt|"
    r"(?:amt\w*|spitze|mandat|als \w+|weitere \w+ jahre?)\b[^.]{0,40}\bbestätigt|"
    r"bestätigt \w+(?: \w+){0,3} (?:als|im amt|in (?:seinem|ihrem) amt|an der spitze)|"
    r"(?:amtszeit|mandat) \w+(?: \w+){0,3} verlängert|"
    r"(?:ré)?élue? (?:à la tête|au poste|comme|président|secrétaire)|"
    r"(?:re)?nommée? (?:à la tête|au poste|ambassad|ministre|secrétaire)|"
    r"reconduite? (?:à la tête|dans ses fonctions)|a prêté serment|a pris ses fonctions|"
    # a vote of parliament on someone: "survived the no-confidence motion with 49 votes"
    r"(?:no-?|non-?|(?:vote|motion) of (?:no )?)confidence(?: vote| motion)?|interpellations?|"
    r"(?:dismissal|censure) (?:motion|vote)|"
    r"misstrauens(?:votum|antrag\w*)|vertrauensfrage|motion de (?:censure|défiance)|"
    r"(?:with|by) \d+ votes|mit \d+ (?:stimmen|gegenstimmen)|par \d+ voix)\b"
)


# A headline or label that says the release is a statement, whoever it is by
_STATEMENT_HEAD = re.compile(
    r"(?i)\b(?:statement|erklärung|stellungnahme|déclaration|communiqué|condemns|condamne|"
    # the same in languages briefer does not read, whose statements it cannot find
    r"comunicado|declaración|condena|condenó|comunicato|dichiarazione|condanna|verklaring|"
    r"veroordeelt|declaração|discurso|palavras d[aoe]s?|palabras de|intervenção|intervención|"
    r"pronunciamento|"
    r"verurteilt|welcomes|salue|begrüßt|stands with|comments?|kommentar)\b"
)


def announcement(layout: Layout, opening: Sequence[str]) -> bool:
    """Return whether the release announces something to come: a media advisory, a headline
    about a visit ahead ("Foreign Minister to visit Japan", "Antrittsreise …"), a lede that
    opens in the future tense ("X will welcome Y …", "X wird … reisen"), or a programme (a
    time of day, and what is planned or will be: "um 15:15 Uhr …", "… ist … vorgesehen")."""
    if any(label in _ANNOUNCEMENT_LABELS for label in layout.labels):
        return True
    # the lede after its dateline: "Berlin, 9. Mai 2019. X und Y treffen sich am Montag …"
    lede = opening[0][dateline_end(opening[0]) :] if opening else ""
    first = next(meetings.each_sentence(lede), "")
    if _ADVISORY.search(" ".join([layout.title, *layout.labels])):
        return True
    if _introduces_words(first, opening[1:2]):
        return False  # "X sagte im Vorfeld seiner Antrittsreise nach Rom:": the words said
    spoken = I_SPEAK.match(first) and all(FIRST_PERSON.search(p) for p in opening[1:2])
    if (_I_OPENS.match(first) and single_speaker(layout) is not None) or spoken:
        return False  # "Remarks by X" / "I leave today for …": the speaker's own words
    if _AHEAD.search(layout.title) and not _reports_past_meeting(first):
        return True
    ahead = _FUTURE.search(first) or _TRAVELS.search(first)
    reported = _SAID_THAT.search(first)
    if reported and ahead and reported.end() <= ahead.start():
        ahead = None  # "X said on Monday that Norland will remain …": words, not a plan
    if ahead and meetings.meeting_sentence(first) is None and not _VISIT_ENDS.search(first):
        return True
    # a day after the release's, told in the present: "X trifft am 8. Februar …", "X
    # effectue du 3 au 5 mai une visite … où il rencontre …"
    # or on a day it names, the report going on in the future: "Am Montag besucht X … Dort
    # wird sie …"
    told_ahead = _after(first, layout.published) and not _PAST.search(first)
    if told_ahead or _day_ahead(first, lede, opening[1:2]):
        return True
    if (
        len(opening) > 1
        and _TODAY.search(lede)
        and not _PAST.search(lede)
        and _TOMORROW.match(opening[1].strip())
        and not _PAST.search(opening[1])
    ):
        return True  # a trip told day by day from today: "Morgen (23.08.) trifft sich X mit …"
    # a programme is told by the writer: a "will" in someone's quoted words is no plan
    told = [_QUOTED.sub(" ", p) for p in opening]
    timed = [p for p in told if _CLOCK.search(p)]
    return bool(timed) and any(_PLANNED.search(p) or _FUTURE.search(p) for p in told)


# a text that opens in the first person: "I leave today …", "Je me rends …"
_I_OPENS = re.compile(r"^\W*(?:I|We|Ich|Wir|Je|J['’]|Nous)\b")


def _introduces_words(first: str, following: Sequence[str]) -> bool:
    """Return whether a lede's first sentence introduces someone's words in the first person,
    after a colon at its end or in the next paragraph ("Außenminister X sagte im Vorfeld
    seiner Antrittsreise nach Rom heute (23.03.):" / "… Mein Besuch ist …"): a release that
    gives what was said before a trip is that statement, not the trip's announcement."""
    introduced = _INTRODUCES.search(first)
    if introduced is None:
        return False
    words = first[introduced.end() :].strip() or (following[0] if following else "")
    return bool(FIRST_PERSON.search(words))


# a speech verb, then a colon that ends the sentence or opens a quotation
_INTRODUCES = re.compile(
    rf"\b(?:{SPEECH_VERBS_EN}|{SPEECH_VERBS_FR}|sagte|erklärte|betonte|äußerte)\b"
    r"[^!?:]{0,160}:\s*(?=[„“\"«]|$)"  # one sentence, its dates' dots included: "(23.03.):"
)


def _after(sentence: str, published: date | None) -> bool:
    """Return whether a sentence says something happens on a day after the release's ("X
    trifft am 8. Februar 2012 mit Y zusammen" under "06.02.2012"): told in the present, it is
    still to come. Not a wire's dateline ("Dakar, 20 mars -") nor the last of several days
    ("vom 23. bis 24. August"): only a day after "on", "am", "le"."""
    if published is None:
        return False
    for mention in find_dates(sentence, published):
        if mention.value is None or mention.value <= published:
            continue
        if _ON_DAY.match(mention.text) or _ON_DAY.search(sentence, 0, mention.start):
            return True
        first = _FIRST_DAY.search(sentence, 0, mention.start)  # "vom 3. bis 5. März"
        if first and int(first["day"]) <= mention.value.day:
            return mention.value.replace(day=int(first["day"])) > published
    return False


_ON_DAY = re.compile(rf"(?i)(?:\b(?:on|am|le|den)\s+)(?:{DAY_NAMES})?,?\s*(?:den\s+)?$")


_FIRST_DAY = re.compile(r"(?i)\b(?P<day>[0-3]?\d)\.?\s*(?:-|–|to|bis|au|and|und|et)\s*$")


def _day_ahead(first: str, lede: str, following: Sequence[str]) -> bool:
    """Return whether the lede's first sentence tells a visit or a meeting in the present
    tense on a day it names, and the sentence after it goes on in the future ("Am Montag, den
    3. Mai, besucht Ministerin X ihre Amtskollegin in Brio. Dort wird sie … ansprechen.",
    "On Friday, Minister X visits Brio. She will …", "Lundi, la ministre se rend à Brio. Elle
    y rencontrera …"): the visit is to come, whatever day the release was put out."""
    if not (_PRESENT_VISIT.search(first) and _NAMED_DAY.search(first)) or _PAST.search(first):
        return False
    if _HAS_BEEN.search(first):
        return False
    if _GERMAN_PRESENT.search(first):
        return True  # German tells a past visit in the past: "Am Montag besuchte X …"
    rest = lede[lede.find(first) + len(first) :] if first in lede else ""
    after = next(meetings.each_sentence(rest), "") or (
        next(meetings.each_sentence(following[0]), "") if following else ""
    )
    return bool(_FUTURE.search(after) or _FUTURE_FR.search(after))


# a visit or meeting in the present tense: "besucht", "trifft", "visits", "se rend", "recibe"
_PRESENT_VISIT = re.compile(
    r"(?i)\b(?:besucht|trifft|treffen sich|empfängt|reist|visits|meets|receives|travels|hosts|"
    r"welcomes|"
    r"se rend|rencontre|reçoit|accueille|visite|visita|recibe|se reúne|viaja)\b"
)


# a German visit or meeting in the present: "besucht", "trifft", "empfängt", "reist"
_GERMAN_PRESENT = re.compile(r"(?i)\b(?:besucht|trifft|treffen sich|empfängt|reist)\b")


# a day named ahead of the release, not "today": "am Montag", "on Friday", "morgen", "demain"
_NAMED_DAY = re.compile(
    rf"(?i)\b(?:{DAY_NAMES}|morgen|übermorgen|tomorrow|demain|mañana|lunes|martes|miércoles|"
    r"jueves|viernes|sábado|domingo)\b"
)


# a present perfect: "hat … besucht", "has visited", "ist … gereist"
_HAS_BEEN = re.compile(r"(?i)\b(?:hat|haben|has|have|ist|sind|wurden?|a été|ha|han)\b")


# the French future of what a visitor does: "Elle y rencontrera …", "sera reçue", "évoquera"
_FUTURE_FR = re.compile(
    r"(?i)\b(?:sera|seront|aura|auront|\w{3,}(?:era|eront|iendra|iendront)|ira|iront|va|vont)\b"
)


def _reports_past_meeting(sentence: str) -> bool:
    """Return whether a lede's first sentence reports, in the past tense, a meeting of two
    people named in a place ("X war am 13. April in Belgien für ein erstes Treffen mit Y"):
    the headline's trip ("X reist nach Brüssel") is then the one reported, not one ahead
    (unlike "X met students in her constituency before her departure")."""
    return (
        meetings.meeting_sentence(sentence) == sentence
        and not _FUTURE.search(sentence)
        and bool(_PAST.search(sentence))
        and bool(meetingplaces.meeting_place(sentence))
        and len({m.name for m in find_mentions(sentence) if m.name}) >= 2
    )


# the past tense of being somewhere or meeting: "war … in Belgien", "met", "traf"
_TODAY = re.compile(r"(?i)\b(?:today|heute|aujourd['’]hui|hoy)\b")


# a paragraph that opens with the next day: "Morgen (23.08.) trifft …", "Tomorrow, …"
_TOMORROW = re.compile(r"(?i)(?:morgen|übermorgen|tomorrow|demain|mañana)\b(?!\w)[\s,(]")


_PAST = re.compile(
    r"(?i)\b(?:war|waren|traf|trafen|hatte|hatten|met|was|were|held|had|était|étaient|"
    r"a rencontré|ont rencontré|s['’]est rendue?)\b"
)


# a visit that ends is reported, whatever comes after it: "X beendet heute … seinen Besuch
# und wird am Nachmittag zurückfliegen", "X concluded her visit …"
_VISIT_ENDS = re.compile(
    r"(?i)\b(?:beende[nt]?|beendete[nt]?|conclude[sd]?|wrap(?:s|ped) up|termine(?:nt)?|"
    r"a terminé|ont terminé|achève|a achevé|conclut|a conclu)\b[^.]{0,160}?"
    r"\b(?:besuch\w*|visit|visite|reise|trip|mission|tour|tournée)\b"
)


def condoles(layout: Layout, lede: str) -> bool:
    """Return whether a release condemns or condoles from its headline or its lede's first
    sentence ("Le Conseil fédéral condamne …", "X expresses his condolences …"): what it
    reports further on (a call to the country hit, even in the lede's next sentence) is part
    of the statement. A lede that opens with the call ("X called Y to convey condolences")
    reports it."""
    first = next(meetings.each_sentence(lede), "")
    said = bool(_CONDOLES.search(layout.title) or _CONDOLES.search(first))
    return said and meetings.meeting_sentence(first) is None


_CONDOLES = re.compile(
    r"(?i)\b(?:condemn\w*|condoles?|condolences|condamn\w*|condoléances|verurteil\w*|"
    r"beileid|kondolenz\w*|mourns?|trauer\w*|deuil)\b"
)


def reception(lede: str) -> bool:
    """Return whether the lede tells of a reception ("begrüßte … 50 Botschafter bei einem
    Empfang in der Residenz"): greeting guests there is an occasion, however the release
    then speaks of the gathering ("beim … Treffen")."""
    return bool(_RECEPTION.search(lede))


_RECEPTION = re.compile(
    r"(?i)\b(?:(?:bei|zu|auf) (?:einem|einen|dem|den) \w*empfang|at (?:a|the) (?:\w+ )?reception|"
    r"(?:lors d['’]|à) (?:une|la) réception)\b"
)


def open_day(lines: Sequence[str]) -> bool:
    """Return whether a headline or a line above the text reports an open day ("Tag der
    offenen Tür", "journée portes ouvertes"): greeting visitors is no meeting."""
    return any(_OPEN_DAY.search(line) for line in lines)


# an open day: the public visits; the host who welcomes and talks with them meets no one
_OPEN_DAY = re.compile(
    r"(?i)\b(?:tag(?:e|es|en)? der offenen t(?:ü|ue)re?n?|open (?:day|house)|"
    r"(?:journées? (?:des )?)?portes[- ]ouvertes)\b"
)


def invites_press(paragraph: str) -> bool:
    """Return whether a paragraph invites the press to an event (a media advisory)."""
    return bool(_ADVISORY.search(paragraph)) or bool(_PRESS_INVITED.search(paragraph))


# (the look-aheads at the phrases' first letters pass over every other word at once: without
# case, re tries each phrase at each word; tests/importers/test_initials.py checks them)
_PRESS_INVITED = re.compile(
    r"(?i)\b(?=[ajlm])(?:journalist(?:en|innen|s)? (?:sind|are) (?:herzlich )?eingeladen|"
    r"media (?:are|is) invited|les journalistes sont invités|ablauf am)\b"
)


_AHEAD = re.compile(
    r"(?i)\b(?:to (?:visit|meet)|will (?:visit|travel|meet|host|welcome|attend)|visit(?:s)? next|"
    r"reiseankündigung|antrittsreise|reist|wird .{0,60} reisen|travels to|"
    r"se rendra|effectuera|visitera)\b"
)


# travel told in the present tense is the trip to come: "X reist am Mittwoch … nach
# Bukarest", "X travels to Japan"; a trip reported says "reiste" ("se rend à" is not here:
# French reports tell past visits in the present)
_TRAVELS = re.compile(r"(?i)\b(?:reist|travels to)\b")


# what only an invitation to the press says
_ADVISORY = re.compile(
    r"(?i)\b(?=[abfjmnprt])(?:pressetermin|bildtermin|fototermin|medienhinweis|terminhinweis|"
    r"note aux (?:médias|rédactions)|avis aux médias|media advisory|photo opportunity|"
    # press accreditation, not an envoy's ("your accreditation marks a new start"):
    # "media accreditation", "Akkreditierung für Journalisten", "accreditation is required"
    r"(?:press|media|medien|presse|journalist\w*|reporter\w*)[- ]?(?:accreditation|"
    r"akkreditierung\w*|accréditation)|(?:accreditation|akkreditierung\w*|accréditation) "
    r"(?:[\w-]+ ){0,3}?(?:press|media|medien\w*|presse\w*|journalist\w*|reporter\w*|"
    r"medienvertreter\w*|pressevertreter\w*|médias)|accreditation (?:is|are) required|"
    r"akkreditierung (?:ist )?erforderlich|(?:akkreditieren|accréditer) sich|"
    r"(?:please|bitte) (?:[\w-]+ ){0,3}?(?:accredit|akkreditier)\w*)\b"
)


# someone's quoted words: “…”, "…", «…», „…“
_QUOTED = re.compile(r'“[^“”]*”|"[^"]*"|«[^«»]*»|„[^„“”]*[“”]')


# the time of day of a programme point: "um 15:15 Uhr", "at 3.30 pm", "à 10h30"
_CLOCK = re.compile(
    r"(?i)\b(?:um|gegen|ab|at|à|a) \d{1,2}(?:[:.h]\d{2})?\s?(?:uhr|[ap]\.?m\.?|h\b)"
)


_PLANNED = re.compile(
    r"(?i)\b(?:(?:ist|sind) (?:\S+ ){0,8}vorgesehen|(?:is|are) (?:scheduled|planned)|"
    r"(?:est|sont) prévue?s?)\b"
)


# a past verb of saying before the words it reports: "said on Monday that", "stressed that"
# (not "announced that", whose future is what the release announces)
_SAID_THAT = re.compile(
    r"(?i)\b(?:said|stated|stressed|underlined|emphasi[sz]ed|noted|affirmed|reaffirmed|"
    r"reiterated|declared|assured|told [^.,]{1,40}?)\b(?:[^.;:]{0,50}?\bthat\b)?"
)


_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|is (?:scheduled|expected|due|set) to|are (?:scheduled|expected|due|"
    r"set) to|wird|werden|se rendra|rencontrera|recevra|participera|accueillera)\b"
)
