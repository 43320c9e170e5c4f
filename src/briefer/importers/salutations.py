"""The address a speech opens with: its salutation, a line per addressee, its greeting to all."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from briefer.importers.headings import HEADING_LINE
from briefer.importers.layout import Layout
from briefer.importers.runningtext import BULLET, preamble
from briefer.importers.speechwords import FIRST_PERSON


def addressed(paragraphs: list[str], layout: Layout) -> list[int]:
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


def addressees(paragraphs: list[str], body: Sequence[int]) -> bool:
    """Return whether the body opens with a speech's list of addressees, a line each
    ("Members of the Cabinet;" / "Envoys and Consuls of Estoria;" / "Friends.")."""
    lines = [paragraphs[i].strip() for i in body[:2]]
    return len(lines) == 2 and all(_ADDRESSEE.match(line) for line in lines)


def from_salutation(paragraphs: list[str], body: Sequence[int]) -> list[int]:
    """Return the body from where a statement's words begin: after the lines that only say
    where, when or how ("Washington, DC", "(As prepared)", "Brio, le 4 mai 2021"), and at a
    speech's salutation when heading lines stand before it ("Director of the Division …
    28 February - 3 March 2000" / "Madam Chairperson,")."""
    taken = list(body)
    while taken and preamble(paragraphs[taken[0]]):
        taken = taken[1:]
    heading = itertools.takewhile(
        lambda i: (
            bool(HEADING_LINE.fullmatch(paragraphs[i].strip()))
            and not SALUTATION.match(paragraphs[i].strip())
        ),
        taken,
    )
    for number, _ in enumerate(list(heading)[:2], 1):
        if number < len(taken) and SALUTATION.match(paragraphs[taken[number]].strip()):
            return taken[number:]
    return taken


def opens_with_address(paragraphs: list[str], layout: Layout) -> bool:
    """Return whether the text opens with a speech's address set a line per addressee and
    ending in a line that greets everyone ("• Your Excellency …;" / "Ladies and Gentlemen")."""
    return bool(address_body(paragraphs, layout))


def address_body(paragraphs: list[str], layout: Layout) -> list[int]:
    """Return the text from the address a speech opens with, a line per addressee, to its
    end, with the lines layout set apart under the headline ("• Your Excellency …;" taken for a
    standfirst, "Honourable Karl Moen, Minister …" for a speaker's heading); [] when the text
    opens with no such address."""
    if not layout.body:
        return []
    top = -1 if layout.title_index is None else layout.title_index
    head = [i for i in range(top + 1, layout.body[0]) if paragraphs[i].strip()]
    lines = [*head, *layout.body]
    while lines and preamble(paragraphs[lines[0]]) and not address_run(paragraphs, lines):
        lines = lines[1:]
    if address_run(paragraphs, lines) > 1:
        return lines
    # a page that tells the occasion before the speech's text, or labels it ("On 4 May the
    # Council met, at which X spoke." / "The remarks in full:" / "Dear Anton Sergeyevich!"):
    # the speech is the text from its address, a run of lines, when what follows is spoken
    for skip in range(1, min(_TOLD_BEFORE, len(lines) - 2) + 1):
        rest = lines[skip:]
        run = address_run(paragraphs, rest)
        if run > 1 and any(FIRST_PERSON.search(paragraphs[i]) for i in rest[run : run + 3]):
            return rest
    return []


_TOLD_BEFORE = 3  # the lines that may tell the occasion or label the text before a speech


def address_run(paragraphs: list[str], body: Sequence[int]) -> int:
    """Return how many lines the address a speech opens with takes, a line per addressee,
    set as a list ("• Your Excellency Per Ek, President of Norland;" / "Honourable Karl Moen,
    Minister of Foreign Affairs" / "Ladies and Gentlemen, All protocols observed;" / "Good
    afternoon,"): the first opens with a form of address, each is short, and one of them greets
    all ("Ladies and Gentlemen", "Good morning", "All protocols observed"); 0 when there is none."""
    lines = [BULLET.sub("", paragraphs[i]).strip() for i in body[:_ADDRESS_LINES]]
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
            number and line.endswith("!") and SALUTATION.match(line) and len(line.split()) <= 8
        ):
            greeted = number + 1
        elif greeted:
            break
    return greeted


_ADDRESS_LINES = 20


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


# the address a speech opens with: "Madame la Présidente, Mesdames et Messieurs,",
# "Excellencies, ladies and gentlemen,", "Sehr geehrte Damen und Herren!"
SALUTATION = re.compile(
    r"(?i)^(?:madame|monsieur|mesdames|messieurs|excellences?|ch(?:er|ère)s?|distingués?|"
    r"honorables?|dear|ladies|excellenc(?:y|ies)|your (?:excellenc(?:y|ies)|majesty|highness|"
    r"royal)|mr\.?|madam|honou?rable|distinguished|sehr geehrter?n?|liebe[rn]?|"
    r"meine (?:sehr )?(?:geehrten|verehrten)|(?:hoch)?verehrter?n?|exzellenz(?:en)?|"
    r"good (?:morning|afternoon|evening)|all protocols? (?:duly )?observed)\b"
    r"[^.?;:]{0,200}[,!]$"
)
