"""Annex files in the PDF: an image drawn as large as its page allows, and a PDF's pages set
into the briefing's own pages.

ReportLab cannot draw another PDF's pages. The layout keeps a page for each one instead,
headed by the annex's caption and with the header, footer and marking every page has, so
that the contents and "page X of Y" count them; once the layout is written, pypdf scales
each annex page into the room kept for it.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.generic import ArrayObject, DictionaryObject, NameObject
from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, PageBreak

from briefer.annexfiles import printed_size
from briefer.errors import RenderError
from briefer.render.document import AnnexFile

_EDGE = "#9a9a9a"  # the hairline round an annex page, which is as white as the paper

Box = tuple[float, float, float, float]  # left, bottom, width, height in points


@dataclass(frozen=True)
class _Placed:
    """Where a page of a PDF annex goes: the page as built, and the box on it."""

    built: int
    box: Box
    file: int  # which of the layout's annex files
    page: int  # which of its pages (0-based)


class AnnexPages:
    """The annex files of one layout: flowables for them, then their pages merged in."""

    def __init__(self, room: float) -> None:
        self.room = room  # the height of the text frame: no annex is drawn taller
        self.files: list[tuple[str, PdfReader]] = []  # caption, the PDF
        self.placed: list[_Placed] = []

    def flowables(
        self, block: AnnexFile, caption: Callable[[str, str], Flowable]
    ) -> list[Flowable]:
        """Return what holds an annex file's place: a picture, or for a PDF a page kept for
        each of its pages, those after the first headed by caption(text, a key naming the
        page)."""
        if block.media_type != "application/pdf":
            return [_Picture(block.data, self.room)]
        try:
            reader = PdfReader(io.BytesIO(block.data), strict=False)
            sizes = [_size(page) for page in reader.pages]
        except Exception as error:  # checked when attached: only a changed pypdf gets here
            raise RenderError(f"{block.caption} could not be read as a PDF: {error}") from error
        file = len(self.files)
        self.files.append((block.caption, reader))
        parts: list[Flowable] = []
        for number, size in enumerate(sizes):
            if number:
                parts += [PageBreak(), caption(block.caption, f"annex{file}-{number + 1}")]
            parts.append(_PageRoom(self, file, number, size))
        return parts

    def merge(self, path: Path, final: Callable[[int], int]) -> None:
        """Set each annex page into the page kept for it in the PDF at path; final gives the
        printed number of a page as built."""
        if not self.placed:
            return
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(path.read_bytes())))
        for placed in self.placed:
            caption, reader = self.files[placed.file]
            try:
                page = reader.pages[placed.page]
                _keep_safe_annotations(page)
                writer.pages[final(placed.built) - 1].merge_transformed_page(
                    page, _fitting(page, placed.box), over=False
                )
            except Exception as error:  # pypdf raises many kinds on a damaged page
                raise RenderError(
                    f"Page {placed.page + 1} of {caption} could not be added to the PDF "
                    f"({error}). Save the annex as a new PDF and attach it again"
                ) from error
        out = io.BytesIO()
        writer.write(out)
        path.write_bytes(out.getbuffer())


class _PageRoom(Flowable):  # type: ignore[misc]
    """The rest of a page, kept for a page of a PDF annex: a hairline shows where it goes,
    and the layout notes the place."""

    quiet = False  # a quiet room is laid out but not drawn (to learn where headings fall)

    def __init__(self, pages: AnnexPages, file: int, page: int, size: tuple[float, float]) -> None:
        super().__init__()
        self.pages = pages
        self.file = file
        self.page = page
        self.size = size

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
        self.pages.placed.append(
            _Placed(canvas.getPageNumber(), (x, y, width, height), self.file, self.page)
        )
        canvas.setStrokeColor(HexColor(_EDGE))
        canvas.setLineWidth(0.5)
        canvas.rect(left, bottom, width, height)


class _Picture(Flowable):  # type: ignore[misc]
    """An image annex, as large as the page allows and no larger than it prints itself."""

    quiet = False

    def __init__(self, data: bytes, room: float) -> None:
        super().__init__()
        self.data = data
        self.room = room
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
        self.canv.drawImage(
            ImageReader(io.BytesIO(self.data)),
            (self.width - width) / 2,
            0,
            width,
            height,
            mask="auto",
        )


def _rotation(page: PageObject) -> int:
    """Return how far a page is turned to be shown (0, 90, 180 or 270 degrees clockwise)."""
    turn = int(page.rotation) % 360
    return turn if turn % 90 == 0 else 0


def _size(page: PageObject) -> tuple[float, float]:
    """Return the width and height of a page as it is shown: its crop box, turned."""
    box = page.cropbox
    width, height = float(box.width), float(box.height)
    return (height, width) if _rotation(page) % 180 else (width, height)


def _fitting(page: PageObject, box: Box) -> Transformation:
    """Return the transformation that sets a page, turned as it is shown, into box."""
    crop = page.cropbox
    left, bottom, width, height = box
    scale = width / _size(page)[0]
    return (
        Transformation()
        .translate(-float(crop.left + crop.width / 2), -float(crop.bottom + crop.height / 2))
        .rotate(-_rotation(page))
        .scale(scale, scale)
        .translate(left + width / 2, bottom + height / 2)
    )


def _keep_safe_annotations(page: PageObject) -> None:
    """Leave on a page only the annotations that stand on their own: links to web addresses
    and what only shows something (form fields, stamps, highlights). A link within the
    annex's own file would drag that whole file in after it; an action could run a script."""
    annotations = page.get("/Annots")
    if annotations is None:
        return
    kept = ArrayObject()
    for reference in annotations.get_object():
        annotation = reference.get_object()
        if not isinstance(annotation, DictionaryObject) or "/Dest" in annotation:
            continue
        action = annotation.get("/A")
        web = action is not None and action.get_object().get("/S") == "/URI"
        if (action is None or web) and "/AA" not in annotation:
            kept.append(reference)
    page[NameObject("/Annots")] = kept
