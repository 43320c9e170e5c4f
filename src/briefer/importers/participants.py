"""Who took part in a reported meeting, each with the fullest name, role and country given."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

from briefer.importers import meetings
from briefer.importers.barenames import a_name
from briefer.importers.countrycontext import decide_countries
from briefer.importers.datelines import read_dateline
from briefer.importers.dates import find_dates
from briefer.importers.knownpersons import known_mentions
from briefer.importers.layout import Layout
from briefer.importers.ledes import LEDE, is_prose
from briefer.importers.meetingmentions import with_counterparts
from briefer.importers.meetingreports import REPORT
from briefer.importers.meetingsides import between_sides
from briefer.importers.mentions import Mention
from briefer.importers.names import surname
from briefer.importers.occasions import ACCOMPANIED, other_occasions, outside_meeting
from briefer.importers.persons import merge, subject_mention
from briefer.importers.release import Release
from briefer.importers.speechwords import SPEECH_VERBS
from briefer.model.records import Person


def find_participants(release: Release, found: list[int], layout: Layout) -> list[Person]:
    """Return who took part: named in the headline or the meeting's paragraph, or in the
    sentence of another paragraph that reports a meeting ("He also met X"), in the order
    the release first names them, each with the fullest name and role it gives."""
    paragraphs, known, home = release.paragraphs, release.people, release.home
    index = found[0]
    paragraph = paragraphs[index]
    elsewhere = other_occasions(paragraph)
    # the day the principal meeting is dated: another call dated so is of the same visit
    days = {
        m.value
        for m in find_dates(meetings.meeting_sentence(paragraph) or "", release.published)
        if m.value and not m.relative
    }
    titled = known_mentions(layout.title, known, home)
    present = _present(
        [
            (layout.title, [] if _caption(layout.title, titled) else titled, []),
            (paragraph, (*release.mentions(index), *_subject(paragraph)), elsewhere),
            *(
                (paragraphs[i], release.mentions(i), outside_meeting(paragraphs[i], days))
                for i in (*found[1:], *_reported_later(release, found, layout))
                if not _caption(paragraphs[i], release.mentions(i))
            ),
            *((paragraphs[i], release.mentions(i), []) for i in _listed(release, index)),
            *_named_next(release, index, layout, told_later=len(found) > 1),
            *(
                (paragraphs[i], release.mentions(i), other_occasions(paragraphs[i]))
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
        titled,
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
    lede = (layout.title, paragraphs[index])
    decided = decide_countries(people, "\n".join(paragraphs), lede, home)
    for number, item in enumerate(decided):
        if item.how:
            release.infer(f"consultation.participants[{number}].country", item.how)
    return [item.person for item in decided]


def _caption(text: str, mentions: Sequence[Mention]) -> bool:
    """Return whether text is a photo's caption, no list of who took part: people named one
    right after another, no sentence ("Courtesy call on Speaker X Speaker Y")."""
    if text.rstrip().endswith((".", "!", "?", ":", ";", ")")):
        return False
    named = sorted((m for m in mentions if m.name), key=lambda m: m.start)
    return any(not text[a.end : b.start].strip() for a, b in itertools.pairwise(named))


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
        for number, i in enumerate(layout.body[start + 1 : start + REPORT], 1)
        if i not in found
        and is_prose(release.paragraphs[i])
        and (
            (number >= LEDE and meetings.meeting_sentence(release.paragraphs[i]))
            or ACCOMPANIED.search(release.paragraphs[i])
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
    end = layout.body.index(min(found)) + REPORT if min(found) in layout.body else 0
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
            (release.paragraphs[i], release.mentions(i), other_occasions(release.paragraphs[i]))
            for i in layout.body[number + 1 : number + 1 + _CALLERS_TOLD]
            if is_prose(release.paragraphs[i])
        ]
    elif (
        not _GROUP.search(sentence)
        and not _sides_led(release, layout, number)
        # sides that met, whose people later paragraphs tell of too ("The Ministers of the
        # Forum held their meeting …" / "Minister X, Chair of the Forum, highlighted …")
        and not (told_later and between_sides({index: sentence}))
    ):
        return []
    if len(inside) >= 2 or not 0 <= number < len(layout.body) - 1:
        return []
    following = layout.body[number + 1]
    text = release.paragraphs[following]
    first = next(meetings.each_sentence(text), "")
    end = text.find(first) + len(first)
    return [(text, release.mentions(following), [(end, len(text)), *other_occasions(text)])]


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


def by_surname(known: list[Person]) -> dict[str, Person]:
    """Return the people a release names by family name, for `fullest`."""
    return {surname(p.name): p for p in reversed(known)}


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
