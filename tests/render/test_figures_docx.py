"""Figures in the .docx: the picture inline in its own paragraph, fitted to the text width,
its alt text where Word keeps it, its caption below in the Caption style."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.shared import Pt

from briefer.exporting import export
from briefer.library.sample import sample_briefing_path
from briefer.model import Briefing, briefingfile
from briefer.render.figures import DPI
from briefer.render.template import find_template
from tests.images import image_entry, photo, png, with_image
from tests.render.docxcheck import convert_to_pdf, soffice
from tests.render.pdfcheck import read

TEMPLATE = find_template("ministerial-brief")
WIDTH, HEIGHT = TEMPLATE.page_size
TOP, RIGHT, BOTTOM, LEFT = TEMPLATE.margins
MAP = png(90, 60)
HARBOUR = photo(1600, 1200)


def pictured() -> Briefing:
    """The sample with a small map, a photo wider than the page and one taller than it."""
    briefing = briefingfile.load(sample_briefing_path())
    briefing = with_image(briefing, image_entry(MAP, "The region", id="map"), 0, 1)
    wide = image_entry(HARBOUR, "The harbour", alt_text="Ships in a harbour", id="wide")
    briefing = with_image(briefing, wide, 0, 2)
    tall = image_entry(photo(900, 3000), "", alt_text="A radio tower", id="tall")
    return with_image(briefing, tall, 1, 0)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("figures") / "pictured.docx"
    export(pictured(), "docx", path, TEMPLATE)
    return path


def _shapes(word: WordDocument) -> dict[str, object]:
    return {shape._inline.docPr.get("descr"): shape for shape in word.inline_shapes}


def test_each_picture_has_its_alt_text_and_a_drawing_id_of_its_own(exported: Path) -> None:
    word = docx.Document(str(exported))
    shapes = _shapes(word)
    assert set(shapes) == {
        "A map of the region around the meeting's venue",
        "Ships in a harbour",
        "A radio tower",
    }
    ids = [element.get("id") for element in word.element.body.iter(qn("wp:docPr"))]
    assert len(set(ids)) == len(ids) == 3


def test_the_pictures_are_stored_as_they_were_given(exported: Path) -> None:
    word = docx.Document(str(exported))
    blobs = {part.blob for part in word.part.package.image_parts}
    assert MAP in blobs and HARBOUR in blobs  # a JPEG is not decoded and compressed again


def test_pictures_fit_the_text_width_and_are_never_enlarged(exported: Path) -> None:
    shapes = _shapes(docx.Document(str(exported)))
    small = shapes["A map of the region around the meeting's venue"]
    assert small.width == Pt(90 * 72 / DPI)  # type: ignore[attr-defined]
    wide = shapes["Ships in a harbour"]
    assert wide.width == pytest.approx(Pt(WIDTH - LEFT - RIGHT), abs=2)  # type: ignore[attr-defined]
    tall = shapes["A radio tower"]
    assert tall.height < Pt(HEIGHT - TOP - BOTTOM)  # type: ignore[attr-defined]


def test_a_caption_follows_its_picture_in_the_caption_style(exported: Path) -> None:
    paragraphs = docx.Document(str(exported)).paragraphs
    captions = [(i, p.text) for i, p in enumerate(paragraphs) if p.style.name == "Caption"]
    assert [text for _, text in captions] == ["Figure 1: The region", "Figure 2: The harbour"]
    for index, _ in captions:
        above = paragraphs[index - 1]
        assert above._p.xpath(".//wp:docPr")  # the picture's paragraph
        assert above.style.name == "Briefer Figure" and above.paragraph_format.keep_with_next
    tall = next(p for p in paragraphs if p._p.xpath(".//wp:docPr[@descr='A radio tower']"))
    following = paragraphs[paragraphs.index(tall) + 1]
    assert following.style.name != "Caption"  # no caption, no empty one


def test_the_picture_paragraph_does_not_clip_its_picture_to_a_line(exported: Path) -> None:
    style = docx.Document(str(exported)).styles["Briefer Figure"]
    assert style.paragraph_format.line_spacing == 1.0  # single, not an exact height


@pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
def test_libreoffice_shows_each_picture_on_a_page_with_its_caption(
    exported: Path, tmp_path: Path
) -> None:
    reading = read(convert_to_pdf(exported, tmp_path))
    pages_with_images = [index for index, page in enumerate(reading.reader.pages) if page.images]
    assert len(pages_with_images) >= 2
    flat = [" ".join(page.split()) for page in reading.pages]
    for caption in ("Figure 1: The region", "Figure 2: The harbour"):
        page = next(i for i, text in enumerate(flat) if caption in text)
        assert page in pages_with_images
