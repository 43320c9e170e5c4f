"""The PDF renderer: the document model laid out with ReportLab in a single pass.

ReportLab's own table of contents needs the whole layout done three times (multiBuild). Here
the document is laid out once: the contents pages are set after the body, when every
heading's page is known, and then moved in front of it; page furniture (marking, header,
footer with "page X of Y") is drawn into forms that are filled in once the page count is
known. A dry run of the contents lines alone tells beforehand how many pages they take.
"""

from __future__ import annotations

import functools
import io
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, TypeVar, assert_never

from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream, PDFZCompress
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Spacer
from reportlab.platypus.doctemplate import NextPageTemplate

from briefer.errors import ExportCancelled, RenderError
from briefer.i18n import _
from briefer.render import document as model
from briefer.render import fonts
from briefer.render.coverage import unprintable
from briefer.render.output import Cancelled, Options, Progress
from briefer.render.pdfannex import AnnexPages
from briefer.render.pdfarchive import VERSION, declare
from briefer.render.pdffigure import FigureBlock
from briefer.render.pdfstream import streaming
from briefer.render.pdftags import END, PAGINATION, Element, Tags
from briefer.render.pdftext import AnchorBlock, HeadingBlock, Look, TextBlock, TocLine
from briefer.render.properties import shorten, within_pdf_limits
from briefer.render.roles import (
    LIST_STYLES,
    PARAGRAPH_STYLES,
    contents_style,
    heading_style,
    list_indent,
    list_mark,
)
from briefer.render.template import MARKING_EDGE, Style, Template, substitute

# Page streams stay binary (Flate only): ASCII85 makes files larger and slower to write.
rl_config.useA85 = 0

_Text = TypeVar("_Text", bound=TextBlock)
_HEADER_GAP = 14.0  # between the header text and the text frame
_LONGEST_LISTED = 400  # characters of a heading the contents and bookmarks show
_SMALLEST_HEADING = 8.0  # points: a heading taller than a page is set no smaller


def page_numbers(document: model.Document, template: Template) -> PageEstimate:
    """Return the printed page of each heading (by anchor), the page count, and how each
    heading's line in the contents wraps, from a layout that draws nothing."""
    return _Layout(document, template, None, None).estimate()


@dataclass(frozen=True)
class PageEstimate:
    """Where a layout puts each heading (by anchor), how many pages it has, and the lines
    each heading's entry in the contents is broken into."""

    headings: dict[str, int]
    total: int
    contents_lines: dict[str, tuple[str, ...]]


def render_pdf(
    document: model.Document,
    template: Template,
    output: Path,
    progress: Progress | None,
    cancel: Cancelled | None,
    options: Options,
) -> tuple[str, ...]:
    """Write the document as a PDF to output; invariant makes the bytes repeatable. Return
    warnings about characters no embedded font can print."""
    document = within_pdf_limits(document)
    layout = _Layout(document, template, progress, cancel)
    # ReportLab leaves a file it opened itself unclosed when writing fails (a full disk)
    with open(output, "wb") as handle:
        layout.write(handle, options.invariant)
    merged = layout.annexes.merge(output, layout.pages.final)
    return unprintable(document, template) + merged


@dataclass
class _Pages:
    """What each page is (built in order: front, body, contents) and where headings (and
    figures, which the preview turns to as well) fell."""

    kinds: list[str] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    headings: dict[str, int] = field(default_factory=dict)
    contents: int = 0  # pages the contents take, from the dry run

    def add(self, kind: str) -> int:
        """Note a new page of a kind; return its number as built."""
        self.kinds.append(kind)
        self.counts[kind] += 1
        return len(self.kinds)

    def final(self, built: int) -> int:
        """Return the printed number of the page built as number built (1-based)."""
        front = self.counts["front"]
        if built <= front:
            return built
        body = self.counts["body"]
        if built <= front + body:
            return built + self.contents
        return built - body


class _Layout:
    """Lays out one document; not reusable."""

    def __init__(
        self,
        document: model.Document,
        template: Template,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        self.document = document
        self.template = template
        self.progress = progress
        self.cancelled = cancelled
        self.looks = {role: self._look(style) for role, style in template.styles.items()}
        self.pages = _Pages()
        self.contents_lines: list[TocLine] = []  # the contents' entries, as they wrap
        width, height = template.page_size
        top, right, bottom, left = template.margins
        self.frame_box = (left, bottom, width - left - right, height - top - bottom)
        self.annexes = AnnexPages(self.frame_box[3])
        self.tags = Tags(document.info.language)
        self._sources: Element | None = None  # the list the sources so far are items of
        self._heading_level = 1  # of the heading before in the structure (the title's)

    def _look(self, style: Style) -> Look:
        family = (
            self.template.heading_font if style.family == "headings" else self.template.body_font
        )
        return Look(
            regular=fonts.face(family, style.bold, style.italic),
            bold=fonts.face(family, True, style.italic),
            italic=fonts.face(family, style.bold, True),
            bold_italic=fonts.face(family, True, True),
            size=style.size,
            leading=style.leading,
            color=style.color,
            align=style.align,
            indent_left=style.indent_left,
            indent_right=style.indent_right,
            space_before=style.space_before,
            space_after=style.space_after,
            rule=self.template.accent if style.rule else "",
            link_color=self.template.accent,
        )

    # -- flowables -------------------------------------------------------------------------

    def estimate(self) -> PageEstimate:
        """Lay the document out without drawing it; return where headings fall."""
        self.write(io.BytesIO(), invariant=True, quiet=True)
        headings = {anchor: self.pages.final(b) for anchor, b in self.pages.headings.items()}
        lines = {line.anchor: line.wrapped for line in self.contents_lines}
        return PageEstimate(headings, len(self.pages.kinds), lines)

    def write(self, target: BinaryIO, invariant: bool, quiet: bool = False) -> None:
        blocks = self.document.blocks
        toc = next((b for b in blocks if isinstance(b, model.TableOfContents)), None)
        split = blocks.index(toc) if toc is not None else 0
        front = self._front(blocks[:split])
        body_blocks = [b for b in blocks[split:] if not isinstance(b, model.TableOfContents)]
        contents = self.contents(toc) if toc is not None else []
        self.pages.contents = self._count_pages(contents) if contents else 0
        story = [*front, *self._body(body_blocks)]
        if quiet:
            for flowable in story:
                flowable.quiet = True
        if not story:  # nothing to print: still a page, with its marking and header
            story.append(Spacer(1, 1))
        if contents:
            story += [NextPageTemplate("contents"), PageBreak(), *contents]
        first = "front" if front else "body"
        del front, contents  # the story holds them, and lets each go once it is drawn
        total = len(body_blocks)
        document = self.document
        doc = _Doc(
            target,
            self,
            first,
            pagesize=self.template.page_size,
            title=document.info.title,
            author=document.info.author,
            subject=document.info.subject,
            keywords=", ".join(document.info.keywords),
            creator="briefer",
            lang=document.info.language,
            invariant=int(invariant),
            pageCompression=1,
            initialFontName=fonts.ensure(self.looks["body"].regular),
        )
        doc._doSave = 0
        try:
            doc.build(story, canvasmaker=functools.partial(_TaggedCanvas, self.tags))
            if not quiet:
                self._finish(doc.canv)
                with streaming(target):
                    doc.canv.save()
        except (ExportCancelled, RenderError, OSError):
            raise
        except Exception as error:  # ReportLab raises LayoutError, ValueError, …
            raise RenderError(
                _("The PDF could not be laid out: {error}").format(error=error)
            ) from error
        if self.progress:
            self.progress(total, total)

    def _front(self, blocks: Sequence[model.Block]) -> list[Flowable]:
        """Return the front matter (before the contents), ending with a switch to the body's
        pages, or nothing if there is none."""
        front = [f for block in blocks for f in self.flowables(block)]
        while front and isinstance(front[-1], PageBreak):
            front.pop()
        return [*front, NextPageTemplate("body"), PageBreak()] if front else []

    def _body(self, blocks: Sequence[model.Block]) -> list[Flowable]:
        story: list[Flowable] = []
        for index, block in enumerate(blocks):
            story += self.flowables(block)
            if self.progress and index % 50 == 0:
                self.progress(index, len(blocks))
        return story

    def flowables(self, block: model.Block) -> list[Flowable]:
        if self.cancelled and self.cancelled():
            raise ExportCancelled(_("Export cancelled"))
        return self._flowables(block)

    def _flowables(self, block: model.Block) -> list[Flowable]:  # noqa: C901 (a case per kind of block)
        root = self.tags.root
        if not isinstance(block, model.SourceNote):
            self._sources = None
        match block:
            case model.Heading():
                # a level of its own in the structure, never one deeper than the heading
                # before allows (a digest's speaker right under its day is an H2)
                self._heading_level = min(block.level, self._heading_level + 1, 6)
                return [_tagged(self.heading(block), root.add(f"H{self._heading_level}"))]
            case model.Paragraph():
                look = self.looks[PARAGRAPH_STYLES[block.role]]
                text = TextBlock(block.runs, look, keep_with_next=block.role == "lead-in")
                return [_tagged(text, root.add("P"))]
            case model.MetaLine():
                text = TextBlock(block.runs(), self.looks["meta"], keep_with_next=True)
                return [_tagged(text, root.add("P"))]
            case model.Quote():
                return self.quote(block)
            case model.BulletList():
                return self.bullets(block)
            case model.SourceNote():
                return [self.source(block)]
            case model.Figure():
                return self.figure(block)
            case model.PageBreak():
                return [PageBreak()]
            case model.Cover():
                return self.cover(block)
            case model.TableOfContents():
                return []  # laid out by contents(), once the body's pages are known
            case model.AnnexFile():
                return self.annexes.flowables(block, self._caption, root)
            case _:
                assert_never(block)

    def heading(self, block: model.Heading) -> HeadingBlock:
        heading = HeadingBlock(
            (model.Run(block.label),),
            self.looks[heading_style(block.level)],
            block.anchor,
            block.label,
            min(block.level - 1, 1),
            self._heading_drawn,
        )
        return self._on_one_page(heading)

    def source(self, block: model.SourceNote) -> AnchorBlock:
        """Return a numbered source as an item of the sources list: its number the label,
        the rest a note that quotes refer to."""
        if self._sources is None:
            self._sources = self.tags.root.add("L", attributes="<</O /List /ListNumbering /None>>")
        item = self._sources.add("LI")
        runs = [model.Run(f"[{block.number}]\u2002", "bold"), *block.runs]
        text = AnchorBlock(runs, self.looks["source"], block.anchor)
        text.label = item.add("Lbl")
        return _tagged(text, item.add("LBody").add("Note", ident=block.anchor))

    def figure(self, block: model.Figure) -> list[Flowable]:
        caption = TextBlock(block.caption, self.looks["caption"]) if block.caption else None
        space = self.looks["caption"].space_after  # as much white above a figure as below
        figure = FigureBlock(block, caption, self.frame_box[3], space, self._heading_drawn)
        figure.tag = self.tags.root.add("Figure", alt=block.alt)
        if caption is not None:
            caption.tag = self.tags.root.add("Caption")
        return [figure]

    def _caption(self, text: str, key: str) -> HeadingBlock:
        """Return the heading repeated atop each page of a PDF annex after its first (key
        names its place): set as the annex's heading, so that every page keeps the same
        room for the annex, but kept out of the contents and the outline."""
        caption = HeadingBlock(
            (model.Run(text),), self.looks[heading_style(1)], key, "", 0, lambda *_: None
        )
        return self._on_one_page(caption)

    def bullets(self, block: model.BulletList) -> list[Flowable]:
        style = self.template.styles[LIST_STYLES[block.role]]
        look = self.looks[LIST_STYLES[block.role]]
        parts: list[Flowable] = []
        lists = [self.tags.root.add("L", attributes=_numbering(block.items[:1]))]
        last: Element | None = None  # the body of the item before
        for item in block.items:
            while item.level > len(lists) - 1 and last is not None:  # a sub-point
                lists.append(last.add("L", attributes=_numbering((item,))))
            del lists[item.level + 1 :]
            entry = lists[-1].add("LI")
            text = TextBlock(
                item.runs,
                replace(
                    look,
                    bullet=list_mark(block.role, item),
                    rule=self.template.accent,
                    indent_left=list_indent(style, item.level),
                ),
            )
            text.label = entry.add("Lbl")
            last = entry.add("LBody")
            parts.append(_tagged(text, last))
        return parts

    def quote(self, block: model.Quote) -> list[Flowable]:
        looks = self.looks
        quote = self.tags.root.add("BlockQuote")
        if block.language and block.language != self.document.info.language:
            quote.lang = block.language
        parts: list[Flowable] = []
        last = len(block.paragraphs) - 1
        for index, text in enumerate(block.paragraphs):
            parts.append(
                _tagged(
                    TextBlock(
                        (
                            model.Run(
                                text,
                                "italic" if looks["quote"].regular == looks["quote"].italic else "",
                            ),
                        ),
                        looks["quote"],
                        keep_with_next=index == last,
                    ),
                    quote.add("P"),
                )
            )
        attribution: list[model.Run] = [model.Run(f"— {block.attribution}")]
        if block.source is not None:
            attribution += [
                model.Run(" "),
                model.Run(f"[{block.source}]", link=f"#source-{block.source}"),
            ]
        # the attribution is in the briefing's language, whatever the words quoted are in
        said = quote.add("P", lang=self.document.info.language if quote.lang else "")
        parts.append(_tagged(TextBlock(attribution, looks["attribution"]), said))
        return parts

    def cover(self, block: model.Cover) -> list[Flowable]:
        looks = self.looks
        root = self.tags.root
        title = self._on_one_page(
            HeadingBlock((model.Run(block.title),), looks["title"], "cover", "", 0, lambda *_: None)
        )
        title.keepWithNext = False
        parts: list[Flowable] = [_tagged(title, root.add("H1"))]
        if block.page:  # a cover page sets the title a little way down
            parts.insert(0, Spacer(1, self.frame_box[3] * 0.18))
        if block.subtitle:
            subtitle = TextBlock((model.Run(block.subtitle),), looks["subtitle"])
            parts.append(_tagged(subtitle, root.add("P")))
        if block.page:
            for name, value in block.fields:
                label = TextBlock(
                    (model.Run(name.upper()),), looks["cover_label"], keep_with_next=True
                )
                parts.append(_tagged(label, root.add("P")))
                value_text = TextBlock((model.Run(value),), looks["cover_value"])
                parts.append(_tagged(value_text, root.add("P")))
        elif block.fields:
            fields = TextBlock(model.MetaLine(block.fields).runs(), looks["meta"])
            parts.append(_tagged(fields, root.add("P")))
        if block.version:
            version = TextBlock((model.Run(block.version),), looks["version"])
            parts.append(_tagged(version, root.add("P")))
        return parts

    def contents(self, toc: model.TableOfContents) -> list[Flowable]:
        looks = self.looks
        element = self.tags.root.add("TOC")
        title = HeadingBlock(
            (model.Run(toc.title),), looks["toc_title"], "toc", toc.title, 0, lambda *_: None
        )
        lines: list[Flowable] = [_tagged(title, element.add("Caption"))]
        for heading in self.document.headings(toc.depth):
            look = looks[contents_style(heading.level)]
            label = shorten(heading.label, _LONGEST_LISTED)
            line = TocLine((model.Run(label),), look, heading.anchor, self._page_of)
            self.contents_lines.append(line)
            link = element.add("TOCI").add("Link", target=f"#{heading.anchor}")
            lines.append(_tagged(line, link))
        return lines

    def _count_pages(self, flowables: list[Flowable]) -> int:
        """Return how many pages the flowables fill, by laying them out on a scratch canvas."""
        scratch = Canvas(
            io.BytesIO(),
            pagesize=self.template.page_size,
            initialFontName=fonts.ensure(self.looks["body"].regular),
        )
        pages = 1
        frame = Frame(*self.frame_box, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        for flowable in flowables:
            if frame.add(flowable, scratch, trySplit=0):
                continue
            pages += 1
            frame = Frame(
                *self.frame_box, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
            )
            if not frame.add(flowable, scratch, trySplit=0):
                raise RenderError(
                    _(
                        "The contents could not be laid out: the heading {heading} "
                        "is too long to fit on one page. Shorten it."
                    ).format(heading=flowable.identity())
                )
        return pages

    def _on_one_page(self, heading: HeadingBlock) -> HeadingBlock:
        """Return the heading, set smaller if it is taller than a page: a heading is never
        split, and ReportLab would move it on from page to page. Past the smallest size its
        words are cut off with an ellipsis: no length of text may stop an export."""
        heading.outline = shorten(heading.outline, _LONGEST_LISTED)  # a bookmark is a line
        width, height = self.frame_box[2:]
        look = heading.look
        text = "".join(run.text for run in heading.runs)
        kept = len(text)
        while heading.wrap(width, height)[1] > height:
            runs = heading.runs
            if look.size > _SMALLEST_HEADING:
                scale = max(0.8, _SMALLEST_HEADING / look.size)
                look = replace(look, size=look.size * scale, leading=look.leading * scale)
            else:
                kept = kept * 4 // 5
                cut = text.rfind(" ", 0, kept + 1)
                runs = (model.Run(text[: cut if cut > 0 else kept].rstrip() + "…"),)
            heading = HeadingBlock(
                runs, look, heading.anchor, heading.outline, heading.outline_level, heading.on_draw
            )
        return heading

    def _heading_drawn(self, anchor: str, built_page: int) -> None:
        self.pages.headings[anchor] = built_page

    def _page_of(self, anchor: str) -> int | None:
        built = self.pages.headings.get(anchor)
        return None if built is None else self.pages.final(built)

    # -- page furniture --------------------------------------------------------------------

    def on_page(self, kind: str) -> Callable[[Canvas, BaseDocTemplate], None]:
        def mark(canvas: Canvas, doc: BaseDocTemplate) -> None:
            canvas.addLiteral(PAGINATION)
            canvas.doForm(f"page-furniture-{self.pages.add(kind)}")
            canvas.addLiteral(END)

        return mark

    def _finish(self, canvas: Canvas) -> None:
        """Fill in every page's furniture and move the contents pages in front of the body."""
        total = len(self.pages.kinds)
        for built, kind in enumerate(self.pages.kinds, start=1):
            canvas.beginForm(f"page-furniture-{built}")
            self._furniture(canvas, kind, self.pages.final(built), total)
            canvas.endForm()
        pages = canvas._doc.Pages.pages
        declare(canvas._doc, self.document.info, self.tags.write(list(pages)))
        front = self.pages.counts["front"]
        body = self.pages.counts["body"]
        pages[:] = pages[:front] + pages[front + body :] + pages[front : front + body]

    def _furniture(self, canvas: Canvas, kind: str, page: int, total: int) -> None:
        info = self.document.info
        width, height = self.template.page_size
        top, right, bottom, left = self.template.margins
        marking = info.marking
        values = {
            "title": info.title,
            "classification": marking.label if marking else "",
            "page": str(page),
            "pages": str(total),
            "date": info.date_text,
            "reference": info.reference,
            "occasion": info.subtitle,
            "version": info.version,
            "page_of_pages": substitute(
                info.page_label.replace("{page}", str(page)).replace("{pages}", str(total)), {}
            ),
        }
        if marking is not None:
            look = self.looks["marking"]
            face = pdfmetrics.getFont(fonts.ensure(look.regular)).face
            canvas.setFillColor(HexColor(marking.color))
            # the font's whole height (ascent to descent) lies MARKING_EDGE inside the paper
            upper = height - MARKING_EDGE - face.ascent * look.size / 1000
            _draw(canvas, width / 2, upper, marking.printed, look, 0.5)
            if marking.bottom:
                lower = MARKING_EDGE - face.descent * look.size / 1000
                _draw(canvas, width / 2, lower, marking.printed, look, 0.5)
        if kind == "front":
            return
        for role, texts, baseline in (
            ("header", self.template.header, height - top + _HEADER_GAP),
            ("footer", self.template.footer, bottom - _HEADER_GAP - 6),
        ):
            look = self.looks[role]
            canvas.setFillColor(HexColor(look.color))
            slots = _arrange(
                [substitute(text, values) for text in texts], look, width - left - right
            )
            _draw(canvas, left, baseline, slots[0], look, 0.0)
            _draw(canvas, width / 2, baseline, slots[1], look, 0.5)
            _draw(canvas, width - right, baseline, slots[2], look, 1.0)
        canvas.setStrokeColor(HexColor(self.template.accent))
        canvas.setLineWidth(0.5)
        canvas.line(
            left, height - top + _HEADER_GAP - 4, width - right, height - top + _HEADER_GAP - 4
        )


def _tagged(flowable: _Text, element: Element) -> _Text:
    """Return a block of text as the content of a structure element."""
    flowable.tag = element
    return flowable


def _numbering(items: Sequence[model.ListItem]) -> str:
    """Return the attributes of a list: numbered by its first item, or bulleted."""
    numbered = bool(items) and items[0].number > 0
    return f"<</O /List /ListNumbering /{'Decimal' if numbered else 'Disc'}>>"


class _TaggedCanvas(Canvas):  # type: ignore[misc]
    """A canvas for a PDF 1.7 that notes the structure of what is drawn on it, and
    compresses each page as soon as it is done (ReportLab keeps every page's text until
    the file is written: megabytes for a long briefing)."""

    def __init__(self, tags: Tags, *args: object, **options: object) -> None:
        super().__init__(*args, pdfVersion=VERSION, **options)
        self.tags = tags

    def showPage(self) -> None:
        super().showPage()
        page = self._doc.Pages.pages[-1]
        packed = PDFZCompress.encode(page.stream)
        page.Contents = PDFStream(PDFDictionary({"Filter": PDFName("FlateDecode")}), packed)
        page.stream = None


def _draw(canvas: Canvas, x: float, y: float, text: str, look: Look, anchor: float) -> None:
    """Draw a line of text in the look's regular font and its fallbacks, anchored at x by
    its start (0), centre (0.5) or end (1)."""
    if not text:
        return
    pieces = list(fonts.split_by_coverage(text, look.regular))
    widths = [fonts.width(piece, font, look.size) for piece, font in pieces]
    x -= anchor * sum(widths)
    for (piece, font), width in zip(pieces, widths, strict=True):
        canvas.setFont(fonts.ensure(font), look.size)
        canvas.drawString(x, y, piece)
        x += width


def _line_width(text: str, look: Look) -> float:
    if fonts.covers(text, look.regular):
        return fonts.width(text, look.regular, look.size)
    return sum(
        fonts.width(piece, font, look.size)
        for piece, font in fonts.split_by_coverage(text, look.regular)
    )


def _arrange(texts: list[str], look: Look, room: float) -> list[str]:
    """Return left, centre and right texts shortened so that they cannot overlap: with no
    centre text the sides share the whole width, else each gets a third."""
    gap = 2 * look.size
    if texts[1]:
        return [_fit(text, look, room / 3 - gap) for text in texts]
    right = _fit(texts[2], look, room / 2 - gap)
    left = _fit(texts[0], look, room - _line_width(right, look) - gap)
    return [left, "", right]


@functools.lru_cache(maxsize=64)  # the same title and date on every page
def _fit(text: str, look: Look, room: float) -> str:
    """Return text shortened with an ellipsis to fit room points."""
    if _line_width(text, look) <= room:
        return text
    text = text[: int(room / (0.2 * look.size))]  # no character is narrower than a fifth em
    while text and _line_width(text + "…", look) > room:
        text = text[:-1]
    return text.rstrip() + "…"


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    """Page templates for the front matter, the body and the contents."""

    def __init__(self, filename: BinaryIO, layout: _Layout, first: str, **options: object) -> None:
        super().__init__(filename, **options)
        frame = layout.frame_box
        templates = []
        for kind in (first, *(k for k in ("front", "body", "contents") if k != first)):
            templates.append(
                PageTemplate(
                    id=kind,
                    onPage=layout.on_page(kind),
                    frames=[
                        Frame(
                            *frame,
                            id=kind,
                            leftPadding=0,
                            rightPadding=0,
                            topPadding=0,
                            bottomPadding=0,
                        )
                    ],
                )
            )
        self.addPageTemplates(templates)
