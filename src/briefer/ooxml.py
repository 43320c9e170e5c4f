"""Word packages (.docx, .dotx) checked before anything unpacks them: no zip bomb, no DTD.

Both an imported document and a template's Word reference go through here; each side words
the refusal for its own user.
"""

from __future__ import annotations

import io
import zipfile

from briefer.i18n import _, number

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_RATIO = 200
_RATIO_CHECKED_ABOVE = 1024 * 1024
_CHUNK = 1024 * 1024
# Word never writes a DTD; one in any part can only be an entity trick.
_DTD_MARKERS = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)


class UnsafePackage(Exception):
    """A package that must not be unpacked; the message says what it is, without the name,
    so that it reads after one ("report.docx " + message)."""


def check_package(data: bytes) -> None:
    """Refuse anything but a plain Word package: not a zip, a zip bomb, or XML with a DTD."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
            _check_sizes(members)
            if "word/document.xml" not in package.namelist():
                raise UnsafePackage(
                    _("is not a Word document (.docx): it holds no word/document.xml")
                )
            for member in members:
                _check_no_dtd(package, member)
    except UnsafePackage:
        raise
    except Exception as exc:  # zipfile raises BadZipFile, zlib.error, EOFError, ValueError…
        raise UnsafePackage(_("is damaged or not a Word document")) from exc


def _check_sizes(members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        raise UnsafePackage(
            _("holds {count} parts, more than any Word document").format(count=number(len(members)))
        )
    if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
        raise UnsafePackage(
            _("unpacks to more than {size} MiB, far more than a document of text needs").format(
                size=number(MAX_UNPACKED_BYTES // (1024 * 1024))
            )
        )
    for member in members:
        if member.file_size > _RATIO_CHECKED_ABOVE and (
            member.file_size > MAX_RATIO * member.compress_size
        ):
            raise UnsafePackage(
                _(
                    "is compressed suspiciously well ({name} unpacks {ratio} times larger), "
                    "as zip bombs are"
                ).format(
                    name=member.filename,
                    ratio=number(member.file_size // max(member.compress_size, 1)),
                )
            )


def _check_no_dtd(package: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    overlap = max(len(marker) for marker in _DTD_MARKERS)
    tail = b""
    # zipfile stops at the declared size, so the checks above bound what is read here.
    with package.open(member) as part:
        while chunk := part.read(_CHUNK):
            window = tail + chunk
            if any(marker in window for marker in _DTD_MARKERS):
                raise UnsafePackage(
                    _(
                        "holds a document type declaration in {name}, which Word never writes"
                    ).format(name=member.filename)
                )
            tail = window[-overlap:]
