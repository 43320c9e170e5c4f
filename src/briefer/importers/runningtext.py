"""Where a statement's words run: past lines that say where and when, to a line that ends them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.importers.datelines import dateline_end
from briefer.importers.dates import find_dates
from briefer.importers.layout import Layout
from briefer.importers.mentions import Mention
from briefer.importers.passages import FoundStatement
from briefer.importers.signaturelines import signature_line
from briefer.importers.speechwords import FIRST_PERSON

# a Spanish-style dateline: "Brio.- The Ministry …", "BRIO. - …"
_PLACE_DOT_DASH = re.compile(r"^[A-ZÄÖÜÉ][\w '-]{1,30}\.\s?[-–—]\s+(?=[A-ZÄÖÜÉ])")


def lede_start(lede: str) -> int:
    """Return where a lede's own words start, after its dateline ("Brio, 3 May (ANA) –",
    "Brio. – "), 0 when none opens it."""
    dated = _PLACE_DOT_DASH.match(lede)
    return dateline_end(lede) or (dated.end() if dated else 0)


def _lead(line: str) -> int:
    """Return where a line's words begin after a list's bullet."""
    bullet = BULLET.match(line)
    return bullet.end() if bullet else 0


BULLET = re.compile(r"^\s*[•·▪●◦‣-]\s*")


def running_statement(
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
        (n for n, i in enumerate(body) if n >= address and ends_statement(paragraphs[i])),
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
            len(END_MARK.sub("", paragraphs[i]).rstrip()),
        )
        for n, i in enumerate(taken)
    ]
    glued = _GLUED_LABEL.match(paragraphs[taken[0]])
    opens = (
        dateline_end(paragraphs[taken[0]])
        or (glued.end() if glued else 0)
        or _headline_again(paragraphs[taken[0]], layout.title)
    )
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


def _headline_again(paragraph: str, title: str) -> int:
    """Return where the text begins after the headline given again and glued to its first
    word ("… (15.07. 2022)Your Excellency, …"), 0 when the paragraph does not open so (a
    salutation read as the title goes on with its comma: "Liebe Leserinnen und Leser,")."""
    words = title.split()
    if not words:
        return 0
    again = re.match(r"\s*" + r"\s+".join(map(re.escape, words)), paragraph)
    return again.end() if again and paragraph[again.end() : again.end() + 1].isalpha() else 0


# a photo's label glued to the text's first word: "FOTOLABELNach langer …", "IMG_0412Wir …"
# (a word's start, at least two lower-case letters after it: not "NGOs", "SDGs")
_GLUED_LABEL = re.compile(r"^.{0,200}?(?<!\w)[A-ZÄÖÜ0-9_]{2,}(?=[A-ZÄÖÜ][a-zäöüß]{2})", re.DOTALL)


# "… Julie Bishop. ENDS", "… ###": the mark that ends a release, glued to its last line;
# "… franchie. [Cliquez ici pour lire le texte complet]": a link to the rest, kept as text
END_MARK = re.compile(
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


def ends_statement(paragraph: str) -> bool:
    """Return whether a line ends a statement: a short line that is not a sentence (a
    signature, a heading), or a numbered link ("1. Statement of the Ministry on …")."""
    text = paragraph.strip()
    sentence = text.endswith((".", "!", "?", "”", '"', ",", ";", "; and", "; und", "; et"))
    if signature_line(text):
        return True  # "Hon. Kim Dale, M.P.": the signature under the text
    listed = bool(re.match(r"\d{1,2}\.\s", text)) and len(text.split()) <= 20
    return (len(text.split()) <= 6 or listed) and not sentence
