"""The Word layout paginates like the PDF: LibreOffice finds every heading on the page the
contents names (the PDF layout's), with the PDF's page count, no heading or meta line last."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from briefer.compose import build_document
from briefer.exporting import export
from briefer.library.sample import sample_briefing_path
from briefer.model import briefingfile
from briefer.render.pagination import heading_pages
from briefer.render.template import find_template
from tests.render.docxcheck import convert_all, soffice
from tests.render.docxpages import Agreement, corpus_briefing, measure
from tests.render.pdfcheck import read

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
    quirk = len(found.before_kept_whole)  # LibreOffice's, not Word's (see below)
    assert (found.off_by_one - quirk) * 20 <= found.headings, found.line()  # one in 20
    assert set(found.stranded) == set(found.before_kept_whole), found.line()
    assert quirk <= max(1, found.headings // 20), found.line()  # one, or one in 20 headings
    assert abs(found.word_pages - found.pdf_pages) <= 1, found.line()


@pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
def test_libreoffice_leaves_a_heading_alone_before_a_paragraph_kept_whole(
    tmp_path: Path,
) -> None:
    """The one heading per digest that LibreOffice leaves alone is LibreOffice's: in a plain
    python-docx document, a keep-with-next paragraph before one kept whole stays behind at
    one position on the page (Word moves both). When this fails, LibreOffice has fixed it:
    drop the allowance for quotes above."""
    documents = []
    for filler in range(18, 30):
        word = docx.Document()
        for line in range(filler):
            word.add_paragraph(f"Filler {line}")
        word.add_paragraph("The heading").paragraph_format.keep_with_next = True
        word.add_paragraph("A quotation kept whole. " * 30).paragraph_format.keep_together = True
        documents.append(tmp_path / f"{filler}.docx")
        word.save(str(documents[-1]))
    last_lines = []
    for pdf in convert_all(documents, tmp_path):
        first_page = read(pdf).pages[0]
        last_lines.append(first_page.strip().splitlines()[-1])
    assert "The heading" in last_lines, last_lines


@pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
def test_the_contents_show_their_page_numbers_in_libreoffice(tmp_path: Path) -> None:
    """Every line of the Word file's contents ends in the page number of the PDF layout, as
    LibreOffice draws it (a tab stop beyond a right indent lost them there)."""
    template = find_template("ministerial-brief")
    briefing = briefingfile.load(sample_briefing_path())
    word = tmp_path / "brief.docx"
    export(briefing, "docx", word, template)
    document = build_document(briefing, template)
    pages = heading_pages(document, template).headings
    contents = read(convert_all([word], tmp_path)[0]).pages[1]
    lines = [" ".join(line.split()) for line in contents.splitlines()]
    for heading in document.headings(2):
        line = next(x for x in lines if " ".join(heading.label.split()) in x)
        assert line.endswith(f".{pages[heading.anchor]}"), line
