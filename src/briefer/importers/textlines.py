"""Whether a line reads as a release's text, or shouts in capitals."""

from __future__ import annotations

import re


def shouts(text: str) -> bool:
    """Return whether a line is in capitals: a page repeating its headline, or a banner."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 10 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def reads_like_text(paragraph: str) -> bool:
    """Return whether a line reads as the text: a long sentence, not a heading."""
    text = paragraph.strip()
    ends = (
        text.endswith((".", "!", "?", ":", "”", '"', "»", "«"))
        and not INITIALS.search(text)
        and not _QUOTED_CLAUSE.search(text)
    )
    # a long line the page wrapped mid-sentence after a whole sentence is text too
    wrapped = len(text.split()) >= _WRAPPED_WORDS and SENTENCE_INSIDE.search(text) is not None
    return len(text.split()) >= 12 and (ends or wrapped)


# a headline may end in a quotation after a colon, with no full stop inside its closing mark:
# 'Minister Berg opens the new port: "This harbour will serve the region for decades"'
_QUOTED_CLAUSE = re.compile(r"^[^.!?:]{8,}:\s*[„“\"«‘][^„“”\"«»]{8,}[^.!?,…\s]\s?[”“\"»’]$")
_WRAPPED_WORDS = 25
SENTENCE_INSIDE = re.compile(r"[a-zäöüßéè]{3}[.!?]\s+[A-ZÄÖÜÉ][a-zäöüßéè]")


# A line ending in one of these is a sentence broken over two lines, not a headline.
DANGLING = frozenset(
    "the a an of and or to in on with for by at from as that der die das den dem des und "
    "oder mit von zu zur zum im für bei auf le la les l de du et à au aux en pour par avec".split()
)


# letters after a name end a headline, not a sentence: "…, Frances Fitzgerald T.D."
INITIALS = re.compile(r"[A-Z][a-z]+\s(?:[A-Z]\.){2,3}$")
