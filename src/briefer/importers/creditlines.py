"""Lines after a quotation that say who said it: "– Name, Role", "Thus Minister X …"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.importers.mentions import Mention
from briefer.importers.passages import Quote
from briefer.importers.sentences import SENTENCE_END

_SIGNATURE = re.compile(r"^\s*[–—-]\s*(?P<who>[A-ZÄÖÜÉ][^!?]*[^.!?\s])$")


# the name a signature line starts with, after an honorific: "– L’hon. Chrystia Freeland, C.P."
_SIGNED_NAME = re.compile(
    r"(?:(?:The |L['’])?[Hh]on(?:\.|ourable|orable)\s+)?"
    r"(?P<name>[A-ZÄÖÜÉ][\w’'-]+(?:\s+[A-ZÄÖÜÉ][\w’'-]+){1,3})(?=\s*(?:,|$))"
)


def unsigned(quotes: list[Quote], last: int | None, loose: bool = False) -> list[Quote]:
    """Return the unattributed quotes a signature line after paragraph `last` signs: those
    of that paragraph and of the paragraphs right before it, back to an attributed one (or,
    `loose`, back to one its own sentence credits)."""
    signed: list[Quote] = []
    index = last
    for quote in reversed(quotes):
        credited = quote.explicit if loose else quote.speaker is not None
        if credited or index is None or quote.index not in (index, index - 1):
            break
        signed.append(quote)
        index = quote.index
    return signed


# a line after a quotation that names who said it with no verb, or a verb after the
# adverb: "Thus Minister X on the sidelines of …", "These were the words of X", "So der
# Minister am Rande …", "Ainsi (s'est exprimé) le ministre …", "Así lo expresó el ministro …",
# "Così il Ministro …"
_THUS = re.compile(
    r"^\s*(?:(?:Thus|So)(?:\s+(?:said|spoke|concluded|stated))?|"
    r"(?:These|Those|Such) were the words of|This was (?:said|stated) by|"
    r"Ainsi(?:\s+(?:s['’]est exprimée?|a (?:parlé|conclu|déclaré|résumé)))?|"
    r"(?:Tels|Ce) (?:sont|furent|étaient) les (?:propos|mots|paroles) de|"
    r"So|Soweit|Das sagte|Dies sagte|Così|"
    r"Así(?:\s+(?:lo|se)\s+(?:expresó|señaló|afirmó|indicó|manifestó|dijo|destacó|subrayó))?|"
    r"(?:Estas|Esas) fueron las palabras de)"
    r"(?=[\s,]+(?:[A-ZÄÖÜÉ]|l['’]|(?:the|his|her|our|der|die|le|la|il|el)\b))"
)


def thus_line(paragraph: str, mentions: Sequence[Mention]) -> Mention | None:
    """Return the person a short one-sentence line naming who said the quotation before it
    names right after its opening ("Thus Minister X on the sidelines of the talks."), else
    None."""
    opening = _THUS.match(paragraph)
    if opening is None or len(paragraph.split()) > 30:
        return None
    if SENTENCE_END.search(paragraph.rstrip().rstrip(".!")):
        return None
    named = [m for m in mentions if m.name]
    if not named or named[0].start > opening.end() + 45:
        return None
    return named[0]


def signer(paragraph: str, mentions: Sequence[Mention]) -> Mention | None:
    """Return the person a signature line names ("– Name, Role", or a line that is only a
    role and a name: "Bundestagspräsidentin Erika Beispiel"), else None."""
    text = paragraph.strip()
    whole = [m for m in mentions if m.name and m.end - m.start >= 0.8 * len(text)]
    if whole and len(text.split()) <= 8 and not text.endswith((".", "!", "?", ":")):
        return whole[0]
    if not _SIGNATURE.match(paragraph) or len(paragraph.split()) > 16:
        return None
    named = [m for m in mentions if m.name or m.role]
    if named:
        return named[0]
    signature = _SIGNATURE.match(paragraph)
    name = _SIGNED_NAME.match(signature.group("who")) if signature else None
    return Mention(name.group("name"), "", "", 0, 0) if name else None
