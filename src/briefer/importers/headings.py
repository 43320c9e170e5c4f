"""Who a statement's heading names as its speaker: "Statement by X", "X's remarks", a byline."""

from __future__ import annotations

import re
from dataclasses import replace

from briefer.importers.headingblocks import chamber_line
from briefer.importers.layout import Layout
from briefer.importers.mentions import Mention
from briefer.importers.passages import FoundStatement
from briefer.importers.persons import find_mentions
from briefer.importers.runningtext import running_statement
from briefer.importers.signaturelines import signature_line
from briefer.importers.signatures import NOT_A_NAME, ROLE, SIGNED_NAME

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


# "Secretary General's opening remarks", "Foreign Secretary’s statement on …", and a name
# ending in s with the apostrophe alone: "Ambassador Harris’ Remarks at …"
_TITLE_POSSESSIVE = re.compile(
    r"(?i)^(?P<who>[^'’]{3,80}?)(?:['’]s|(?<=s)['’]) (?:opening |closing )?"
    r"(?:remarks|statement|speech|message)\b"
)


_STATEMENT_LABELS = ("press statement", "statement", "erklärung", "media statement")


COLLECTIVE = re.compile(r"(?i)\b(?:ministers|leaders|governments|and|und)\b")


# one body, whatever its name joins: "the Press and Information Department of the Ministry"
_BODY = re.compile(r"(?i)\b(?:ministry|department|office|ministère|ministerium|amt)\b")


def single_speaker(layout: Layout) -> Mention | None:
    """Return who a single-speaker statement is by, from its headline ("Statement by Foreign
    Minister X on …", "Statement by the Spokesperson on …") or its byline under a "Press
    statement" label; None for anything else, joint statements included."""
    speaker = _headed(layout.title)
    if speaker is not None:
        return speaker
    # the page's headline over a sub-heading that names no one ("Ambassador X's Remarks at
    # …" over a photo caption or the speech's own heading block); a person, not an office:
    # an office the headline names leaves the byline to say who
    speaker = _headed(layout.headline[1]) if layout.headline else None
    if speaker is not None and speaker.name:
        return speaker
    # a sub-heading under the topic's headline: "Attentat à Brio" over "Déclaration du
    # porte-parole du ministère", with no byline to say who
    speaker = _headed(layout.standfirst[0]) if layout.standfirst and not layout.bylines else None
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


def _headed(heading: str) -> Mention | None:
    """Return the one speaker a heading names: "Statement by X on …", "X's remarks at …"."""
    match = _TITLE_STATEMENT.match(heading) or _TITLE_POSSESSIVE.match(heading)
    collective = match and COLLECTIVE.search(match["who"]) and not _BODY.search(match["who"])
    if match and not JOINT_HEADING.search(heading) and not collective:
        return headline_speaker(match.group("who"))
    return None


def headline_speaker(who: str) -> Mention | None:
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
    role = ROLE.search(who)
    if role is not None:  # "Opening Remarks by External Affairs Minister"
        return Mention("", _GENITIVE.sub(r"\g<office>", role.group(0), count=1), "", 0, 0)
    name = who.strip()
    if SIGNED_NAME.fullmatch(name) and not NOT_A_NAME.search(name):
        return Mention(name, "", "", 0, 0)  # "Discours de Jean-Yves Le Drian pour …"
    if (len(who.split()) <= 6 or OFFICE.match(who) or _BODY.search(who)) and who[:1].isupper():
        return Mention("", who.strip(), "", 0, 0)  # "Déclaration de l’Union européenne"
    return None


# a French form of address a heading in capitals leaves before the name
_MADAME = re.compile(r"^(?:Madame|Monsieur|Mme|M\.)\s+(?=[A-ZÄÖÜÉ])")


# a German office in the genitive: "Grußwort des Botschafters" is the Botschafter's
_GENITIVE = re.compile(r"^(?P<office>[A-ZÄÖÜ]\w+(?:er|är|or))s\b")


# "the Ministry of Foreign Affairs of the Czech Republic": an office, however long its name
OFFICE = re.compile(
    r"(?i)^(?:the )?(?:(?:federal|royal) )?(?:ministry|government|department|office|embassy|"
    r"ministère|gouvernement|ambassade|ministerium|bundesregierung|regierung|botschaft)\b"
)


# a line of a speech's heading: short, no sentence ("Director of the Division for the
# Advancement of Women 28 February - 3 March 2000")
HEADING_LINE = re.compile(r"(?=(?:\S+\s+){0,24}\S+$)[^.!?;:“”\"]+")


def headed_above(paragraphs: list[str], layout: Layout) -> Mention | None:
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


def under_split_heading(paragraphs: list[str], layout: Layout) -> Mention | None:
    """Return who a statement is by when its heading is split over lines and the title is a
    later one, a byline or a role line and no sentence ("Statement attributable to the
    Spokesperson for the Secretary-General – on …" / "X, Spokesman for the Secretary-General";
    "Déclaration de presse par X," / "Secrétaire générale, Union des ports"): the one the
    heading names, else the one the title names, else the heading's office."""
    title = layout.title.strip()
    if not layout.title_index or not HEADING_LINE.fullmatch(title):
        return None
    above = paragraphs[layout.title_index - 1].strip()
    # a signed message's block between heading and role: "Foreword by the Speaker" / "Hon.
    # Kim Dale, M.P." / "Speaker of the House of Commons"
    bare = SIGNED_NAME.fullmatch(above) and ROLE.match(title)
    signer = signature_line(above) or (above if bare else "")
    if signer and layout.title_index >= 2 and not NOT_A_NAME.search(signer):
        above = paragraphs[layout.title_index - 2].strip()
    match = _TITLE_STATEMENT.match(above)
    if match is None or len(above.split()) > 30 or JOINT_HEADING.search(above):
        return None
    speaker = headline_speaker(match["who"])
    if signer and speaker is not None and not speaker.name:
        return Mention(signer, title, "", 0, 0)
    named = [m for m in find_mentions(title) if m.name]
    if speaker is not None and not speaker.name and len(named) == 1:
        return named[0]
    return speaker


def bylined(layout: Layout) -> Mention | None:
    """Return the one person a statement's byline names ("Statement attributable to the
    Spokesperson …" over "X, Spokesman for the Secretary-General")."""
    if len(layout.bylines) != 1:
        return None
    named = [m for m in find_mentions(layout.bylines[0]) if m.name]
    return named[0] if len(named) == 1 else None


def holder(text: str, role: str) -> Mention | None:
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
    if not SIGNED_NAME.fullmatch(name) or NOT_A_NAME.search(name):
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
        speaker = headline_speaker(match.group("who"))
        if speaker is None:
            continue
        statement = running_statement(
            paragraphs, layout.body[position + 1 :], speaker, layout, "under its heading"
        )
        if statement and not speaker.name:
            statement.speaker = holder(statement.paragraphs[0], speaker.role) or speaker
        if statement:
            found.append(statement)
    return found
