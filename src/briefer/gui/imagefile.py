"""Image files the user picks: checked by the core, decoded once by Qt, turned upright."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize
from PySide6.QtGui import QIcon, QImage, QImageIOHandler, QImageReader, QImageWriter, QPixmap

from briefer.errors import BriefingError, FormatError
from briefer.model.picture import Picture, load_picture, read_picture

_UPRIGHT_QUALITY = 92  # a photo turned upright is saved again; this keeps it as it was


@dataclass(frozen=True)
class _Decoded:
    image: QImage  # null if the pixels could not be read
    error: str
    turned: bool  # the file asks to be shown turned or mirrored


def image_filter() -> str:
    """Return the file dialog's filter for the images briefer can insert."""
    return QCoreApplication.translate("ImageFile", "Images (*.png *.jpg *.jpeg);;All files (*)")


def read_image_file(path: Path) -> Picture:
    """Return the picture in a PNG or JPEG file, turned upright if the camera only noted
    its orientation (PDF and Word would show it sideways); raise BriefingError with a
    message naming the file and saying what to do."""
    picture = load_picture(path)  # checked before Qt decodes a single pixel
    limit = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(0)  # the core has checked the size: up to 50 megapixels
    try:
        decoded = _decode(picture.data)
    finally:
        QImageReader.setAllocationLimit(limit)
    if decoded.image.isNull():
        message = QCoreApplication.translate(
            "ImageFile",
            "{name} is damaged: its pixels cannot be read ({error}). Open it in an image "
            "editor, save it again and insert it again.",
        )
        raise BriefingError(message.format(name=path.name, error=decoded.error))
    if not decoded.turned:
        return picture
    try:
        return read_picture(_encoded(decoded.image, picture))
    except FormatError as error:
        message = QCoreApplication.translate("ImageFile", "{name} turned upright {error}.")
        raise BriefingError(message.format(name=path.name, error=error)) from None


def thumbnail(picture: Picture, size: int) -> QPixmap:
    """Return the picture as it prints (not turned by its metadata), scaled to fit a square
    of size pixels; null if it cannot be read."""
    scale = min(1.0, size / max(picture.width, picture.height))
    width, height = (max(round(side * scale), 1) for side in (picture.width, picture.height))
    return QPixmap.fromImage(_decode(picture.data, QSize(width, height)).image)


class Thumbnails:
    """Icons of the pictures last shown, so that an outline repainting does not decode them
    again; a few dozen are kept."""

    def __init__(self, size: int = 32, kept: int = 32) -> None:
        self.size = size
        self.kept = kept
        self._icons: OrderedDict[Picture, QIcon] = OrderedDict()

    def icon(self, picture: Picture) -> QIcon:
        if picture in self._icons:
            self._icons.move_to_end(picture)
        else:
            self._icons[picture] = QIcon(thumbnail(picture, self.size))
            while len(self._icons) > self.kept:
                self._icons.popitem(last=False)
        return self._icons[picture]


def _decode(data: bytes, size: QSize | None = None) -> _Decoded:
    """Decode data: at size, as it prints, if size is given; else whole, turned as its
    metadata asks."""
    buffer = QBuffer()  # kept until the reader is done with it
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(size is None)
    if size is not None:
        reader.setScaledSize(size)
    turned = reader.transformation() != QImageIOHandler.Transformation.TransformationNone
    image = reader.read()
    return _Decoded(image, reader.errorString(), turned)


def _encoded(image: QImage, picture: Picture) -> bytes:
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    jpeg = picture.media_type == "image/jpeg"
    writer = QImageWriter(out, QByteArray(b"jpeg" if jpeg else b"png"))
    if jpeg:
        writer.setQuality(_UPRIGHT_QUALITY)
    writer.write(image)
    return bytes(out.data().data())
