"""A credit after a quotation in the German perfect that points back to it: "„…“ Das hat
Staatssekretärin X heute in Brio unterstrichen.\""""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefer.importers.mentions import Mention
from briefer.importers.quotes import Quoted

# "Das hat X … unterstrichen", "Dies hatte Minister X … betont": the quotation is the object
_POINTED_BACK = re.compile(
    r"\s*(?:Das|Dies)\s+(?:hat|hatte)\s+(?P<who>[^.!?„“”\"]{3,160}?)\s+"
    r"(?:gesagt|erklärt|betont|unterstrichen|hervorgehoben|bekräftigt|versichert|erläutert|"
    r"festgestellt|deutlich gemacht|geäußert)\b"
)


def perfect_credit(paragraph: str, span: Quoted, mentions: Sequence[Mention]) -> Mention | None:
    """Return the person a sentence in the perfect right after a closed quotation credits
    with it ("„…“ Das hat Ministerin X heute betont."), else None."""
    if not span.closed or not span.text.rstrip().endswith((".", "!", "?")):
        return None
    credit = _POINTED_BACK.match(paragraph, span.end)
    if credit is None:
        return None
    start, end = credit.span("who")
    return next((m for m in mentions if m.name and start <= m.start and m.end <= end), None)
