"""Word styles: found in the reference document whatever case its names use, added if missing.

Templates saved by LibreOffice call a style "Heading 1" where python-docx expects "heading 1";
a blank Word file lists built-in styles only as latent ones. Styles are looked up by style id
and by name without regard to case, and the missing ones are added, based on Normal.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

from briefer.render.roles import PARAGRAPH_STYLES
from briefer.render.template import Style, StyleRole, Template

EAST_ASIAN_FONT = "IPAexGothic"
EAST_ASIAN_LANGUAGE = "ja-JP"  # kanji and kana are set and proofed as Japanese
# the region a language is proofed in when the briefing names none ("defence", "Straße")
_REGIONS = {"en": "en-GB", "de": "de-DE", "fr": "fr-FR"}

# style role, or paragraph role with a Word style of its own → (Word style name, template style)
_KEEP_WITH_NEXT = frozenset({"lead-in", "meta"})
# as in the PDF, which never splits headings, the title, contents lines and sources
_KEEP_TOGETHER = frozenset({"title", "toc1", "toc2", "toc3", "h1", "h2", "h3", "source"})
WORD_STYLES: dict[str, tuple[str, StyleRole]] = {
    "title": ("Title", "title"),
    "subtitle": ("Subtitle", "subtitle"),
    "cover_label": ("Briefer Cover Label", "cover_label"),
    "cover_value": ("Briefer Cover Value", "cover_value"),
    "version": ("Briefer Version", "version"),
    "toc_title": ("TOC Heading", "toc_title"),
    "toc1": ("TOC 1", "toc1"),
    "toc2": ("TOC 2", "toc2"),
    "toc3": ("TOC 3", "toc3"),
    "h1": ("Heading 1", "h1"),
    "h2": ("Heading 2", "h2"),
    "h3": ("Heading 3", "h3"),
    "body": ("Normal", "body"),
    "lead-in": ("Briefer Lead-in", PARAGRAPH_STYLES["lead-in"]),
    "meta": ("Briefer Meta", "meta"),
    "quote": ("Quote", "quote"),
    "attribution": ("Briefer Attribution", "attribution"),
    "bullet": ("List Bullet", "bullet"),
    "note": ("Briefer Note", "note"),
    "source": ("Briefer Source", "source"),
    "figure": ("Briefer Figure", "body"),
    "caption": ("Caption", "caption"),
    "header": ("Header", "header"),
    "footer": ("Footer", "footer"),
    "marking": ("Briefer Marking", "marking"),
}
# the paragraph properties that come after pBdr, in the schema's order
_AFTER_BORDERS = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


@dataclass(frozen=True)
class StyleIds:
    """The style ids to write into the document, by role, and the hyperlink style's."""

    paragraph: dict[str, str]
    hyperlink: str


def keeps_with_next(role: str) -> bool:
    """Return whether paragraphs of role keep with the next, as in the PDF: no heading,
    label ("Summary") or meta line alone at a page's foot."""
    return role in _KEEP_WITH_NEXT or (role.startswith(("h", "toc_title")) and role != "header")


def word_language(language: str) -> str:
    """Return Word's tag for a briefing's language ("de" → "de-DE"; "en-US" stays)."""
    return language if "-" in language else _REGIONS.get(language, language)


def prepare_styles(word: WordDocument, template: Template, house: bool, language: str) -> StyleIds:
    """Find or add every style the renderer uses; without a house (reference) document, give
    them the template's fonts, sizes, colours and spacing. The document and every style
    that names a language are proofed in language (a Word tag such as "de-DE")."""
    styles = word.styles
    by_name = {s.name.casefold(): s for s in styles if s.name}
    by_id = {s.style_id.casefold(): s for s in styles}
    ids: dict[str, str] = {}
    for role, (name, look) in WORD_STYLES.items():
        style = by_name.get(name.casefold()) or by_id.get(name.replace(" ", "").casefold())
        added = style is None
        if style is None:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = by_name.get("normal")
            by_name[name.casefold()] = style
        if added or not house:
            _apply(style, template.styles[look], template)
            ruled = template.styles[look].rule or role == "header"  # the PDF rules every header
            _rule(style, template.accent if ruled else "", role)
        if role == "figure" and (added or not house):
            style.paragraph_format.line_spacing = 1.0  # an exact line height clips a picture
        if keeps_with_next(role):
            style.paragraph_format.keep_with_next = True
        if role in _KEEP_TOGETHER:
            style.paragraph_format.keep_together = True
        if role in ("header", "footer"):
            style.paragraph_format.tab_stops.clear_all()  # the slots set their own
        ids[role] = style.style_id
    link = by_name.get("hyperlink") or by_id.get("hyperlink")
    if link is None:
        link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        link.font.color.rgb = RGBColor.from_string(template.accent[1:].upper())
        link.font.underline = True
    _language_defaults(word, language)
    _widow_control(word)
    return StyleIds(ids, link.style_id)


def _apply(style: object, look: Style, template: Template) -> None:
    font = style.font  # type: ignore[attr-defined]
    family = template.heading_font if look.family == "headings" else template.body_font
    font.name = family
    font.size = Pt(look.size)
    font.bold = look.bold
    font.italic = look.italic
    font.color.rgb = RGBColor.from_string(look.color[1:].upper())
    run = style.element.get_or_add_rPr()  # type: ignore[attr-defined]
    run.remove_all("w:spacing", "w:kern")  # the blank title's letter spacing widens its lines
    rfonts = run.get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(theme), None)  # a theme font would win over the one named
    paragraph = style.paragraph_format  # type: ignore[attr-defined]
    paragraph.space_before = Pt(look.space_before)
    paragraph.space_after = Pt(look.space_after)
    paragraph.line_spacing = Pt(look.leading)
    paragraph.left_indent = Pt(look.indent_left)
    paragraph.right_indent = Pt(look.indent_right)
    paragraph.alignment = _ALIGN[look.align]
    properties = style.element.get_or_add_pPr()  # type: ignore[attr-defined]
    # the blank document's styles space list items and the title "contextually" (not at
    # all between paragraphs of one style) and give the subtitle a list level
    properties.remove_all("w:contextualSpacing", "w:numPr")


# the PDF's rules as paragraph borders: side, width (eighths of a point), distance (points)
_RULES = {
    "quote": ("left", 13, 7),  # 1.6 pt beside a quote, 8 pt from its text
    "header": ("bottom", 4, 2),  # 0.5 pt under the running header, on every page
}
_UNDER = ("bottom", 6, 3)  # 0.8 pt under a heading and the cover's title


def _rule(style: object, color: str, role: str) -> None:
    """Draw the PDF's rule for role as a paragraph border in color (none for "")."""
    properties = style.element.get_or_add_pPr()  # type: ignore[attr-defined]
    properties.remove_all("w:pBdr")  # the blank document's title has one in its theme colour
    if not color:
        return
    side, size, space = _RULES.get(role, _UNDER)
    border = parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:{side} w:val="single" w:sz="{size}" w:space="{space}" '
        f'w:color="{color[1:].upper()}"/></w:pBdr>'
    )
    properties.insert_element_before(border, *_AFTER_BORDERS)


def _widow_control(word: WordDocument) -> None:
    """Keep at least two lines of a paragraph on each page, as the PDF does."""
    defaults = word.styles.element.find(qn("w:docDefaults"))
    paragraph = None if defaults is None else defaults.find(qn("w:pPrDefault"))
    if paragraph is None:
        return
    properties = paragraph.find(qn("w:pPr"))
    if properties is None:
        properties = OxmlElement("w:pPr")
        paragraph.append(properties)
    properties.get_or_add_widowControl()


def _language_defaults(word: WordDocument, language: str) -> None:
    """Set the document's language, and its East Asian font and language, so Japanese names
    keep a Japanese font rather than falling back to whatever Word picks."""
    for lang in word.styles.element.iter(qn("w:lang")):
        if lang.get(qn("w:val")) is not None:  # a house style proofed in another language
            lang.set(qn("w:val"), language)
    defaults = word.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), EAST_ASIAN_LANGUAGE)
