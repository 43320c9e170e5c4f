"""A briefing's annexes as blocks of the document model, each on a new page after the sources."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from briefer.compose.labels import label
from briefer.model.annexes import Annex, ImageAnnex, ImageFormat, PdfAnnex
from briefer.model.records import Source
from briefer.render.document import (
    AnnexFile,
    AnnexMedia,
    Block,
    Heading,
    PageBreak,
    Paragraph,
    Runs,
    plain,
)

_MEDIA: dict[ImageFormat, AnnexMedia] = {"png": "image/png", "jpeg": "image/jpeg"}


def annex_anchor(annex_id: str) -> str:
    """Return the anchor of an annex's heading in the document model."""
    return f"annex-{annex_id}"


def annex_heading(number: int, title: str, language: str) -> str:
    """Return an annex's heading: "Annex 1: Title", or "Annex 1" when it has no title."""
    if not title.strip():
        return label(language, "annex").format(number=number)
    return label(language, "annex_titled").format(number=number, title=title.strip())


def annex_blocks(
    annexes: Sequence[Annex], language: str, source_runs: Callable[[Source], Runs]
) -> list[Block]:
    """Return the annexes in order, each a heading on a new page and what it holds; a
    release is cited as the sources are (source_runs: publisher, title unless the heading
    gives it, date, address) and set as text, a paragraph a line."""
    blocks: list[Block] = []
    for number, annex in enumerate(annexes, start=1):
        heading = annex_heading(number, annex.title, language)
        blocks += [PageBreak(), Heading(1, heading, annex_anchor(annex.id))]
        if isinstance(annex, PdfAnnex):
            count = (
                label(language, "one_page")
                if annex.pages == 1
                else label(language, "pages").format(count=annex.pages)
            )
            note = label(language, "pdf_attached").format(pages=count)
            blocks.append(AnnexFile("application/pdf", annex.data, annex.pages, heading, note))
        elif isinstance(annex, ImageAnnex):
            blocks.append(AnnexFile(_MEDIA[annex.format], annex.data, 1, heading))
        else:
            source = annex.source
            if source.title == annex.title:  # the heading says it already
                source = replace(source, title="")
            blocks.append(Paragraph(source_runs(source), role="source"))
            lines = (line.strip() for line in annex.source.text.splitlines())
            blocks += [Paragraph(plain(line)) for line in lines if line]
    return blocks
