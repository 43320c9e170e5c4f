"""Rich text between the model and a QTextDocument: spans and points in, spans and points out.

Only what the model holds crosses over: bold, italic, links that are safe to print, bullets
and numbers at three levels. Everything else a document can carry (fonts, sizes, colours,
tables, images, unsafe links) is left behind, so no HTML is ever stored.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
)

from briefer.model.richtext import DEEPEST, Marker, Para, RichText, Span, is_safe_link, joined

_NUMBERED = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}
# how the editor marks points by level; the printed marks are the renderers' (render/roles.py)
_STYLES: dict[Marker, tuple[QTextListFormat.Style, ...]] = {
    "bullet": (
        QTextListFormat.Style.ListDisc,
        QTextListFormat.Style.ListCircle,
        QTextListFormat.Style.ListSquare,
    ),
    "number": (
        QTextListFormat.Style.ListDecimal,
        QTextListFormat.Style.ListLowerAlpha,
        QTextListFormat.Style.ListLowerRoman,
    ),
}
LINK_COLOR = "#1a4f9c"
# an image's placeholder and control characters go; a line break within a paragraph is a space
_DROPPED: dict[int, str | None] = {
    **{code: None for code in (*range(0x20), 0x7F, 0xFFFC) if code != 0x09},
    0x2028: " ",
    0x2029: " ",
}


def rich_text_of(document: QTextDocument) -> RichText:
    """Return what the document holds that rich text can: paragraphs, points, spans."""
    paras = []
    block = document.begin()
    while block.isValid():
        paras.append(_para(block))
        block = block.next()
    return RichText(tuple(paras))


def fill(document: QTextDocument, text: RichText) -> None:
    """Replace the document's content by text; points join the list of the point before
    them at their level, as the renderers count them."""
    document.clear()
    cursor = QTextCursor(document)
    lists: list[tuple[Marker, QTextList]] = []  # by level, down to the last point's
    for index, para in enumerate(text.paras):
        if index:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        if not para.marker:
            lists = []
        else:
            level = min(para.level, len(lists))
            del lists[level + 1 :]
            if len(lists) > level and lists[level][0] == para.marker:
                lists[level][1].add(cursor.block())
            else:
                new = (para.marker, cursor.createList(list_format(para.marker, level)))
                lists[level:] = [new]
        for span in para.spans:
            cursor.insertText(span.text, char_format(span))


def list_format(marker: Marker, level: int) -> QTextListFormat:
    """Return how the editor shows points of a marker at a level."""
    form = QTextListFormat()
    form.setStyle(_STYLES[marker][level])
    form.setIndent(level + 1)
    return form


def char_format(span: Span) -> QTextCharFormat:
    """Return the look of a span in the editor: bold, italic, a link underlined in blue."""
    form = QTextCharFormat()
    form.setFontWeight(QFont.Weight.Bold if span.bold else QFont.Weight.Normal)
    form.setFontItalic(span.italic)
    if span.link:
        form.setAnchor(True)
        form.setAnchorHref(span.link)
        form.setFontUnderline(True)
        form.setForeground(QBrush(QColor(LINK_COLOR)))
    return form


def span_of(text: str, form: QTextCharFormat) -> Span:
    """Return text in a character format as a span: what the model keeps of the format."""
    href = form.anchorHref() if form.isAnchor() else ""
    return Span(
        text.translate(_DROPPED),
        bold=form.fontWeight() >= QFont.Weight.DemiBold,
        italic=form.fontItalic(),
        link=href if is_safe_link(href) else "",
    )


def _para(block: QTextBlock) -> Para:
    spans = []
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        if fragment.isValid():
            spans.append(span_of(fragment.text(), fragment.charFormat()))
        fragments += 1
    listed = block.textList()
    if listed is None:
        return Para(joined(spans))
    level = min(max(listed.format().indent() - 1, 0), DEEPEST)
    return Para(joined(spans), list_marker(listed), level)


def list_marker(listed: QTextList) -> Marker:
    """Return whether a list's points are numbered or bulleted."""
    return "number" if listed.format().style() in _NUMBERED else "bullet"
