"""Every role of the document model has a style, in every renderer."""

from __future__ import annotations

from typing import get_args

import pytest

from briefer.errors import FormatError
from briefer.render.document import ListRole, ParagraphRole, document_from_dict
from briefer.render.docxstyles import WORD_STYLES
from briefer.render.roles import LIST_STYLES, PARAGRAPH_STYLES, contents_style, heading_style
from briefer.render.template import ROLES


def test_every_paragraph_and_list_role_is_drawn_in_a_template_style() -> None:
    assert set(PARAGRAPH_STYLES) == set(get_args(ParagraphRole))
    assert set(LIST_STYLES) == set(get_args(ListRole))
    assert set(PARAGRAPH_STYLES.values()) | set(LIST_STYLES.values()) <= set(ROLES)


def test_every_role_a_word_document_uses_has_a_word_style() -> None:
    used = {*PARAGRAPH_STYLES, *LIST_STYLES.values()}
    used |= {heading_style(level) for level in range(1, 5)}
    used |= {contents_style(level) for level in range(1, 5)}
    assert used <= set(WORD_STYLES)
    assert all(look in ROLES for _, look in WORD_STYLES.values())


def test_a_deep_heading_looks_like_the_third_level() -> None:
    assert [heading_style(level) for level in (1, 2, 3, 4, 7)] == ["h1", "h2", "h3", "h3", "h3"]


def test_an_unknown_role_in_a_stored_document_is_refused() -> None:
    data = {"info": {"title": "x"}, "blocks": [{"type": "paragraph", "runs": [], "role": "aside"}]}
    with pytest.raises(FormatError, match="role: expected one of body, lead-in, note, source"):
        document_from_dict(data)
