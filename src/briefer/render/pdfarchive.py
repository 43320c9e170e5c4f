"""What makes a PDF archival and declares it accessible: PDF/A-2a and PDF/UA-1 (ISO 19005-2,
ISO 14289-1) in XMP metadata that matches the document information, an sRGB output intent,
the document's language and title shown by viewers, and the marking and reference as
properties a records system can read.

ReportLab writes the pages, fonts and annotations; these are the catalog's extra parts.
"""

from __future__ import annotations

import functools
from xml.sax.saxutils import escape, quoteattr

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDate,
    PDFDictionary,
    PDFDocument,
    PDFInfo,
    PDFName,
    PDFObject,
    PDFStream,
    PDFString,
)

from briefer import paths
from briefer.render.document import DocumentInfo

VERSION = (1, 7)
_NAMESPACE = "http://ns.briefer.invalid/records/1.0/"  # briefer's own properties


def declare(document: PDFDocument, info: DocumentInfo, tree: PDFObject) -> None:
    """Give the PDF being written its structure tree, metadata, output intent and the
    entries a tagged, archival PDF needs in its catalog."""
    for page in document.Pages.pages:
        page.Trans = None  # ReportLab writes an empty transition on every page
    catalog = document.Catalog
    catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]
    catalog.StructTreeRoot = tree
    catalog.MarkInfo = PDFDictionary({"Marked": "true"})
    catalog.ViewerPreferences = PDFDictionary({"DisplayDocTitle": "true"})
    catalog.Lang = PDFString(info.language)
    catalog.OutputIntents = PDFArray([_output_intent()])
    found = document.info
    described = _Info(
        title=found.title,
        author=found.author,
        subject=found.subject,
        keywords=found.keywords,
        creator=found.creator,
        producer=found.producer,
    )
    document.info = described
    stamp = document._timeStamp
    date = _xmp_date(stamp.YMDhms, stamp.dhh, stamp.dmm)
    catalog.Metadata = _Readable(xmp(described, info, date).encode())


class _Readable(PDFStream):  # type: ignore[misc]
    """The metadata stream, left unfiltered so that any tool can read it (PDF/A-2, 6.6.2.1):
    ReportLab's streams always get a /Filter entry, if an empty one."""

    def __init__(self, content: bytes) -> None:
        super().__init__(content=content)

    def format(self, document: PDFDocument) -> bytes:
        entries = {"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}
        header = PDFDictionary({**entries, "Length": len(self.content)}).format(document)
        return header + b"\nstream\n" + self.content + b"\nendstream\n"  # type: ignore[no-any-return]


class _Info(PDFInfo):  # type: ignore[misc]
    """The document information dictionary with only the entries that have a value, each
    the same as in the XMP metadata (PDF/A-2, 6.6.3)."""

    def __init__(self, **values: str) -> None:
        super().__init__()
        for name, value in values.items():
            setattr(self, name, value)

    def entries(self) -> dict[str, str]:
        return {
            name: value
            for name, value in (
                ("Title", self.title),
                ("Author", self.author),
                ("Subject", self.subject),
                ("Keywords", self.keywords),
                ("Creator", self.creator),
                ("Producer", self.producer),
            )
            if value
        }

    def format(self, document: PDFDocument) -> bytes:
        values: dict[str, object] = {k: PDFString(v) for k, v in self.entries().items()}
        date = PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter)
        values["CreationDate"] = values["ModDate"] = date
        return PDFDictionary(values).format(document)  # type: ignore[no-any-return]


def _xmp_date(moment: tuple[int, ...], hours: int, minutes: int) -> str:
    """Return a date as XMP writes it, with the same offset from UTC as the PDF's."""
    year, month, day, hour, minute, second = moment[:6]
    sign = "-" if hours < 0 else "+"
    return (
        f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
        f"{sign}{abs(hours):02d}:{minutes:02d}"
    )


def xmp(described: _Info, info: DocumentInfo, date: str) -> str:
    """Return the XMP metadata packet of the document."""
    values = described.entries()
    dc = [
        "<dc:format>application/pdf</dc:format>",
        f"<dc:language><rdf:Bag><rdf:li>{escape(info.language)}</rdf:li></rdf:Bag></dc:language>",
    ]
    if "Title" in values:
        dc.append(_alt("dc:title", values["Title"]))
    if "Author" in values:
        dc.append(
            f"<dc:creator><rdf:Seq><rdf:li>{escape(values['Author'])}</rdf:li></rdf:Seq></dc:creator>"
        )
    if "Subject" in values:
        dc.append(_alt("dc:description", values["Subject"]))
    pdf = [f"<pdf:Producer>{escape(values['Producer'])}</pdf:Producer>"]
    if "Keywords" in values:
        pdf.append(f"<pdf:Keywords>{escape(values['Keywords'])}</pdf:Keywords>")
    tool = ""
    if "Creator" in values:
        tool = f"<xmp:CreatorTool>{escape(values['Creator'])}</xmp:CreatorTool>"
    records = []
    if info.marking is not None:
        records.append(
            f"<briefer:Classification>{escape(info.marking.printed)}</briefer:Classification>"
        )
    if info.reference:
        records.append(f"<briefer:Reference>{escape(info.reference)}</briefer:Reference>")
    return "\n".join(
        [
            '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
            '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
            '<rdf:Description rdf:about=""'
            ' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"'
            ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"'
            ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
            ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"'
            ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
            f" xmlns:briefer={quoteattr(_NAMESPACE)}>",
            "<pdfaid:part>2</pdfaid:part>",
            "<pdfaid:conformance>A</pdfaid:conformance>",
            "<pdfuaid:part>1</pdfuaid:part>",
            *dc,
            *pdf,
            tool,
            f"<xmp:CreateDate>{date}</xmp:CreateDate>",
            f"<xmp:ModifyDate>{date}</xmp:ModifyDate>",
            f"<xmp:MetadataDate>{date}</xmp:MetadataDate>",
            *records,
            "</rdf:Description>",
            _EXTENSIONS,
            "</rdf:RDF>",
            "</x:xmpmeta>",
            '<?xpacket end="w"?>',
        ]
    )


def _alt(name: str, text: str) -> str:
    """Return an XMP property with one text in the default language."""
    text = f'<rdf:li xml:lang="x-default">{escape(text)}</rdf:li>'
    return f"<{name}><rdf:Alt>{text}</rdf:Alt></{name}>"


def _schema(namespace: str, prefix: str, title: str, properties: list[tuple[str, str, str]]) -> str:
    """Return a PDF/A extension schema (ISO 19005-2, 6.6.2.3.3) for properties outside the
    schemas PDF/A knows: name, value type and description each."""
    described = "".join(
        '<rdf:li rdf:parseType="Resource">'
        f"<pdfaProperty:name>{name}</pdfaProperty:name>"
        f"<pdfaProperty:valueType>{kind}</pdfaProperty:valueType>"
        "<pdfaProperty:category>internal</pdfaProperty:category>"
        f"<pdfaProperty:description>{escape(text)}</pdfaProperty:description>"
        "</rdf:li>"
        for name, kind, text in properties
    )
    return (
        '<rdf:li rdf:parseType="Resource">'
        f"<pdfaSchema:schema>{escape(title)}</pdfaSchema:schema>"
        f"<pdfaSchema:namespaceURI>{escape(namespace)}</pdfaSchema:namespaceURI>"
        f"<pdfaSchema:prefix>{prefix}</pdfaSchema:prefix>"
        f"<pdfaSchema:property><rdf:Seq>{described}</rdf:Seq></pdfaSchema:property>"
        "</rdf:li>"
    )


_EXTENSIONS = (
    '<rdf:Description rdf:about=""'
    ' xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"'
    ' xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"'
    ' xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">'
    "<pdfaExtension:schemas><rdf:Bag>"
    + _schema(
        "http://www.aiim.org/pdfua/ns/id/",
        "pdfuaid",
        "PDF/UA identification schema",
        [("part", "Integer", "Part of ISO 14289 the document conforms to")],
    )
    + _schema(
        _NAMESPACE,
        "briefer",
        "briefer records schema",
        [
            ("Classification", "Text", "Classification marking of the document, as printed"),
            ("Reference", "Text", "File reference of the document"),
        ],
    )
    + "</rdf:Bag></pdfaExtension:schemas></rdf:Description>"
)


def _output_intent() -> PDFDictionary:
    """Return the sRGB output intent every page's colours are meant for."""
    profile = PDFStream(PDFDictionary({"N": 3}), _profile())
    return PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString("sRGB IEC61966-2.1"),
            "Info": PDFString("sRGB IEC61966-2.1"),
            "DestOutputProfile": profile,
        }
    )


@functools.cache
def _profile() -> bytes:
    return (paths.resources_dir() / "color" / "sRGB.icc").read_bytes()
