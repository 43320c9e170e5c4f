"""Where headings fall on pages, for formats that cannot count pages themselves.

A .docx has no pages until Word lays it out, yet its table of contents and "page X of Y"
should not be empty before the fields are updated: they are filled in from the PDF layout of
the same document and template, the closest estimate there is, with each contents entry broken
into the lines the PDF gives it.
"""

from __future__ import annotations

from briefer.errors import RenderError
from briefer.i18n import _
from briefer.render.document import Document
from briefer.render.pdf import PageEstimate, page_numbers
from briefer.render.template import Template

__all__ = ["PageEstimate", "heading_pages"]  # the docx renderer reads the PDF's layout here


def heading_pages(document: Document, template: Template) -> PageEstimate:
    """Return the pages of the PDF layout of the document in the template, and how it
    wraps each heading's line in the contents."""
    try:
        return page_numbers(document, template)
    except Exception as error:  # a layout that fails only costs the estimate
        raise RenderError(
            _("The page layout could not be estimated: {error}").format(error=error)
        ) from error
