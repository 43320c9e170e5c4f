"""Setting the pages of PDF annexes into the briefing's PDF, with pypdf (loaded only for a
briefing that has a PDF annex: it is large).

Each annex page becomes the content of its figure in the structure tree; its links to web
addresses stay, each a Link element in that figure. What a tagged, archival PDF cannot take
from an attached file is left out or said: the annex's other annotations (links within its
own file, stamps, notes, form fields: each would need a place in the structure and a
printable appearance) are dropped, and an annex whose fonts are not embedded makes the
export tagged but neither PDF/A nor PDF/UA (both ask for every font to be embedded), with a
warning.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from briefer.errors import RenderError
from briefer.i18n import _

if TYPE_CHECKING:
    from briefer.render.pdfannex import Box, Placed

_MARKED = {b"BDC", b"BMC", b"EMC", b"MP", b"DP"}  # marked-content operators
_CLAIMS = re.compile(rb"<(pdfaid:part|pdfaid:conformance|pdfuaid:part)>[^<]*</\1>")


def read(data: bytes, caption: str) -> tuple[PdfReader, list[tuple[float, float]]]:
    """Return an annex PDF and the size of each of its pages as shown."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        return reader, [_size(page) for page in reader.pages]
    except Exception as error:  # checked when attached: only a changed pypdf gets here
        raise RenderError(
            _("{caption} could not be read as a PDF: {error}").format(caption=caption, error=error)
        ) from error


def merge(
    path: Path,
    placed: Sequence[Placed],
    files: Sequence[tuple[str, PdfReader]],
    final: Callable[[int], int],
) -> tuple[str, ...]:
    """Set each annex page into the page kept for it in the PDF at path; final gives the
    printed number of a page as built. Return warnings."""
    original = PdfReader(io.BytesIO(path.read_bytes()))
    writer = PdfWriter(clone_from=original)
    writer.pdf_header = original.pdf_header
    unembedded: list[str] = []
    for place in placed:
        caption, reader = files[place.file]
        try:
            page = reader.pages[place.page]
            _keep_web_links(page)
            if place.mcid is not None:
                _mark(page, place.mcid)
            if _unembedded(page) and caption not in unembedded:
                unembedded.append(caption)
            target = writer.pages[final(place.built) - 1]
            before = len(target.get("/Annots") or [])
            target.merge_transformed_page(page, _fitting(page, place.box), over=False)
            if place.mcid is not None:
                _tag_links(writer, target, place.mcid, before)
        except Exception as error:  # pypdf raises many kinds on a damaged page
            raise RenderError(
                _(
                    "Page {page} of {caption} could not be added to the PDF "
                    "({error}). Save the annex as a new PDF and attach it again"
                ).format(page=place.page + 1, caption=caption, error=error)
            ) from error
    if unembedded:
        metadata = writer.root_object["/Metadata"].get_object()
        assert isinstance(metadata, StreamObject)  # written by pdfarchive
        metadata.set_data(_CLAIMS.sub(b"", metadata.get_data()))
    out = io.BytesIO()
    writer.write(out)
    path.write_bytes(out.getbuffer())
    return tuple(
        _(
            "{caption} uses fonts it does not embed, so the PDF cannot be declared archival "
            "(PDF/A) or accessible (PDF/UA), though it is still tagged. Save the annex as PDF/A "
            "and attach it again."
        ).format(caption=caption)
        for caption in unembedded
    )


def _keep_web_links(page: PageObject) -> None:
    """Leave on an annex page only its links to web addresses that do nothing else."""
    annotations = page.get("/Annots")
    if annotations is None:
        return
    kept = ArrayObject()
    for reference in annotations.get_object():
        annotation = reference.get_object()
        action = annotation.get("/A") if isinstance(annotation, DictionaryObject) else None
        if (
            action is not None
            and action.get_object().get("/S") == "/URI"
            and annotation.get("/Subtype") == "/Link"
            and "/AA" not in annotation
        ):
            kept.append(reference)
    page[NameObject("/Annots")] = kept


def _tag_links(writer: PdfWriter, page: PageObject, mcid: int, before: int) -> None:
    """Give each link the merge added to page (after the first before annotations) a Link
    element in the figure that owns the marked content mcid, a parent-tree key, a
    description and the print flag."""
    found = page.get("/Annots")
    annotations = found.get_object() if found is not None else ArrayObject()
    if not isinstance(annotations, ArrayObject) or len(annotations) <= before:
        return
    tree = writer.root_object["/StructTreeRoot"].get_object()
    assert isinstance(tree, DictionaryObject)  # written by pdftags
    parents = tree["/ParentTree"].get_object()
    assert isinstance(parents, DictionaryObject)
    nums = parents["/Nums"]
    assert isinstance(nums, ArrayObject)  # one flat number tree, as pdftags writes it
    key = page["/StructParents"]
    owners = next(nums[i + 1] for i in range(0, len(nums), 2) if nums[i] == key).get_object()
    figure = owners[mcid]
    next_key = int(tree["/ParentTreeNextKey"])  # type: ignore[call-overload]
    for index in range(before, len(annotations)):
        if not isinstance(annotations[index], IndirectObject):
            annotations[index] = writer._add_object(annotations[index])
        reference = annotations[index]
        annotation = reference.get_object()
        uri = str(annotation["/A"].get_object().get("/URI", ""))
        annotation[NameObject("/Contents")] = TextStringObject(
            str(annotation.get("/Contents") or uri)
        )
        annotation[NameObject("/F")] = NumberObject(4)
        annotation[NameObject("/StructParent")] = NumberObject(next_key)
        objr = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/OBJR"),
                NameObject("/Pg"): page.indirect_reference,
                NameObject("/Obj"): reference,
            }
        )
        link = writer._add_object(
            DictionaryObject(
                {
                    NameObject("/S"): NameObject("/Link"),
                    NameObject("/P"): figure,
                    NameObject("/Pg"): page.indirect_reference,
                    NameObject("/K"): ArrayObject([objr]),
                }
            )
        )
        figure.get_object()["/K"].append(link)
        nums += [NumberObject(next_key), link]
        next_key += 1
    tree[NameObject("/ParentTreeNextKey")] = NumberObject(next_key)


def _unembedded(page: PageObject) -> bool:
    """Return whether a page uses a font whose program is not in the file (its own or in
    the forms it draws)."""
    seen: set[int] = set()

    def fonts_of(resources: DictionaryObject | None) -> bool:
        if resources is None or id(resources) in seen:
            return False
        seen.add(id(resources))
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            if font.get("/Subtype") == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if font.get("/Subtype") != "/Type3" and not any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            ):
                return True
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form" and fonts_of(xobject.get("/Resources")):
                return True
        return False

    resources = page.get("/Resources")
    return fonts_of(resources.get_object() if resources is not None else None)


def _rotation(page: PageObject) -> int:
    """Return how far a page is turned to be shown (0, 90, 180 or 270 degrees clockwise)."""
    turn = int(page.rotation) % 360
    return turn if turn % 90 == 0 else 0


def _size(page: PageObject) -> tuple[float, float]:
    """Return the width and height of a page as it is shown: its crop box, turned."""
    box = page.cropbox
    width, height = float(box.width), float(box.height)
    return (height, width) if _rotation(page) % 180 else (width, height)


def _fitting(page: PageObject, box: Box) -> Transformation:
    """Return the transformation that sets a page, turned as it is shown, into box."""
    crop = page.cropbox
    left, bottom, width, height = box
    scale = width / _size(page)[0]
    return (
        Transformation()
        .translate(-float(crop.left + crop.width / 2), -float(crop.bottom + crop.height / 2))
        .rotate(-_rotation(page))
        .scale(scale, scale)
        .translate(left + width / 2, bottom + height / 2)
    )


def _mark(page: PageObject, mcid: int) -> None:
    """Make all a page draws the marked content numbered mcid (its figure's), leaving out
    the page's own marked content (its tags and artifacts belong to its own file)."""
    contents = page.get_contents()
    drawn = b""
    if contents is not None:
        contents.operations = [
            (operands, operator)
            for operands, operator in contents.operations
            if operator not in _MARKED
        ]
        drawn = contents.get_data()
    stream = DecodedStreamObject()
    stream.set_data(b"/Figure <</MCID %d>> BDC\n" % mcid + drawn + b"\nEMC\n")
    # only read by the merge, which copies it: the annex's reader page is never written
    page[NameObject("/Contents")] = stream
