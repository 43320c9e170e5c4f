"""Finding statements: introduced paragraphs (introductions.py), a transcript's labelled speeches
(speakerlabels.py), quotes (attribution.py) and words credited at their end (endcredits.py).

FoundStatement is passages'; it is named here too because callers find statements here.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefer.importers.attribution import quoted_statements
from briefer.importers.endcredits import credited_at_end
from briefer.importers.introductions import introduced, is_intro, lead_line
from briefer.importers.names import surname
from briefer.importers.passages import FoundStatement as FoundStatement
from briefer.importers.quotes import QUOTE_MARKS
from briefer.importers.release import Release
from briefer.importers.signaturelines import signature_line
from briefer.importers.speakerlabels import labelled


def find_statements(release: Release, body: Sequence[int]) -> list[FoundStatement]:
    """Return the statements in the body paragraphs (given by index), in reading order.

    The release's people let a bare surname ("Pistorius said") or a role ("the Foreign
    Secretary") attribute a quote.
    """
    paragraphs = release.paragraphs
    found: list[FoundStatement] = []
    used: set[int] = set()
    # the line over the text, or the headline over its date, may name who speaks: "Foreign
    # Minister Anna Berg", "Foreign Minister Anna Berg on the floods"
    lead = lead_line(release, body)
    order = [lead, *body] if lead is not None else list(body)
    for position, index in enumerate(order):
        following = paragraphs[order[position + 1]] if position + 1 < len(order) else ""
        if index in used or not is_intro(release, index, following):
            continue
        statement = introduced(release, index, order[position + 1 :])
        if statement is not None:
            statement.indices.insert(0, index)
            used.update(statement.indices)
            found.append(statement)
    # each pass reads only the paragraphs no pass before it took: a paragraph is one
    # statement's, never found again by another rule ("- A. B - said X": the dash speech
    # quoted_statements reads is not credited after its dash a second time)
    for find in (labelled, quoted_statements, credited_at_end):
        for statement in find(release, [i for i in body if i not in used]):
            used.update(statement.indices)
            found.append(statement)
    said = [s for s in found if any(p.strip() for p in s.paragraphs)]  # not a lone « or “”
    for statement in said:
        _drop_signature(statement)
    return sorted(said, key=lambda s: s.indices[0])


def _drop_signature(statement: FoundStatement) -> None:
    """Drop a quoted letter's signature: a last paragraph that is only the speaker's name
    ("Yours sincerely," / "Kjell Magne Bondevik “"), or a name signed with an honorific or
    postnominals whoever speaks ("Hon. Kim Dale, M.P."); the closing formula before it ends
    the statement, its comma made a full stop as at the end of any quotation."""
    if len(statement.paragraphs) < 2:
        return
    last = statement.paragraphs[-1].strip(" " + QUOTE_MARKS)
    speaker = statement.speaker.name if statement.speaker is not None else ""
    own = bool(speaker) and len(last.split()) <= 6 and surname(last) == surname(speaker)
    if own or signature_line(last):
        del statement.paragraphs[-1], statement.indices[-1]
        statement.spans[:] = [span for span in statement.spans if span[0] in statement.indices]
        closing = statement.paragraphs[-1].rstrip()
        if closing.endswith(","):
            statement.paragraphs[-1] = closing[:-1] + "."
