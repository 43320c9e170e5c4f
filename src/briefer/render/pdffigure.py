"""A figure in the PDF: the picture and its caption beneath, never parted by a page break.

In a tagged PDF the picture is the content of a Figure element that carries the alt text;
the caption's element is its own.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from briefer.errors import RenderError
from briefer.i18n import _
from briefer.render.document import Figure, runs_text
from briefer.render.figures import figure_size
from briefer.render.pdftags import END, Element, Tags
from briefer.render.pdftext import TextBlock

_SAFETY = 1.0  # points a figure keeps below a whole frame's height, against rounding
# Where a figure does not fit the rest of the page, it is set smaller to fit if it keeps at
# least this much of its size, else it moves to the next page: a heading above it, which
# keeps with it, must not be left alone at a page's foot or take a page of its own.
_LEAST_SCALE = 0.8


class FigureBlock(Flowable):  # type: ignore[misc]
    """A picture scaled to the frame, its caption beneath: scaled down when it is taller
    than a whole page's frame, a little more to fit the rest of a page, else moved to the
    next page whole. A quiet block is laid out but not drawn (to learn where things
    fall)."""

    quiet = False
    tag: Element | None = None

    def __init__(
        self,
        figure: Figure,
        caption: TextBlock | None,
        frame_height: float,
        space_before: float,
        on_draw: Callable[[str, int], None],
    ) -> None:
        super().__init__()
        self.figure = figure
        self.caption = caption
        self.frame_height = frame_height
        self.on_draw = on_draw
        self.spaceBefore = space_before
        self.spaceAfter = caption.look.space_after if caption else space_before
        self.picture_size = (0.0, 0.0)

    def identity(self, maxLen: int | None = None) -> str:
        """How ReportLab's layout errors name the block: the figure's caption or alt text."""
        text = runs_text(self.figure.caption) or self.figure.alt
        return _("the image “{text}”").format(text=text[:50])

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        below = 0.0
        if self.caption is not None:
            below = self.caption.look.space_before
            below += self.caption.wrap(available_width, self.frame_height)[1]
        pixels = self.figure.width, self.figure.height
        size = figure_size(*pixels, available_width, self.frame_height - below - _SAFETY)
        if size[1] + below > available_height:
            fitted = figure_size(*pixels, available_width, available_height - below)
            if fitted[1] >= _LEAST_SCALE * size[1]:
                size = fitted
        self.picture_size = size
        self.width = available_width
        self.height = self.picture_size[1] + below
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []  # the picture and its caption move to the next page together

    def draw(self) -> None:
        canvas: Canvas = self.canv
        self.on_draw(self.figure.anchor, canvas.getPageNumber())
        if self.quiet:
            return
        width, height = self.picture_size
        canvas.bookmarkHorizontal(self.figure.anchor, 0, self.height)
        tags: Tags | None = getattr(canvas, "tags", None)
        if tags is not None and self.tag is not None:
            canvas.addLiteral(tags.begin(self.tag, canvas.getPageNumber()))
        canvas.drawImage(self._reader(), 0, self.height - height, width, height, mask="auto")
        if tags is not None and self.tag is not None:
            canvas.addLiteral(END)
        if self.caption is not None:
            self.caption.drawOn(canvas, 0, 0)

    def _reader(self) -> ImageReader:
        try:
            reader = ImageReader(io.BytesIO(self.figure.data))
            reader.getRGBData()  # decoded here, so that a damaged picture fails here
        except Exception as error:  # Pillow raises OSError, SyntaxError, ValueError, …
            raise RenderError(
                _(
                    "{image} cannot be drawn: its data is damaged ({error}). "
                    "Insert the image again."
                ).format(image=self.identity(), error=error)
            ) from error
        return reader
