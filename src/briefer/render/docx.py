"""The Word renderer: the document model as .docx, on a reference document's styles.

Paragraphs are written as WordprocessingML text and parsed once, not added one by one
through python-docx: its `add_paragraph` looks for the section properties at the end of the
body each time, which makes a long document quadratic.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path
from typing import assert_never
from xml.sax.saxutils import escape, quoteattr

import docx
from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from briefer import ooxml
from briefer.atomic import describe_os_error
from briefer.errors import ExportCancelled, RenderError
from briefer.i18n import _
from briefer.render import document as model
from briefer.render.docxannex import as_word_prints, pdf_note, picture_run
from briefer.render.docxfigure import drawing_run
from briefer.render.docxfonts import embed_fonts
from briefer.render.docxnumbering import HEADING_LEVELS, MARK_GAP, add_numbering
from briefer.render.docxprops import set_custom
from briefer.render.docxsettings import describe_package, set_settings
from briefer.render.docxstyles import (
    EAST_ASIAN_FONT,
    EAST_ASIAN_LANGUAGE,
    WORD_STYLES,
    keeps_with_next,
    prepare_styles,
    word_language,
)
from briefer.render.figures import figure_size
from briefer.render.fonts import CJK
from briefer.render.output import Cancelled, Options, Progress
from briefer.render.pagination import PageEstimate, heading_pages
from briefer.render.properties import WORD_LIMIT, pieces, shorten
from briefer.render.roles import (
    LIST_STYLES,
    contents_style,
    heading_style,
    list_indent,
    list_mark,
)
from briefer.render.template import MARKING_EDGE, Template, substitute

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FIELD = re.compile(r"(\{(?:page|pages|title|reference|classification)\})")
# placeholders printed as fields bound to the document's properties, which Word users edit
_BOUND = {
    "{title}": "TITLE",
    "{reference}": "DOCPROPERTY Reference",
    "{classification}": "DOCPROPERTY Classification",
}
_OURS = re.compile(r"Keywords \d+|Reference|Classification")  # custom properties we write
_DOTX = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCX = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_TWIPS = 20  # per point
_LINE_BREAK = "<w:r><w:br/></w:r>"
_COVER_DROP = 0.18  # of the text's height: where the cover's title starts, as in the PDF
_FIGURE_SLACK = 12.0  # points a figure leaves free on a page: Word's line below a picture
_PICTURE_ROOM = 0.85  # of the text's height: an image annex leaves room for its heading
_NO_NUMBER = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'
_CORE = b"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
_LIBREOFFICE_CORE = (
    b"http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties"
)


def render_docx(
    document: model.Document,
    template: Template,
    output: Path,
    progress: Progress | None,
    cancel: Cancelled | None,
    options: Options,
) -> tuple[str, ...]:
    """Write the document as .docx to output; return no warnings (Word falls back
    through the fonts it has, and every character is kept)."""
    pages = heading_pages(as_word_prints(document), template)
    _Writer(document, template, pages, cancel).write(output, options.invariant)
    if progress:
        progress(1, 1)
    return ()


def open_reference(path: Path | None) -> WordDocument:
    """Open a template's reference .docx or .dotx, or a blank document.

    Two things python-docx does not accept are mended in memory first: a Word template's
    content type, and the core-properties relationship type LibreOffice writes.
    """
    if path is None:
        return docx.Document()
    try:
        data = path.read_bytes()
        ooxml.check_package(data)  # no zip bomb, no XML entities, a Word package
    except OSError as error:
        raise RenderError(
            _("{name} cannot be used as a Word reference document ({error})").format(
                name=path.name, error=describe_os_error(error)
            )
        ) from None
    except ooxml.UnsafePackage as unsafe:
        raise RenderError(
            _("{name} cannot be used as a Word reference document: it {problem}").format(
                name=path.name, problem=unsafe
            )
        ) from None
    try:
        return docx.Document(io.BytesIO(_mend(data)))
    except Exception as error:  # python-docx raises many kinds for a damaged package
        raise RenderError(
            _("{name} cannot be used as a Word reference document ({error})").format(
                name=path.name, error=error
            )
        ) from None


def _mend(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "[Content_Types].xml":
                content = content.replace(_DOTX, _DOCX)
            elif item.filename == "_rels/.rels":
                content = content.replace(_LIBREOFFICE_CORE, _CORE)
            target.writestr(item, content)
    return out.getvalue()


class _Writer:
    """Writes one document; not reusable."""

    def __init__(
        self,
        document: model.Document,
        template: Template,
        pages: PageEstimate,
        cancelled: Cancelled | None,
    ) -> None:
        self.document = document
        self.template = template
        self.pages = pages
        self.cancelled = cancelled
        self.bookmarks: dict[str, str] = {}
        self.links: dict[str, str] = {}
        self.house = template.reference_docx is not None
        self.flowing = True  # in the body, where paragraphs follow each other down pages
        self.break_before = False  # the next paragraph starts a page
        self.above: float | None = None  # the space after the paragraph above, in points
        self.held = False  # the paragraph above keeps with this one
        self.shape_ids = 0  # the id of the last drawing (a figure's or an annex's picture)
        info = document.info
        self.bound = {  # the values of the properties header and footer fields show
            "{title}": _core_text(info.title),
            "{reference}": _core_text(info.reference),
            "{classification}": _core_text(info.marking.printed if info.marking else ""),
        }

    def write(self, target: Path, invariant: bool) -> None:
        word = open_reference(self.template.reference_docx)
        self.word = word
        self.language = word_language(self.document.info.language)
        self.ids = prepare_styles(word, self.template, self.house, self.language)
        self.numbering = add_numbering(
            word,
            [self.ids.paragraph[f"h{level}"] for level in range(1, HEADING_LEVELS + 1)],
            any(heading.number for heading in self.document.headings()),
            self.template.body_font,
            self.template.accent,
        )
        body = word.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)  # a reference document's own text is not ours to keep
        self._page_setup()
        xml = "".join(self._block(block) for block in self.document.blocks)
        self.flowing = False
        fragment = parse_xml(f"<w:body {nsdecls('w', 'r')}>{xml}</w:body>")
        section_properties = body.find(qn("w:sectPr"))
        for child in list(fragment):
            section_properties.addprevious(child)
        self._furniture()
        self._properties(invariant)
        families = () if self.house else (self.template.body_font, self.template.heading_font)
        embedded = embed_fonts(word, families, EAST_ASIAN_FONT)
        set_settings(word, self.language, embedded)
        describe_package(word)
        packed = io.BytesIO()  # packed in memory: a failing disk cannot leave a zip half-open
        try:
            word.save(packed)
        except Exception as error:
            raise RenderError(
                _("The .docx could not be written: {error}").format(error=error)
            ) from error
        target.write_bytes(packed.getbuffer())

    # -- blocks ----------------------------------------------------------------------------

    def _block(self, block: model.Block) -> str:
        if self.cancelled and self.cancelled():
            raise ExportCancelled(_("Export cancelled"))
        return self._block_xml(block)

    def _shape_id(self) -> int:
        """Return the id of the next drawing, unique in the document (figures and annexes)."""
        self.shape_ids = self.shape_ids + 1 if self.shape_ids else self.word.part.next_id
        return self.shape_ids

    def _block_xml(self, block: model.Block) -> str:  # noqa: C901 (a case per kind of block)
        match block:
            case model.Heading():
                return self._heading(block)
            case model.Paragraph():
                # each paragraph role has a Word style of its own (a lead-in is no heading)
                return self._paragraph(block.role, self._runs(block.runs))
            case model.MetaLine():
                return self._paragraph("meta", self._runs(block.runs()))
            case model.Quote():
                return self._quote(block)
            case model.BulletList():
                lists: dict[int, int] = {}  # the numbered list of points going on, by level
                return "".join(self._item(block.role, item, lists) for item in block.items)
            case model.SourceNote():
                return self._source(block)
            case model.Figure():
                return self._figure(block)
            case model.PageBreak():
                self.break_before = True  # a property of the next paragraph: no empty one
                return ""
            case model.Cover():
                return self._cover(block)
            case model.TableOfContents():
                return self._contents(block)
            case model.AnnexFile():
                return self._annex_file(block)
            case _:
                assert_never(block)

    def _annex_file(self, block: model.AnnexFile) -> str:
        """Return an image annex as a picture on its page, a PDF annex as its note."""
        if block.media_type == "application/pdf":
            return self._block_xml(pdf_note(block))
        _, height = self.template.page_size
        top, _, bottom, _ = self.template.margins
        room = (self._text_width(), _PICTURE_ROOM * (height - top - bottom))
        return self._paragraph(
            "body",
            picture_run(self.word, block, room, self._shape_id()),
            indent='<w:jc w:val="center"/>',  # after the spacing, as Word's schema orders them
            tall=True,
        )

    def _heading(self, block: model.Heading) -> str:
        """Return a heading; its number is Word's heading numbering where that prints the
        same, else typed."""
        if self.numbering.takes_number(block, min(block.level, HEADING_LEVELS) - 1):
            text, numbering = block.text, ""
        else:
            text = block.label
            numbering = _NO_NUMBER if self.numbering.headings is not None else ""
        return self._paragraph(
            heading_style(block.level),
            self._runs((model.Run(text),)),
            bookmark=block.anchor,
            numbering=numbering,
        )

    def _item(self, role: model.ListRole, item: model.ListItem, lists: dict[int, int]) -> str:
        """Return a list item: its mark hangs before the text, as in the PDF; a numbered
        point is counted by Word, in the list of points it belongs to."""
        style = LIST_STYLES[role]
        look = self.template.styles[style]
        if not item.number:
            number = self.numbering.marks[list_mark(role, item)]
        elif item.number == 1 or item.level not in lists:
            number = lists[item.level] = self.numbering.new_list(item.level)
        else:
            number = lists[item.level]
        left = round(list_indent(look, item.level) * _TWIPS)
        hanging = round(MARK_GAP * look.size * _TWIPS)
        return self._paragraph(
            style,
            self._runs(item.runs),
            numbering=f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{number}"/></w:numPr>',
            indent=f'<w:ind w:left="{left}" w:hanging="{hanging}"/>',
        )

    def _source(self, block: model.SourceNote) -> str:
        label = self._runs((model.Run(f"[{block.number}]", "bold"),))
        runs = self._runs((model.Run("\u2002"), *block.runs))
        return self._paragraph("source", label + runs, bookmark=block.anchor)

    def _quote(self, block: model.Quote) -> str:
        quoted = word_language(block.language) if block.language else self.language
        language = "" if quoted == self.language else quoted
        parts = []
        last = len(block.paragraphs) - 1
        for index, text in enumerate(block.paragraphs):
            parts.append(
                self._paragraph(
                    "quote",
                    self._runs((model.Run(text),), language),
                    keep_next=index == last,
                )
            )
        runs = [model.Run(f"— {block.attribution}")]
        if block.source is not None:
            runs += [model.Run(" "), model.Run(f"[{block.source}]", link=f"#source-{block.source}")]
        parts.append(self._paragraph("attribution", self._runs(runs)))
        return "".join(parts)

    def _figure(self, block: model.Figure) -> str:
        """Return the picture's paragraph, fitted to the text's width and to a page with
        its caption, kept with the caption's paragraph below it."""
        _, height = self.template.page_size
        top, _, bottom, _ = self.template.margins
        width = self._text_width()
        look = self.template.styles["caption"]
        below = 0.0
        if block.caption:  # a word is about half an em a letter, on lines as wide as the text
            letters = len(model.runs_text(block.caption))
            lines = int(letters * 0.5 * look.size // width) + 1
            below = look.space_before + lines * look.leading
        # Word cannot set a picture smaller to fit the rest of a page, as the PDF does: room
        # is left for a heading above it, kept with it, and the line Word adds below it
        heading = self.template.styles["h1"]
        above = heading.space_before + 2 * heading.leading + heading.space_after
        room = height - top - bottom - below - look.space_after - above - _FIGURE_SLACK
        size = figure_size(block.width, block.height, width, room)
        drawing = drawing_run(self.word, block, self._shape_id(), size)
        picture = self._paragraph(
            "figure", drawing, bookmark=block.anchor, keep_next=bool(block.caption)
        )
        if not block.caption:
            return picture
        return picture + self._paragraph("caption", self._runs(block.caption))

    def _cover(self, block: model.Cover) -> str:
        _, height = self.template.page_size
        top, _, bottom, _ = self.template.margins
        parts = [
            self._paragraph(
                "title",
                self._runs((model.Run(block.title),)),
                lower=_COVER_DROP * (height - top - bottom) if block.page else 0,
            )
        ]
        if block.subtitle:
            parts.append(self._paragraph("subtitle", self._runs((model.Run(block.subtitle),))))
        if block.page:
            for name, value in block.fields:
                parts.append(
                    self._paragraph(
                        "cover_label", self._runs((model.Run(name.upper()),)), keep_next=True
                    )
                )
                parts.append(self._paragraph("cover_value", self._runs((model.Run(value),))))
        elif block.fields:
            parts.append(self._paragraph("meta", self._runs(model.MetaLine(block.fields).runs())))
        if block.version:
            parts.append(self._paragraph("version", self._runs((model.Run(block.version),))))
        return "".join(parts)

    def _contents(self, block: model.TableOfContents) -> str:
        """Return a real TOC field whose result already lists the entries, with the pages of
        the PDF layout, so the contents are not empty before Word updates the field."""
        width = round(self._text_width() * _TWIPS)
        headings = [
            b
            for b in self.document.blocks
            if isinstance(b, model.Heading) and b.level <= block.depth
        ]
        parts = [
            self._paragraph(
                "toc_title",
                self._runs((model.Run(block.title),)),
                # Word's "TOC Heading" is based on "Heading 1", and would take its number
                numbering=_NO_NUMBER if self.numbering.headings is not None else "",
            )
        ]
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
            f'xml:space="preserve"> TOC \\o "1-{block.depth}" \\h \\z \\u </w:instrText>'
            '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        for index, heading in enumerate(headings):
            page = self.pages.headings.get(heading.anchor)
            # the heading broken into the PDF's lines, which keep room for the page number on
            # each line: the last one always has room for the leader and the number, as in
            # the PDF (a tab stop short of the number's room would push it to a line of its
            # own when the last line is full; LibreOffice drops one past the right indent)
            lines = self.pages.contents_lines.get(heading.anchor) or (heading.label,)
            label = _LINE_BREAK.join(self._runs((model.Run(line),)) for line in lines)
            link = (
                f"<w:hyperlink w:anchor={quoteattr(self._bookmark(heading.anchor))} "
                f'w:history="1">{label}'
                f"<w:r><w:tab/></w:r>{self._text_run(str(page) if page else '')}"
                "</w:hyperlink>"
            )
            look = self.template.styles[contents_style(heading.level)]
            right = round(look.indent_right * _TWIPS)
            tabs = f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{width - right}"/></w:tabs>'
            indent = f'<w:ind w:left="{round(look.indent_left * _TWIPS)}" w:right="{right}"/>'

            parts.append(
                self._paragraph(
                    contents_style(heading.level),
                    (begin if index == 0 else "")
                    + link
                    + (end if index == len(headings) - 1 else ""),
                    extra=tabs,
                    indent=indent,
                )
            )
        if not headings:
            parts.append(f"<w:p>{begin}{end}</w:p>")
        self.break_before = True
        return "".join(parts)

    # -- paragraphs and runs ---------------------------------------------------------------

    def _paragraph(
        self,
        role: str,
        runs: str,
        bookmark: str = "",
        keep_next: bool = False,
        extra: str = "",
        numbering: str = "",
        indent: str = "",
        lower: float = 0.0,
        tall: bool = False,
    ) -> str:
        """Return a paragraph; extra holds its properties between numbering and spacing (tabs,
        alignment), indent its own indents (and what follows them), lower more space above
        it; a tall paragraph's line is as high as what it holds (a picture), not the
        style's line height, which would cut it off."""
        keep = "<w:keepNext/>" if keep_next else ""
        if self.flowing:
            # the PDF keeps a heading with the whole of what follows (ReportLab's
            # keepWithNext), Word with its first lines only: keep those lines together
            keep += "<w:keepLines/>" if self.held else ""
            self.held = keep_next or keeps_with_next(role)
        style = self.ids.paragraph[role]
        page, spacing = self._flow(role, lower, tall) if self.flowing else ("", "")
        if bookmark:
            name = self._bookmark(bookmark)
            number = int(name.removeprefix("_Toc"))  # one id per bookmark, as Word needs
            runs = (
                f'<w:bookmarkStart w:id="{number}" w:name={quoteattr(name)}/>{runs}'
                f'<w:bookmarkEnd w:id="{number}"/>'
            )
        return (
            f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{keep}{page}{numbering}{extra}{spacing}'
            f"{indent}</w:pPr>{runs}</w:p>"
        )

    def _flow(self, role: str, lower: float, tall: bool) -> tuple[str, str]:
        """Return a body paragraph's page break before it, if it starts a page, and its
        spacing: the whole gap to the paragraph above as space before it (the larger of its
        space before and the space after the one above, as the PDF's frames set them; none at
        a page's top), and no space after. Word adds the two spaces and LibreOffice takes
        the larger: with one of them zero both lay out alike."""
        broken, self.break_before = self.break_before, False
        page = "<w:pageBreakBefore/>" if broken else ""
        look = self.template.styles[WORD_STYLES[role][1]]
        above, self.above = self.above, look.space_after
        line = ' w:line="240" w:lineRule="auto"' if tall else ""
        if self.house:  # a house style's spacing is the house's
            return page, f"<w:spacing{line}/>" if tall else ""
        before = lower + (0.0 if broken or above is None else max(look.space_before, above))
        return page, f'<w:spacing w:before="{round(before * _TWIPS)}" w:after="0"{line}/>'

    def _bookmark(self, anchor: str) -> str:
        """Return the Word bookmark name of an anchor: hidden (_Toc…), short, letters only."""
        if anchor not in self.bookmarks:
            self.bookmarks[anchor] = f"_Toc{len(self.bookmarks) + 1:08d}"
        return self.bookmarks[anchor]

    def _runs(self, runs: tuple[model.Run, ...] | list[model.Run], language: str = "") -> str:
        """Return runs as Word runs; language tags them when it is not the document's."""
        out = []
        for run in runs:
            text_run = self._text_run(run.text, run.emphasis, bool(run.link), language)
            if run.link.startswith("#"):
                anchor = quoteattr(self._bookmark(run.link[1:]))
                out.append(f'<w:hyperlink w:anchor={anchor} w:history="1">{text_run}</w:hyperlink>')
            elif run.link:
                out.append(
                    f'<w:hyperlink r:id="{self._relationship(run.link)}" w:history="1">'
                    f"{text_run}</w:hyperlink>"
                )
            else:
                out.append(text_run)
        return "".join(out)

    def _text_run(
        self, text: str, emphasis: str = "", link: bool = False, language: str = ""
    ) -> str:
        properties = ""
        if link:
            properties += f'<w:rStyle w:val="{self.ids.hyperlink}"/>'
        east_asian = CJK.search(text) is not None
        if east_asian:
            properties += '<w:rFonts w:hint="eastAsia"/>'
        if "bold" in emphasis:
            properties += "<w:b/>"
        if "italic" in emphasis:
            properties += "<w:i/>"
        if language or east_asian:  # a Japanese name is proofed as Japanese, not as English
            tags = f' w:val="{language}"' if language else ""
            tags += f' w:eastAsia="{EAST_ASIAN_LANGUAGE}"' if east_asian else ""
            properties += f"<w:lang{tags}/>"
        rpr = f"<w:rPr>{properties}</w:rPr>" if properties else ""
        clean = escape(_NOT_XML.sub("", text))
        return f'<w:r>{rpr}<w:t xml:space="preserve">{clean}</w:t></w:r>'

    def _relationship(self, url: str) -> str:
        # python-docx looks through every relationship for a duplicate each time: remember them
        if url not in self.links:
            self.links[url] = self.word.part.relate_to(
                url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True
            )
        return self.links[url]

    # -- page ------------------------------------------------------------------------------

    def _page_setup(self) -> None:
        section = self.word.sections[0]
        width, height = self.template.page_size
        top, right, bottom, left = self.template.margins
        section.page_width, section.page_height = Pt(width), Pt(height)
        section.top_margin, section.right_margin = Pt(top), Pt(right)
        section.bottom_margin, section.left_margin = Pt(bottom), Pt(left)
        # the marking, first in the header and last in the footer, stays clear of the edge
        distance = max(min(top, bottom) * 0.45, MARKING_EDGE)
        section.header_distance = section.footer_distance = Pt(distance)

    def _text_width(self) -> float:
        width, _ = self.template.page_size
        _, right, _, left = self.template.margins
        return width - left - right

    def _furniture(self) -> None:
        """Write the marking, header and footer, with real PAGE and NUMPAGES fields, and
        fields for the title, reference and marking bound to the document's properties."""
        info = self.document.info
        marking = info.marking
        section = self.word.sections[0]
        cover = any(isinstance(b, model.Cover) and b.page for b in self.document.blocks)
        section.different_first_page_header_footer = cover
        total = self.pages.total
        values = {
            "title": "{title}",
            "classification": "{classification}",
            "page": "{page}",
            "pages": "{pages}",
            "date": info.date_text,
            "reference": "{reference}",
            "occasion": info.subtitle,
            "version": info.version,
            "page_of_pages": info.page_label,
        }
        mark = ""
        if marking is not None:
            color = marking.color[1:].upper()
            mark = self._paragraph(
                "marking",
                _field(
                    _BOUND["{classification}"],
                    f'<w:r><w:rPr><w:b/><w:color w:val="{color}"/>'
                    f"</w:rPr><w:t>{escape(self.bound['{classification}'])}</w:t></w:r>",
                ),
                extra='<w:jc w:val="center"/>',
            )
        width = round(self._text_width() * _TWIPS)
        stops = (("center", width // 2), ("right", width))

        def slots(role: str, texts: tuple[str, str, str]) -> str:
            # a tab stop only for a slot that holds something: a long left slot that runs past
            # an empty centre would send the right slot's tab to the next line (LibreOffice)
            pieces = [self._with_fields(substitute(texts[0], values), total)]
            tabs = []
            for (align, position), text in zip(stops, texts[1:], strict=True):
                filled = substitute(text, values)
                if filled.strip():
                    tabs.append(f'<w:tab w:val="{align}" w:pos="{position}"/>')
                    pieces.append("<w:r><w:tab/></w:r>")
                    pieces.append(self._with_fields(filled, total))
            extra = f"<w:tabs>{''.join(tabs)}</w:tabs>" if tabs else ""
            return self._paragraph(role, "".join(pieces), extra=extra)

        below = mark if marking is not None and marking.bottom else ""
        self._set(section.header, mark + slots("header", self.template.header))
        self._set(section.footer, slots("footer", self.template.footer) + below)
        if cover:
            self._set(section.first_page_header, mark or "<w:p/>")
            self._set(section.first_page_footer, below or "<w:p/>")

    def _with_fields(self, text: str, total: int) -> str:
        out = []
        for piece in _FIELD.split(text):
            if piece == "{page}":
                out.append(_field("PAGE", self._text_run("1")))
            elif piece == "{pages}":
                out.append(_field("NUMPAGES", self._text_run(str(total))))
            elif piece in _BOUND:
                out.append(_field(_BOUND[piece], self._text_run(self.bound[piece])))
            elif piece:
                out.append(self._text_run(piece))
        return "".join(out)

    def _set(self, part: object, xml: str) -> None:
        element = part._element  # type: ignore[attr-defined]
        for child in list(element):
            element.remove(child)
        for child in parse_xml(f"<w:hdr {nsdecls('w', 'r')}>{xml}</w:hdr>"):
            element.append(child)

    def _properties(self, invariant: bool) -> None:
        info = self.document.info
        core = self.word.core_properties
        core.title = _core_text(info.title)
        core.author = _core_text(info.author)
        core.subject = _core_text(info.subject)
        keywords = _xml_text(", ".join(info.keywords))
        core.keywords = shorten(keywords, WORD_LIMIT)
        core.language = _core_text(info.language)
        core.category = _core_text(info.marking.label if info.marking else "")
        stamp = datetime(2000, 1, 1) if invariant else datetime.now().replace(microsecond=0)
        core.created = core.modified = stamp
        core.last_modified_by = _core_text(info.author) or "briefer"
        core.revision = 1
        core.comments = ""  # the blank document's "generated by python-docx"
        # the whole list where Word can hold it: in pieces, as a custom property's value is
        # cut at 255 characters too
        parts = pieces(keywords, WORD_LIMIT) if core.keywords != keywords else []
        set_custom(
            self.word,
            {
                "Reference": self.bound["{reference}"],
                "Classification": self.bound["{classification}"],
                **{f"Keywords {number}": part for number, part in enumerate(parts, start=1)},
            },
            _OURS,
        )


def _core_text(text: str) -> str:
    """Text for a core property: XML-safe and within Word's limit."""
    return shorten(_xml_text(text), WORD_LIMIT)


def _xml_text(text: str) -> str:
    """Text without the characters XML cannot hold (a vertical tab pasted from Word)."""
    return _NOT_XML.sub(" ", text)


def _field(instruction: str, result: str) -> str:
    """Return a field whose result (runs) shows before Word updates it."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{result}'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
