"""Reading text-based PDFs: paragraphs rebuilt from lines, without running heads or numbers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from briefer.errors import ImportFailed
from briefer.importers.readers import read_file

TITLE = "Germany and Japan hold their first 2+2 consultations"
DATELINE = "Berlin, 13 April 2021"
BODY = [
    "Today, Foreign Minister Maas and Defence Minister Kramp-Karrenbauer for the first time held"
    " joint political and security policy consultations via video teleconference with their"
    " Japanese counterparts, Foreign Minister Motegi and Defence Minister Kishi. The agenda"
    " included regional issues such as security and stability in the South and East China Seas.",
    "With its adoption of Policy guidelines for the Indo-Pacific, the German Government has"
    " decided to step up its engagement in the Indo-Pacific region. In the context of these"
    " efforts, the 2+2 Ministerial consultations with Japan underscore the close, trust-based"
    " relations between Germany and Japan.",
    "„Grüße aus Köln – die Zusammenarbeit mit Japan ist für uns von großer Bedeutung“, sagte die"
    " Ministerin. “We must strengthen our engagement in Asia in particular, where important"
    " global decisions for the future will be made in this century,” Foreign Minister Maas"
    " added after the talks.",
    "The planned Japanese-German monitoring of the United Nations’ arms embargo against North"
    " Korea is an important effort to ensure security in the Indo-Pacific region, and the"
    " Agreement on the Security of Information gives both countries new opportunities.",
]
HEADER = "Federal Foreign Office – Press release"


def build_pdf(
    path: Path, body: list[str], *, furniture: bool = False, style: ParagraphStyle | None = None
) -> Path:
    """Write a press release with ReportLab: title, dateline, body paragraphs."""
    styles = getSampleStyleSheet()
    story = [Paragraph(TITLE, styles["Title"]), Paragraph(DATELINE, styles["Normal"])]
    story += [Paragraph(text, style or styles["BodyText"]) for text in body]

    def running_heads(canvas: Any, document: Any) -> None:
        if furniture:
            canvas.setFont("Helvetica", 8)
            canvas.drawString(2 * cm, 28.5 * cm, HEADER)
            canvas.drawCentredString(10.5 * cm, 1.2 * cm, f"Page {document.page}")

    template = SimpleDocTemplate(str(path), pagesize=A4, title="2+2", author="Press Office")
    template.build(story, onFirstPage=running_heads, onLaterPages=running_heads)
    return path


def test_paragraphs_are_rebuilt_from_wrapped_lines(tmp_path: Path) -> None:
    path = build_pdf(tmp_path / "release.pdf", BODY)
    page_text = PdfReader(path).pages[0].extract_text()
    assert page_text.count("\n") > len(BODY) + 6  # the body really is wrapped
    document = read_file(path)
    assert document.paragraphs == (TITLE, DATELINE, *BODY)
    assert (document.origin, document.format) == ("release.pdf", "pdf")


@pytest.mark.parametrize(
    "style",
    [
        ParagraphStyle("wide", fontSize=11, leading=17, spaceAfter=8, alignment=TA_JUSTIFY),
        ParagraphStyle("indented", fontSize=10, leading=12, firstLineIndent=18),
    ],
    ids=lambda style: style.name,
)
def test_paragraphs_are_found_by_spacing_or_indentation(tmp_path: Path, style: Any) -> None:
    emphasised = [BODY[0].replace("Maas", "<b>Maas</b>"), *BODY[1:]]
    document = read_file(build_pdf(tmp_path / "styled.pdf", emphasised, style=style))
    assert document.paragraphs == (TITLE, DATELINE, *BODY)


def test_document_information_becomes_metadata(tmp_path: Path) -> None:
    document = read_file(build_pdf(tmp_path / "release.pdf", BODY), url="https://example.org/r")
    assert (document.title, document.author) == ("2+2", "Press Office")
    assert document.url == "https://example.org/r"
    assert document.meta["created"][:4].isdigit()


def test_running_heads_and_page_numbers_are_dropped_across_pages(tmp_path: Path) -> None:
    body = [f"Paragraph {number}. {BODY[number % len(BODY)]}" for number in range(40)]
    path = build_pdf(tmp_path / "long.pdf", body, furniture=True)
    assert len(PdfReader(path).pages) == 4
    document = read_file(path)
    assert document.paragraphs == (TITLE, DATELINE, *body)


def test_a_paragraph_running_over_a_page_break_is_joined(tmp_path: Path) -> None:
    long = " ".join(BODY * 4)
    body = [*BODY[:3], long, *BODY[:2]]
    path = build_pdf(tmp_path / "split.pdf", body, furniture=True)
    first, second = (page.extract_text().replace("\n", " ") for page in PdfReader(path).pages)
    assert long[:80] in first and long[-80:] in second
    assert read_file(path).paragraphs == (TITLE, DATELINE, *body)


def test_a_password_protected_pdf_is_refused(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=build_pdf(tmp_path / "open.pdf", BODY))
    writer.encrypt("secret", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    writer.write(path)
    with pytest.raises(ImportFailed, match=r"^locked\.pdf is password-protected"):
        read_file(path)


def test_a_pdf_only_its_owner_may_edit_is_read(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=build_pdf(tmp_path / "open.pdf", BODY))
    writer.encrypt("", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "restricted.pdf"
    writer.write(path)
    assert read_file(path).paragraphs == (TITLE, DATELINE, *BODY)


def test_a_scan_without_text_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.rect(2 * cm, 2 * cm, 15 * cm, 25 * cm, fill=1)
    canvas.showPage()
    canvas.save()
    with pytest.raises(ImportFailed, match=r"^scan\.pdf holds no text.*OCR"):
        read_file(path)


@pytest.mark.parametrize("keep", [100, 0.5], ids=["header-only", "half"])
def test_a_damaged_pdf_is_refused(tmp_path: Path, keep: float) -> None:
    data = build_pdf(tmp_path / "release.pdf", BODY).read_bytes()
    path = tmp_path / "damaged.pdf"
    path.write_bytes(data[: int(keep if keep > 1 else len(data) * keep)])
    with pytest.raises(ImportFailed, match=r"^damaged\.pdf (is damaged or not a PDF|holds no)"):
        read_file(path)


def test_garbage_after_a_pdf_signature_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"%PDF-1.7\nthis is not a PDF at all\n%%EOF\n")
    with pytest.raises(ImportFailed, match=r"^fake\.pdf (is damaged or not a PDF|holds no)"):
        read_file(path)
