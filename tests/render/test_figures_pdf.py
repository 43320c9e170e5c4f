"""Figures in the PDF: the picture within the frame and never enlarged, its caption beneath on
the same page, its alt text beside it, and the pages and contents still right."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import ContentStream

from briefer.compose import build_document
from briefer.errors import RenderError
from briefer.exporting import export
from briefer.library.sample import sample_briefing_path
from briefer.model import Briefing, briefingfile
from briefer.render.document import Document, DocumentInfo, Figure, Heading
from briefer.render.figures import DPI
from briefer.render.pdf import page_numbers
from briefer.render.pdffigure import FigureBlock
from briefer.render.registry import RENDERERS
from briefer.render.template import find_template
from tests.images import image_entry, photo, png, with_image
from tests.render.pdfcheck import qpdf_ok, read, toc_numbers

TEMPLATE = find_template("ministerial-brief")
WIDTH, HEIGHT = TEMPLATE.page_size
TOP, RIGHT, BOTTOM, LEFT = TEMPLATE.margins
FRAME_WIDTH = WIDTH - LEFT - RIGHT
FRAME_HEIGHT = HEIGHT - TOP - BOTTOM


@dataclass(frozen=True)
class Placed:
    """An image drawn on a page: its box in points from the page's lower left corner, and the
    alt text of the marked content around it."""

    x: float
    y: float
    width: float
    height: float
    alt: str


def placed_images(reader: pypdf.PdfReader, index: int) -> list[Placed]:
    """Return the images drawn on a page, following the content stream's transformations,
    each with the alt text of the structure element whose marked content it is."""
    page = reader.pages[index]
    objects = page["/Resources"].get("/XObject", {})
    owners = reader.trailer["/Root"]["/StructTreeRoot"]["/ParentTree"]["/Nums"]
    key = page["/StructParents"]
    elements = next(owners[i + 1] for i in range(0, len(owners), 2) if owners[i] == key)
    matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    saved: list[list[float]] = []
    alts: list[str] = []
    found = []
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        if operator == b"q":
            saved.append(matrix)
        elif operator == b"Q":
            matrix = saved.pop()
        elif operator == b"cm":
            a, b, c, d, e, f = (float(value) for value in operands)
            m = matrix
            matrix = [
                a * m[0] + b * m[2],
                a * m[1] + b * m[3],
                c * m[0] + d * m[2],
                c * m[1] + d * m[3],
                e * m[0] + f * m[2] + m[4],
                e * m[1] + f * m[3] + m[5],
            ]
        elif operator == b"BDC":
            mcid = operands[1].get("/MCID")
            element = elements[mcid].get_object() if mcid is not None else {}
            alts.append(str(element.get("/Alt", "")))
        elif operator == b"EMC":
            alts.pop()
        elif operator == b"Do" and objects[operands[0]].get_object()["/Subtype"] == "/Image":
            found.append(Placed(matrix[4], matrix[5], matrix[0], matrix[3], "".join(alts)))
    return found


def sample() -> Briefing:
    return briefingfile.load(sample_briefing_path())


def pictured() -> Briefing:
    """The sample with a small map, a photo wider than the page and one taller than it."""
    briefing = with_image(sample(), image_entry(png(90, 60), "The region", id="map"), 0, 1)
    wide = image_entry(photo(1600, 1200), "The harbour", alt_text="Ships in a harbour", id="wide")
    briefing = with_image(briefing, wide, 0, 2)
    tall = image_entry(photo(900, 3000), "The tower", alt_text="A radio tower", id="tall")
    return with_image(briefing, tall, 1, 0)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("figures") / "pictured.pdf"
    export(pictured(), "pdf", path, TEMPLATE)
    return path


def _pages_with(reader: pypdf.PdfReader) -> dict[str, tuple[int, Placed]]:
    alts = {"map": "A map of the region", "wide": "Ships in a harbour", "tall": "A radio tower"}
    found = {}
    for index in range(len(reader.pages)):
        for image in placed_images(reader, index):
            name = next(key for key, alt in alts.items() if image.alt.startswith(alt))
            found[name] = (index, image)
    return found


def test_each_picture_is_on_a_page_with_its_caption_and_alt_text(exported: Path) -> None:
    reading = read(exported)
    assert qpdf_ok(exported)
    pages = _pages_with(reading.reader)
    assert set(pages) == {"map", "wide", "tall"}
    for name, caption in (
        ("map", "Figure 1: The region"),
        ("wide", "Figure 2: The harbour"),
        ("tall", "Figure 3: The tower"),
    ):
        index, _ = pages[name]
        assert caption in " ".join(reading.pages[index].split())


def test_a_small_picture_prints_at_its_natural_size_and_a_wide_one_at_the_frames_width(
    exported: Path,
) -> None:
    pages = _pages_with(read(exported).reader)
    _, small = pages["map"]
    assert (small.width, small.height) == pytest.approx((90 * 72 / DPI, 60 * 72 / DPI))
    assert small.x == pytest.approx(LEFT)
    _, wide = pages["wide"]
    assert wide.width == pytest.approx(FRAME_WIDTH)
    assert wide.height == pytest.approx(FRAME_WIDTH * 1200 / 1600)


def test_a_picture_taller_than_the_page_is_scaled_to_fit_it_with_its_caption(
    exported: Path,
) -> None:
    reading = read(exported)
    index, tall = _pages_with(reading.reader)["tall"]
    assert tall.height < FRAME_HEIGHT
    assert tall.width / tall.height == pytest.approx(900 / 3000, rel=1e-3)
    assert tall.y > BOTTOM  # the caption is below it, inside the frame
    assert tall.y + tall.height <= HEIGHT - TOP + 0.01
    # its section's heading opens the page with it: not left alone on the page before
    assert "2\u2002What the ministers said" in [t for _, t, p in reading.outline if p == index + 1]


def test_the_contents_and_page_numbers_count_the_pages_the_pictures_take(
    exported: Path,
) -> None:
    reading = read(exported)
    numbers = toc_numbers(reading.pages[1])
    outline = {title.replace("\u2002", " "): page for _, title, page in reading.outline}
    assert numbers
    for label, page in numbers.items():
        assert outline[" ".join(label.split())] == page
    total = len(reading.pages)
    assert total > page_numbers(build_document(sample(), TEMPLATE), TEMPLATE).total
    for number, page in enumerate(reading.pages[1:], start=2):
        assert f"Page {number} of {total}" in page


def test_a_figure_is_a_link_target_where_the_preview_turns(exported: Path) -> None:
    document = build_document(pictured(), TEMPLATE)
    anchors = page_numbers(document, TEMPLATE).headings
    pages = _pages_with(read(exported).reader)
    assert anchors["e-tall"] == pages["tall"][0] + 1
    assert anchors["e-map"] == pages["map"][0] + 1


def test_two_invariant_exports_are_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for path in (first, second):
        export(pictured(), "pdf", path, TEMPLATE, invariant=True)
    assert first.read_bytes() == second.read_bytes()


def test_a_picture_that_cannot_be_decoded_stops_the_export_with_a_clear_message(
    tmp_path: Path,
) -> None:
    broken = Figure(b"\x89PNG\r\n\x1a\nnot really", "image/png", 40, 30, "A chart", "e-x")
    document = Document(DocumentInfo("Broken"), (Heading(1, "One", "s-1"), broken))
    with pytest.raises(RenderError, match="the image “A chart” cannot be drawn: its data is"):
        RENDERERS["pdf"].render(document, TEMPLATE, tmp_path / "broken.pdf")


def test_a_picture_is_set_a_little_smaller_to_fit_the_rest_of_a_page_but_not_much() -> None:
    figure = build_document(pictured(), TEMPLATE).blocks
    wide = next(b for b in figure if isinstance(b, Figure) and b.anchor == "e-wide")
    block = FigureBlock(wide, None, 700.0, 6.0, lambda *_: None)
    assert block.wrap(450, 700) == (450, pytest.approx(337.5))  # the width of the frame
    assert block.wrap(450, 300) == (450, pytest.approx(300))  # 89 %: set smaller to fit
    assert block.wrap(450, 200)[1] == pytest.approx(337.5)  # 59 %: moved to the next page
    assert block.wrap(450, 3000)[1] == pytest.approx(337.5)  # never enlarged
