"""Whatever the input, the readers return a document or raise ImportFailed, nothing else."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas

from briefer.errors import ImportFailed
from briefer.importers.readers import read_file, read_pasted


def _sample_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Grüße aus Köln – „Zitat“")
    document.add_table(rows=1, cols=2).cell(0, 1).text = "cell"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _sample_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Grüße aus Köln – „Zitat“")
    canvas.drawString(72, 700, "Page 1")
    canvas.save()
    return buffer.getvalue()


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, content in parts.items():
            package.writestr(name, content)
    return buffer.getvalue()


SAMPLES = [_sample_docx(), _sample_pdf(), b"<!DOCTYPE html><p>Text &amp; more</p>"]


@st.composite
def damaged_samples(draw: st.DrawFn) -> bytes:
    """A real .docx, PDF or page with a stretch of its bytes overwritten or cut off."""
    sample = draw(st.sampled_from(SAMPLES))
    start = draw(st.integers(0, len(sample)))
    junk = draw(st.binary(max_size=64))
    return sample[:start] + junk + (b"" if draw(st.booleans()) else sample[start + len(junk) :])


file_bytes = st.one_of(
    st.binary(max_size=4096),
    st.builds(
        bytes.__add__, st.sampled_from([b"%PDF-1.7\n", b"PK\x03\x04", b"\xff\xfe"]), st.binary()
    ),
    st.builds(
        _zip,
        st.dictionaries(
            st.sampled_from(["word/document.xml", "[Content_Types].xml", "_rels/.rels", "x.xml"]),
            st.binary(max_size=256),
        ),
    ),
    damaged_samples(),
    st.text().map(lambda text: f"<html><body>{text}</body></html>".encode()),
)


@settings(max_examples=200, deadline=None)
@given(st.text())
@example("\x00")
@example("\ud800 lone surrogate")
def test_pasted_text_yields_a_document_or_import_failed(text: str) -> None:
    try:
        document = read_pasted(text)
    except ImportFailed:
        return
    assert document.paragraphs and all(paragraph.strip() for paragraph in document.paragraphs)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=file_bytes, suffix=st.sampled_from([".txt", ".html", ".docx", ".pdf"]))
def test_any_file_yields_a_document_or_import_failed(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    try:
        document = read_file(path)
    except ImportFailed as error:
        assert str(error).startswith(path.name)
        return
    assert document.paragraphs and all(paragraph.strip() for paragraph in document.paragraphs)


@pytest.mark.parametrize("sample", SAMPLES, ids=["docx", "pdf", "html"])
def test_the_undamaged_samples_are_read(tmp_path: Path, sample: bytes) -> None:
    path = tmp_path / "sample"
    path.write_bytes(sample)
    assert read_file(path).paragraphs
