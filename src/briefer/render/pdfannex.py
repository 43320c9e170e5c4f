"""Annex files in the PDF: an image drawn as large as its page allows, and a PDF's pages set
into the briefing's own pages.

ReportLab cannot draw another PDF's pages. The layout keeps a page for each one instead,
headed by the annex's caption and with the header, footer and marking every page has, so
that the contents and "page X of Y" count them; once the layout is written, pdfmerge sets
each annex page into the room kept for it. In a tagged PDF each annex page is a figure whose
alt text names the annex and the page; the annex's own tags are not carried over.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, PageBreak

from briefer.annexfiles import printed_size
from briefer.render.document import AnnexFile
from briefer.render.pdftags import END, LAYOUT, Element, Tags

if TYPE_CHECKING:  # pypdf is loaded only for a briefing with a PDF annex: it is large
    from pypdf import PdfReader

_EDGE = "#9a9a9a"  # the hairline round an annex page, which is as white as the paper

Box = tuple[float, float, float, float]  # left, bottom, width, height in points


@dataclass(frozen=True)
class Placed:
    """Where a page of a PDF annex goes: the page as built, and the box on it."""

    built: int
    box: Box
    file: int  # which of the layout's annex files
    page: int  # which of its pages (0-based)
    mcid: int | None  # of the figure it is in a tagged PDF


class AnnexPages:
    """The annex files of one layout: flowables for them, then their pages merged in."""

    def __init__(self, room: float) -> None:
        self.room = room  # the height of the text frame: no annex is drawn taller
        self.files: list[tuple[str, PdfReader]] = []  # caption, the PDF
        self.placed: list[Placed] = []

    def flowables(
        self, block: AnnexFile, caption: Callable[[str, str], Flowable], parent: Element
    ) -> list[Flowable]:
        """Return what holds an annex file's place: a picture, or for a PDF a page kept for
        each of its pages, those after the first headed by caption(text, a key naming the
        page); each a figure under parent."""
        if block.media_type != "application/pdf":
            return [_Picture(block.data, self.room, parent.add("Figure", alt=block.caption))]
        from briefer.render import pdfmerge

        reader, sizes = pdfmerge.read(block.data, block.caption)
        file = len(self.files)
        self.files.append((block.caption, reader))
        parts: list[Flowable] = []
        for number, size in enumerate(sizes):
            if number:
                parts += [PageBreak(), caption(block.caption, f"annex{file}-{number + 1}")]
            alt = f"{block.caption} ({number + 1}/{len(sizes)})"
            parts.append(_PageRoom(self, file, number, size, parent.add("Figure", alt=alt)))
        return parts

    def merge(self, path: Path, final: Callable[[int], int]) -> tuple[str, ...]:
        """Set each annex page into the page kept for it in the PDF at path; final gives the
        printed number of a page as built. Return warnings."""
        if not self.placed:
            return ()
        from briefer.render import pdfmerge

        return pdfmerge.merge(path, self.placed, self.files, final)


class _PageRoom(Flowable):  # type: ignore[misc]
    """The rest of a page, kept for a page of a PDF annex: a hairline shows where it goes,
    and the layout notes the place."""

    quiet = False  # a quiet room is laid out but not drawn (to learn where headings fall)

    def __init__(
        self, pages: AnnexPages, file: int, page: int, size: tuple[float, float], tag: Element
    ) -> None:
        super().__init__()
        self.pages = pages
        self.file = file
        self.page = page
        self.size = size
        self.tag = tag

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = min(available_height, self.pages.room)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        if self.quiet:
            return
        width, height = self.size
        scale = min(self.width / width, self.height / height, 1.0)
        width, height = width * scale, height * scale
        left, bottom = (self.width - width) / 2, self.height - height  # centred, at the top
        canvas = self.canv
        x, y = canvas.absolutePosition(left, bottom)
        tags: Tags | None = getattr(canvas, "tags", None)
        built = canvas.getPageNumber()
        mcid = None if tags is None else tags.reserve(self.tag, built)
        self.pages.placed.append(Placed(built, (x, y, width, height), self.file, self.page, mcid))
        if tags is not None:
            canvas.addLiteral(LAYOUT)
        canvas.setStrokeColor(HexColor(_EDGE))
        canvas.setLineWidth(0.5)
        canvas.rect(left, bottom, width, height)
        if tags is not None:
            canvas.addLiteral(END)


class _Picture(Flowable):  # type: ignore[misc]
    """An image annex, as large as the page allows and no larger than it prints itself."""

    quiet = False

    def __init__(self, data: bytes, room: float, tag: Element) -> None:
        super().__init__()
        self.data = data
        self.room = room
        self.tag = tag
        self.natural = printed_size(data)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self.natural
        scale = min(available_width / width, min(available_height, self.room) / height, 1.0)
        self.width = available_width
        self.drawn = (width * scale, height * scale)
        self.height = self.drawn[1]
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        if self.quiet:
            return
        width, height = self.drawn
        canvas = self.canv
        tags: Tags | None = getattr(canvas, "tags", None)
        if tags is not None:
            canvas.addLiteral(tags.begin(self.tag, canvas.getPageNumber()))
        canvas.drawImage(
            ImageReader(io.BytesIO(self.data)),
            (self.width - width) / 2,
            0,
            width,
            height,
            mask="auto",
        )
        if tags is not None:
            canvas.addLiteral(END)
