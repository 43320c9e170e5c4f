"""The officer's rich text as blocks: paragraphs, and lists of points with their numbers."""

from __future__ import annotations

from dataclasses import replace

from briefer.model.richtext import RichText, Span
from briefer.render.document import (
    Block,
    BulletList,
    Emphasis,
    ListItem,
    ListRole,
    Paragraph,
    ParagraphRole,
    Run,
    Runs,
)


def text_blocks(text: RichText, note: bool) -> list[Block]:
    """Return rich text as paragraphs and lists (in the note's look if note), leaving
    empty paragraphs and points out. Numbered points count from 1 in each list and under
    each point above them; a point is at most one level deeper than the point before it.
    The editor (gui/richtextdoc.py) lists and counts points by the same rules."""
    paragraph_role: ParagraphRole = "note" if note else "body"
    list_role: ListRole = "note" if note else "bullets"
    blocks: list[Block] = []
    points: list[ListItem] = []
    counters: list[int] = []  # per level down to the last point: its number (0: a bullet)
    for para in text.paras:
        if not para.marker:  # a paragraph, even an empty one, ends a list
            if points:
                blocks.append(BulletList(tuple(points), list_role))
                points, counters = [], []
            if para.plain().strip():
                blocks.append(Paragraph(_runs(para.spans), paragraph_role))
            continue
        if not para.plain().strip():
            continue
        runs = _runs(para.spans)
        level = min(para.level, len(counters))
        del counters[level + 1 :]
        if len(counters) == level:
            counters.append(0)
        counters[level] = counters[level] + 1 if para.marker == "number" else 0
        points.append(ListItem(runs, level, counters[level]))
    if points:
        blocks.append(BulletList(tuple(points), list_role))
    return blocks


def _runs(spans: tuple[Span, ...]) -> Runs:
    """Return spans as runs, without the spaces that start or end the paragraph."""
    runs = [Run(span.text, _emphasis(span), span.link) for span in spans]
    runs[0] = replace(runs[0], text=runs[0].text.lstrip())
    runs[-1] = replace(runs[-1], text=runs[-1].text.rstrip())
    return tuple(run for run in runs if run.text)


def _emphasis(span: Span) -> Emphasis:
    if span.bold and span.italic:
        return "bold italic"
    if span.bold:
        return "bold"
    return "italic" if span.italic else ""
