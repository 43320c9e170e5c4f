"""A fast text flowable for ReportLab: our own line breaking over pre-measured words.

ReportLab's Paragraph parses markup and measures every word each time it wraps; a briefing of
a thousand entries spends most of its time there. TextBlock takes runs from the document model
(never markup, so nothing needs escaping), measures each word once per font and size, breaks
lines greedily and draws them with one text object per block.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfdoc import PDFDocument, PDFObject, PDFString
from reportlab.pdfbase.pdfdoc import format as pdf_format
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from briefer.render import fonts
from briefer.render.document import Run
from briefer.render.pdftags import END, LAYOUT, PAGINATION, Element, Marks, Tags, spoken

# Lines break at white space, but not at a no-break space ("AP-341 VS-NfD" stays together).
_SPACE = r"[^\S\u00a0\u202f]"
_TOKEN = re.compile(
    rf"{fonts.CJK.pattern}{_SPACE}*"
    rf"|(?:[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[\u00a0\u202f])+{_SPACE}*"
    rf"|{_SPACE}+"
)
_TRAILING = re.compile(rf"{_SPACE}+$")
_TINY = 1e-6


@dataclass(frozen=True)
class Look:
    """A style resolved to fonts and points, ready to draw."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    size: float
    leading: float
    color: str
    align: str = "left"
    indent_left: float = 0.0
    indent_right: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    rule: str = ""  # colour of a rule: beside a quote, under a heading; "" for none
    bullet: str = ""
    first_indent: float = 0.0  # negative for a hanging first line
    link_color: str = ""  # of words linked to a web address, underlined; "" as the text

    def font(self, emphasis: str) -> str:
        if emphasis == "bold italic":
            return self.bold_italic
        if emphasis == "bold":
            return self.bold
        if emphasis == "italic":
            return self.italic
        return self.regular


# A piece is (text, font, link, width): text in one font; a token is (pieces, width, space): a
# word and the space after it, the unit lines break between. Plain tuples: a long briefing
# has hundreds of thousands of them.
Piece = tuple[str, str, str, float]
Token = tuple[tuple[Piece, ...], float, float]
_Link = tuple[str, float, float, float, Element | None]  # target, x, baseline, width, element
_Face = tuple[str, bool]  # a font, and whether it prints a web link


def tokenize(runs: Sequence[Run], look: Look) -> list[Token]:
    """Split runs into tokens, each piece in a font that has its glyphs."""
    tokens: list[Token] = []
    glued = False
    size = look.size
    for run in runs:
        font = look.font(run.emphasis)
        link = run.link
        measure = fonts.measurer(font, size)
        space = measure(" ")
        chosen = None if fonts.covers(run.text, font) else fonts.assign(run.text, font)
        for match in _TOKEN.finditer(run.text):
            text = match.group(0)
            word = _TRAILING.sub("", text)
            if not word:  # space that starts a run is the space after the last word
                if tokens:
                    tokens[-1] = (tokens[-1][0], tokens[-1][1], tokens[-1][2] or space)
                glued = False
                continue
            trailing = len(word) < len(text)
            if chosen is None:
                pieces: tuple[Piece, ...] = ((word, font, link, measure(word)),)
            else:
                start = match.start()
                pieces = tuple(
                    (part, face, link, fonts.width(part, face, size))
                    for part, face in fonts.group(word, chosen[start : start + len(word)])
                )
            token: Token = (pieces, sum(p[3] for p in pieces), space if trailing else 0.0)
            if glued and tokens:
                previous = tokens.pop()  # "Maas" + ", Foreign Minister": one word across runs
                token = (previous[0] + pieces, previous[1] + token[1], token[2])
            tokens.append(token)
            glued = not trailing
    return tokens


def _line_texts(text: str, lines: list[tuple[Token, ...]]) -> tuple[str, ...]:
    """Return text cut where its words were broken into lines, each line as written (its
    spaces, en spaces and all)."""
    starts, position = [], 0
    for line in lines:
        for number, (pieces, _, _) in enumerate(line):
            word = "".join(p[0] for p in pieces)
            found = text.find(word, position)
            if found < 0:
                return (text,)  # not the text the words came from: one line, unbroken
            if number == 0:
                starts.append(found)
            position = found + len(word)
    if not starts:
        return (text,)
    ends = [*starts[1:], len(text)]
    return tuple(text[start:end].rstrip() for start, end in zip(starts, ends, strict=True))


def break_lines(tokens: list[Token], width: float, first: float = 0.0) -> list[tuple[Token, ...]]:
    """Return tokens broken greedily into lines no wider than width (the first one narrower
    by first, for a hanging indent)."""
    lines: list[tuple[Token, ...]] = []
    line: list[Token] = []
    used = 0.0
    room = width - first
    for token in tokens:
        if not token[1] and not line:
            continue
        if line and used + token[1] > room + _TINY:
            lines.append(tuple(line))
            line, used, room = [], 0.0, width
            if not token[1]:
                continue
        if token[1] > room and not line:
            for part in _split_long(token, room, width):
                lines.append((part,))
            room = width
            continue
        line.append(token)
        used += token[1] + token[2]
    if line:
        lines.append(tuple(line))
    return lines


def _split_long(token: Token, room: float, width: float) -> list[Token]:
    """Break a word wider than the line (a long URL) into parts: the first fills room, the
    others width. A part ends after a "/" or before a "?" or "&" where one fits, else after
    a hyphen, else between any two characters."""
    chars = [
        (char, font, link, size)
        for text, font, link, piece_width in token[0]
        for char, size in zip(text, _char_widths(text, font, piece_width), strict=True)
    ]
    parts: list[Token] = []
    start = 0
    while start < len(chars):
        end, used = start, 0.0
        while end < len(chars) and (end == start or used + chars[end][3] <= room):
            used += chars[end][3]
            end += 1
        if end < len(chars):
            end = _break_before(chars, start, end)
        part = chars[start:end]
        space = token[2] if end == len(chars) else 0.0
        parts.append((_pieces(part), sum(c[3] for c in part), space))
        start, room = end, width
    return parts


def _break_before(chars: list[tuple[str, str, str, float]], start: int, end: int) -> int:
    """Return where the part from start should end, at or before end: after the last "/"
    or before the last "?" or "&" in it, else after its last hyphen, else at end."""
    for index in range(end, start, -1):
        if chars[index - 1][0] == "/" or (index < len(chars) and chars[index][0] in "?&"):
            return index
    for index in range(end, start, -1):
        if chars[index - 1][0] == "-":
            return index
    return end


def _pieces(chars: list[tuple[str, str, str, float]]) -> tuple[Piece, ...]:
    """Return characters joined into pieces of one font and link each."""
    pieces: list[Piece] = []
    for char, font, link, size in chars:
        if pieces and pieces[-1][1] == font and pieces[-1][2] == link:
            text, _, _, used = pieces[-1]
            pieces[-1] = (text + char, font, link, used + size)
        else:
            pieces.append((char, font, link, size))
    return tuple(pieces)


def _char_widths(text: str, font: str, text_width: float) -> list[float]:
    """Return the width of each character of text, which is text_width wide in font."""
    measure = fonts.measurer(font, 1.0)
    natural = [measure(char) for char in text]
    scale = text_width / sum(natural) if sum(natural) else 0.0
    return [advance * scale for advance in natural]


class TextBlock(Flowable):  # type: ignore[misc]
    """A paragraph of runs in one look, split across frames by whole lines.

    Words are measured when the block is first wrapped and let go once it is drawn, so a
    long document holds measured words only for the page being laid out. A quiet block is
    laid out but not drawn (to learn where headings fall).

    In a tagged PDF, tag is the structure element its text belongs to (links in it become
    Link elements under it) and label the one of its bullet or, without a bullet, of its
    first word ("[3]" of a source); a block without a tag only repeats what is said
    elsewhere and is drawn as an artifact.
    """

    quiet = False
    tag: Element | None = None
    label: Element | None = None

    def __init__(self, runs: Sequence[Run], look: Look, keep_with_next: bool = False) -> None:
        super().__init__()
        self.look = look
        self.runs = runs
        self.keepWithNext = keep_with_next
        self.spaceBefore = look.space_before
        self.spaceAfter = look.space_after
        self._lines: list[tuple[Token, ...]] = []
        self._tokens: list[Token] | None = None
        self._wrapped_for = -1.0
        self._continued = False

    def identity(self, maxLen: int | None = None) -> str:
        """How ReportLab's layout errors name the block: its first words, quoted."""
        text = " ".join("".join(run.text for run in self.runs).split())
        return f"“{text[:50]}…”" if len(text) > 50 else f"“{text}”"

    def text_width(self, available: float) -> float:
        return available - self.look.indent_left - self.look.indent_right

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if available_width != self._wrapped_for:
            if self._tokens is None:
                self._tokens = tokenize(self.runs, self.look)
            first = 0.0 if self._continued else self.look.first_indent
            self._lines = break_lines(self._tokens, self.text_width(available_width), first)
            self._wrapped_for = available_width
        self.width = available_width
        self.height = max(len(self._lines), 1) * self.look.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        total = len(self._lines)
        fits = int((available_height + _TINY) // self.look.leading)
        if total < 4 or fits < 2:
            return []
        fits = min(fits, total - 2)  # no widow: at least two lines go on
        return [
            self._part(self._lines[:fits], first=True),
            self._part(self._lines[fits:], first=False),
        ]

    def _part(self, lines: list[tuple[Token, ...]], first: bool) -> TextBlock:
        part = self.__class__.__new__(self.__class__)
        part.__dict__.update(self.__dict__)
        # ReportLab marks a block it moved to the next page, and fails one marked twice: a
        # part of it has not been moved yet
        part.__dict__.pop("_postponed", None)
        part._lines = lines
        part._tokens = [token for line in lines for token in line]
        part._continued = self._continued or not first
        part.keepWithNext = self.keepWithNext and not first
        if first:
            part.spaceAfter = 0
        else:
            part.spaceBefore = 0
        return part

    def draw(self) -> None:
        if self.quiet:
            self._release()
            return
        canvas: Canvas = self.canv
        tags: Tags | None = getattr(canvas, "tags", None)
        if tags is not None and self.tag is None:
            canvas.addLiteral(PAGINATION)
            self._paint(canvas, None)
            canvas.addLiteral(END)
        else:
            self._paint(canvas, tags)
        self._release()

    def _paint(self, canvas: Canvas, tags: Tags | None) -> None:
        links: list[_Link] = []
        if self.look.bullet and not self._continued and self._lines:
            self._draw_bullet(canvas, tags)  # first: copied or read aloud, the mark comes first
        marks = None if tags is None else Marks(tags, canvas.getPageNumber(), [])
        canvas.drawText(self._text(canvas, links, marks))
        for target, x, baseline, width, element in _joined(links, self.look.size):
            size = self.look.size
            rect = (x, baseline - 0.25 * size, x + width, baseline + 0.85 * size)
            annotate(canvas, target, rect, self._link_text(target), tags, element)
            if self.look.link_color and _is_web(target):
                with artifact(canvas, tags):
                    canvas.setStrokeColor(HexColor(self.look.link_color))
                    canvas.setLineWidth(0.05 * self.look.size)
                    under = baseline - 0.12 * self.look.size
                    canvas.line(x, under, x + width, under)
        self.decorate(canvas, tags)
        self.finish(canvas, tags)

    def _link_text(self, target: str) -> str:
        """Return the words of the block that link to target, for the link's description."""
        return " ".join("".join(r.text for r in self.runs if r.link == target).split())

    def _baseline(self, number: int) -> float:
        """Return the baseline of line number (0-based), from the bottom of the block."""
        look = self.look
        return (
            self.height - number * look.leading - 0.5 * (look.leading - look.size) - 0.8 * look.size
        )

    def _text(self, canvas: Canvas, links: list[_Link], marks: Marks | None) -> PDFTextObject:
        """Return the lines as one text object, its words marked as content of their
        elements when marks are given; note where links go in links."""
        look = self.look
        text = canvas.beginText()
        if marks is not None:
            marks.code = text._code
            if not self._continued and not self.look.bullet:
                marks.label = self.label
        available = self.text_width(self.width)
        face: _Face = ("", False)
        text.setFillColor(HexColor(look.color))
        text.setLeading(look.leading)
        line_start = None
        for number, line in enumerate(self._lines):
            baseline = self._baseline(number)
            indent = look.first_indent if number == 0 and not self._continued else 0.0
            used = sum(t[1] + t[2] for t in line) - line[-1][2]
            x = look.indent_left + indent + _offset(look.align, available - indent - used)
            gap = 0.0
            if look.align == "justify" and number < len(self._lines) - 1 and len(line) > 1:
                gap = (available - indent - used) / (len(line) - 1)
            if x != line_start or gap:
                text.setTextOrigin(x, baseline)
            line_start = None if gap else x
            face = self._write_line(text, line, (x, baseline), gap, face, links, marks)
            if marks is not None:
                marks.label = None  # only the first word of the first line is a label
        if marks is not None:
            marks.close()
        return text

    def _write_line(
        self,
        text: PDFTextObject,
        line: tuple[Token, ...],
        origin: tuple[float, float],
        gap: float,
        face: _Face,
        links: list[_Link],
        marks: Marks | None,
    ) -> _Face:
        """Write one line's words into text from origin, with gap more between words than
        their space; return the font and colour in use after it (they change only when
        they must)."""
        x, baseline = origin
        segment: list[str] = []
        for index, (pieces, _, space) in enumerate(line):
            for piece_text, piece_font, link, width in pieces:
                web = bool(self.look.link_color) and _is_web(link)
                owner = None
                if marks is not None and (  # most words go on in the block's own element
                    link
                    or marks.owner is not self.tag
                    or marks.label is not None
                    or piece_font in fonts.LANGUAGES
                ):
                    owner = self._claim(marks, link, piece_font, index)
                if (piece_font, web) != face or owner is not None:
                    if segment:
                        text._textOut("".join(segment))
                        segment = []
                    if owner is not None and marks is not None:
                        marks.own(owner)
                    face = self._set_face(text, face, (piece_font, web))
                if link:
                    links.append((link, x, baseline, width, marks.owner if marks else None))
                segment.append(piece_text)
                x += width
            if index < len(line) - 1:
                x += space + gap
                if gap:
                    text._textOut("".join(segment))
                    segment = []
                    text.setTextOrigin(x, baseline)
                else:
                    segment.append(" ")
        # T* moves to the start of the next line, cheaper than placing each line
        text._textOut("".join(segment), TStar=1)
        return face

    def _set_face(self, text: PDFTextObject, face: _Face, wanted: _Face) -> _Face:
        """Switch text from face to the wanted font and colour; return the wanted face."""
        if wanted[0] != face[0]:
            text.setFont(fonts.ensure(wanted[0]), self.look.size, self.look.leading)
        if wanted[1] != face[1]:
            text.setFillColor(HexColor(self.look.link_color if wanted[1] else self.look.color))
        return wanted

    def _claim(self, marks: Marks, link: str, font: str, token: int) -> Element | None:
        """Return the element a piece of text in font belongs to if it is not the one whose
        marked content is open, else None: a Span for words of another language (drawn in
        a fallback font) inside their link's, the label's or the block's."""
        owner = self._owner(link, marks, token)
        lang = fonts.LANGUAGES.get(font)
        if lang is not None:
            owner = spoken(owner, lang)
        return None if owner is marks.owner else owner

    def _owner(self, link: str, marks: Marks, token: int) -> Element:
        """Return the element a piece of the block's text belongs to: a link's own, the
        label's (the first word), or the block's."""
        if link:
            return self._link_element(link)
        if marks.label is not None and token == 0:
            return marks.label
        assert self.tag is not None  # an untagged block is drawn without marks
        return self.tag

    def _link_element(self, target: str) -> Element:
        """Return the Link element for words linking to target: the one just used if the
        link goes on, else a new one (in a Reference where it points to a source)."""
        assert self.tag is not None
        kids = self.tag.kids
        last = kids[-1] if kids else None
        if isinstance(last, Element) and last.target == target:
            return last if last.role == "Link" else last.kids[-1]  # type: ignore[return-value]
        if target.startswith("#source-"):
            return self.tag.add("Reference", target=target).add("Link", target=target)
        return self.tag.add("Link", target=target)

    def _draw_bullet(self, canvas: Canvas, tags: Tags | None) -> None:
        look = self.look
        if tags is not None and self.label is not None:
            canvas.addLiteral(tags.begin(self.label, canvas.getPageNumber()))
        canvas.setFont(fonts.ensure(look.regular), look.size)
        canvas.setFillColor(HexColor(look.rule or look.color))
        canvas.drawRightString(look.indent_left - 0.45 * look.size, self._baseline(0), look.bullet)
        if tags is not None and self.label is not None:
            canvas.addLiteral(END)

    def _release(self) -> None:
        # a drawn block is done with its words; a later wrap (a dry run's block drawn again)
        # measures them anew
        self._lines = []
        self._tokens = None
        self._wrapped_for = -1.0

    def finish(self, canvas: Canvas, tags: Tags | None) -> None:
        """Draw what the block says besides its lines (a contents line's page number)."""

    def decorate(self, canvas: Canvas, tags: Tags | None) -> None:
        """Draw what only adorns the text: the rule beside a quote."""
        if self.look.rule and not self.look.bullet:
            with artifact(canvas, tags):
                canvas.setStrokeColor(HexColor(self.look.rule))
                canvas.setLineWidth(1.6)
                x = self.look.indent_left - 8
                canvas.line(x, 0, x, self.height)


def _is_web(target: str) -> bool:
    return bool(target) and not target.startswith("#")


def _joined(links: list[_Link], size: float) -> list[_Link]:
    """Return the words of a link on one line as one stretch, the spaces between included."""
    out: list[_Link] = []
    for target, x, baseline, width, element in links:
        if out and out[-1][0] == target and out[-1][2] == baseline:
            start = out[-1][1]
            if x - (start + out[-1][3]) < size:  # no more than a space between them
                out[-1] = (target, start, baseline, x + width - start, element)
                continue
        out.append((target, x, baseline, width, element))
    return out


@contextmanager
def artifact(canvas: Canvas, tags: Tags | None) -> Iterator[None]:
    """Mark what is drawn inside as a layout artifact of a tagged PDF."""
    if tags is not None:
        canvas.addLiteral(LAYOUT)
    yield
    if tags is not None:
        canvas.addLiteral(END)


def annotate(
    canvas: Canvas,
    target: str,
    rect: tuple[float, float, float, float],
    description: str,
    tags: Tags | None,
    element: Element | None,
) -> None:
    """Make rect (in the current coordinates) a link: to an anchor in the document ("#…")
    or to a web address; described for those who cannot see it, printable (PDF/A), and
    owned by element in a tagged PDF."""
    destination = canvas._bookmarkReference(target[1:]) if target.startswith("#") else None
    link = _Annotation(canvas._absRect(rect, 1), description or target, target, destination)
    name = None
    if tags is not None and element is not None:
        name = f"link{len(tags.links)}"
        link.key = tags.link(element, canvas.getPageNumber(), name)
    canvas._addAnnotation(link, name)


class _Annotation(PDFObject):  # type: ignore[misc]
    """A link annotation, written as text at once: a long briefing has thousands, and
    ReportLab's general dictionaries take many times as long to write."""

    def __init__(
        self,
        rect: tuple[float, float, float, float],
        description: str,
        target: str,
        destination: PDFObject | None,
    ) -> None:
        self.rect = rect
        self.description = description
        self.target = target
        self.destination = destination
        self.key: PDFObject | None = None

    def format(self, document: PDFDocument) -> bytes:
        if self.destination is not None:
            goes = b"/Dest " + pdf_format(self.destination, document)
        else:
            goes = b"/A <</S /URI /URI " + PDFString(self.target).format(document) + b">>"
        key = b"" if self.key is None else b" /StructParent " + self.key.format(document)
        return b"".join(
            (
                b"<</Type /Annot /Subtype /Link /Rect [",
                fp_str(*self.rect).encode(),
                b"] /Border [0 0 0] /F 4 /Contents ",
                PDFString(self.description).format(document),
                b" ",
                goes,
                key,
                b">>",
            )
        )


def _offset(align: str, spare: float) -> float:
    if align == "center":
        return spare / 2
    if align == "right":
        return spare
    return 0.0


class HeadingBlock(TextBlock):
    """A heading: kept with what follows, a link target, an outline entry, ruled if asked."""

    def __init__(
        self,
        runs: Sequence[Run],
        look: Look,
        anchor: str,
        outline: str,
        outline_level: int,
        on_draw: Callable[[str, int], None],
    ) -> None:
        super().__init__(runs, look, keep_with_next=True)
        self.anchor = anchor
        self.outline = outline
        self.outline_level = outline_level
        self.on_draw = on_draw

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []  # a heading moves to the next page whole

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = super().wrap(available_width, available_height)
        if self.look.rule:
            self.height = height + 4
        return width, self.height

    def draw(self) -> None:
        super().draw()
        canvas = self.canv
        if self.quiet:
            self.on_draw(self.anchor, canvas.getPageNumber())
            return
        canvas.bookmarkHorizontal(self.anchor, 0, self.height + self.look.space_before * 0.5)
        if self.outline:
            canvas.addOutlineEntry(self.outline, self.anchor, level=self.outline_level)
        self.on_draw(self.anchor, canvas.getPageNumber())

    def decorate(self, canvas: Canvas, tags: Tags | None) -> None:
        if self.look.rule:
            with artifact(canvas, tags):
                canvas.setStrokeColor(HexColor(self.look.rule))
                canvas.setLineWidth(0.8)
                canvas.line(self.look.indent_left, 0.5, self.width - self.look.indent_right, 0.5)


class AnchorBlock(TextBlock):
    """A paragraph that is a link target (a numbered source)."""

    def __init__(self, runs: Sequence[Run], look: Look, anchor: str) -> None:
        super().__init__(runs, look)
        self.anchor = anchor

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        super().draw()
        self.canv.bookmarkHorizontal(self.anchor, 0, self.height + 4)


class TocLine(TextBlock):
    """A line of the table of contents: the heading, its page number, a link to it."""

    def __init__(
        self, runs: Sequence[Run], look: Look, anchor: str, page_of: Callable[[str], int | None]
    ) -> None:
        super().__init__(runs, look)
        self.anchor = anchor
        self.page_of = page_of
        self.number_width = 3.2 * look.size
        self.wrapped: tuple[str, ...] = ()  # the heading's lines as laid out, for Word's copy

    def text_width(self, available: float) -> float:
        return super().text_width(available) - self.number_width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        size = super().wrap(available_width, available_height)
        self.wrapped = _line_texts("".join(run.text for run in self.runs), self._lines)
        return size

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def finish(self, canvas: Canvas, tags: Tags | None) -> None:
        """Draw the page number on the last line's baseline (called while the lines are
        still known: a drawn block lets go of them), and link the whole line."""
        page = self.page_of(self.anchor)
        if page is None:
            return
        look = self.look
        baseline = self._baseline(len(self._lines) - 1)
        if tags is not None and self.tag is not None:
            canvas.addLiteral(tags.begin(self.tag, canvas.getPageNumber()))
        canvas.setFont(fonts.ensure(look.regular), look.size)
        canvas.setFillColor(HexColor(look.color))
        canvas.drawRightString(self.width - self.look.indent_right, baseline, str(page))
        if tags is not None and self.tag is not None:
            canvas.addLiteral(END)
        label = "".join(run.text for run in self.runs)
        rect = (self.look.indent_left, 0, self.width, self.height)
        annotate(canvas, f"#{self.anchor}", rect, f"{label} {page}", tags, self.tag)
