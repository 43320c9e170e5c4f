"""Annexes in the document model: after the sources, each on a new page under its heading."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from briefer.compose import build_document
from briefer.model import Briefing, ImageAnnex, PdfAnnex, ReleaseAnnex
from briefer.render.document import (
    AnnexFile,
    Heading,
    PageBreak,
    Paragraph,
    document_from_dict,
    runs_text,
)
from briefer.render.template import find_template
from tests.annexdata import image_file, pdf_file
from tests.factories import briefing, source


def annexed(language: str, title: str = "Joint statement") -> Briefing:
    """The test briefing with a PDF titled title, an untitled image and a release."""
    start = briefing()
    return replace(
        start,
        meta=replace(start.meta, language=language),
        annexes=(
            PdfAnnex(title, pdf_file(1), 1, id="one"),
            ImageAnnex("", image_file(), "png", 640, 400, id="two"),
            ReleaseAnnex("A press release", source("Line one.\n\nLine two."), id="three"),
        ),
    )


def test_each_annex_starts_a_page_after_the_sources_with_its_heading() -> None:
    blocks = build_document(annexed("en"), find_template("ministerial-brief")).blocks
    start = blocks.index(
        next(b for b in blocks if isinstance(b, Heading) and b.anchor == "sources")
    )
    tail = blocks[start:]
    headings = [b for b in tail if isinstance(b, Heading)]
    assert [(h.level, h.text, h.anchor) for h in headings[1:]] == [
        (1, "Annex 1: Joint statement", "annex-one"),
        (1, "Annex 2", "annex-two"),  # no title: the number alone
        (1, "Annex 3: A press release", "annex-three"),
    ]
    for heading in headings[1:]:
        assert isinstance(tail[tail.index(heading) - 1], PageBreak)
    pdf, image = (b for b in tail if isinstance(b, AnnexFile))
    assert (pdf.media_type, pdf.pages, pdf.caption) == ("application/pdf", 1, headings[1].text)
    assert pdf.note == "PDF, 1 page – attached separately"
    assert (image.media_type, image.data) == ("image/png", image_file())
    cited, *text = tail[tail.index(headings[3]) + 1 :]
    assert isinstance(cited, Paragraph) and cited.role == "source"
    assert runs_text(cited.runs).startswith("A ministry, 2 May 2024")  # the heading has its title
    assert [runs_text(p.runs) for p in text if isinstance(p, Paragraph)] == [
        "Line one.",
        "Line two.",
    ]


@pytest.mark.parametrize(
    ("language", "heading", "note"),
    [
        ("de", "Anlage 1: Gemeinsame Erklärung", "PDF, 1 Seite – gesondert beigefügt"),
        ("fr", "Annexe 1\u00a0: Gemeinsame Erklärung", "PDF, 1 page – joint séparément"),
    ],
)
def test_annexes_are_named_in_the_briefings_language(
    language: str, heading: str, note: str
) -> None:
    document = build_document(
        annexed(language, "Gemeinsame Erklärung"), find_template("ministerial-brief")
    )
    assert heading in [h.text for h in document.headings()]
    assert next(b for b in document.blocks if isinstance(b, AnnexFile)).note == note


def test_a_document_with_annexes_survives_its_json_form() -> None:
    document = build_document(annexed("en"), find_template("ministerial-brief"))
    data = json.loads(json.dumps(document.to_dict()))
    assert document_from_dict(data) == document
