"""Whether the text says a person is a woman or a man: a credit's pronoun, an honorific, a
gendered role, a possessive of theirs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.importers.mentions import Mention
from briefer.importers.names import surname
from briefer.importers.sentences import first_clause

# the gender a credit's pronoun gives its speaker: "she said", "elle a ajouté", "sagte sie"
_SHE = re.compile(r"(?i)\b(?:she|her|elle|sie|ella)\b")
_HE = re.compile(r"(?i)\b(?:he|his|him|il|er|él)\b")
# what says a person is a woman or a man where the text names them: an honorific before the
# name, a gendered role ("Ministerin", "ambassadrice", "ministra"), a possessive of theirs
_WOMAN_BEFORE = re.compile(r"(?:\b(?:Ms|Mrs|Mme|Madame|Madam|Frau|Sra|Señora|Dame|Lady)\.?)\s+$")
_MAN_BEFORE = re.compile(r"(?:\b(?:Mr|Monsieur|Herr|Sr|Señor|Sir)\.?|\bM\.)\s+$")
_WOMAN_ROLE = re.compile(
    r"(?i)\b(?:\w+(?:erin|entin|torin|ärin)|ministra|presidenta|embajadora|secretaria|"
    r"ambassadrice|présidente|directrice|déléguée|chairwoman|spokeswoman|congresswoman)\b"
)
# a possessive that tells its owner's gender ("her", "ihre"; not the French "sa", "ses")
_OWN_WORD = re.compile(
    r"(?i)\b(?P<she>her(?!\s+(?:to|for|and|at|on|in|with|as|that|by|from)\b)(?=\s+\w)|"
    r"ihre[mnrs]?)\b|\b(?P<he>his|sein(?:e[mnrs]?)?)\b"
)


def pronoun_gender(credit: str) -> str:
    """Return "f" or "m" for the pronoun a credit uses ("“…,” she said"), else ""."""
    she, he = _SHE.search(credit), _HE.search(credit)
    if she and not he:
        return "f"
    if he and not she:
        return "m"
    return ""


def genders_in(paragraphs: Sequence[str], mentions: Sequence[Sequence[Mention]]) -> dict[str, str]:
    """Return "f" or "m" for each family name the text says it of (an honorific or a gendered
    role with the name, or "her"/"his" right after it with no one else between), read in one
    pass over the release's mentions."""
    sure: dict[str, str] = {}  # an honorific or a role: the first one the text gives
    said: dict[str, str] = {}  # a possessive of theirs, weaker
    for paragraph, named in zip(paragraphs, mentions, strict=True):
        for index, mention in enumerate(named):
            family = surname(mention.name) if mention.name else ""
            if not family or family in sure:
                continue
            # the words before the name, and the honorific the mention holds ("M. Kell")
            lead = paragraph[max(0, mention.start - 20) : mention.start]
            lead += paragraph[mention.start : mention.end].rsplit(" ", 1)[0] + " "
            if _WOMAN_BEFORE.search(lead) or _WOMAN_ROLE.search(mention.role):
                sure[family] = "f"
            elif _MAN_BEFORE.search(lead):
                sure[family] = "m"
            elif family not in said:
                upto = named[index + 1].start if index + 1 < len(named) else len(paragraph)
                clause = first_clause(paragraph[mention.end : min(upto, mention.end + 120)])
                own = _OWN_WORD.search(clause)
                if own:
                    said[family] = "f" if own["she"] else "m"
    return {**said, **sure}


def gender_of(who: Mention, genders: dict[str, str]) -> str:
    """Return "f" or "m" when the person's role or the text says so, else ""."""
    if _WOMAN_ROLE.search(who.role):
        return "f"
    return genders.get(surname(who.name), "") if who.name else ""


def role_gender(who: Mention) -> str:
    """Return "f" or "m" when the role says so ("Präsidentin", "Speaker"), else ""."""
    return "f" if _WOMAN_ROLE.search(who.role) else ""
