"""Whose statement a single-speaker release is, and where its words run.

A release headed "Statement by X", "Opening remarks by X", "Déclaration à la presse par X",
"X's remarks", "Grußwort des Botschafters" or labelled "Press statement" over a byline is X's
statement from its first paragraph to its last (from its address lines, when they stand
between heading and text), and so is a speech whose text opens with a salutation ("Madame la
Présidente, Mesdames et Messieurs,"), an interview's answers, an office's statement in its
own voice and a statement signed at its end.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from briefer.importers import meetings
from briefer.importers.datelines import dateline_end
from briefer.importers.dates import find_dates
from briefer.importers.layout import Layout, chamber_line
from briefer.importers.lexicon import (
    ANSWER,
    FIRST_PERSON,
    QUESTION,
    ROLE_PATTERN,
)
from briefer.importers.mentions import Mention
from briefer.importers.names import surname
from briefer.importers.passages import FoundStatement
from briefer.importers.persons import find_mentions
from briefer.importers.quotes import Quoted, find_quoted
from briefer.importers.statements import account_lead_in, signature_line

JOINT_HEADING = re.compile(
    r"(?i)\b(?:joint (?:press |media )?(?:statement|declaration|communiqu)|"
    r"gemeinsame (?:erklärung|presseerklärung)|on behalf of the (?:eu|european union)|"
    r"im namen der eu|statement by the (?:g7|g20|foreign ministers|ministers|leaders|"
    r"high representative on behalf)|statement of the (?:g7|g20|foreign ministers)|"
    r"erklärung der (?:g7|g20|außenminister)|déclaration (?:conjointe|commune)|"
    r"communiqué (?:conjoint|commun)\b|au nom de l['’]union européenne|"
    r"chair(?:man)?['’]s (?:statement|summary)|statement (?:by|of) the chair\b|"
    r"déclaration de la présidence|erklärung des vorsitzes|ministerial declaration)"
)


_TITLE_STATEMENT = re.compile(
    r"(?i)^(?:[^:]{2,40}:\s+)?(?:opening |closing |introductory |welcom(?:e|ing) |keynote |"
    r"inaugural |concluding |farewell |valedictory |acceptance )?(?:press |media )?"
    # "Statements of the Prime Minister X after …", "Erklärungen von X": plural as one
    r"(?:statement|remarks|address|erklärung|déclaration(?: liminaire)?|message|rede|festrede|"
    r"grußwort|ansprache|speech|allocution|intervention|comment|kommentar|commentaire|"
    r"clarifications?|précisions|(?:éléments de )?discours|mot de bienvenue|pressestatement|"
    # a signed message: "Foreword by the Speaker", "A word from the President", "Mot du
    # Président", "Vorwort des Präsidenten", "Avant-propos de la Présidente"
    r"foreword|preface|(?:a )?word|mot|vorwort|geleitwort|avant-propos|préface)"
    r"(?:s|en)? "
    # "Déclaration à la presse par X", "Déclaration de presse de X", "Speech delivered by X"
    r"(?:(?:à la|de) presse )?(?:(?:prononcée?|delivered|given|gehalten) )?"
    # "Statement to Parliament by X", "Ministerial Statement to the House of Assembly by X"
    r"(?:(?:to|before|in) (?:the )?(?:Parliament|(?:House|Senate|National Assembly)"
    r"(?: of [A-Z]\w+)?) |(?:devant|à) l['’]Assemblée nationale )?"
    # "Message – Executive Secretary of the Union": a message's sender after a dash
    r"(?:(?<=message )[–—-] (?:the )?|"
    r"attributable to (?:the )?|by (?:the )?|from (?:the )?|of (?:the )?|von (?:der |dem )?|"
    r"der |des |de (?:la |l['’])?|du |d['’]|par (?:la |le |l['’])?)"
    r"(?P<who>.+?)(?:,?\s+(?:on|upon|regarding|about|following|at|during|to|after|before|"
    r"in relation to|with regard to|concerning|zu|zum|"
    r"zur|anlässlich|bei|vor|nach|sur|à|au|lors|après|pour|-|–)\s+.*|\s*[–(].*|\s+-.*)?$"
)


# "Statement on the situation in …", "Erklärung zur aktuellen Situation …": no one named
_TITLE_TOPIC = re.compile(
    r"(?i)^(?:press |media )?(?:statement|erklärung|stellungnahme|déclaration|clarification|"
    r"klarstellung|mise au point)\s+(?:on|regarding|concerning|about|zu|zur|zum|sur|"
    r"concernant|relative)\b"
)


# "Secretary General's opening remarks", "Foreign Secretary’s statement on …"
_TITLE_POSSESSIVE = re.compile(
    r"(?i)^(?P<who>[^'’]{3,80})['’]s (?:opening |closing )?(?:remarks|statement|speech|message)\b"
)


_ROLE = re.compile(rf"(?:NATO |UN )?(?:{ROLE_PATTERN})")


_STATEMENT_LABELS = ("press statement", "statement", "erklärung", "media statement")


_COLLECTIVE = re.compile(r"(?i)\b(?:ministers|leaders|governments|and|und)\b")


# one body, whatever its name joins: "the Press and Information Department of the Ministry"
_BODY = re.compile(r"(?i)\b(?:ministry|department|office|ministère|ministerium|amt)\b")


def single_speaker(layout: Layout) -> Mention | None:
    """Return who a single-speaker statement is by, from its headline ("Statement by Foreign
    Minister X on …", "Statement by the Spokesperson on …") or its byline under a "Press
    statement" label; None for anything else, joint statements included."""
    match = _TITLE_STATEMENT.match(layout.title) or _TITLE_POSSESSIVE.match(layout.title)
    collective = match and _COLLECTIVE.search(match["who"]) and not _BODY.search(match["who"])
    if match and not JOINT_HEADING.search(layout.title) and not collective:
        speaker = _headline_speaker(match.group("who"))
        if speaker is not None:
            return speaker
    if _TITLE_TOPIC.match(layout.title) and not JOINT_HEADING.search(layout.title):
        return Mention("", layout.publisher, "", 0, 0)  # "Erklärung zur Lage …": the office's
    if any(chamber_line(line) for line in layout.standfirst):
        # "Minister of Foreign Affairs X" / "House of Assembly": X's communication to it
        named = [m for m in find_mentions(layout.title) if m.name]
        if len(named) == 1 and named[0].end - named[0].start >= 0.6 * len(layout.title):
            return named[0]
    if any(label in _STATEMENT_LABELS for label in layout.labels) and len(layout.bylines) == 1:
        named = [m for m in find_mentions(layout.bylines[0]) if m.name]
        return named[0] if named else None
    return None


def _headline_speaker(who: str) -> Mention | None:
    """Return the speaker a headline names after "Statement by": a person, else a role
    ("the Spokesperson for the Secretary-General", "External Affairs Minister"), else a
    body ("l’Union européenne")."""
    who = who.strip().rstrip(",;")  # "Rede von X," over the role's line
    if who.isupper() and " " in who.strip():
        who = who.title()  # "STATEMENT BY THE HIGH REPRESENTATIVE JOSEP BORRELL ON …", not "MFAIE"
    mentions = find_mentions(f"the {who}")
    # "the" reads "Spokesperson for …" as a role; a name opening the words needs none
    named = [m for m in mentions if m.name] or [m for m in find_mentions(who) if m.name]
    if len(named) == 1:  # "ALLOCUTION DE SON EXCELLENCE MADAME X": X
        return replace(named[0], name=_MADAME.sub("", named[0].name))
    if named:
        return None
    spokesperson = next((m for m in mentions if m.is_spokesperson), None)
    if spokesperson is not None:
        return Mention("", spokesperson.role, "", 0, 0)
    role = _ROLE.search(who)
    if role is not None:  # "Opening Remarks by External Affairs Minister"
        return Mention("", _GENITIVE.sub(r"\g<office>", role.group(0), count=1), "", 0, 0)
    name = who.strip()
    if _SIGNED_NAME.fullmatch(name) and not _NOT_A_NAME.search(name):
        return Mention(name, "", "", 0, 0)  # "Discours de Jean-Yves Le Drian pour …"
    if (len(who.split()) <= 6 or _OFFICE.match(who) or _BODY.search(who)) and who[:1].isupper():
        return Mention("", who.strip(), "", 0, 0)  # "Déclaration de l’Union européenne"
    return None


# a French form of address a heading in capitals leaves before the name
_MADAME = re.compile(r"^(?:Madame|Monsieur|Mme|M\.)\s+(?=[A-ZÄÖÜÉ])")


# a German office in the genitive: "Grußwort des Botschafters" is the Botschafter's
_GENITIVE = re.compile(r"^(?P<office>[A-ZÄÖÜ]\w+(?:er|är|or))s\b")


# the last word of a body's name, not a person's: "European Union", "Security Council"
_NOT_A_NAME = re.compile(
    r"(?i)\b(?:union|council|commission|nations|government|ministry|office|department|"
    r"kingdom|states|republic|organi[sz]ation|secretariat|presidency|bundesregierung|"
    r"community|group|forum|alliance|bank|agency)$"
)


# "the Ministry of Foreign Affairs of the Czech Republic": an office, however long its name
_OFFICE = re.compile(
    r"(?i)^(?:the )?(?:(?:federal|royal) )?(?:ministry|government|department|office|embassy|"
    r"ministère|gouvernement|ambassade|ministerium|bundesregierung|regierung|botschaft)\b"
)


def takes_position(paragraphs: list[str], layout: Layout) -> bool:
    """Return whether a release gives a ministry's or government's position without its
    words: its lede's subject is the office and its verb a position ("Brio.- The Ministry of
    Foreign Affairs has restated its backing for …", "The ministry and its consulate informed
    that they are following …"), told in the third person with no quotation."""
    body = [i for i in layout.body if not preamble(paragraphs[i])]
    if not body:
        return False
    lede = paragraphs[body[0]].strip()
    first = next(meetings.each_sentence(lede[lede_start(lede) :]), "")
    subject = _POSITION_SUBJECT.match(first)
    return subject is not None and _OFFICE.match(subject["office"]) is not None


# a Spanish-style dateline: "Brio.- The Ministry …", "BRIO. - …"
_PLACE_DOT_DASH = re.compile(r"^[A-ZÄÖÜÉ][\w '-]{1,30}\.\s?[-–—]\s+(?=[A-ZÄÖÜÉ])")


def lede_start(lede: str) -> int:
    """Return where a lede's own words start, after its dateline ("Brio, 3 May (ANA) –",
    "Brio. – "), 0 when none opens it."""
    dated = _PLACE_DOT_DASH.match(lede)
    return dateline_end(lede) or (dated.end() if dated else 0)


# an office that states its position: "The Ministry … has restated its backing", "… informed
# that", "… reaffirms its support", "… rejects …"
_POSITION_SUBJECT = re.compile(
    r"^(?P<office>(?:the |le |la |l['’])?[A-ZÄÖÜÉ][^.;:]{2,120}?)\s+"
    r"(?:(?:has|have|had|a|ont) )?(?:once again |again |firmly |strongly )?"
    r"(?:restate|reiterate|reaffirm|reject|condemn|inform|support|back|deplore|regret|"
    r"réaffirm|réitér|rejet|condamn|déplor|regrett|inform)\w*\b",
    re.IGNORECASE,
)


def whole_release(paragraphs: list[str], layout: Layout) -> list[FoundStatement]:
    """Return the whole text as one statement when the release is one speaker's statement,
    or a speech: a text that opens with a salutation."""
    speaker = single_speaker(layout) or _under_split_heading(paragraphs, layout)
    if speaker is None:
        return _speech(paragraphs, layout)
    if not speaker.name:  # "Statement of the Secretary General …" under "X's statement at …"
        speaker = _headed_above(paragraphs, layout) or speaker
    family = surname(speaker.name) if speaker.name else ""
    body = [
        i
        for i in _addressed(paragraphs, layout)
        if not (family and len(paragraphs[i].split()) <= 12 and family in paragraphs[i].casefold())
    ]
    body = _address_body(paragraphs, layout) or _from_salutation(paragraphs, body)
    # a message signed above its text ("Hon. Kim Dale, M.P." / "Speaker of the House"): the
    # text begins after the block, and the office the headline names is its signer's
    signer, body = _signed_above(paragraphs, layout, body)
    if signer is not None and (not speaker.name or surname(signer.name) == family):
        speaker = replace(signer, role=signer.role or speaker.role)
    # a copy that introduces the statement under its own heading ("Below, we reproduce the
    # statement by X." / "Statement by X, Deputy Minister of Foreign Affairs:"): its text
    # begins after that line, and it is the one the line names
    intro = next(
        (n for n, i in enumerate(body[:_INTRO_LINES]) if _STATEMENT_INTRO.match(paragraphs[i])),
        None,
    )
    if intro is not None and intro + 1 < len(body):
        # an acute accent typed for the apostrophe: "Cuba´s Deputy Minister"
        line = paragraphs[body[intro]].replace("´", "’")
        named = [m for m in find_mentions(line) if m.name] or _introduced_by(line)
        speaker = named[0] if len(named) == 1 and not speaker.name else speaker
        body = body[intro + 1 :]
    if any(QUESTION.match(paragraphs[i].lstrip()) for i in body):
        return _answers(paragraphs, body, speaker, layout)
    found = _running(
        paragraphs, body, speaker, layout, "whole release", _address_run(paragraphs, body)
    )
    if found is not None and not speaker.name and account_lead_in(layout.title, found.text):
        return []  # "Press statement on the call … is as follows:" over an office's account
    if found is not None and not speaker.name:
        signer = _signer(paragraphs, found.indices[-1] + 1) or _bylined(layout)
        found.speaker = signer or _holder(found.paragraphs[0], speaker.role) or speaker
    if found is None:
        return []
    return [found, *_after_caption(paragraphs, body, found, layout)]


_INTRO_LINES = 3


def _signed_above(
    paragraphs: list[str], layout: Layout, body: list[int]
) -> tuple[Mention | None, list[int]]:
    """Return who signs a message in a block over its text, and the body after the block: a
    line of their name signed with an honorific or postnominals ("Hon. Kim Dale, M.P.", "The
    Hon. Kim Dale MP") or a bare name line set apart over the body, then their role on a
    short line ("Speaker of the House of Commons")."""
    start = layout.title_index + 1 if layout.title_index is not None else 0
    above = [i for i in range(start, body[0]) if paragraphs[i].strip()] if body else []
    lines = [*above[-2:], *body[:2]] if body else []
    for number, index in enumerate(lines[:3]):
        line = paragraphs[index].strip()
        bare = index in above and _SIGNED_NAME.fullmatch(line)
        name = signature_line(line) or (line if bare else "")
        if not name or _NOT_A_NAME.search(name):
            continue
        role_at = lines[number + 1] if number + 1 < len(lines) else None
        role_line = paragraphs[role_at].strip() if role_at is not None else ""
        is_role = bool(role_line) and len(role_line.split()) <= 10 and _ends_statement(role_line)
        if name == line and not (is_role and _ROLE.match(role_line)):
            continue  # a bare name line signs only over a role ("Press Release" is none)
        after = role_at if is_role and role_at is not None else index
        rest = [i for i in body if i > after]
        if not rest or not FIRST_PERSON.search(paragraphs[rest[0]]):
            return None, body
        return Mention(name, role_line if is_role else "", "", 0, 0), rest
    return None, body


# the line that heads a statement a copy reproduces: "Statement by X, Deputy Minister …:"
_STATEMENT_INTRO = re.compile(
    r"(?i)^\s*(?:the )?(?:full )?(?:text of the )?(?:statement|remarks|declaration|message|"
    r"speech|address|déclaration|erklärung)\s+(?:by|of|from|de|du|von)\s+[^:]{3,160}:\s*$|"
    # "X, Minister of …, issued the following press statement on May 4:"
    r"^[^:]{3,200}\b(?:released|issued|made|delivered|gave|published|a (?:fait|publié|rendu "
    r"publique?)) (?:the following|la (?:déclaration|communiqué) suivante?)\b[^:]{0,80}:\s*$"
    # a line about the speech under its headline: "The Secretary-General gave a speech to mark
    # the day."
    r"|^(?:the |le |la )?[^:.]{3,80}\b(?:gave|delivered|made|a prononcé) (?:a|the|his|her|un|une"
    r"|le|son) (?:speech|remarks|address|discours|allocution)\b[^:.]{0,80}\.\s*$"
)


def _introduced_by(line: str) -> list[Mention]:
    """Return the one person a statement's heading names before their role ("Statement by
    Rogelio Sierra Diaz, Cuba’s Deputy Minister of Foreign Affairs:"), the role without the
    country's possessive; [] when it names no one so."""
    heading = _INTRODUCED_BY.match(line)
    if heading is None:
        return []
    name = heading["name"].strip()
    if not _SIGNED_NAME.fullmatch(name) or _NOT_A_NAME.search(name):
        return []
    role = re.sub(r"^[A-ZÄÖÜÉ][\w .-]{1,30}['’]s\s+", "", heading["role"].strip())
    return [Mention(name, role, "", 0, 0)]


_INTRODUCED_BY = re.compile(
    r"(?i)^.*?\b(?:by|of|from|de|du|von)\s+(?P<name>[^,:]{3,60}),\s*(?P<role>[^:]{3,120}):\s*$"
)


def _after_caption(
    paragraphs: list[str], body: list[int], found: FoundStatement, layout: Layout
) -> list[FoundStatement]:
    """Return the rest of a whole-release statement that a photo's caption naming the speaker
    interrupts ("…nicht immer einfach waren." / "Botschafter X © Foto" / "Deutschland ist
    …"): a passage of its own, when the text goes on in full sentences after the caption."""
    last = found.indices[-1]
    rest = [i for i in body if i > last]
    gap = [i for i in layout.body if last < i < (rest[0] if rest else -1)]
    if not rest or not gap or any(i not in layout.body for i in range(last + 1, rest[0])):
        return []
    opening = paragraphs[rest[0]].strip()
    if len(opening.split()) <= 12 or not opening.endswith((".", "!", "?")) or not found.speaker:
        return []
    after = _running(paragraphs, rest, found.speaker, layout, "whole release")
    return [after] if after else []


def _addressed(paragraphs: list[str], layout: Layout) -> list[int]:
    """Return the body with the address lines of a speech that stand between its heading and
    the body layout found ("Mr. Jon Dahl, President of Norland;" / "Ms. Anna Berg,
    Vice-President;" / "…; and"): the speech begins with them."""
    body = list(layout.body)
    if not body or layout.title_index is None:
        return body
    above = list(range(layout.title_index + 1, body[0]))
    if above and all(_ADDRESS_LINE.search(paragraphs[i].strip()) for i in above):
        return [*above, *body]
    return body


# a line of a speech's address: "Mr. Jon Dahl, President of Norland;", "…, friends; and"
_ADDRESS_LINE = re.compile(r"(?i)^(?:\S+\s+){1,40}?\S*(?:;|;\s*(?:and|und|et)|,)$")


# an addressee on a line of its own, as a speech lists them: "Members of the Cabinet;"
_ADDRESSEE = re.compile(r"^[A-Z][^.?!:;,]{2,80};$")


def _addressees(paragraphs: list[str], body: Sequence[int]) -> bool:
    """Return whether the body opens with a speech's list of addressees, a line each
    ("Members of the Cabinet;" / "Envoys and Consuls of Estoria;" / "Friends.")."""
    lines = [paragraphs[i].strip() for i in body[:2]]
    return len(lines) == 2 and all(_ADDRESSEE.match(line) for line in lines)


def _speech(paragraphs: list[str], layout: Layout) -> list[FoundStatement]:
    """Return a speech whose headline does not say so, from its salutation to its end
    ("Madame la Présidente, Mesdames et Messieurs," / "Je vous remercie …"): by the one person
    its headline or byline names, else unnamed, given as by the publisher."""
    body = _address_body(paragraphs, layout) or _from_salutation(paragraphs, layout.body)
    title = layout.title_index
    if (
        title is not None
        and body
        and body[0] == title + 1
        and _SALUTATION.match(paragraphs[title].strip())
    ):
        body = [title, *body]  # "Grußwort" / "Liebe Leserinnen und Leser," taken for the title
    address = _address_run(paragraphs, body)
    if not body or not (
        _SALUTATION.match(paragraphs[body[0]].strip()) or _addressees(paragraphs, body) or address
    ):
        return []
    named = [m for m in find_mentions(layout.title) if m.name]
    speaker = (named[0] if len(named) == 1 else None) or _bylined(layout)
    found = _running(
        paragraphs,
        body,
        speaker or Mention("", layout.publisher, "", 0, 0),
        layout,
        "a speech",
        address,
    )
    if found is not None and speaker is None:
        found.speaker = _signer(paragraphs, found.indices[-1] + 1) or found.speaker
    return [found] if found else []


def _from_salutation(paragraphs: list[str], body: Sequence[int]) -> list[int]:
    """Return the body from where a statement's words begin: after the lines that only say
    where, when or how ("Washington, DC", "(As prepared)", "Brio, le 4 mai 2021"), and at a
    speech's salutation when heading lines stand before it ("Director of the Division …
    28 February - 3 March 2000" / "Madam Chairperson,")."""
    taken = list(body)
    while taken and preamble(paragraphs[taken[0]]):
        taken = taken[1:]
    heading = itertools.takewhile(
        lambda i: (
            bool(_HEADING_LINE.fullmatch(paragraphs[i].strip()))
            and not _SALUTATION.match(paragraphs[i].strip())
        ),
        taken,
    )
    for number, _ in enumerate(list(heading)[:2], 1):
        if number < len(taken) and _SALUTATION.match(paragraphs[taken[number]].strip()):
            return taken[number:]
    return taken


def opens_with_address(paragraphs: list[str], layout: Layout) -> bool:
    """Return whether the text opens with a speech's address set a line per addressee and
    ending in a line that greets everyone ("• Your Excellency …;" / "Ladies and Gentlemen")."""
    return bool(_address_body(paragraphs, layout))


def _address_body(paragraphs: list[str], layout: Layout) -> list[int]:
    """Return the text from the address a speech opens with, a line per addressee, to its
    end, with the lines layout set apart under the headline ("• Your Excellency …;" taken for a
    standfirst, "Honourable Karl Moen, Minister …" for a speaker's heading); [] when the text
    opens with no such address."""
    if not layout.body:
        return []
    top = -1 if layout.title_index is None else layout.title_index
    head = [i for i in range(top + 1, layout.body[0]) if paragraphs[i].strip()]
    lines = [*head, *layout.body]
    while lines and preamble(paragraphs[lines[0]]) and not _address_run(paragraphs, lines):
        lines = lines[1:]
    if _address_run(paragraphs, lines) > 1:
        return lines
    # a page that tells the occasion before the speech's text, or labels it ("On 4 May the
    # Council met, at which X spoke." / "The remarks in full:" / "Dear Anton Sergeyevich!"):
    # the speech is the text from its address, a run of lines, when what follows is spoken
    for skip in range(1, min(_TOLD_BEFORE, len(lines) - 2) + 1):
        rest = lines[skip:]
        run = _address_run(paragraphs, rest)
        if run > 1 and any(FIRST_PERSON.search(paragraphs[i]) for i in rest[run : run + 3]):
            return rest
    return []


_TOLD_BEFORE = 3  # the lines that may tell the occasion or label the text before a speech


def _address_run(paragraphs: list[str], body: Sequence[int]) -> int:
    """Return how many lines the address a speech opens with takes, a line per addressee,
    set as a list ("• Your Excellency Per Ek, President of Norland;" / "Honourable Karl Moen,
    Minister of Foreign Affairs" / "Ladies and Gentlemen, All protocols observed;" / "Good
    afternoon,"): the first opens with a form of address, each is short, and one of them greets
    all ("Ladies and Gentlemen", "Good morning", "All protocols observed"); 0 when there is none."""
    lines = [_BULLET.sub("", paragraphs[i]).strip() for i in body[:_ADDRESS_LINES]]
    # the first names someone with a comma or ends in one ("Your Excellency Per Ek, …;"),
    # not a caption's sentence ("Hon Jon Dahl cuts the ribbon")
    if not lines or not _ADDRESS_OPENING.match(lines[0]) or not re.search(r"[,;!]", lines[0]):
        return 0
    greeted = 0
    for number, line in enumerate(lines):
        if len(line.split()) > 40 or line.endswith(("?", ":")):
            break
        # "Dear colleagues!" / "Liebe Freunde!": an address that calls out ends in "!"
        if _GREETING.match(line) or (
            number and line.endswith("!") and _SALUTATION.match(line) and len(line.split()) <= 8
        ):
            greeted = number + 1
        elif greeted:
            break
    return greeted


_ADDRESS_LINES = 20


def _lead(line: str) -> int:
    """Return where a line's words begin after a list's bullet."""
    bullet = _BULLET.match(line)
    return bullet.end() if bullet else 0


_BULLET = re.compile(r"^\s*[•·▪●◦‣-]\s*")


# the words a speech's address opens with ("Your Excellency …", "Honourable …", "Excellences")
_ADDRESS_OPENING = re.compile(
    r"(?i)^(?:(?:our|my) )?(?:(?:most )?esteemed|madame|monsieur|mesdames|messieurs|"
    r"excellences?|ch(?:er|ère)s?|distingués?|honorables?|dear|ladies|excellenc(?:y|ies)|"
    r"your (?:excellenc(?:y|ies)|majesty|"
    r"highness|royal)|his excellency|her excellency|h\.\s?e\.?|mr\.?|madam|honou?rable|hon\.?|"
    r"distinguished|guest of honou?r|sehr geehrter?n?|liebe[rn]?|exzellenz(?:en)?)\b"
)


# the line of an address that greets everyone: "Ladies and Gentlemen", "Good afternoon,",
# "All protocols observed;", "Mesdames et Messieurs", "Meine Damen und Herren"
_GREETING = re.compile(
    r"(?i)^(?:(?:distinguished |dear )?ladies and gentlemen|good (?:morning|afternoon|evening)|"
    r"all protocols? (?:duly )?observed|mesdames(?:,| et) messieurs|bonjour|"
    r"(?:meine )?(?:sehr geehrten )?damen und herren|guten (?:morgen|tag|abend))\b"
    r"[^.?:]{0,60}[,;!.]?$"
)


# a line of a speech's heading: short, no sentence ("Director of the Division for the
# Advancement of Women 28 February - 3 March 2000")
_HEADING_LINE = re.compile(r"(?=(?:\S+\s+){0,24}\S+$)[^.!?;:“”\"]+")


def _headed_above(paragraphs: list[str], layout: Layout) -> Mention | None:
    """Return the one person the headline above an office-only title names, when it names
    them as the speaker of the same text ("Secretary General Pim Holt's statement at …" over
    "Statement of the Secretary General of the Secretariat"); None otherwise."""
    if not layout.title_index:
        return None
    above = paragraphs[layout.title_index - 1].strip()
    headline = _TITLE_STATEMENT.match(above) or _TITLE_POSSESSIVE.match(above)
    if headline is None or len(above.split()) > 30 or JOINT_HEADING.search(above):
        return None
    named = [m for m in find_mentions(above) if m.name]
    if len(named) != 1:
        return None
    return named[0]


def _under_split_heading(paragraphs: list[str], layout: Layout) -> Mention | None:
    """Return who a statement is by when its heading is split over lines and the title is a
    later one, a byline or a role line and no sentence ("Statement attributable to the
    Spokesperson for the Secretary-General – on …" / "X, Spokesman for the Secretary-General";
    "Déclaration de presse par X," / "Secrétaire générale, Union des ports"): the one the
    heading names, else the one the title names, else the heading's office."""
    title = layout.title.strip()
    if not layout.title_index or not _HEADING_LINE.fullmatch(title):
        return None
    above = paragraphs[layout.title_index - 1].strip()
    # a signed message's block between heading and role: "Foreword by the Speaker" / "Hon.
    # Kim Dale, M.P." / "Speaker of the House of Commons"
    bare = _SIGNED_NAME.fullmatch(above) and _ROLE.match(title)
    signer = signature_line(above) or (above if bare else "")
    if signer and layout.title_index >= 2 and not _NOT_A_NAME.search(signer):
        above = paragraphs[layout.title_index - 2].strip()
    match = _TITLE_STATEMENT.match(above)
    if match is None or len(above.split()) > 30 or JOINT_HEADING.search(above):
        return None
    speaker = _headline_speaker(match["who"])
    if signer and speaker is not None and not speaker.name:
        return Mention(signer, title, "", 0, 0)
    named = [m for m in find_mentions(title) if m.name]
    if speaker is not None and not speaker.name and len(named) == 1:
        return named[0]
    return speaker


# the address a speech opens with: "Madame la Présidente, Mesdames et Messieurs,",
# "Excellencies, ladies and gentlemen,", "Sehr geehrte Damen und Herren!"
_SALUTATION = re.compile(
    r"(?i)^(?:madame|monsieur|mesdames|messieurs|excellences?|ch(?:er|ère)s?|distingués?|"
    r"honorables?|dear|ladies|excellenc(?:y|ies)|your (?:excellenc(?:y|ies)|majesty|highness|"
    r"royal)|mr\.?|madam|honou?rable|distinguished|sehr geehrter?n?|liebe[rn]?|"
    r"meine (?:sehr )?(?:geehrten|verehrten)|(?:hoch)?verehrter?n?|exzellenz(?:en)?|"
    r"good (?:morning|afternoon|evening)|all protocols? (?:duly )?observed)\b"
    r"[^.?;:]{0,200}[,!]$"
)


def _bylined(layout: Layout) -> Mention | None:
    """Return the one person a statement's byline names ("Statement attributable to the
    Spokesperson …" over "X, Spokesman for the Secretary-General")."""
    if len(layout.bylines) != 1:
        return None
    named = [m for m in find_mentions(layout.bylines[0]) if m.name]
    return named[0] if len(named) == 1 else None


def _holder(text: str, role: str) -> Mention | None:
    """Return who holds the office a headline names, from a statement body that opens in the
    third person with it: "The Chairperson of the Regional Commission Karl Moen expresses
    …", "The Secretary-General of the Union, H.E. Anna Berg, welcomes …", "H.E. Mr. Karl
    Moen, Chairperson of the Commission, expresses …"."""
    if not role:
        return None
    office = rf"(?i:the\s+)?{re.escape(role)}\b(?P<of>{_OF_BODY})?"
    verb = r"\s+(?:has\s+|is\s+)?(?=[a-z])"
    opening = re.match(
        rf"{office}(?:,\s+(?P<named>[^,.;:]{{3,60}}),|\s+(?P<bare>{_NAME_WORDS})){verb}", text
    ) or re.match(rf"(?P<first>{_NAME_WORDS}),\s+{office},{verb}", text)
    if opening is None:
        return None
    said = opening.groupdict()
    name = _HONORIFIC.sub("", said.get("named") or said.get("bare") or said["first"]).strip()
    if not _SIGNED_NAME.fullmatch(name) or _NOT_A_NAME.search(name):
        return None
    return Mention(name, f"{role}{opening['of'] or ''}".strip(), "", 0, 0)


# the words of a body's name ("the Regional Commission") and of a person's, which ends right
# before the verb ("Karl Moen expresses")
_CAPITALISED = r"[A-ZÄÖÜÉ][\w’'-]*"


_OF_BODY = rf"\s+(?i:of|for)(?:\s+(?:of|for|the|and|on|in|{_CAPITALISED}))+"


_NAME_WORDS = (
    r"(?:H\.\s?E\.?\s+)?(?:(?:Mr|Mrs|Ms|Dr|Amb)\.?\s+)?"
    r"[A-ZÄÖÜÉ][\w’'-]+(?:\s+[A-ZÄÖÜÉ][\w’'-]+){1,3}"
)


_HONORIFIC = re.compile(r"^(?:H\.\s?E\.?\s+)?(?:(?:Mr|Mrs|Ms|Dr|Amb|Ambassador)\.?\s+)*")


def answered_questions(paragraphs: list[str], layout: Layout) -> list[FoundStatement]:
    """Return the answers of a release of questions and answers ("Question: …" / "Answer:
    …"), credited to the person its headline names ("The answer of the MFA Press Secretary
    X to the question of …")."""
    body = list(layout.body)
    asked = any(QUESTION.match(paragraphs[i].lstrip()) for i in body)
    if not asked or not any(ANSWER.match(paragraphs[i].lstrip()) for i in body):
        return []
    named = [m for m in find_mentions(layout.title) if m.name]
    speaker = named[0] if named else Mention("", layout.publisher, "", 0, 0)
    return _answers(paragraphs, body, speaker, layout)


def _answers(
    paragraphs: list[str], body: Sequence[int], speaker: Mention, layout: Layout
) -> list[FoundStatement]:
    """Return a spokesperson's answers in a transcript of questions ("Q: …" / "A: …"), one
    statement per answer; the questions are the journalists'."""
    found: list[FoundStatement] = []
    current: FoundStatement | None = None
    for index in body:
        paragraph = paragraphs[index].strip()
        if QUESTION.match(paragraph) or _ends_statement(paragraph) or _BRACKETED.match(paragraph):
            current = None
            continue
        label = ANSWER.match(paragraph)
        start = (
            len(paragraphs[index]) - len(paragraphs[index].lstrip()) + (label.end() if label else 0)
        )
        text = _END_MARK.sub("", paragraphs[index][start:]).strip()
        if current is None or label:
            current = FoundStatement(speaker, [], [], layout.published, "answers a question")
            found.append(current)
        current.paragraphs.append(text)
        current.indices.append(index)
        current.spans.append((index, start, len(paragraphs[index])))
    return found


def press_conference(paragraphs: list[str], layout: Layout) -> list[FoundStatement]:
    """Return the answers of a press conference's transcript whose headline alone names its
    speaker ("Press Conference by Prime Minister Tanaro on His Visit to Norland", "Conférence
    de presse de M. X", "Pressekonferenz von X") and whose text speaks in the first person
    with no one's label: each run of paragraphs is the speaker's statement, and a line set
    wholly in brackets is a label ("[Opening statement]", "[Provisional translation]") or a
    summary of the question asked ("(On the Prime Minister's aims for the summit)"), which
    no one states. Whoever else the answers name, they are the speaker's words. So is a
    first-person text that quotes no one under a headline that puts one person at a meeting
    ("Minister X at the Summit of …"): X's speech there, not the meeting's report."""
    speaker = conference_speaker(layout)
    if speaker is None or not _transcribed(paragraphs, layout):
        return []
    # a speech at the meeting the headline names, unless a report quotes what was said there
    conference = bool(_CONFERENCE_TITLE.match(layout.title))
    if not conference and any(find_quoted(paragraphs[i]) for i in layout.body):
        return []
    how = "answers a question" if conference else "the first-person text"
    found: list[FoundStatement] = []
    current: FoundStatement | None = None
    asked = False
    for index in layout.body:
        paragraph = paragraphs[index]
        if _asks(paragraph) and not _NOTICE.search(paragraph):
            current, asked = None, True  # the next question, "[Opening statement]"
            continue
        if _ends_statement(paragraph) or _NOTICE.search(paragraph):
            if found:
                break  # the page's furniture after the transcript
            continue  # its date line, a note on the translation
        if current is None:
            if found and not asked:
                break  # a line no question opens: the page's, not the speaker's
            if not (found or asked or FIRST_PERSON.search(paragraph)):
                continue  # a line that tells of the conference, before its text
            asked = False
            current = FoundStatement(speaker, [], [], layout.published, how)
            found.append(current)
        end = len(_END_MARK.sub("", paragraph).rstrip())
        current.paragraphs.append(paragraph[:end].strip())
        current.indices.append(index)
        current.spans.append((index, 0, end))
    # an answer after the first speaks in the first person somewhere: else it is the page's
    return found[:1] + [s for s in found[1:] if any(FIRST_PERSON.search(p) for p in s.paragraphs)]


def _transcribed(paragraphs: list[str], layout: Layout) -> bool:
    """Return whether a release's text is a transcript in the first person with no speaker's
    labels, not a report on the conference or a transcript whose labels say who speaks."""
    body = list(layout.body)
    while body and (
        _BRACKETED.match(paragraphs[body[0]])
        or _ends_statement(paragraphs[body[0]])
        or _NOTICE.search(paragraphs[body[0]])
    ):
        body = body[1:]  # "[Provisional translation]", "Monday, May 3, 2026"
    text = [i for i in body if not _asks(paragraphs[i])]
    bracketed = any(_asks(paragraphs[i]) for i in layout.body)  # a transcript's
    if len(text) < 2 or not (bracketed or FIRST_PERSON.search(paragraphs[text[0]])):
        return False
    spoken = sum(bool(FIRST_PERSON.search(paragraphs[i])) for i in text)
    return spoken >= 0.5 * len(text) and not any(_LABELLED.match(paragraphs[i]) for i in text)


def conference_speaker(layout: Layout) -> Mention | None:
    """Return the one person a press conference's headline names as giving it, or the one
    person a headline puts at a meeting ("Minister X at the Summit of …", "La ministre X à
    la réunion des …", "Ministerin X beim Treffen der …") when its text is a first-person
    one, else None."""
    match = _CONFERENCE_TITLE.match(layout.title) or _AT_EVENT_TITLE.match(layout.title)
    who = (match["who"] or match.groupdict().get("owner") or "") if match else ""
    if not who or _COLLECTIVE.search(who) or JOINT_HEADING.search(layout.title):
        return None
    # a title misspelt in the headline: "Press Conference by Prime Minster X"
    speaker = _headline_speaker(_MISSPELT_MINISTER.sub("Minister", who))
    return speaker if speaker is not None and speaker.name else None


# "Press Conference by Prime Minister X on …", "News Conference of the President, X",
# "Press point / Press briefing / Doorstep remarks / Remarks to the press by X", "Conférence
# de presse de M. X", "Point de presse du ministre X", "Point presse de X", "Pressekonferenz
# von/mit X", "Pressegespräch mit X", "Rueda de prensa del presidente X": what follows the
# speaker as in _TITLE_STATEMENT
_CONFERENCE_TITLE = re.compile(
    r"(?i)^(?:[^:]{2,40}:\s+)?(?:(?:press|news|media) (?:conference|point|briefing|encounter|"
    r"availability)|doorstep(?: remarks| statement| interview)?|(?:remarks|statement|comments) "
    r"to (?:the )?(?:press|media|journalists|reporters)|conférence de presse|"
    r"point(?:[- ]de)?[- ]presse|pressekonferenz|pressegespräch|pressebriefing|pressestatement|"
    r"rueda de prensa|conferencia de prensa)\s+(?:given |held )?"
    r"(?:by (?:the )?|of (?:the )?|with (?:the )?|de (?:la |l['’])?|du |d['’]|von (?:der |dem )?|"
    r"mit (?:der |dem )?|del |de la )"
    r"(?P<who>.+?)(?:,?\s+(?:on|upon|regarding|about|following|at|during|after|before|ahead of|"
    r"concerning|zu|zum|zur|anlässlich|nach|vor|sur|à|au|lors|après|avant|sobre|tras|en)\s+.*|"
    r"\s*[–(].*|\s+-.*)?$"
    # "Prime Minister X's Press Conference on …", "X’s news conference"
    r"|^(?P<owner>[^'’:]{3,80})['’]s (?:press|news) conference\b"
)


# a note on the text, not words of the speaker's: "This is a provisional translation …"
_NOTICE = re.compile(
    r"(?i)\b(?:(?:provisional|unofficial|tentative) translation|traduction (?:provisoire|"
    r"non officielle)|(?:vorläufige|inoffizielle|nichtamtliche) übersetzung|"
    r"traducción (?:provisional|no oficial))\b"
)


# "Minister X at the meeting of …", "X to the Summit …", "X à la réunion …", "X beim
# Gipfel …", "X en la Cumbre …": one person the headline puts at a gathering
_AT_EVENT_TITLE = re.compile(
    r"(?i)^(?P<who>[^,:;“”\"]{3,80}?)\s+(?:at|to|addresses|addressing|à|au|aux|beim|bei|"
    r"auf|vor|en|ante)\s+(?:the |la |le |l['’]|les |der |dem |den |el |los |las )?"
    r"(?:[\w’'-]+\s+){0,4}?(?:meeting|summit|conference|forum|session|assembly|dialogue|"
    r"symposium|réunion|sommet|conférence|assemblée|treffen|gipfel|konferenz|tagung|sitzung|"
    r"reunión|cumbre|conferencia|asamblea)\b(?!\s+(?:with|mit|avec|con)\b)"  # not talks with Y
)


_MISSPELT_MINISTER = re.compile(r"\bMinster\b")


# a line set wholly in brackets: "[Opening statement]", "(On the economy)"
_BRACKETED = re.compile(r"^\s*(?:\[[^\[\]]{2,200}\]|\([^()]{2,200}\))\s*$")


def _asks(paragraph: str) -> bool:
    """Return whether a transcript's line is no answer: a label or question summary in
    brackets, or a question, labelled as one ("Question: …", "Q: …") or by the one who asks
    it ("Reporter (Norland Times): … ?")."""
    text = paragraph.strip()
    asked = QUESTION.match(text) or (_LABELLED.match(text) and text.endswith("?"))
    return bool(_BRACKETED.match(text) or asked)


# a transcript's speaker label: "Prime Minister Tanaro:", "Fujita, Fuji TV:"
_LABELLED = re.compile(r"^\s*[A-ZÄÖÜÉ][^.:!?“”\"]{0,60}:\s")


def headed_statements(paragraphs: list[str], layout: Layout) -> list[FoundStatement]:
    """Return the statements a release gives under their own heading in its body ("Statement
    by the Ministry of Foreign Affairs on …" over unquoted paragraphs), each up to the next
    heading."""
    found = []
    for position, index in enumerate(layout.body):
        heading = paragraphs[index].strip()
        match = _TITLE_STATEMENT.match(heading)
        if match is None or len(heading.split()) > 30 or heading.endswith((".", ":", "!", "?")):
            continue
        speaker = _headline_speaker(match.group("who"))
        if speaker is None:
            continue
        statement = _running(
            paragraphs, layout.body[position + 1 :], speaker, layout, "under its heading"
        )
        if statement and not speaker.name:
            statement.speaker = _holder(statement.paragraphs[0], speaker.role) or speaker
        if statement:
            found.append(statement)
    return found


def office_statement(
    paragraphs: list[str], layout: Layout, release_people: int
) -> list[FoundStatement]:
    """Return the body as an office's statement when no one is named and its first sentence
    takes a position: in the first person plural ("We are deeply concerned …") or with an
    office or country as its subject ("The Ministry of Foreign Affairs notes with regret …",
    "Georgia condemns …", "Le Gouvernement salue …"). When the release names people, only a
    ministry or government that opens it so ("The Ministry of Foreign Affairs refers to …"
    over the ambassador it summoned): else the release reports on the people."""
    body = list(layout.body)
    while body and preamble(paragraphs[body[0]]):
        body = body[1:]
    if not body or JOINT_HEADING.search(" ".join([layout.title, *layout.labels])):
        return []
    first = paragraphs[body[0]]
    opening = list(itertools.islice(meetings.each_sentence(first[dateline_end(first) :]), 2))
    subject = _OFFICE_SUBJECT.match(opening[0]) if opening else None
    if not (any(_WE.search(sentence[:160]) for sentence in opening) or subject):
        return []
    if release_people and not (subject and _OFFICE.match(subject["office"])):
        return []
    quoted = find_quoted(paragraphs[body[0]])
    if quoted and not (subject and _scare_quotes(quoted)):
        return []  # a report that quotes someone, not the office speaking
    office = subject.group("office").strip() if subject and _OFFICE.match(subject["office"]) else ""
    speaker = Mention("", office or layout.publisher, "", 0, 0)
    found = _running(paragraphs, body, speaker, layout, "the office's statement")
    if found is not None:
        found.speaker = _signer(paragraphs, found.indices[-1] + 1) or speaker
    return [found] if found else []


def first_person_release(
    paragraphs: list[str], layout: Layout, named_people: int
) -> list[FoundStatement]:
    """Return the body as one speaker's statement when it is one first-person text that
    quotes no one and names no one ("Defence Minister – Defence Minister travels to Valdoria"
    over "I am travelling to Valdoria today to meet my colleague …"): the office's holder
    speaks, unnamed, whatever the headline says of them. A headline that names one person
    ("Minister X travels to Valdoria") names the speaker, whoever else the text names."""
    body = list(layout.body)
    while body and preamble(paragraphs[body[0]]):
        body = body[1:]
    # the one person the headline names speaks, whoever else the text names
    headline = [m for m in find_mentions(layout.title) if m.name]
    named = len(headline) == 1 and not _COLLECTIVE.search(layout.title)
    if (named_people and not named) or len(body) < 2 or not I_SPEAK.match(paragraphs[body[0]]):
        return []
    spoken = sum(bool(FIRST_PERSON.search(paragraphs[i])) for i in body)
    quoted = any(find_quoted(paragraphs[i]) for i in body)
    if quoted or spoken < 0.5 * len(body):
        return []
    speaker = headline[0] if named else Mention("", layout.publisher, "", 0, 0)
    found = _running(paragraphs, body, speaker, layout, "the first-person text")
    return [found] if found else []


# a text that opens in the first person singular: "I am travelling to …", "Ich reise heute
# …", "Je me rends …", "J'ai le plaisir …", a few words in: "Today I will travel …",
# "Aujourd'hui, je me rends …"
I_SPEAK = re.compile(r"^\W*(?:[^\s.;:!?]+[\s,]+){0,5}?(?:I|[Ii]ch|[Jj]e|[Jj]['’]|[Yy]o)\b(?!['’.])")


def _scare_quotes(quoted: Sequence[Quoted]) -> bool:
    """Return whether an office's own sentence quotes only a few words of someone else's, to
    reject them ("… rejects the senator's claim that Estoria is “a threat to regional
    trade”."): closed quotations of at most _SCARE_WORDS words, not a report's quotation."""
    return all(q.closed and len(q.text.split()) <= _SCARE_WORDS for q in quoted)


_SCARE_WORDS = 8


# "MARTA KOVAČ", "Jan Novák": a signature's name line
_SIGNED_NAME = re.compile(r"(?:[A-ZÄÖÜÉ][\w’'.-]*\s+){1,3}[A-ZÄÖÜÉ][\w’'-]+")


def signed_statement(paragraphs: list[str], layout: Layout) -> list[FoundStatement]:
    """Return the body as a spokesperson's statement when a spokesperson signs it and it
    quotes no one ("… The reports are false." / "Jon Abara (Spokesperson)" / "MINISTRY OF
    FOREIGN AFFAIRS" / date): the whole text is what the spokesperson says."""
    body = list(layout.body)
    signed = next(
        (
            n
            for n in range(len(body) - 1, max(-1, len(body) - 4), -1)
            if _spokesperson_signature(paragraphs[body[n]]) is not None
        ),
        None,
    )
    if signed is None or any(len(paragraphs[i].split()) > 8 for i in body[signed + 1 :]):
        return []
    text = body[:signed]
    while text and preamble(paragraphs[text[0]]):
        text = text[1:]
    if not text or any(find_quoted(paragraphs[i]) for i in text):
        return []
    speaker = _spokesperson_signature(paragraphs[body[signed]])
    if speaker is None:
        return []
    found = _running(paragraphs, text, speaker, layout, "the spokesperson's signed statement")
    return [found] if found is not None and found.indices[-1] == text[-1] else []


# a spokesperson's signature: "Jon Abara (Spokesperson)", "JON ABARA, SPOKESPERSON",
# "Anna Berg, porte-parole du ministère"
_SIGNATURE = re.compile(
    r"^(?P<name>(?:[A-ZÄÖÜÉ][\w’'.-]*\s+){1,3}[A-ZÄÖÜÉ][\w’'-]+)\s*(?:\(|,\s*|[–—-]\s*)"
    r"(?P<role>(?i:(?:chief |official |deputy )?(?:spokes(?:person|man|woman)|porte-parole|"
    r"sprecher(?:in)?|portavoz)(?: (?:of|for|du|de|des|de la|der|des)\b[^()]{0,60})?))\)?$"
)


def _spokesperson_signature(line: str) -> Mention | None:
    signature = _SIGNATURE.match(line.strip())
    if signature is None or _NOT_A_NAME.search(signature["name"]):
        return None
    name = signature["name"]
    return Mention(name.title() if name.isupper() else name, signature["role"], "", 0, 0)


def _signer(paragraphs: list[str], after: int) -> Mention | None:
    """Return who signs a statement: a name line right after it, with the role on the line
    after ("MARTA KOVAČ" / "Minister of Foreign Affairs" / "Ljubljana"), or a spokesperson's
    signature ("Jon Abara (Spokesperson)")."""
    lines = [p.strip() for p in paragraphs[after : after + 3]]
    for number, line in enumerate(lines[:2]):
        if (signed := _spokesperson_signature(line)) is not None:
            return signed
        named = [m for m in find_mentions(line) if m.name]
        if named and len(line.split()) <= 12:
            return named[0]  # "Jan Novák, Minister of Foreign Affairs"
        following = lines[number + 1] if number + 1 < len(lines) else ""
        role = _ROLE.match(following)
        if _SIGNED_NAME.fullmatch(line) and role:
            name = line.title() if line.isupper() else line
            return Mention(name, role.group(0), "", 0, 0)
    return None


# the opening of a text that speaks for a government: "We are deeply concerned", "Nous
# condamnons", "Wir verurteilen" ("We, the Ministers …" opens a collective declaration)
_WE = re.compile(r"^(?:[^.;:]{0,60}?,\s*)?(?:we|nous|wir)\b(?!,)", re.IGNORECASE)


# an office or a country that takes a position: "The Ministry of Foreign Affairs notes",
# "Georgia has been and remains committed", "Le Gouvernement condamne"
_OFFICE_SUBJECT = re.compile(
    r"^(?P<office>(?:the |le |la |l['’]|die |das |der )?[A-ZÄÖÜÉ][^.;:]{2,120}?)\s+"
    r"(?:(?:has|have|had|hat|a|ont|took|takes) (?:\w+ )?)?(?:is|are|was|remains?|bleibt|reste)?\s*"
    r"(?:strongly |firmly |deeply |once again |again |resolutely |entschieden |"
    r"aufs schärfste |fermement |vivement )?"
    r"(?:condemn|express|call|welcome|refer|regret|deplore|reject|urge|reiterat|reaffirm|note|"
    r"protest|strongly|committed|concerned|alarmed|shocked|saddened|appalled|horrified|dismayed|"
    r"extend|offer|convey|support|"
    r"verurteil|bedauer|begrüß|forder|weist|äußert|drückt|zeigt sich|ist (?:zutiefst )?"
    r"(?:besorgt|bestürzt|entsetzt)|condamn|exprim|salu|appel|regrett|déplor|rejet|réaffirm|"
    r"présente|adresse|est (?:profondément )?(?:préoccupé|attristé|choqué|consterné))",
    re.IGNORECASE,
)


def _running(
    paragraphs: list[str],
    body: Sequence[int],
    speaker: Mention,
    layout: Layout,
    how: str,
    address: int = 0,
) -> FoundStatement | None:
    """Return one speaker's statement from the first body paragraph given up to a short
    line that ends it (a signature, a heading) or a gap; the first address lines of a speech
    end nothing ("Honourable Karl Moen, Minister of Foreign Affairs" / "Ladies and
    Gentlemen")."""
    ends = next(
        (n for n, i in enumerate(body) if n >= address and _ends_statement(paragraphs[i])),
        len(body),
    )
    taken: list[int] = []
    for index in body[:ends]:
        if taken and index != taken[-1] + 1:
            break
        taken.append(index)
    if not taken:
        return None
    # the words begin after a dateline ("April 22nd 2022, Chișinău - The Ministry …") and end
    # where an end mark or a link to the rest begins
    # a line set as a list item begins after its bullet ("• Your Excellency …;")
    spans = [
        (
            i,
            _lead(paragraphs[i]) if n < address else 0,
            len(_END_MARK.sub("", paragraphs[i]).rstrip()),
        )
        for n, i in enumerate(taken)
    ]
    glued = _GLUED_LABEL.match(paragraphs[taken[0]])
    opens = dateline_end(paragraphs[taken[0]]) or (glued.end() if glued else 0)
    if opens:
        spans[0] = (taken[0], opens, spans[0][2])
    return FoundStatement(
        speaker=speaker,
        paragraphs=[paragraphs[i][start:end].strip() for i, start, end in spans],
        indices=taken,
        date=layout.published,
        how=how,
        spans=spans,
    )


# a photo's label glued to the text's first word: "FOTOLABELNach langer …", "IMG_0412Wir …"
# (a word's start, at least two lower-case letters after it: not "NGOs", "SDGs")
_GLUED_LABEL = re.compile(r"^.{0,200}?(?<!\w)[A-ZÄÖÜ0-9_]{2,}(?=[A-ZÄÖÜ][a-zäöüß]{2})", re.DOTALL)


# "… Julie Bishop. ENDS", "… ###": the mark that ends a release, glued to its last line;
# "… franchie. [Cliquez ici pour lire le texte complet]": a link to the rest, kept as text
_END_MARK = re.compile(
    r"(?<=[.!?”\"])\s+(?:(?:-\s*)?(?:ENDS?|###|-30-)\s*-?|\[(?:click here|cliquez ici|read more|"
    r"lire la suite|weiterlesen|mehr)\b[^\]]{0,60}\])\s*$",
    re.IGNORECASE,
)


def preamble(paragraph: str) -> bool:
    """Return whether a line before a statement's text only says where, when or how."""
    text = paragraph.strip()
    words = text.split()
    if text.endswith((",", ";", "; and", "; und", "; et")):
        return False  # "Mesdames et Messieurs,", "Mr. Jon Dahl, President;": the address

    return (
        (len(words) <= 10 and not text.endswith((".", "!", "?", "”", '"', ":")))
        or (len(words) <= 14 and bool(find_dates(text, None)) and not FIRST_PERSON.search(text))
        or (len(words) <= 30 and bool(_DELIVERED.match(text)))
        or (len(words) <= 40 and bool(_SITE_NOTICE.search(text)))
    )


# the site's notice about the page, not the speaker's words: "This page was moved from an
# older version of the site and may look different.", "Cette page a été archivée.", "Diese
# Seite wurde aus dem alten Webauftritt übernommen."
_SITE_NOTICE = re.compile(
    r"(?i)^(?:please note:?\s*)?(?:this|the|cette|diese|esta)\s+(?:web\s?)?(?:page|article|content|"
    r"item|page web|seite|inhalt|página|contenido)\s+(?:has been|was|is|a été|est|wurde|ist|fue|ha "
    r"sido)\s+(?:\w+\s+){0,3}?(?:moved|migrated|archived|transferred|imported|copied|"
    r"déplacée?|migrée?|archivée?|transférée?|reprise?|verschoben|migriert|archiviert|"
    r"übernommen|übertragen|trasladad[oa]|migrad[oa]|archivad[oa])\b"
)


# "Discours prononcé lors de la journée …, le 29 août 2017.": where a speech was given
_DELIVERED = re.compile(
    r"(?i)^(?:discours|allocution|intervention|speech|remarks|rede|ansprache)\s+"
    r"(?:prononcée?|gehalten|delivered|given|as delivered)\b"
)


def _ends_statement(paragraph: str) -> bool:
    """Return whether a line ends a statement: a short line that is not a sentence (a
    signature, a heading), or a numbered link ("1. Statement of the Ministry on …")."""
    text = paragraph.strip()
    sentence = text.endswith((".", "!", "?", "”", '"', ",", ";", "; and", "; und", "; et"))
    if signature_line(text):
        return True  # "Hon. Kim Dale, M.P.": the signature under the text
    listed = bool(re.match(r"\d{1,2}\.\s", text)) and len(text.split()) <= 20
    return (len(text.split()) <= 6 or listed) and not sentence


def remarks_to_press(paragraphs: list[str], layout: Layout) -> bool:
    """Return whether the release reports one person's remarks to journalists, whatever
    meeting they followed: its lede's first sentence has one speaker answer the press ("On the
    flight back from talks with President Tal, President Ona answered reporters' questions",
    "Speaking to journalists after the meeting, X said …", "X a répondu aux questions des
    journalistes", "X beantwortete auf dem Rückflug Fragen der Journalisten"). Talks after
    which "the two presidents answered questions" stay a meeting."""
    body = [i for i in layout.body if not preamble(paragraphs[i])]
    if not body:
        return False
    lede = paragraphs[body[0]].strip()
    first = next(meetings.each_sentence(lede[lede_start(lede) :]), "")
    remarks = _PRESS_REMARKS.search(first)
    if remarks is None:
        return False
    # the speaker's clause: from the last comma before the words on (or the sentence's start)
    clause = first[: remarks.start()].rsplit(",", 1)[-1]
    after = first[remarks.end() :].split(",", 1)[0]  # "Speaking to journalists, X and Y said"
    return not _SEVERAL.search(clause) and not (
        remarks.group(0).lower().startswith("speaking") and _SEVERAL.search(after)
    )


# a speaker who answers the press: "answered reporters' questions", "told journalists",
# "speaking to the press", "a répondu aux questions des journalistes", "a déclaré à la
# presse", "beantwortete … Fragen der Journalisten", "sagte vor Journalisten"
_PRESS_REMARKS = re.compile(
    r"(?i)\b(?:answer\w*\s+(?:(?:the|some|several|a few)\s+)?(?:questions\s+(?:from|of|by)\s+"
    r"(?:the\s+)?)?(?:journalists|reporters|press|media|correspondents)\b|"
    r"(?:told|speaking to|spoke to|talking to|talked to|briefed)\s+(?:the\s+)?(?:journalists|"
    r"reporters|press|media|correspondents)\b|"
    r"répon\w*\s+aux\s+questions\s+(?:des\s+journalistes|de\s+la\s+presse|des\s+médias)|"
    r"(?:déclaré|confié|indiqué)\s+(?:à\s+la\s+presse|aux\s+journalistes|aux\s+médias)|"
    r"beantwortet\w*\s+(?:\w+\s+){0,6}?fragen\s+(?:der|von)\s+(?:journalisten|reportern|"
    r"medienvertretern|presse)|(?:sagte|erklärte)\s+(?:\w+\s+){0,3}?(?:vor|gegenüber)\s+"
    r"(?:den\s+)?(?:journalisten|reportern|medienvertretern|der\s+presse))"
)


# more than one speaker: "the two presidents answered", "both", "Ona and Tal told reporters"
_SEVERAL = re.compile(
    r"(?i)\b(?:they|both|the two|the leaders|the ministers|the presidents|ils|elles|les deux|"
    r"beide|die beiden|sie|and|et|und)\b"
)


def paired_statements(paragraphs: list[str], layout: Layout) -> list[FoundStatement]:
    """Return the statements of a transcript whose headline names two speakers ("Statements
    by Prime Minister Tal and President Ona after their talks", "Déclarations de M. Tal et de
    Mme Ona", "Pressestatements von Bundeskanzler Tal und Präsidentin Ona", "Joint press
    conference of X and Y") over first-person text with no one's labels. The first run of
    text is the one named first; a run opened by thanks to one of them or an address to one
    ("Thank you, Prime Minister", "Merci, Monsieur le Président", "Vielen Dank, Herr
    Bundeskanzler") is the other's, and so is the run after a closing "Thank you."; a label
    naming one of them gives the run to them. A run no sign tells (after a journalist's
    question) is no one's."""
    pair = _pair(layout.title)
    body = _paired_body(paragraphs, layout, pair) if pair is not None else []
    found: list[FoundStatement] = []
    speaker: int | None = 0
    previous: int | None = None
    joined = False  # whether the paragraph before went into the last statement
    for index in body:
        paragraph = paragraphs[index]
        turn = _turn(paragraph, pair, speaker, previous) if pair is not None else None
        if turn is None:
            if found:
                break  # the page's furniture after the transcript
            continue
        speaker, previous, cut = turn
        end = len(_END_MARK.sub("", paragraph).rstrip())
        if speaker is None or pair is None or cut >= end:
            joined = False
            continue
        if not (joined and found[-1].speaker is pair[speaker]):
            found.append(
                FoundStatement(pair[speaker], [], [], layout.published, "the first-person text")
            )
        found[-1].paragraphs.append(paragraph[cut:end].strip())
        found[-1].indices.append(index)
        found[-1].spans.append((index, cut, end))
        joined = True
    return found


def _paired_body(paragraphs: list[str], layout: Layout, pair: tuple[Mention, Mention]) -> list[int]:
    """Return the paragraphs of a two-speaker transcript from its first words on, none when
    the text is no transcript but a report that quotes them."""
    body = [i for i in layout.body if not _NOTICE.search(paragraphs[i])]
    start = next(
        (
            n
            for n, i in enumerate(body)
            if FIRST_PERSON.search(paragraphs[i]) or _label(paragraphs[i], pair) is not None
        ),
        len(body),
    )
    body = body[start:]
    text = [i for i in body if not _asks(paragraphs[i])]
    spoken = sum(bool(FIRST_PERSON.search(paragraphs[i])) for i in text)
    opened = any(paragraphs[i].lstrip()[:1] in _OPENING_QUOTES for i in text)
    return [] if len(text) < 2 or spoken < 0.5 * len(text) or opened else body


def _turn(
    paragraph: str, pair: tuple[Mention, Mention], speaker: int | None, previous: int | None
) -> tuple[int | None, int | None, int] | None:
    """Return who of the two speaks a transcript's paragraph (None: no sign tells), who
    spoke the run a closing "Thank you." ended, and where the paragraph's words start after
    a label; None for a line that is no one's words."""
    labelled = _label(paragraph, pair)
    if labelled is not None:
        return labelled[0], None, labelled[1]
    if _asks(paragraph):
        return None, None, len(paragraph)  # a journalist's question: who answers is unknown
    if _THANKS_ONLY.match(paragraph):  # the next run is the other's
        return None, speaker if speaker is not None else previous, len(paragraph)
    if _ends_statement(paragraph):
        return None
    addressed = _addressed_one(paragraph, pair)
    if addressed is not None:
        return 1 - addressed, None, 0
    current = speaker if speaker is not None else previous
    if _THANKS.match(paragraph) or speaker is None:
        # thanks to the one who spoke before, or the run after his closing thanks
        return (None if current is None else 1 - current), None, 0
    return speaker, None, 0


# "Statements by A and B after their talks", "Remarks of A and B", "Joint press conference by
# A and B", "Déclarations (conjointes) de A et de B", "Point de presse de A et B",
# "Pressestatements von A und B", "Pressekonferenz mit A und B", "Declaraciones de A y B"
_PAIRED_TITLE = re.compile(
    r"(?i)^(?:[^:]{2,40}:\s+)?(?:joint\s+|gemeinsame\s+)?(?:(?:press|media)\s+)?"
    r"(?:statements|remarks|declarations|comments|(?:press|news)\s+conference|press\s+point|"
    r"déclarations|propos|conférence\s+de\s+presse|point(?:\s+de)?\s+presse|"
    r"pressestatements|pressekonferenz|statements|erklärungen|declaraciones|"
    r"rueda\s+de\s+prensa|conferencia\s+de\s+prensa)"
    r"(?:\s+(?:conjointes?|communes?|conjunta))?(?:\s+(?:à\s+la|de)\s+presse|\s+to\s+the\s+"
    r"(?:press|media))?\s+(?:by|of|from|with|de|du|des|von|mit|del|de\s+la)\s+(?:the\s+|l['’])?"
    r"(?P<first>.+?),?\s+(?:and|et|und|y)\s+(?:(?:of|de|du|von|des|der|del)\s+)?"
    r"(?P<second>.+?)(?:,?\s+(?:after|following|at|on|before|ahead\s+of|during|upon|"
    r"à\s+l['’]issue|après|avant|lors|nach|vor|bei|im|zum|zur|anlässlich|tras|después|antes)"
    r"\b.*|\s*[–(].*|\s+-.*)?$"
)


_OPENING_QUOTES = ("“", '"', "«", "„", "‘", "‚", "»")


def _pair(title: str) -> tuple[Mention, Mention] | None:
    """Return the two people a transcript's headline names, in its order."""
    match = _PAIRED_TITLE.match(title.strip())
    if match is None:
        return None
    first, second = _headline_speaker(match["first"]), _headline_speaker(match["second"])
    if first is None or second is None or not first.name or not second.name:
        return None
    if surname(first.name) == surname(second.name):
        return None
    return first, second


# a label of capitalised words, honorifics' dots included: "M. Karl Tal :", "Mme Ona:"
_NAME_LABEL = re.compile(r"^\s*(?:[A-ZÄÖÜÉ][\w.’'-]*\s+){0,5}[A-ZÄÖÜÉ][\w’'-]*\s?:\s")


# a paragraph that only thanks: "Thank you.", "Merci beaucoup.", "Vielen Dank!"
_THANKS_ONLY = re.compile(
    r"(?i)^\s*(?:thank you(?: very much)?|thanks|many thanks|merci(?: beaucoup| bien)?|"
    r"vielen dank|danke(?: schön| sehr)?|herzlichen dank|muchas gracias|gracias)\s*[.!]?\s*$"
)


# a paragraph that opens with thanks: "Thank you, Mr President, …", "Merci, Monsieur …"
_THANKS = re.compile(
    r"(?i)^\s*(?:thank you|thanks|many thanks|merci|vielen dank|danke|herzlichen dank|"
    r"muchas gracias|gracias)\b"
)


# an address at a paragraph's opening, after its thanks: "Mr President", "Dear Karl", "Madame
# la Présidente", "Herr Bundeskanzler", "Señor Presidente", "Prime Minister,"
_ADDRESS = re.compile(
    r"(?i)^\s*(?:(?:thank you|thanks|many thanks|merci|vielen dank|danke|herzlichen dank|"
    r"muchas gracias|gracias)(?:\s+(?:very much|so much|beaucoup|bien|schön|sehr))?\s*[,.!]?"
    r"\s*(?:(?:to\s+you|à\s+vous|ihnen)\s*,?\s*)?)?"
    r"(?:(?:my\s+)?dear|cher|chère|lieber|liebe|sehr\s+geehrte[rs]?|estimad[oa]|querid[oa])?\s*"
    r"(?P<who>(?:mr\.?|mrs\.?|madam|madame|monsieur|herr|frau|señor|señora|sr\.|sra\.)\s+"
    r"(?:le\s+|la\s+|el\s+)?[\w-]+(?:\s+(?:minister|ministre|ministro))?|"
    r"(?:prime\s+minister|president|chancellor|premier\s+ministre|président\w*|"
    r"bundeskanzler\w*|kanzler\w*|präsident\w*|presidente|primer\s+ministro)\b|"
    r"[A-ZÄÖÜÉ][\w-]+(?=\s*[,!]))"
)


# a role's word in any of the languages: "Président" and "Präsidentin" are "president"
_ROLE_KEYS = (
    (
        "prime minister",
        re.compile(
            r"(?i)prime minister|premier ministre|primer ministro|"
            r"premierminister|ministerpräsident"
        ),
    ),
    ("chancellor", re.compile(r"(?i)chancel|kanzler|canciller")),
    ("president", re.compile(r"(?i)pr[eéä]sident")),
    ("minister", re.compile(r"(?i)minist")),
    ("king", re.compile(r"(?i)\b(?:king|roi|könig|rey|majesty|majesté|majestät)")),
)


def _role_key(text: str) -> str:
    """Return the first role word a text holds, in any language, else ""."""
    return next((key for key, word in _ROLE_KEYS if word.search(text)), "")


def _addressed_one(paragraph: str, pair: tuple[Mention, Mention]) -> int | None:
    """Return which of the two a paragraph's opening address speaks to, None when it opens
    with none or with one that fits both or neither."""
    match = _ADDRESS.match(paragraph)
    if match is None:
        return None
    who = match["who"]
    fits = [
        n
        for n, person in enumerate(pair)
        if any(
            part.casefold() == word.casefold()
            for part in person.name.split()
            for word in re.findall(r"[\w-]+", who)
        )
        or (_role_key(who) and _role_key(who) == _role_key(person.role))
    ]
    return fits[0] if len(fits) == 1 else None


def _label(paragraph: str, pair: tuple[Mention, Mention]) -> tuple[int, int] | None:
    """Return which of the two a label at a paragraph's opening names ("Prime Minister Tal:",
    a line "President Ona") and where the words after it start, else None."""
    text = paragraph.strip()
    labelled = _LABELLED.match(paragraph) or _NAME_LABEL.match(paragraph)
    if labelled is not None:
        head, cut = paragraph[: labelled.end()].rstrip().rstrip(":"), labelled.end()
    elif len(text.split()) <= 6 and not text.endswith((".", "!", "?", ",", "”", '"')):
        head, cut = text, len(paragraph)
    else:
        return None
    words = {w.casefold() for w in re.findall(r"[\w-]+", head)}
    fits = [n for n, person in enumerate(pair) if surname(person.name).casefold() in words]
    return (fits[0], cut) if len(fits) == 1 else None
