"""Statements a paragraph introduces ("X made the following statement:", "Minister X said:"),
and the paragraphs of them that follow.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.i18n import _
from briefer.importers.attribution import quoted_statements
from briefer.importers.credits import office_holder, unnamed_holder
from briefer.importers.furniture import is_contact_start, is_furniture
from briefer.importers.mentions import Mention
from briefer.importers.names import surname
from briefer.importers.passages import FoundStatement
from briefer.importers.persons import office_mention
from briefer.importers.quotes import QUOTE_MARKS, find_quoted, starts_with_quote
from briefer.importers.quotespans import closing_mark
from briefer.importers.release import Release
from briefer.importers.sentences import MIN_QUOTE_WORDS, last_clause
from briefer.importers.speechwords import FIRST_PERSON, SPEECH_VERBS, SPOKEN_TEXT, SPOKESPERSON

SPEECH_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
_STATEMENT_NOUN = re.compile(
    r"(?i)\b(?:(?:made|issued|gave|released|delivered|published|left|sent|wrote) the following "
    r"(?:statement|remarks?|declaration|message)|the following (?:statement|remarks) (?:was|were)|"
    r"(?:following|folgende) (?:statement|remarks|erklärung|stellungnahme)|"
    r"(?:is|are) attributable to|zitiert werden|ließ erklären|gab folgende|"
    r"states? the following|erklärt(?:e)? Folgendes|déclare ce qui suit|"
    r"^(?:an? |the |eine |une )?(?:press |joint )?(?:statement|remarks|erklärung|déclaration) "
    r"(?:by|of|von|de)|"
    r"déclaration suivante|a fait la déclaration|communiqué suivant|"
    # "Here is an extract of the Secretary-General's speech:" (French and German extracts
    # close their marks and are read as quotations)
    r"(?:extracts?|excerpts?) (?:of|from) [^:]{0,80}(?:speech|remarks|address|statement))\b"
)
_SECTION_HEADING = re.compile(
    r"(?i)^(?:background|hintergrund|notes? to editors|further information|"
    r"weitere informationen|quick facts|associated links|related (?:links|products)|"
    r"quotes|zitate|contacts?|kontakt)\s*:?\s*$"
)
_DASH_ATTRIBUTION = re.compile(r"^\s*[-–—]\s*(?P<who>[A-ZÄÖÜÉ\"“„«].{2,200})$")  # not "- a point"


def _is_heading(paragraph: str) -> bool:
    """Return whether a paragraph is a short line that is not a sentence (a heading, a link)."""
    text = paragraph.strip()
    ends = (".", "!", "?", "”", '"', "“", "«", "»", "—", "…", ",")  # "So with that —"
    return len(text.split()) <= 6 and not text.endswith(ends) and not starts_with_quote(text)


# "Marise Payne: Welcome, again, …", "Foreign Minister: …", "N. KOTZIAS: …": a
# transcript's speaker label
LABEL = re.compile(
    r"^(?P<label>(?:[A-ZÄÖÜÉ]\.\s?)?(?:[^:.!?]{2,60}?|[A-ZÄÖÜÉ][^:.!?a-zß-ÿ]{60,120}?))\s?:\s+"
    r"(?P<words>\S.{9,})$",
    re.DOTALL,
)


# a line that brings in an office's account of a call or a meeting: "[The] press statement
# on the phone call between A and B is as follows:", "Le communiqué sur l'entretien entre A
# et B est le suivant :", "Die Erklärung zum Telefonat … lautet:", "El comunicado sobre la
# reunión … es el siguiente:"
_ACCOUNT_LEAD_IN = re.compile(
    r"(?i)^\W*(?:(?:the|an?|le|la|l['’]|un|une|die|eine|el|la)\s+)?(?:(?:official|joint|press|"
    r"media|de presse|de prensa)\s+)?(?:press\s+)?(?:statement|release|readout|information|"
    r"communiqué|communique|déclaration|note|erklärung|mitteilung|pressemitteilung|comunicado|"
    r"declaración|nota)(?:\s+(?:de presse|de prensa))?\s+(?:on|about|regarding|concerning|of|"
    r"sur|concernant|relatif à|au sujet de|zu[mr]?|über|sobre|acerca de)\s+[^:]{0,40}?\b"
    r"(?:(?:tele)?phone calls?|calls?|(?:tele)?phone conversations?|conversations?|talks|"
    r"meetings?|visits?|entretiens?|rencontres?|réunions?|visites?|entrevues?|"
    r"telefonat|telefongespräch|gespräch|gespräche[ns]?|treffen|besuch(?:es|s)?|unterredung|"
    r"llamadas?|conversaci[oó]n(?:es)?|reuni[oó]n(?:es)?|visitas?|encuentros?)\b[^:]*:\s*$"
)


def account_lead_in(line: str, words: str) -> bool:
    """Return whether a line brings in an office's account of a call or a meeting ("The press
    statement on the call between A and B is as follows:", "Le communiqué sur l'entretien …
    est le suivant :", "Die Erklärung zum Telefonat … lautet:") and the words after it tell
    it in the third person ("A spoke by phone with B. … were discussed."): a readout, no
    one's statement. Words in the first person after it are the speaker's."""
    return bool(_ACCOUNT_LEAD_IN.match(line.strip())) and not FIRST_PERSON.search(words)


def is_intro(release: Release, index: int, following: str) -> bool:
    """Return whether a paragraph introduces someone's words: it ends in a colon, names
    someone, and says that they speak ("said:", "made the following statement:") or the
    next paragraph speaks in the first person ("Maas rief zu mehr Engagement auf:"); or it
    is the note over a speech's text ("Rede des … X. Es gilt das gesprochene Wort.")."""
    paragraph = release.paragraphs[index].rstrip()
    if following and account_lead_in(paragraph, following[:300]):
        return False  # "The statement on the call … is as follows:" over "A spoke with B."
    if SPOKEN_TEXT.search(paragraph) and len(paragraph.split()) <= 70:
        return bool(release.mentions(index)) or _writer(release, index) is not None
    if _name_line(release, index) is not None:
        # over a transcript ("MR PRICE: Good afternoon …") the labels say who speaks
        label = LABEL.match(following.strip())
        labelled = label is not None and not FIRST_PERSON.search(label["label"])
        # "US" in capitals is the country ("met the US Consul General"), not "us"
        spoken = FIRST_PERSON.search(following[:300].replace("US", "U.S."))
        return not labelled and bool(spoken)
    text = _introducing(paragraph)
    if not text.endswith(":") or len(text.split()) > 70:
        return False
    if any(len(q.text.split()) >= MIN_QUOTE_WORDS for q in find_quoted(text)):
        return False
    if not release.mentions(index) and office_mention(text) is None:
        if SPEECH_VERB.search(text) and office_holder(release, text) is not None:
            return True  # "le chef de la diplomatie allemande a déclaré :"
        return _READS.search(text) is not None and _writer(release, index) is not None
    speaks = SPEECH_VERB.search(text) or _STATEMENT_NOUN.search(text)
    return bool(speaks or FIRST_PERSON.search(following[:300]))


# "The message reads as follows:", "Die Botschaft lautet:": the words of the one who wrote
_READS = re.compile(
    r"(?i)\b(?:reads?(?: as follows)?|lautet(?:e)?(?: wie folgt)?|se lit comme suit|"
    r"(?:est )?ainsi (?:libellée?|rédigée?))\s*:$"
)


def lead_line(release: Release, body: Sequence[int]) -> int | None:
    """Return the line over the body that names its speaker, over date lines between."""
    for index in range(body[0] - 1 if body else -1, max(-1, body[0] - 4 if body else -1), -1):
        if _name_line(release, index) is not None:
            return index
        if not release.dates(index) or len(release.paragraphs[index].split()) > 8:
            return None
    return None


def _name_line(release: Release, index: int) -> Mention | None:
    """Return the person a line names when it is nothing but a name and a role ("Foreign
    Minister Anna Berg", "Anna Berg, Minister of Foreign Affairs") or a headline of what
    they say on a topic ("Foreign Minister Anna Berg on the floods", "Außenministerin Berg:
    Solidarität mit Ostland"), else None."""
    text = release.paragraphs[index].strip()
    if not text or len(text.split()) > 16 or text.endswith((".", "!", "?", ":", ",", ";")):
        return None  # "Ms. Anna Berg, Vice-President;": a speech's salutation, not its speaker
    named = [m for m in release.mentions(index) if m.name]
    if not named or len({m.name for m in named}) > 1:
        return None
    start = min(m.start for m in named)
    covered = max(m.end for m in named) - start
    if start > 4:
        return None
    if covered >= 0.75 * len(text) and len(text.split()) <= 10:
        return named[0]
    topic = text[named[0].end :]
    quoted = any(mark in topic for mark in QUOTE_MARKS)  # "Haslauer: „Topregion …“": a kicker
    return named[0] if _ON_TOPIC.match(topic) and not quoted else None


# what a headline names a speaker on: "X on the floods", "X: Solidarität mit …", "X zu …"
_ON_TOPIC = re.compile(r"(?i)^\s*(?::\s|on\s|zu[mr]?\s|über\s|sur\s|à propos\s)")


def _introducing(paragraph: str) -> str:
    """Return the part of a paragraph that may introduce someone's words: all of a short one,
    the last sentence of a long report ("… After signing the book, he left the following
    message:")."""
    paragraph = paragraph.rstrip()
    return paragraph if len(paragraph.split()) <= 70 else last_clause(paragraph)


def _writer(release: Release, index: int) -> Mention | None:
    """Return who wrote the message a paragraph introduces: the first person the paragraph
    before it names."""
    if index == 0:
        return None
    return next((m for m in release.mentions(index - 1) if m.name), None)


def _office_holder(release: Release, office: Mention | None, index: int) -> Mention | None:
    """Return who holds an office named alone ("L'Ambassadrice a … prononcé la déclaration
    suivante :"): the one person the release names, named by the paragraph that
    introduces the words or before it; else the office unnamed."""
    named = [p for p in release.people if p.name]
    if office is None or len(named) != 1:
        return office
    person = named[0]
    before = any(m.name == person.name for i in range(index + 1) for m in release.mentions(i))
    if not before:
        # "The Governor made the following statement:" / "“I met Minister X …”": X is met
        return office
    how = _("“{role}” is the one person the release names").format(role=office.role)
    return Mention(person.name, person.role or office.role, person.country, 0, 0, how)


# a spokesperson relays someone's words: "a rappelé la déclaration du ministre :", "read
# out the statement of the Minister", "verlas die Erklärung des Ministers"
_RELAYED = re.compile(
    r"(?i)\s*(?:la|le|the|die|den)\s+(?:déclaration|message|statement|erklärung|botschaft)\s+"
    r"(?:du|de la|de l['’]|de|of(?: the)?|des|der)\s*"
)


# the subject of a line that introduces a statement: "[dateline --] X Y, role, issued …"
_RELEASED_BY = re.compile(
    r"^(?:.*?\s(?:--|—|–)\s*)?(?P<name>(?:[A-Z][\w.’'-]+\s+){1,3}[A-Z][\w’'-]+),\s*"
    r"(?P<role>[^,:]{3,160}?),\s*(?:released|issued|made|delivered|gave|published)\s+the\s+"
    r"following\b"
)


def _speaker_in(release: Release, index: int) -> Mention | None:
    """Return who speaks: the person right after the verb (German "sagte Ministerin X"),
    else the nearest one before it ("After meeting X, Minister Y said:"); a role named alone
    is the release's one holder of it ("le président sénégalais a déclaré ce qui suit :")."""
    speaker = _speaker_named_in(release, index)
    if speaker is None or speaker.name:
        return speaker
    return unnamed_holder(release, release.paragraphs[index], speaker) or speaker


def _speaker_named_in(release: Release, index: int) -> Mention | None:
    intro = release.paragraphs[index]
    mentions = release.mentions(index)
    start = len(intro.rstrip()) - len(_introducing(intro))
    verb = _STATEMENT_NOUN.search(intro, start) or SPEECH_VERB.search(intro, start)
    if not mentions and (_READS.search(intro) or SPOKEN_TEXT.search(intro)):
        return _writer(release, index)
    if not mentions and (released := _RELEASED_BY.match(intro)):
        # "Brio, May 4 (NNA) -- Ivo Brand, director-general of …, issued the following
        # statement on Tuesday:": the subject a lower-case role hid from the pass of persons
        return Mention(released["name"], released["role"], "", *released.span("name"))
    if not mentions or verb is None:
        if mentions:
            return mentions[0]
        office = office_mention(intro)
        holder = office_holder(release, _introducing(intro)) if office is None else None
        return holder or _office_holder(release, office, index)
    for mention in mentions:
        gap = intro[verb.end() : mention.start]
        if mention.start >= verb.end() and (len(gap.split()) <= 1 or _RELAYED.fullmatch(gap)):
            return mention
    before = [m for m in mentions if m.end <= verb.start()]
    return before[-1] if before else mentions[0]


def introduced(
    release: Release, intro_index: int, following: Sequence[int]
) -> FoundStatement | None:
    paragraphs = release.paragraphs
    intro = paragraphs[intro_index]
    speaker = _speaker_in(release, intro_index)
    taken: list[int] = []
    texts: list[str] = []
    quoted_body = bool(following) and starts_with_quote(paragraphs[following[0]])
    family = surname(speaker.name) if speaker and speaker.name else ""
    previous = following[0] - 1 if following else 0
    open_quote = False  # a quotation over several paragraphs, opened and not yet closed
    # a spokesperson speaks of the minister in the third person: narration is their statement
    narrating = bool(_ANNOUNCES.search(intro) or SPOKEN_TEXT.search(intro)) or bool(
        speaker and SPOKESPERSON.search(speaker.role)
    )
    for index in following:
        paragraph = paragraphs[index]
        gap = range(previous + 1, index)
        if any(not is_furniture(paragraphs[j]) for j in gap) or ends_introduced(release, index):
            break  # a header or a heading: the statement has ended
        previous = index
        if not taken and index != following[-1] and _caption_line(paragraph, family):
            continue  # "1 - Attentat à Barcelone - Rappel de la déclaration de M. X": its heading
        if quoted_body and open_quote and not starts_with_quote(paragraph):
            close = closing_mark(paragraph)
            open_quote = close is None
            text = paragraph[:close].strip() if close is not None else paragraph.strip()
        elif quoted_body:
            if not starts_with_quote(paragraph) and taken:
                break
            spans = find_quoted(paragraph)
            open_quote = bool(spans) and not spans[-1].closed
            text = unquote(paragraph)
        else:
            if taken and (
                (family and family in paragraph.casefold())
                or bool(quoted_statements(release, [index]))
                or (
                    (
                        (paragraph.rstrip().endswith(":") and not FIRST_PERSON.search(paragraph))
                        or (_narrates(release, index) and not narrating)
                    )
                    and not _speaks_on(release, following[following.index(index) + 1 :])
                )
            ):
                break
            text = paragraph.strip()
        taken.append(index)
        texts.append(text)
    if not taken:
        return None
    dates = [m.value for m in release.dates(intro_index)]
    return FoundStatement(
        speaker=speaker,
        paragraphs=texts,
        indices=taken,
        date=next((d for d in dates if d), None),
        how="introduced",
        spans=[(i, 0, len(paragraphs[i])) for i in taken],
    )


def _caption_line(paragraph: str, family: str) -> bool:
    """Return whether a paragraph is a heading over the speaker's words that names them,
    not words: no sentence, no first person."""
    text = paragraph.strip()
    return (
        bool(family)
        and family in text.casefold()
        and len(text.split()) <= 40
        and not text.endswith((".", "!", "?", ":", ",", "…", *QUOTE_MARKS))
        and not starts_with_quote(text)
        and not FIRST_PERSON.search(text)
    )


def _speaks_on(release: Release, after: Sequence[int]) -> bool:
    """Return whether the speaker's words go on after a paragraph that reads like narration
    ("Le Président de la République a décidé …"): a paragraph further on, before anything
    that ends the statement, speaks in the first person ("J'en suis touchée")."""
    previous = after[0] - 1 if after else 0
    for index in after:
        paragraph = release.paragraphs[index]
        if index != previous + 1 or ends_introduced(release, index) or find_quoted(paragraph):
            return False
        if any(m.name for m in release.mentions(index)):
            return False  # someone else is spoken of, or speaks
        if FIRST_PERSON.search(paragraph):
            return True
        previous = index
    return False


def ends_introduced(release: Release, index: int) -> bool:
    """Return whether a paragraph cannot go on an introduced statement: furniture, a
    contact block, a heading, another introduction, a signature line."""
    paragraph = release.paragraphs[index]
    return (
        is_furniture(paragraph)
        or is_contact_start(paragraph)
        or is_intro(release, index, "")
        or bool(_SECTION_HEADING.match(paragraph))
        or (_is_heading(paragraph) and not FIRST_PERSON.search(paragraph))  # "damit begrüße ich:"
        or bool(_DASH_ATTRIBUTION.match(paragraph))
    )


def unquote(paragraph: str) -> str:
    spans = find_quoted(paragraph)
    if len(spans) == 1 and spans[0].start == len(paragraph) - len(paragraph.lstrip()):
        text = spans[0].text.strip()
        return text[:-1] + "." if text.endswith(",") and spans[0].closed else text
    return paragraph.strip()


# "The following is attributable to …", "… teilt mit:": what follows is the release itself,
# narration and all.
_ANNOUNCES = re.compile(r"(?i)\b(?:attributable to|teilt(?:e)? mit|announced|gab bekannt)\b")
_NARRATION = re.compile(
    r"(?i)^(?:both|the two|the|die beiden|beide|die)\s+"
    r"(?:ministers?|sides|leaders|minister(?:innen)?|seiten|delegations?)\b"
)
# "Stephen Hickey, Director Middle East at the FCDO, held …": a paragraph about a person
_NAMED_FIRST = re.compile(r"^[A-ZÄÖÜ][\w’'-]+(?: [A-ZÄÖÜ][\w’'-]+){1,3}, ")


def _narrates(release: Release, index: int) -> bool:
    """Return whether a paragraph is the release's own narration again: it opens by naming a
    person ("Der brasilianische Außenminister Mauro Vieira dankte …") or the ministers."""
    paragraph = release.paragraphs[index]
    opening = paragraph.lstrip()[:60]
    return bool(_NARRATION.match(opening) or _NAMED_FIRST.match(opening)) or any(
        m.start <= 8 for m in release.mentions(index) if m.name or m.role
    )
