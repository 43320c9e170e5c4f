"""Which characters of a document no embedded font can print, and where they are."""

from __future__ import annotations

from collections.abc import Iterator

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
    named = ", ".join(f'"{char}" (U+{ord(char):04X})' for char in chars[:_SHOWN])
    more = f" and {len(chars) - _SHOWN} more" if len(chars) > _SHOWN else ""
    if len(chars) == 1:
        return (
            f"No embedded font can print {named} in {place}; it is kept in the PDF's text "
            "(search, copy) but prints as an empty box."
        )
    return (
        f"No embedded font can print {named}{more} in {place}; they are kept in the PDF's "
        "text (search, copy) but print as empty boxes."
    )


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
        "page_of_pages": info.page_label,
        "page": "1",
        "pages": "1",
    }
    for text in (*template.header, *template.footer, values["classification"]):
        yield "the page header, footer or marking", substitute(text, values)
    place = "the first page"
    for block in document.blocks:
        if isinstance(block, model.Heading):
            place = f"“{block.text[:60]}…”" if len(block.text) > 60 else f"“{block.text}”"
            yield place, block.label
        elif isinstance(block, (model.Paragraph, model.SourceNote)):
            yield place, model.runs_text(block.runs)
        elif isinstance(block, model.BulletList):
            for item in block.items:
                yield place, model.runs_text(item)
        elif isinstance(block, model.MetaLine):
            for name, value in block.items:
                yield place, f"{name} {value}"
        elif isinstance(block, model.Quote):
            for text in (*block.paragraphs, block.attribution):
                yield place, text
        elif isinstance(block, model.Cover):
            for text in (block.title, block.subtitle, *(f"{n} {v}" for n, v in block.fields)):
                yield "the cover", text
        elif isinstance(block, model.TableOfContents):
            yield "the contents", block.title
