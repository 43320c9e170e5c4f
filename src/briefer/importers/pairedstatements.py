"""Two speakers' statements in one transcript, each run given to the one who speaks it."""

from __future__ import annotations

import re

from briefer.importers.headings import headline_speaker
from briefer.importers.layout import Layout
from briefer.importers.mentions import Mention
from briefer.importers.names import surname
from briefer.importers.passages import FoundStatement
from briefer.importers.runningtext import END_MARK, ends_statement
from briefer.importers.speechwords import FIRST_PERSON
from briefer.importers.transcripts import LABELLED, NOTICE, asks


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
        end = len(END_MARK.sub("", paragraph).rstrip())
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
    body = [i for i in layout.body if not NOTICE.search(paragraphs[i])]
    start = next(
        (
            n
            for n, i in enumerate(body)
            if FIRST_PERSON.search(paragraphs[i]) or _label(paragraphs[i], pair) is not None
        ),
        len(body),
    )
    body = body[start:]
    text = [i for i in body if not asks(paragraphs[i])]
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
    if asks(paragraph):
        return None, None, len(paragraph)  # a journalist's question: who answers is unknown
    if _THANKS_ONLY.match(paragraph):  # the next run is the other's
        return None, speaker if speaker is not None else previous, len(paragraph)
    if ends_statement(paragraph):
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
    first, second = headline_speaker(match["first"]), headline_speaker(match["second"])
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
    labelled = LABELLED.match(paragraph) or _NAME_LABEL.match(paragraph)
    if labelled is not None:
        head, cut = paragraph[: labelled.end()].rstrip().rstrip(":"), labelled.end()
    elif len(text.split()) <= 6 and not text.endswith((".", "!", "?", ",", "”", '"')):
        head, cut = text, len(paragraph)
    else:
        return None
    words = {w.casefold() for w in re.findall(r"[\w-]+", head)}
    fits = [n for n, person in enumerate(pair) if surname(person.name).casefold() in words]
    return (fits[0], cut) if len(fits) == 1 else None
