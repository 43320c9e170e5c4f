"""Which characters of a document no embedded font can print, and where they are."""

from __future__ import annotations

from collections.abc import Iterator
from typing import assert_never

from briefer.i18n import N_, _, ngettext, number
from briefer.render import document as model
from briefer.render import fonts
from briefer.render.template import Template, substitute

_SHOWN = 8  # characters named in one warning; the rest are counted


def unprintable(document: model.Document, template: Template) -> tuple[str, ...]:
    """Return a warning for each place (heading, cover, page furniture) with characters no
    embedded font has: they print as empty boxes, which nobody should find out on paper."""
    names = (fonts.face(template.body_font), fonts.face(template.heading_font))
    found: dict[str, dict[str, None]] = {}
    for place, text in _texts(document, template):
        for name in names:
            for char in fonts.missing_glyphs(text, name):
                found.setdefault(place, {})[char] = None
    return tuple(_warning(place, list(chars)) for place, chars in found.items())


def _warning(place: str, chars: list[str]) -> str:
    shown = _('"{char}" (U+{code})')
    named = ", ".join(shown.format(char=char, code=f"{ord(char):04X}") for char in chars[:_SHOWN])
    if len(chars) == 1:
        message = _(
            "No embedded font can print {named} in {place}; it is kept in the PDF's text "
            "(search, copy) but prints as an empty box."
        )
    elif len(chars) <= _SHOWN:
        message = _(
            "No embedded font can print {named} in {place}; they are kept in the PDF's "
            "text (search, copy) but print as empty boxes."
        )
    else:
        message = ngettext(
            "No embedded font can print {named} and {count} more in {place}; they are kept "
            "in the PDF's text (search, copy) but print as empty boxes.",
            "No embedded font can print {named} and {count} more in {place}; they are kept "
            "in the PDF's text (search, copy) but print as empty boxes.",
            len(chars) - _SHOWN,
        )
    return message.format(named=named, count=number(len(chars) - _SHOWN), place=place)


def _texts(document: model.Document, template: Template) -> Iterator[tuple[str, str]]:
    """Yield (place, text) for all the text the PDF prints, each under the heading (or the
    part of the document) it comes after."""
    info = document.info
    values = {
        "title": info.title,
        "classification": info.marking.label if info.marking else "",
        "date": info.date_text,
        "reference": info.reference,
        "occasion": info.subtitle,
        "version": info.version,
        "page_of_pages": info.page_label,
        "page": "1",
        "pages": "1",
    }
    printed = info.marking.printed if info.marking else ""
    for text in (*template.header, *template.footer, printed):
        yield _("the page header, footer or marking"), substitute(text, values)
    place = _("the first page")
    for block in document.blocks:
        if isinstance(block, model.Heading):
            heading = f"{block.text[:60]}…" if len(block.text) > 60 else block.text
            place = _("“{heading}”").format(heading=heading)
        where = _(_PARTS[type(block)]) if type(block) in _PARTS else place
        for text in _block_texts(block):
            yield where, text


_PARTS: dict[type, str] = {model.Cover: N_("the cover"), model.TableOfContents: N_("the contents")}


def _block_texts(block: model.Block) -> Iterator[str]:  # noqa: C901 (a case per kind of block)
    """Yield the texts a block prints."""
    match block:
        case model.Heading():
            yield block.label
        case model.Paragraph() | model.SourceNote():
            yield model.runs_text(block.runs)
        case model.BulletList():
            yield from (model.runs_text(item.runs) for item in block.items)
        case model.MetaLine():
            yield from (f"{name} {value}" for name, value in block.items)
        case model.Quote():
            yield from (*block.paragraphs, block.attribution)
        case model.Cover():
            yield from (block.title, block.subtitle, *(f"{n} {v}" for n, v in block.fields))
            yield block.version
        case model.TableOfContents():
            yield block.title
        case model.Figure():
            yield model.runs_text(block.caption)
        case model.AnnexFile():
            yield block.caption
        case model.PageBreak():
            pass
        case _:
            assert_never(block)
