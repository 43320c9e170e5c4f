"""Word's settings and the package's own description, without the blank document's leftovers.

python-docx starts from a blank document saved by Word 2010 for Mac: it claims to be
"Microsoft Macintosh Word" with one page and no words, to have been proofread, and carries
a thumbnail of an empty page. A briefing says what wrote it and is laid out as Word 2013 and
later lay out documents.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from xml.sax.saxutils import escape

from docx.document import Document as WordDocument
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

_WORD = "http://schemas.microsoft.com/office/word"
_APP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_WORD_2013 = "15"
# the settings that come before the embedded-font ones (and those), in the schema's order
_PRINTING = (
    "w:writeProtection",
    "w:view",
    "w:zoom",
    "w:removePersonalInformation",
    "w:removeDateAndTime",
    "w:doNotDisplayPageBoundaries",
    "w:displayBackgroundShape",
    "w:printPostScriptOverText",
    "w:printFractionalCharacterWidth",
    "w:printFormsData",
    "w:embedTrueTypeFonts",
    "w:embedSystemFonts",
)
# the settings that come after updateFields, in the schema's order (compat is the fourth)
_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)


def application() -> str:
    """Return the name and version of the program writing the document."""
    try:
        return f"briefer {version('briefer')}"
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "briefer"


def set_settings(word: WordDocument, language: str, embedded_fonts: bool) -> None:
    """Lay the document out as Word 2013 and later do, proof it in language (a tag such as
    "de-DE"), ask Word to update fields on opening and say whether fonts travel with it."""
    settings = word.settings.element
    # "spelling checked" (by no one) and "save a thumbnail" (of an empty page)
    settings.remove_all("w:proofState", "w:savePreviewPicture")
    if embedded_fonts:
        for tag in ("w:embedTrueTypeFonts", "w:saveSubsetFonts"):
            if settings.find(qn(tag)) is None:
                _after_any(settings, _on(tag), _PRINTING)
    if settings.find(qn("w:updateFields")) is None:
        settings.insert_element_before(_on("w:updateFields"), *_AFTER_UPDATE_FIELDS)
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = settings.insert_element_before(OxmlElement("w:compat"), *_AFTER_UPDATE_FIELDS[4:])
    mode = next(
        (
            c
            for c in compat.findall(qn("w:compatSetting"))
            if c.get(qn("w:name")) == "compatibilityMode" and c.get(qn("w:uri")) == _WORD
        ),
        None,
    )
    if mode is None:
        mode = OxmlElement(
            "w:compatSetting", {qn("w:name"): "compatibilityMode", qn("w:uri"): _WORD}
        )
        compat.append(mode)
    mode.set(qn("w:val"), _WORD_2013)
    theme = settings.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), language)


def _on(tag: str) -> BaseOxmlElement:
    return OxmlElement(tag, {qn("w:val"): "true"})


def _after_any(
    settings: BaseOxmlElement, element: BaseOxmlElement, before: tuple[str, ...]
) -> None:
    """Insert element after the last of the settings that come before it (or first)."""
    found = [child for child in settings if child.tag in {qn(tag) for tag in before}]
    if found:
        found[-1].addnext(element)
    else:
        settings.insert(0, element)


def describe_package(word: WordDocument) -> None:
    """Write the extended properties (docProps/app.xml) as briefer's, without the page and
    word counts only Word's layout can give, and drop the blank document's thumbnail."""
    package = word.part.package
    blob = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<Properties xmlns="{_APP}"><Application>{escape(application())}</Application>'
        "<DocSecurity>0</DocSecurity></Properties>"
    ).encode()
    described = False
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            del package.rels[rel_id]
        elif rel.reltype == RELATIONSHIP_TYPE.EXTENDED_PROPERTIES and not rel.is_external:
            rel.target_part._blob = blob
            described = True
    if not described:
        part = Part(
            PackURI("/docProps/app.xml"), CONTENT_TYPE.OFC_EXTENDED_PROPERTIES, blob, package
        )
        package.relate_to(part, RELATIONSHIP_TYPE.EXTENDED_PROPERTIES)
