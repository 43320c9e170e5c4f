"""The Word layout paginates like the PDF: LibreOffice finds every heading on the page the
contents names (the PDF layout's), with the PDF's page count, no heading or meta line last."""

from __future__ import annotations

import pytest

from briefer.library.sample import sample_briefing_path
from briefer.model import briefingfile
from tests.render.docxcheck import soffice
from tests.render.docxpages import Agreement, corpus_briefing, measure

TEMPLATES = ("ministerial-brief", "press-digest", "speaking-notes")


@pytest.fixture(scope="module")
def agreements(tmp_path_factory: pytest.TempPathFactory) -> list[Agreement]:
    sample = briefingfile.load(sample_briefing_path())
    corpus = corpus_briefing()
    assert len(corpus.entries()) >= 40
    cases = {}
    for template in TEMPLATES:
        cases[f"sample {template}"] = (sample, template)
        cases[f"corpus {template}"] = (corpus, template)
    return measure(cases, tmp_path_factory.mktemp("pages"))


@pytest.mark.long
@pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("case", range(2 * len(TEMPLATES)))
def test_word_paginates_like_the_pdf(agreements: list[Agreement], case: int) -> None:
    found = agreements[case]
    assert found.headings, found.name
    assert found.same + found.off_by_one == found.headings, found.line()  # none further off
    assert found.off_by_one * 20 <= found.headings, found.line()  # at most one in 20
    assert found.stranded == (), found.line()
    assert abs(found.word_pages - found.pdf_pages) <= 1, found.line()
