"""Where headings fall on pages, for formats that cannot count pages themselves.

A .docx has no pages until Word lays it out, yet its table of contents and "page X of Y"
should not be empty before the fields are updated: they are filled in from the PDF layout of
the same document and template, the closest estimate there is.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefer.errors import RenderError
from briefer.i18n import _
from briefer.render.document import Document
from briefer.render.pdf import page_numbers
from briefer.render.template import Template


@dataclass(frozen=True)
class PageEstimate:
    """Where the PDF layout of a document puts each heading, and how many pages it has."""

    headings: dict[str, int]
    total: int


def heading_pages(document: Document, template: Template) -> PageEstimate:
    """Return the pages of the PDF layout of the document in the template."""
    try:
        headings, total = page_numbers(document, template)
    except Exception as error:  # a layout that fails only costs the estimate
        raise RenderError(
            _("The page layout could not be estimated: {error}").format(error=error)
        ) from error
    return PageEstimate(headings, total)
