"""A speech's headings: its heading block over the text, its own headings under the headline."""

from __future__ import annotations

import re

from briefer.importers.bylines import BYLINE_WORDS, ROLE_LINE, is_byline, names_only
from briefer.importers.textlines import DANGLING, reads_like_text, shouts

# the line that opens a speech's or a statement's heading: "Remarks by the Honourable X",
# "Statement to Parliament by …", "ALLOCUTION DE SON EXCELLENCE MADAME"
_SPEECH_HEAD = re.compile(
    r"(?i)^(?:[\w-]+\s+)?(?:statement|remarks|address|speech|allocution|discours|déclaration|"
    r"rede|erklärung|grußwort|ansprache|intervention|communication|message)"
    r"(?:\s+(?:to|before|in|au|à la|devant|vor\s+dem|im)\s+[^,]{2,40}?)?"
    r"\s+(?:by|of|from|du|de|d['’]|par|von|des|der)\b"
)
# words a heading line ends with when its next line goes on: "… SON EXCELLENCE MADAME"
_HEADING_DANGLES = frozenset(
    "madame monsieur excellence excellency honourable honorable hon. mr. mrs. ms. dr. "
    "frau herrn herr s.e. h.e.".split()
)
# what a heading's next line opens with when it says where or when: "LORS DE …", "AT THE …"
_HEADING_OCCASION = re.compile(
    r"(?i)^(?:lors|à l['’]occasion|au cours|devant|pendant|on the occasion|at the|during|"
    r"anlässlich|bei der|beim)\b"
)
_CHAMBER = re.compile(
    r"(?i)^(?:the )?(?:house of (?:assembly|commons|representatives|lords|keys)|parliament|"
    r"senate|national assembly|legislative (?:council|assembly)|assemblée nationale|sénat|"
    r"bundestag|bundesrat|nationalrat)(?: of [\w ]{3,30})?$"
)


def chamber_line(text: str) -> bool:
    """Return whether a line only names a chamber of parliament ("House of Assembly")."""
    return _CHAMBER.match(text.strip()) is not None


_BLOCK_LINES = 5  # the lines a speech's heading block may have below its first


def speech_block(
    paragraphs: list[str], candidates: list[int], title_index: int | None
) -> tuple[int, list[int], int] | None:
    """Return a speech's heading block as (its first line, the lines of its title, its last
    line): a line that opens a speech's heading ("Remarks by …") at or above the headline the
    lines chose, short lines under it that are no sentences, then the text."""
    if title_index is None:
        return None
    first = next(
        (
            i
            for i in candidates
            if title_index - _BLOCK_LINES <= i <= title_index and _SPEECH_HEAD.match(paragraphs[i])
        ),
        None,
    )
    # a communication to parliament: "Minister of Foreign Affairs X" / "House of Assembly" /
    # date, then the text
    chamber = next(
        (i for i in candidates if i <= title_index and _CHAMBER.match(paragraphs[i].strip())),
        None,
    )
    if first is None and chamber is not None and chamber >= 1:
        above = paragraphs[chamber - 1].strip()
        first = chamber - 1 if is_byline(above) and ROLE_LINE.search(above) else None
        candidates = sorted({*candidates, chamber - 1})
    if first is None:
        return None
    lines = [first]
    below = [i for i in candidates if i > first]
    while below and below[0] == lines[-1] + 1 and _heading_line(paragraphs[below[0]]):
        last = paragraphs[lines[-1]].strip()
        following = paragraphs[below[0]].strip()
        dangles = last.split()[-1].casefold() in _HEADING_DANGLES | DANGLING
        goes_on = shouts(last) and shouts(following) and _HEADING_OCCASION.match(following)
        if not (dangles or goes_on):
            break
        lines.append(below.pop(0))
    # the text, or the salutation it opens with ("Excellences, Mesdames et Messieurs,")
    text = next(
        (i for i in below if reads_like_text(paragraphs[i]) or not _heading_line(paragraphs[i])),
        None,
    )
    if text is None:
        return None
    block = [i for i in below if i < text]
    if len(block) > _BLOCK_LINES or not all(_heading_line(paragraphs[i]) for i in block):
        return None
    if first == title_index and not block and len(lines) == 1:
        return None  # the headline alone: nothing to change
    return first, lines, max([lines[-1], *block, *range(lines[-1], text)])


def _heading_line(paragraph: str) -> bool:
    """Return whether a line may stand in a heading block: short, and no sentence."""
    text = paragraph.strip()
    return 0 < len(text.split()) <= 14 and not text.endswith((".", "!", "?", ";", ",", ":"))


_SPEECH_BY = re.compile(
    r"(?i)^(?:\w+\s+)?(?:statement|address|speech|remarks|déclaration|discours|allocution|rede|"
    r"erklärung|grußwort)\s+(?:by|of|du|de|von|des)\s+[^,]{2,60},\s*\S"
)


def above_speaker_headings(paragraphs: list[str], chosen: list[int]) -> list[int]:
    """Return the headline candidates without the speech's own headings under the headline
    ("Country Statement by Hon. X, Minister …")."""
    while len(chosen) >= 2 and (
        speaker_heading(paragraphs[chosen[-1]])
        or _people_caption(paragraphs[chosen[-1]])
        or _office_heading(paragraphs[chosen[-1]], paragraphs[chosen[-2]])
    ):
        chosen = chosen[:-1]
    return chosen


# a photo's caption naming who is in it, with no verb: "Der norländische Außenminister Karl
# Moen mit seinem vestrischen Kollegen Jon Dahl", "Minister Anna Berg with her Vestrian
# counterpart Jon Dahl"
_WITH = re.compile(r"\s(?:mit|with|avec)\s")
_CAPTION_WORDS = frozenset(
    "mit with avec sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer his her their "
    "son sa ses leur leurs counterpart counterparts".split()
)
_ADJECTIVE = re.compile(r"(?:isch|ian|ais|aise|ois|oise|ese)\w{0,3}$")


def _people_caption(text: str) -> bool:
    words = re.findall(r"(?<!\w)[^\W\d_]{2,}", text)
    return (
        _WITH.search(text) is not None
        and sum(w[0].isupper() for w in words) >= 4
        and all(
            not w.islower() or w in BYLINE_WORDS or w in _CAPTION_WORDS or _ADJECTIVE.search(w)
            for w in words
        )
    )


# a speech's own heading that names its speaker's office alone: "Statement of the Secretary
# General of the Council", "Intervención del Secretario General", "Discours du Président"
_OFFICE_HEADING = re.compile(
    r"(?i)^(?:statement|remarks|address|speech|intervention|message|déclaration|discours|"
    r"allocution|rede|erklärung|grußwort|ansprache|intervención|discurso|declaración|palabras|"
    r"mensaje)\s+(?:by|of|from|du|de la|de l['’]|de|par|von|des|der|del)\s+"
    r"(?:the\s+|la\s+|le\s+|el\s+|l['’])?(?P<office>\w[\w-]*(?:\s+\w[\w-]*)?)"
)
_SPEECH_NOUN = re.compile(
    r"(?i)\b(?:statement|remarks|address|speech|intervention|message|déclaration|discours|"
    r"allocution|rede|erklärung|grußwort|ansprache|intervención|discurso|declaración|palabras|"
    r"mensaje)\b"
)


def _office_heading(text: str, above: str) -> bool:
    """Return whether a line under a headline is the speech's own heading naming its
    speaker's office alone, which the headline above names with the speech ("Secretary
    General X's statement at …" / "Statement of the Secretary General of …")."""
    heading = _OFFICE_HEADING.match(text.strip())
    if heading is None or not _SPEECH_NOUN.search(above):
        return False
    office = heading.group("office")
    return (
        _TOPIC.search(text, heading.end()) is None
        and re.search(rf"(?i)\b{re.escape(office)}\b", above) is not None
    )


# the words that open what a speech is about or where it was given: "… on the situation",
# "… at the Summit", "… sur la situation", "… en la Cumbre"
_TOPIC = re.compile(
    r"(?i)\b(?:on|at|to|before|in|during|for|about|regarding|sur|à|au|aux|lors|devant|en|pour|"
    r"zu|zum|zur|bei|beim|über|vor|im|sobre|ante|durante|para|con|with|avec|mit)\b"
)


def speaker_heading(text: str) -> bool:
    """Return whether a line under the headline only says whose speech it is, by name and
    role ("Country Statement by Hon. Karl Moen, Minister of Foreign Affairs of Norland")."""
    return _SPEECH_BY.match(text) is not None and names_only(text)
