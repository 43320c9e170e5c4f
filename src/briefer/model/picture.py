"""Pictures a briefing embeds: PNG or JPEG bytes, checked before they are trusted.

A picture comes from a file the user picked or from a shared .briefing file, so nothing
about it is taken on trust: the bytes must really be a whole PNG or JPEG, of a size and a
pixel count that a renderer can decode without running out of memory (a PNG of a few
kilobytes may claim a billion pixels). PNG data is inflated, in pieces, to prove it holds
exactly the pixels it claims; JPEG is checked marker by marker to its end.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
import stat
import struct
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args

from briefer.atomic import describe_os_error
from briefer.errors import BriefingError, FormatError
from briefer.fields import as_mapping, get_str
from briefer.i18n import N_, _, number

MediaType = Literal["image/png", "image/jpeg"]
MEDIA_TYPES: tuple[MediaType, ...] = get_args(MediaType)
MAX_BYTES = 20 * 1024 * 1024  # of one picture's file
MAX_PIXELS = 50_000_000  # a 48-megapixel photo fits; decoded, this is 200 MB
MAX_SIDE = 30_000  # pixels, either way
MAX_TOTAL_BYTES = 100 * 1024 * 1024  # of all the pictures in one briefing

_PNG = b"\x89PNG\r\n\x1a\n"
_PNG_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
# the seven passes of an interlaced PNG: first column and row, and the steps between them
_ADAM7 = (
    (0, 0, 8, 8),
    (4, 0, 8, 8),
    (0, 4, 4, 8),
    (2, 0, 4, 4),
    (0, 2, 2, 4),
    (1, 0, 2, 2),
    (0, 1, 1, 2),
)
_INFLATE_STEP = 1 << 20
_JPEG_FRAMES = {0xC0, 0xC1, 0xC2}  # baseline, extended and progressive: what PDF and Word show
_JPEG_OTHER_FRAMES = {0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_JPEG_STANDALONE = {0x01, *range(0xD0, 0xD8)}  # TEM and the restart markers
# in entropy-coded data, 0xFF is followed by a stuffed zero, a restart marker or fill; any
# other byte after it is the next marker
_SCAN_END = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
_OTHER_KINDS = (
    (b"GIF8", N_("a GIF image")),
    (b"II*\x00", N_("a TIFF image")),
    (b"MM\x00*", N_("a TIFF image")),
    (b"BM", N_("a BMP image")),
    (b"%PDF", N_("a PDF document")),
    (b"PK\x03\x04", N_("a ZIP archive or Office document")),
)


@dataclass(frozen=True)
class Picture:
    """A checked PNG or JPEG: its bytes, media type and size in pixels."""

    data: bytes = field(repr=False)
    media_type: MediaType
    width: int
    height: int

    def to_dict(self) -> dict[str, Any]:
        return {"media_type": self.media_type, "data": base64.b64encode(self.data).decode()}


def read_picture(data: bytes) -> Picture:
    """Return the picture in data, or raise FormatError saying (after "the image") what is
    wrong with it: another kind of file, damaged, too large, or too many pixels."""
    if len(data) > MAX_BYTES:
        raise FormatError(_too_large(len(data)))
    if data.startswith(_PNG):
        media_type: MediaType = "image/png"
        width, height = _check_png(data)
    elif data.startswith(b"\xff\xd8\xff"):
        media_type = "image/jpeg"
        width, height = _check_jpeg(data)
    else:
        raise FormatError(_("is {kind}, not a PNG or JPEG image").format(kind=_kind(data)))
    return Picture(data, media_type, width, height)


def check_total_size(pictures: Iterable[Picture]) -> None:
    """Raise FormatError if the pictures take more than a briefing holds."""
    total = sum(len(picture.data) for picture in pictures)
    if total > MAX_TOTAL_BYTES:
        raise FormatError(
            _("the images take {size} MB; a briefing holds at most {most} MB of images").format(
                size=number(total / 2**20, decimals=1), most=number(MAX_TOTAL_BYTES // 2**20)
            )
        )


def load_picture(path: Path) -> Picture:
    """Read a PNG or JPEG file, raising BriefingError with a message naming the file and
    saying what to do."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise BriefingError(
                _("{name} is a folder, device or pipe, not an image file").format(name=path.name)
            )
        if status.st_size > MAX_BYTES:  # not read at all
            raise BriefingError(
                _("{name} {problem} and insert it again.").format(
                    name=path.name, problem=_too_large(status.st_size)
                )
            )
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as error:
        raise BriefingError(
            _("Could not read {name}: {error}").format(
                name=path.name, error=describe_os_error(error)
            )
        ) from None
    try:
        return read_picture(data)
    except FormatError as error:
        raise BriefingError(_("{name} {problem}.").format(name=path.name, problem=error)) from None


def picture_from_dict(value: Any, where: str) -> Picture:
    """Return the picture stored in a .briefing file, raising FormatError naming the key."""
    data = as_mapping(value, where)
    media_type = get_str(data, "media_type", where, default=None)
    if media_type not in MEDIA_TYPES:
        raise FormatError(
            _("{where}.media_type: expected one of {types}, found '{found}'").format(
                where=where, types=", ".join(MEDIA_TYPES), found=media_type[:40]
            )
        )
    encoded = get_str(data, "data", where, default=None)
    if len(encoded) > 4 * (MAX_BYTES // 3 + 1):
        raise FormatError(
            _("{where}.data: the image is larger than {most} MB, the most a briefing holds").format(
                where=where, most=number(MAX_BYTES // 2**20)
            )
        )
    try:
        decoded = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise FormatError(_("{where}.data: is not base64 text").format(where=where)) from None
    try:
        picture = read_picture(decoded)
    except FormatError as error:
        raise FormatError(
            _("{where}.data: the image {problem}").format(where=where, problem=error)
        ) from None
    if picture.media_type != media_type:
        raise FormatError(
            _("{where}.media_type: says {said}, but the image is {found}").format(
                where=where, said=media_type, found=picture.media_type
            )
        )
    return picture


def _too_large(size: int) -> str:
    shown = math.ceil(size * 10 / 2**20) / 10  # rounded up: never "20.0 MB; at most 20 MB"
    return _(
        "is {size} MB; an image in a briefing is at most {most} MB. "
        "Save it smaller (fewer pixels or more compression)"
    ).format(size=number(shown, decimals=1), most=number(MAX_BYTES // 2**20))


def _kind(data: bytes) -> str:
    if not data:
        return _("an empty file")
    for magic, name in _OTHER_KINDS:
        if data.startswith(magic):
            return _(name)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _("a WebP image")
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif"):
        return _("a HEIC or AVIF image")
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"<svg", b"<?xml")):
        return _("an SVG drawing or other XML")
    try:
        data[:512].decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < min(len(data), 512) - 3:
            return _("a file of another kind")
    return _("text")


def _checked_size(width: int, height: int) -> tuple[int, int]:
    if not (width and height):
        raise FormatError(_("is damaged: it claims to be 0 pixels wide or high"))
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise FormatError(
            _(
                "is {width} × {height} pixels; an image in a briefing has at most "
                "{megapixels} megapixels and {side} pixels a side. Scale it down"
            ).format(
                width=number(width),
                height=number(height),
                megapixels=number(MAX_PIXELS // 1_000_000),
                side=number(MAX_SIDE),
            )
        )
    return width, height


# -- PNG -------------------------------------------------------------------------------------


def _png_chunks(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    """Yield (type, content) of each chunk up to IEND, each one's checksum checked."""
    at = len(_PNG)
    while True:
        if at + 8 > len(data):
            raise FormatError(_("is damaged: the PNG file is cut short"))
        length, kind = struct.unpack(">I4s", data[at : at + 8])
        end = at + 8 + length
        if end + 4 > len(data):
            raise FormatError(_("is damaged: the PNG file is cut short"))
        content = data[at + 8 : end]
        (crc,) = struct.unpack(">I", data[end : end + 4])
        if zlib.crc32(kind + content) != crc:
            raise FormatError(
                _("is damaged: the PNG chunk {chunk} is corrupt").format(
                    chunk=repr(kind.decode("latin-1"))
                )
            )
        yield kind, content
        if kind == b"IEND":
            return
        at = end + 4


def _check_png(data: bytes) -> tuple[int, int]:
    chunks = _png_chunks(data)
    kind, header = next(chunks)
    if kind != b"IHDR" or len(header) != 13:
        raise FormatError(_("is damaged: the PNG file does not start with its header"))
    width, height, depth, color, compression, filtering, interlace = struct.unpack(
        ">IIBBBBB", header
    )
    if (
        depth not in _PNG_DEPTHS.get(color, ())
        or (compression, filtering) != (0, 0)
        or interlace not in (0, 1)
    ):
        raise FormatError(_("is damaged: its PNG header is invalid"))
    _checked_size(width, height)
    compressed: list[bytes] = []
    palette = False
    for kind, content in chunks:
        if kind == b"IDAT":
            compressed.append(content)
        elif kind == b"PLTE":
            palette = True
    if not compressed:
        raise FormatError(_("is damaged: the PNG file holds no image data"))
    if color == 3 and not palette:
        raise FormatError(_("is damaged: the PNG file has no palette for its colours"))
    bits = depth * _PNG_CHANNELS[color]
    _inflate_exactly(compressed, _png_raw_size(width, height, bits, interlace == 1))
    return width, height


def _png_raw_size(width: int, height: int, bits: int, interlaced: bool) -> int:
    """Return how many bytes the image data inflates to: rows of pixels, each row led by
    its filter byte (in each of the seven passes of an interlaced image)."""
    passes = _ADAM7 if interlaced else ((0, 0, 1, 1),)
    total = 0
    for x0, y0, dx, dy in passes:
        columns = (width - x0 + dx - 1) // dx if width > x0 else 0
        rows = (height - y0 + dy - 1) // dy if height > y0 else 0
        if columns and rows:
            total += rows * (1 + (columns * bits + 7) // 8)
    return total


def _inflate_exactly(pieces: list[bytes], expected: int) -> None:
    """Inflate the pieces a megabyte at a time, never holding the result, and raise
    FormatError unless they give exactly expected bytes."""
    inflater = zlib.decompressobj()
    produced = 0
    try:
        for piece in pieces:
            pending = piece
            while pending and not inflater.eof:
                produced += len(inflater.decompress(pending, _INFLATE_STEP))
                pending = inflater.unconsumed_tail
                if produced > expected:
                    raise FormatError(_("is damaged: its PNG data holds more than its pixels"))
        produced += len(inflater.flush())
    except zlib.error:
        raise FormatError(_("is damaged: its PNG data cannot be decompressed")) from None
    if not inflater.eof or produced < expected:
        raise FormatError(_("is damaged: its PNG data is cut short"))
    if produced > expected:
        raise FormatError(_("is damaged: its PNG data holds more than its pixels"))


# -- JPEG ------------------------------------------------------------------------------------


def _check_jpeg(data: bytes) -> tuple[int, int]:
    """Walk the JPEG's markers from start to end; return the frame's size in pixels."""
    size: tuple[int, int] | None = None
    scanned = False
    at = 2
    while True:
        marker, at = _next_marker(data, at)
        if marker == 0xD9:  # end of image
            break
        if marker in _JPEG_STANDALONE:
            continue
        segment, at = _segment(data, at)
        if marker == 0xDA:  # start of scan: entropy-coded data follows
            if size is None:
                raise FormatError(_("is damaged: its JPEG data comes before its header"))
            scanned = True
            at = _skip_scan(data, at)
        elif marker in _JPEG_FRAMES or marker in _JPEG_OTHER_FRAMES:
            size = _jpeg_frame(marker, segment)
    if size is None or not scanned:
        raise FormatError(_("is damaged: the JPEG file holds no image"))
    return size


def _segment(data: bytes, at: int) -> tuple[bytes, int]:
    """Return the content of the marker segment at at, and where the next one starts."""
    if at + 2 > len(data):
        raise FormatError(_("is damaged: the JPEG file is cut short"))
    (length,) = struct.unpack(">H", data[at : at + 2])
    if length < 2 or at + length > len(data):
        raise FormatError(_("is damaged: the JPEG file is cut short"))
    return data[at + 2 : at + length], at + length


def _next_marker(data: bytes, at: int) -> tuple[int, int]:
    """Return the marker at at (after any fill bytes) and where its segment starts."""
    if at >= len(data):
        raise FormatError(_("is damaged: the JPEG file is cut short"))
    if data[at] != 0xFF:
        raise FormatError(_("is damaged: its JPEG structure is broken"))
    while at < len(data) and data[at] == 0xFF:
        at += 1
    if at >= len(data):
        raise FormatError(_("is damaged: the JPEG file is cut short"))
    return data[at], at + 1


def _jpeg_frame(marker: int, segment: bytes) -> tuple[int, int]:
    if marker in _JPEG_OTHER_FRAMES:
        raise FormatError(
            _(
                "is a JPEG of a rare kind (lossless, hierarchical or arithmetic-coded) that "
                "PDF and Word do not show. Save it again as a standard JPEG"
            )
        )
    if len(segment) < 6:
        raise FormatError(_("is damaged: its JPEG header is invalid"))
    precision, height, width, components = struct.unpack(">BHHB", segment[:6])
    if precision != 8 or components not in (1, 3, 4) or len(segment) < 6 + 3 * components:
        raise FormatError(
            _(
                "is a JPEG of a rare kind (not 8-bit grey, colour or CMYK) that PDF and Word do "
                "not show. Save it again as a standard JPEG"
            )
        )
    return _checked_size(width, height)


def _skip_scan(data: bytes, at: int) -> int:
    """Return where the marker after a scan's entropy-coded data starts."""
    found = _SCAN_END.search(data, at)
    if found is None:
        raise FormatError(_("is damaged: the JPEG file is cut short"))
    return found.start()
