"""One speaker's release taken whole: under a heading naming them, a speech, a first-person text."""

from __future__ import annotations

import re
from dataclasses import replace

from briefer.importers.headings import (
    COLLECTIVE,
    bylined,
    headed_above,
    holder,
    single_speaker,
    under_split_heading,
)
from briefer.importers.introductions import account_lead_in
from briefer.importers.layout import Layout
from briefer.importers.mentions import Mention
from briefer.importers.names import surname
from briefer.importers.passages import FoundStatement
from briefer.importers.persons import find_mentions
from briefer.importers.quotes import find_quoted
from briefer.importers.runningtext import preamble, running_statement
from briefer.importers.salutations import (
    SALUTATION,
    address_body,
    address_run,
    addressed,
    addressees,
    from_salutation,
)
from briefer.importers.signatures import NOT_A_NAME, SIGNED_NAME, signed_above, signer_after
from briefer.importers.speechwords import FIRST_PERSON, QUESTION
from briefer.importers.transcripts import answers


def whole_release(paragraphs: list[str], layout: Layout) -> list[FoundStatement]:
    """Return the whole text as one statement when the release is one speaker's statement,
    or a speech: a text that opens with a salutation."""
    speaker = single_speaker(layout) or under_split_heading(paragraphs, layout)
    if speaker is None:
        return _speech(paragraphs, layout)
    if not speaker.name:  # "Statement of the Secretary General …" under "X's statement at …"
        speaker = headed_above(paragraphs, layout) or speaker
    family = surname(speaker.name) if speaker.name else ""
    body = [
        i
        for i in addressed(paragraphs, layout)
        if not (family and len(paragraphs[i].split()) <= 12 and family in paragraphs[i].casefold())
    ]
    body = address_body(paragraphs, layout) or from_salutation(paragraphs, body)
    # a message signed above its text ("Hon. Kim Dale, M.P." / "Speaker of the House"): the
    # text begins after the block, and the office the headline names is its signer's
    signer, body = signed_above(paragraphs, layout, body)
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
        return answers(paragraphs, body, speaker, layout)
    found = running_statement(
        paragraphs, body, speaker, layout, "whole release", address_run(paragraphs, body)
    )
    if found is not None and not speaker.name and account_lead_in(layout.title, found.text):
        return []  # "Press statement on the call … is as follows:" over an office's account
    if found is not None and not speaker.name:
        signer = signer_after(paragraphs, found.indices[-1] + 1) or bylined(layout)
        found.speaker = signer or holder(found.paragraphs[0], speaker.role) or speaker
    if found is None:
        return []
    return [found, *_after_caption(paragraphs, body, found, layout)]


_INTRO_LINES = 3


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
    if not SIGNED_NAME.fullmatch(name) or NOT_A_NAME.search(name):
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
    after = running_statement(paragraphs, rest, found.speaker, layout, "whole release")
    return [after] if after else []


def _speech(paragraphs: list[str], layout: Layout) -> list[FoundStatement]:
    """Return a speech whose headline does not say so, from its salutation to its end
    ("Madame la Présidente, Mesdames et Messieurs," / "Je vous remercie …"): by the one person
    its headline or byline names, else unnamed, given as by the publisher."""
    body = address_body(paragraphs, layout) or from_salutation(paragraphs, layout.body)
    title = layout.title_index
    if (
        title is not None
        and body
        and body[0] == title + 1
        and SALUTATION.match(paragraphs[title].strip())
    ):
        body = [title, *body]  # "Grußwort" / "Liebe Leserinnen und Leser," taken for the title
    address = address_run(paragraphs, body)
    if not body or not (
        SALUTATION.match(paragraphs[body[0]].strip()) or addressees(paragraphs, body) or address
    ):
        return []
    named = [m for m in find_mentions(layout.title) if m.name]
    speaker = (named[0] if len(named) == 1 else None) or bylined(layout)
    found = running_statement(
        paragraphs,
        body,
        speaker or Mention("", layout.publisher, "", 0, 0),
        layout,
        "a speech",
        address,
    )
    if found is not None and speaker is None:
        found.speaker = signer_after(paragraphs, found.indices[-1] + 1) or found.speaker
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
    named = len(headline) == 1 and not COLLECTIVE.search(layout.title)
    if (named_people and not named) or len(body) < 2 or not I_SPEAK.match(paragraphs[body[0]]):
        return []
    spoken = sum(bool(FIRST_PERSON.search(paragraphs[i])) for i in body)
    quoted = any(find_quoted(paragraphs[i]) for i in body)
    if quoted or spoken < 0.5 * len(body):
        return []
    speaker = headline[0] if named else Mention("", layout.publisher, "", 0, 0)
    found = running_statement(paragraphs, body, speaker, layout, "the first-person text")
    return [found] if found else []


# a text that opens in the first person singular: "I am travelling to …", "Ich reise heute
# …", "Je me rends …", "J'ai le plaisir …", a few words in: "Today I will travel …",
# "Aujourd'hui, je me rends …"
I_SPEAK = re.compile(r"^\W*(?:[^\s.;:!?]+[\s,]+){0,5}?(?:I|[Ii]ch|[Jj]e|[Jj]['’]|[Yy]o)\b(?!['’.])")
