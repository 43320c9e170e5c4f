"""Annexes exported: a PDF's pages and an image after the sources, counted in the contents and
in "page X of Y"; in Word, pictures and notes. Read back as a user's tools see them."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.shared import Emu
from pypdf import PdfReader, PdfWriter

from briefer.errors import RenderError
from briefer.exporting import export
from briefer.library.sample import sample_briefing_path, sample_records
from briefer.model import Briefing, ImageEntry, PdfAnnex, annexedits, briefingfile
from briefer.model.annexes import file_annex, release_annex
from briefer.model.edits import add_entry
from briefer.model.picture import read_picture
from briefer.render.template import find_template
from tests.annexdata import bomb_pdf, image_file, linked_pdf, pdf_file
from tests.images import png
from tests.render.pdfcheck import overlapping, qpdf_ok, read, toc_numbers, words

TEMPLATE = "ministerial-brief"


def sample() -> Briefing:
    return briefingfile.load(sample_briefing_path())


def annexed(language: str = "en") -> Briefing:
    """The sample with a 2-page PDF and an image attached."""
    briefing = sample()
    briefing = replace(briefing, meta=replace(briefing.meta, language=language))
    briefing = annexedits.add_annex(briefing, file_annex(pdf_file(2), "Joint statement", "j.pdf"))
    return annexedits.add_annex(briefing, file_annex(image_file(1200, 800), "Map", "map.png"))


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("annexes")
    files = {"plain": folder / "plain.pdf", "annexed": folder / "annexed.pdf"}
    export(sample(), "pdf", files["plain"], find_template(TEMPLATE), invariant=True)
    export(annexed(), "pdf", files["annexed"], find_template(TEMPLATE), invariant=True)
    return files


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_annex_pages_follow_the_briefing_and_are_counted(pdfs: dict[str, Path]) -> None:
    plain, reading = read(pdfs["plain"]), read(pdfs["annexed"])
    total = len(plain.pages) + 2 + 1  # the PDF's two pages and the image's one
    assert len(reading.pages) == total
    assert qpdf_ok(pdfs["annexed"])
    for number, text in enumerate(reading.pages[1:], start=2):  # the cover has no footer
        assert f"Page {number} of {total}" in text
    first, second, image = (flat(page) for page in reading.pages[-3:])
    assert "Annex 1: Joint statement" in first and "Annexed page 1" in first
    assert "Annex 1: Joint statement" in second and "Annexed page 2" in second
    assert "Annex 2: Map" in image
    assert "Sources" in flat(reading.pages[-4])  # the annexes come after the sources


def test_the_contents_list_each_annex_at_the_page_it_starts(pdfs: dict[str, Path]) -> None:
    reading = read(pdfs["annexed"])
    numbers = toc_numbers(reading.pages[1])
    total = len(reading.pages)
    assert numbers["Annex 1: Joint statement"] == total - 2
    assert numbers["Annex 2: Map"] == total
    assert "Annexed page 1" in reading.pages[total - 3]
    outline = [(title, page) for _, title, page in reading.outline if title != "Contents"]
    assert outline[-2:] == [("Annex 1: Joint statement", total - 2), ("Annex 2: Map", total)]


def test_an_annex_page_sits_between_the_header_and_the_footer(pdfs: dict[str, Path]) -> None:
    pages = words(pdfs["annexed"])
    for page in pages[-3:-1]:
        assert overlapping(page) == []
        heading = next(w for w in page.words if w.text == "Annex")
        annexed = next(w for w in page.words if w.text == "Annexed")
        footer = next(w for w in page.words if w.text == "Page")
        assert heading.y1 < annexed.y0 < footer.y0  # from the top: heading, annex, footer
        # the annex page is scaled into the text's width, its text with it
        assert 70 < annexed.x0 < page.width / 3


def test_every_page_keeps_the_marking(pdfs: dict[str, Path]) -> None:
    for page in read(pdfs["annexed"]).pages:
        assert "VS-NUR FÜR DEN DIENSTGEBRAUCH" in page


def test_an_export_with_annexes_is_repeatable(tmp_path: Path, pdfs: dict[str, Path]) -> None:
    again = tmp_path / "again.pdf"
    export(annexed(), "pdf", again, find_template(TEMPLATE), invariant=True)
    assert again.read_bytes() == pdfs["annexed"].read_bytes()


def test_a_german_briefing_lists_its_annexes_as_anlagen(tmp_path: Path) -> None:
    path = tmp_path / "de.pdf"
    export(annexed("de"), "pdf", path, find_template(TEMPLATE))
    reading = read(path)
    numbers = toc_numbers(reading.pages[1])
    assert numbers["Anlage 1: Joint statement"] == len(reading.pages) - 2
    assert f"Seite {len(reading.pages)} von {len(reading.pages)}" in reading.pages[-1]


def test_a_release_annex_is_set_as_text_with_its_source(tmp_path: Path) -> None:
    release = release_annex(sample_records()[0])
    briefing = annexedits.add_annex(sample(), release)
    path = tmp_path / "release.pdf"
    export(briefing, "pdf", path, find_template(TEMPLATE))
    reading = read(path)
    page = next(page for _, title, page in reading.outline if title.startswith("Annex 1: "))
    text = flat("\n".join(reading.pages[page - 1 :]))
    title = "Federal Foreign Office and Federal Ministry of Defence on consultations"
    assert text.count(title) == 2  # the heading's, and the release's own first lines
    assert "Federal Foreign Office, 13 April 2021" in text  # publisher and date under it
    assert "we must strengthen our engagement in Asia in particular" in text


def test_a_turned_annex_page_is_shown_turned_as_a_viewer_shows_it(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_file(1, "Turned page"))))
    writer.pages[0].rotate(90)
    turned = io.BytesIO()
    writer.write(turned)
    briefing = annexedits.add_annex(sample(), file_annex(turned.getvalue(), "Turned", "t.pdf"))
    path = tmp_path / "turned.pdf"
    export(briefing, "pdf", path, find_template(TEMPLATE))
    page = words(path)[-1]
    word = [w for w in page.words if w.text == "Turned"][-1]  # after the heading's
    assert word.y1 - word.y0 > 2 * (word.x1 - word.x0)  # it reads downwards
    assert page.width / 2 < word.x0 < word.x1 < page.width - 60  # near the turned page's top


def test_web_links_of_an_annex_survive_and_its_inner_links_are_dropped(tmp_path: Path) -> None:
    briefing = annexedits.add_annex(sample(), file_annex(linked_pdf(), "Linked", "l.pdf"))
    path = tmp_path / "linked.pdf"
    export(briefing, "pdf", path, find_template(TEMPLATE))
    reader = PdfReader(path)
    first = reader.pages[len(reader.pages) - 2]
    links = [a.get_object() for a in first.get("/Annots", [])]
    assert [link["/A"]["/URI"] for link in links] == ["https://example.org/"]
    x0, y0, x1, y1 = (float(v) for v in links[0]["/Rect"])
    assert 0 < x0 < x1 < 595 and y1 - y0 < 22  # moved and scaled with the page


def test_an_annex_that_fails_to_merge_leaves_no_file(tmp_path: Path) -> None:
    bomb = PdfAnnex("Bomb", bomb_pdf(), 1)  # not checked: attaching would refuse it
    briefing = annexedits.add_annex(sample(), bomb)
    target = tmp_path / "brief.pdf"
    with pytest.raises(RenderError, match=r"Page 1 of Annex 1: Bomb could not be added"):
        export(briefing, "pdf", target, find_template(TEMPLATE))
    assert list(tmp_path.iterdir()) == []


def test_word_lists_each_annex_with_what_it_is(tmp_path: Path) -> None:
    briefing = annexedits.add_annex(annexed(), release_annex(sample_records()[0]))
    path = tmp_path / "brief.docx"
    export(briefing, "docx", path, find_template(TEMPLATE))
    word = docx.Document(str(path))
    paragraphs = [(p.style.name if p.style else "", p.text) for p in word.paragraphs]
    annexes = [i for i, (style, text) in enumerate(paragraphs) if style == "Heading 1"][-3:]
    assert [paragraphs[i] for i in annexes] == [
        ("Heading 1", "Annex 1: Joint statement"),
        ("Heading 1", "Annex 2: Map"),
        (
            "Heading 1",
            "Annex 3: Federal Foreign Office and Federal Ministry of Defence on consultations "
            "between the Foreign and Defence Ministers of Germany and Japan",
        ),
    ]
    assert annexes[0] > next(i for i, (_, text) in enumerate(paragraphs) if text == "Sources")
    assert paragraphs[annexes[0] + 1][1] == "PDF, 2 pages – attached separately"
    assert paragraphs[annexes[2] + 1][1].startswith("Federal Foreign Office, 13 April 2021")
    assert any("engagement in Asia in particular" in text for _, text in paragraphs)
    [picture] = word.inline_shapes
    section = word.sections[0]
    room = section.page_width - section.left_margin - section.right_margin
    assert picture.width <= Emu(room) and round(picture.width / picture.height, 2) == 1.5
    assert word.paragraphs[annexes[1] + 1]._p.xpath(".//pic:pic")  # under its heading


def test_the_word_contents_list_the_annexes_at_the_pages_word_gives_them(tmp_path: Path) -> None:
    path = tmp_path / "brief.docx"
    export(annexed(), "docx", path, find_template(TEMPLATE))
    word = docx.Document(str(path))
    entries = [
        p.text.split("\t")
        for p in word.paragraphs
        if p.style is not None and re.fullmatch(r"TOC \d", p.style.name)
    ]
    pages = {label: int(page) for label, page in entries}
    # the PDF's two pages stand in Word as a note on one page: the map follows on the next
    assert pages["Annex 2: Map"] == pages["Annex 1: Joint statement"] + 1
    assert pages["Annex 1: Joint statement"] == pages["Sources"] + 1


def test_a_briefing_with_a_figure_and_annexes_saves_and_exports_whole(tmp_path: Path) -> None:
    """Images (format 3) and annexes (format 4) together: the file keeps both, the PDF
    prints the figure and the annexes, and every Word drawing has its own id."""
    briefing = annexed()
    figure = ImageEntry(read_picture(png(600, 400)), "A map of the sea lanes", "Sea lanes")
    briefing = add_entry(briefing, briefing.sections[0].id, figure)
    path = tmp_path / "both.briefing"
    briefingfile.save(path, briefing)
    assert briefingfile.load(path) == briefing
    assert '"version": 4' in path.read_text("utf-8")[:80]
    pdf = tmp_path / "both.pdf"
    export(briefing, "pdf", pdf, find_template(TEMPLATE))
    text = flat(" ".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert "Figure 1: Sea lanes" in text and "Annex 2: Map" in text
    word = tmp_path / "both.docx"
    export(briefing, "docx", word, find_template(TEMPLATE))
    body = docx.Document(str(word)).element.body.xml
    ids = re.findall(r'<wp:docPr [^>]*id="(\d+)"', body)
    assert len(ids) == 2 and len(set(ids)) == 2  # the figure's and the map annex's


def test_every_word_bookmark_has_an_id_of_its_own(tmp_path: Path) -> None:
    word = tmp_path / "brief.docx"
    export(annexed(), "docx", word, find_template(TEMPLATE))
    body = docx.Document(str(word)).element.body.xml
    ids = re.findall(r'<w:bookmarkStart w:id="(\d+)"', body)
    assert len(ids) >= 8 and len(set(ids)) == len(ids)
