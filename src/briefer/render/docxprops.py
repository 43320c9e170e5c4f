"""The custom properties of a .docx (docProps/custom.xml), which python-docx does not write."""

from __future__ import annotations

import re

from docx.document import Document as WordDocument
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type information

_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the one for user-defined properties
_EMPTY = f'<Properties xmlns="{_NS}" xmlns:vt="{_VT}"/>'.encode()


def set_custom(word: WordDocument, values: dict[str, str], replaces: re.Pattern[str]) -> None:
    """Set text custom properties, first dropping those whose names match replaces (the
    ones an earlier export left in a reference document)."""
    package = word.part.package
    part = next(
        (
            rel.target_part
            for rel in package.rels.values()
            if rel.reltype == RELATIONSHIP_TYPE.CUSTOM_PROPERTIES and not rel.is_external
        ),
        None,
    )
    if part is None and not values:
        return
    root = etree.fromstring(part.blob if part is not None else _EMPTY)
    for prop in list(root):
        if replaces.fullmatch(prop.get("name", "")):
            root.remove(prop)
    for name, value in values.items():
        prop = etree.SubElement(root, f"{{{_NS}}}property", fmtid=_FMTID, name=name)
        etree.SubElement(prop, f"{{{_VT}}}lpwstr").text = value
    for pid, prop in enumerate(root, start=2):  # ids are unique, and 2 is the first allowed
        prop.set("pid", str(pid))
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    if part is None:
        part = Part(
            PackURI("/docProps/custom.xml"), CONTENT_TYPE.OFC_CUSTOM_PROPERTIES, blob, package
        )
        package.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)
    else:
        part._blob = blob
