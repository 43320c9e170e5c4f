"""Real files to attach as annexes, good and bad, made on the spot."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas


def pdf_file(pages: int = 2, words: str = "Annexed page", wide: bool = False) -> bytes:
    """Return a PDF of pages pages, each saying "<words> <n>" in large letters."""
    out = io.BytesIO()
    size = landscape(A4) if wide else A4
    canvas = Canvas(out, pagesize=size, invariant=1)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 24)
        canvas.drawString(72, size[1] - 120, f"{words} {number}")
        canvas.rect(36, 36, size[0] - 72, size[1] - 72)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_file(1))))
    writer.encrypt("secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def bomb_pdf() -> bytes:
    """Return a one-page PDF whose page content unpacks from 100 KB to 100 MB."""
    content = zlib.compress(b" " * 100_000_000, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
        + content
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        start,
    )
    return bytes(out)


def image_file(width: int = 640, height: int = 400, kind: str = "PNG") -> bytes:
    """Return an image: a blue field with a white band across its upper third."""
    image = Image.new("RGB", (width, height), (40, 80, 160))
    image.paste((255, 255, 255), (0, height // 3, width, height // 3 + height // 10))
    out = io.BytesIO()
    image.save(out, format=kind)
    return out.getvalue()


def turned_jpeg() -> bytes:
    """Return a 300 × 100 JPEG whose EXIF says to show it turned a quarter (600 × … upright)."""
    image = Image.new("RGB", (300, 100), (200, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to view
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """Return a tiny PNG whose header claims width × height pixels (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        check = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + check

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 1000)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def linked_pdf() -> bytes:
    """A two-page PDF whose first page links to a web address and to its second page."""
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    canvas.drawString(72, 700, "See the web site")
    canvas.linkURL("https://example.org/", (72, 690, 200, 712))
    canvas.linkRect("", "second", (72, 640, 200, 662))
    canvas.showPage()
    canvas.bookmarkPage("second")
    canvas.drawString(72, 700, "Second page")
    canvas.showPage()
    canvas.save()
    return out.getvalue()
