"""Annex files in a .docx: an image as an inline picture, a PDF as a note that it is attached
separately (a Word document cannot usefully hold another document's pages)."""

from __future__ import annotations

import io
from dataclasses import replace

from docx.document import Document as WordDocument
from docx.shared import Pt

from briefer.annexfiles import printed_size
from briefer.render.document import AnnexFile, Block, Document, Paragraph, Run


def pdf_note(block: AnnexFile) -> Paragraph:
    """Return what stands in a .docx where a PDF annex's pages are in the PDF."""
    return Paragraph((Run(block.note, "italic"),))


def as_word_prints(document: Document) -> Document:
    """Return the document with each PDF annex as its note: what Word lays out, and so what
    its pages are estimated from."""
    blocks: list[Block] = [
        pdf_note(block)
        if isinstance(block, AnnexFile) and block.media_type == "application/pdf"
        else block
        for block in document.blocks
    ]
    return replace(document, blocks=tuple(blocks))


def picture_run(word: WordDocument, block: AnnexFile, room: tuple[float, float], shape: int) -> str:
    """Return a run holding an image annex as an inline picture, as large as room (width and
    height in points) allows and no larger than it prints itself; shape numbers it among
    the document's drawings."""
    width, height = printed_size(block.data)
    scale = min(room[0] / width, room[1] / height, 1.0)
    inline = word.part.new_pic_inline(io.BytesIO(block.data), Pt(width * scale), Pt(height * scale))
    inline.docPr.set("id", str(shape))
    inline.docPr.set("descr", block.caption)  # what a screen reader says of it
    return f"<w:r><w:drawing>{inline.xml}</w:drawing></w:r>"
