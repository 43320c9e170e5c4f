"""Real PNG and JPEG files made in the tests: PNG byte by byte, a photo-sized JPEG by Pillow."""

from __future__ import annotations

import io
import struct
import zlib
from typing import Any

from PIL import Image, ImageDraw

from briefer.model import Briefing, ImageEntry, edits
from briefer.model.picture import read_picture


def chunk(kind: bytes, content: bytes) -> bytes:
    """Return a PNG chunk with its length and checksum."""
    return (
        struct.pack(">I", len(content))
        + kind
        + content
        + struct.pack(">I", zlib.crc32(kind + content))
    )


def png(width: int = 40, height: int = 30, color: tuple[int, int, int] = (31, 58, 95)) -> bytes:
    """Return an RGB PNG of one colour with a lighter diagonal, written without any library."""
    rows = []
    for y in range(height):
        row = bytearray(b"\x00")  # filter: none
        for x in range(width):
            on_diagonal = abs(x * height - y * width) < max(width, height)
            row += bytes((230, 200, 60)) if on_diagonal else bytes(color)
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + chunk(b"IEND", b"")
    )


def bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """Return a small PNG that claims width × height pixels (a decompression bomb)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    compressor = zlib.compressobj(9)
    data = compressor.compress(b"\x00" * (1 << 20)) + compressor.flush()
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


def photo(width: int = 1600, height: int = 1200, **options: object) -> bytes:
    """Return a photo-sized JPEG: a sky, a sea, a sun and a horizon."""
    image = Image.new("RGB", (width, height), (120, 170, 220))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, height * 2 // 3, width, height), fill=(30, 80, 130))
    draw.ellipse((width * 0.65, height * 0.12, width * 0.8, height * 0.32), fill=(250, 220, 90))
    for step in range(0, width, max(width // 40, 1)):  # waves: detail for the compressor
        draw.line(
            (step, height * 0.75, step + width // 80, height * 0.77), fill=(200, 220, 240), width=3
        )
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88, **options)
    return out.getvalue()


def interlaced_png(width: int, height: int) -> bytes:
    """Return a black greyscale PNG stored in seven interlaced passes."""
    size = 0
    for x0, y0, dx, dy in (
        (0, 0, 8, 8),
        (4, 0, 8, 8),
        (0, 4, 4, 8),
        (2, 0, 4, 4),
        (0, 2, 2, 4),
        (1, 0, 2, 2),
        (0, 1, 1, 2),
    ):
        columns = max(0, (width - x0 + dx - 1) // dx)
        rows = max(0, (height - y0 + dy - 1) // dy)
        size += rows * (1 + columns) if columns else 0
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 1)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * size))
        + chunk(b"IEND", b"")
    )


def image_entry(
    data: bytes | None = None, caption: str = "Map of the region", **fields: Any
) -> ImageEntry:
    """Return an image entry holding data (a small PNG unless given)."""
    return ImageEntry(
        picture=read_picture(data or png()),
        alt_text=fields.pop("alt_text", "A map of the region around the meeting's venue"),
        caption=caption,
        **fields,
    )


def with_image(briefing: Briefing, entry: ImageEntry, section: int = 0, index: int = 1) -> Briefing:
    """Return the briefing with the image entry inserted in a section."""
    return edits.add_entry(briefing, briefing.sections[section].id, entry, index)
