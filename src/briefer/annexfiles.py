"""PDF and image files offered as annexes: what they are, checked before a briefing keeps them.

A briefing carries its annexes whole, and every export prints them, so a file is refused
when it is not one briefer can print: not a PDF, PNG or JPEG, damaged, encrypted, too large,
or unpacking to far more than it holds (a decompression bomb).
"""

from __future__ import annotations

import io
import logging
import warnings
from typing import Literal

from PIL import Image, ImageOps

from briefer.errors import AnnexError
from briefer.i18n import _, number

# pypdf logs what it finds wrong in a file; briefer says it once, in its own words (pypdf
# itself is loaded only when a PDF is read: it takes megabytes an export without one needs not)
logging.getLogger("pypdf").setLevel(logging.ERROR)

MAX_ANNEX_BYTES = 50 * 2**20  # one annex file
MAX_PDF_PAGES = 2000
MAX_PIXELS = 40_000_000  # an image decoded takes up to four bytes a pixel
MAX_SIDE = 20_000  # pixels
FileKind = Literal["pdf", "png", "jpeg"]
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"
_ORIENTATION = 0x0112  # the EXIF tag saying how a camera held the picture
_SCREEN_DPI = 96
_LEAST_DPI, _MOST_DPI = 36, 2400  # a resolution outside these is a mistake, not a wish


def file_kind(data: bytes, name: str) -> FileKind:
    """Return what kind of annex file data is, from its first bytes, or raise AnnexError."""
    if not data:
        raise AnnexError(_("{name} is empty; attach a PDF, PNG or JPEG file").format(name=name))
    if len(data) > MAX_ANNEX_BYTES:
        raise AnnexError(too_large(name, len(data)))
    if b"%PDF-" in data[:1024]:  # a PDF may start with up to 1 KB of other bytes
        return "pdf"
    if data.startswith(_PNG):
        return "png"
    if data.startswith(_JPEG):
        return "jpeg"
    raise AnnexError(
        _(
            "{name} is not a PDF, PNG or JPEG file; attach a PDF, or an image saved as PNG or JPEG"
        ).format(name=name)
    )


def too_large(name: str, size: int) -> str:
    """Return the message for an annex file of size bytes, more than one may hold."""
    return _(
        "{name} is {size} MiB; an annex may be at most {most} MiB. Attach a smaller copy "
        "(compress the PDF or scale the image down)"
    ).format(name=name, size=number(round(size / 2**20)), most=number(MAX_ANNEX_BYTES // 2**20))


def pdf_pages(data: bytes, name: str, *, unpack: bool = False) -> int:
    """Return the number of pages of a PDF that briefer can append, or raise AnnexError.

    With unpack, every page's content is decompressed too: slower, but a damaged page or a
    decompression bomb is found now rather than when the briefing is exported.
    """
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise AnnexError(
                _(
                    "{name} is encrypted (protected by a password or against changes); save or "
                    "print it as a new PDF without protection and attach that"
                ).format(name=name)
            )
        pages = len(reader.pages)
        if not 0 < pages <= MAX_PDF_PAGES:
            raise AnnexError(
                _("{name} has {pages} pages; an annex has at least one and at most {most}").format(
                    name=name, pages=number(pages), most=number(MAX_PDF_PAGES)
                )
            )
        for page_number, page in enumerate(reader.pages, start=1):
            box = page.cropbox
            if not (box.width > 0 and box.height > 0):
                raise AnnexError(
                    _("{name} is damaged: page {page} has no size").format(
                        name=name, page=page_number
                    )
                )
            if unpack:
                page.get_contents()
    except AnnexError:
        raise
    except LimitReachedError:
        raise AnnexError(
            _(
                "{name} unpacks to far more data than it holds, more than briefer prints; save "
                "or print it as a new PDF and attach that"
            ).format(name=name)
        ) from None
    except Exception as error:  # pypdf raises many kinds on damaged files
        raise AnnexError(
            _(
                "{name} is damaged or not a PDF ({error}); open it in a PDF viewer, save "
                "or print it as a new PDF and attach that"
            ).format(name=name, error=_short(error))
        ) from None
    return pages


def image_size(data: bytes, name: str) -> tuple[int, int]:
    """Return the width and height in pixels of a PNG or JPEG image that decodes whole, or
    raise AnnexError."""
    try:
        with warnings.catch_warnings():
            # Pillow warns of a large image (and refuses a huge one) by its own limit
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
        with image:
            if image.format not in ("PNG", "JPEG"):
                raise AnnexError(_("{name} is not a PNG or JPEG image").format(name=name))
            width, height = image.size
            if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
                raise AnnexError(
                    _too_many(
                        _("{name} is {width} × {height} pixels").format(
                            name=name, width=width, height=height
                        )
                    )
                )
            if image.format == "JPEG":  # decoded at an eighth of its size: quick, yet whole
                image.draft(image.mode, (width // 8, height // 8))
            image.load()
    except AnnexError:
        raise
    except Image.DecompressionBombError:
        raise AnnexError(
            _too_many(_("{name} has hundreds of millions of pixels").format(name=name))
        ) from None
    except Exception as error:  # Pillow raises many kinds on damaged files
        raise AnnexError(
            _(
                "{name} is a damaged image ({error}); open it in an image viewer, save it "
                "again as PNG or JPEG and attach that"
            ).format(name=name, error=_short(error))
        ) from None
    return width, height


def upright(data: bytes) -> bytes:
    """Return a checked image turned as its camera meant it (the EXIF orientation), which
    neither PDF nor Word applies; an image without one is returned as it is."""
    with Image.open(io.BytesIO(data)) as image:
        if image.getexif().get(_ORIENTATION, 1) == 1:
            return data
        file_format = image.format
        turned = ImageOps.exif_transpose(image)
    out = io.BytesIO()
    turned.save(out, format=file_format, quality=92)
    return out.getvalue()


def printed_size(data: bytes) -> tuple[float, float]:
    """Return the width and height in points a checked image prints at by itself: its
    pixels at the resolution it names, or a screen's when it names none."""
    with Image.open(io.BytesIO(data)) as image:
        pixels = image.size
        dpi = image.info.get("dpi")
    if not (isinstance(dpi, tuple) and len(dpi) == 2):
        dpi = (_SCREEN_DPI, _SCREEN_DPI)
    across, down = (
        count * 72 / (float(d) if _LEAST_DPI <= float(d) <= _MOST_DPI else _SCREEN_DPI)
        for count, d in zip(pixels, dpi, strict=True)
    )
    return across, down


def _too_many(what: str) -> str:
    return _(
        "{what}; an image annex may have at most {million} million, {side} a side. "
        "Scale it down and attach it again"
    ).format(what=what, million=MAX_PIXELS // 1_000_000, side=MAX_SIDE)


def _short(error: Exception) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 80 else text[:79] + "…"
