"""Word list numbering: the marks of bullet lists, numbered points, and heading numbers bound
to heading styles.

The PDF draws a list's mark right-aligned a little before the text and numbers headings
"1", "1.1", "1.1.1" followed by an en space; here all are Word numbering definitions
(numbering.xml), so that Word keeps them right when the document is edited. Each numbered
list (and each run of numbered sub-points) is a list of its own, counting from 1.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import quoteattr

from docx.document import Document as WordDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement

from briefer.render.document import Heading
from briefer.render.roles import BULLETS, NUMBER_FORMATS

MARK_GAP = 0.45  # ems between a list's mark and its text, as the PDF draws it
HEADING_LEVELS = 3  # Heading 1 to 3; deeper headings look like (and count as) the third
_SEPARATOR = "\u2002"  # between a heading's number and its text


@dataclass
class Numbering:
    """The numbering definitions of one document: a num id per list mark, and the heading
    counters Word will keep (to tell whether a heading's own number is the one Word shows)."""

    root: BaseOxmlElement
    marks: dict[str, int]
    headings: int | None
    font: str
    color: str
    counters: list[int] = field(default_factory=lambda: [0] * HEADING_LEVELS)
    numbered: dict[int, int] = field(default_factory=dict)  # abstract id by level

    def new_list(self, level: int) -> int:
        """Return the num id of a new numbered list of points at level, counting from 1."""
        if level not in self.numbered:
            abstract = 1 + max(
                int(a.get(qn("w:abstractNumId"))) for a in _all(self.root, "abstractNum")
            )
            _all(self.root, "num")[0].addprevious(
                parse_xml(_numbered(abstract, NUMBER_FORMATS[level], self.font, self.color))
            )
            self.numbered[level] = abstract
        num = 1 + max(int(n.get(qn("w:numId"))) for n in _all(self.root, "num"))
        self.root.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num}">'
                f'<w:abstractNumId w:val="{self.numbered[level]}"/>'
                '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            )
        )
        return num

    def takes_number(self, heading: Heading, level: int) -> bool:
        """Return whether Word's heading numbering prints the heading's number (and count
        it): a heading with no number, or one Word would number otherwise, is typed."""
        if self.headings is None or not heading.number:
            return False
        counters = [*self.counters[:level], self.counters[level] + 1]
        if 0 in counters or ".".join(map(str, counters)) != heading.number:
            return False
        self.counters[: level + 1] = counters
        self.counters[level + 1 :] = [0] * (HEADING_LEVELS - level - 1)
        return True


def add_numbering(
    word: WordDocument, heading_styles: list[str], numbered: bool, font: str, color: str
) -> Numbering:
    """Add the list marks (in font and color, a hex string) and, if numbered, heading
    numbering bound to the heading styles (ids, first level first)."""
    root = word.part.numbering_part.element
    existing = _all(root, "num")
    abstract = 1 + max(
        (int(a.get(qn("w:abstractNumId"))) for a in _all(root, "abstractNum")), default=-1
    )
    first = 1 + max((int(n.get(qn("w:numId"))) for n in existing), default=0)
    marks = list(dict.fromkeys(BULLETS))
    definitions = [_bullet(abstract + index, mark, font, color) for index, mark in enumerate(marks)]
    headings = None
    if numbered:
        headings = first + len(marks)
        definitions.append(_headings(abstract + len(marks), heading_styles))
        for level, style in enumerate(heading_styles):
            _bind(word, style, headings, level)
    for xml in definitions:
        element = parse_xml(xml)
        if existing:
            existing[0].addprevious(element)  # every abstractNum comes before every num
        else:
            root.append(element)
    for index in range(len(definitions)):
        root.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{first + index}">'
                f'<w:abstractNumId w:val="{abstract + index}"/></w:num>'
            )
        )
    return Numbering(
        root, {mark: first + index for index, mark in enumerate(marks)}, headings, font, color
    )


def _all(root: BaseOxmlElement, tag: str) -> list[BaseOxmlElement]:
    return list(root.findall(qn(f"w:{tag}")))


def _bullet(abstract: int, mark: str, font: str, color: str) -> str:
    return _single_level(abstract, "bullet", quoteattr(mark), font, color)


def _numbered(abstract: int, number_format: str, font: str, color: str) -> str:
    return _single_level(abstract, number_format, '"%1."', font, color)


def _single_level(abstract: int, number_format: str, text: str, font: str, color: str) -> str:
    """Return a list definition of one level: the mark (text, quoted) hangs right-aligned
    before the paragraph's text, in the body font and the accent colour, never bold."""
    return (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{number_format}"/>'
        f"<w:lvlText w:val={text}/>"
        '<w:lvlJc w:val="right"/>'
        f"<w:rPr><w:rFonts w:ascii={quoteattr(font)} w:hAnsi={quoteattr(font)}/>"
        f'<w:b w:val="0"/><w:i w:val="0"/><w:color w:val="{color[1:].upper()}"/></w:rPr>'
        "</w:lvl></w:abstractNum>"
    )


def _headings(abstract: int, styles: list[str]) -> str:
    levels = []
    for level, style in enumerate(styles):
        text = ".".join(f"%{n}" for n in range(1, level + 2)) + _SEPARATOR
        levels.append(
            f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            f"<w:pStyle w:val={quoteattr(style)}/>"
            f'<w:suff w:val="nothing"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        )
    return (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract}">'
        f'<w:multiLevelType w:val="multilevel"/>{"".join(levels)}</w:abstractNum>'
    )


def _bind(word: WordDocument, style_id: str, num: int, level: int) -> None:
    """Number paragraphs of a heading style with level of the heading numbering."""
    style = next(s for s in word.styles if s.style_id == style_id)
    properties = style.element.get_or_add_pPr()
    properties._remove_numPr()
    properties._insert_numPr(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'
        )
    )
