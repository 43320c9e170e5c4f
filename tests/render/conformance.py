"""The machine-checkable rules of PDF/UA-1 and PDF/A-2a that apply to the PDFs briefer writes.

No full validator installs here (veraPDF is a Java program in neither PyPI nor Debian), so
these are the Matterhorn Protocol 1.1 failure conditions a program can decide (numbered as
there: "01-005") and the ISO 19005-2 requirements (numbered by clause: "6.6.3") that bear on
what briefer writes: pages of text, images, links, bookmarks, fonts and metadata. What needs
a human (whether the alt text describes the picture, whether the reading order makes sense,
whether a heading is a heading) is not here; the reading order is compared with the document
model's by the tests instead.

`findings(path)` returns every failure as "checkpoint: what"; a conforming file has none.
"""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf

# ISO 32000-1, 14.8.4: the standard structure types (no role map is needed for these)
STANDARD_TYPES = {
    *"Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private".split(),
    *"P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot".split(),
    *"Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP".split(),
    *"Figure Formula Form".split(),
}
_SHOWS_TEXT = {"Tj", "TJ", "'", '"'}
_PAINTS = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "BI"}
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")  # BCP 47, as far as we use it
# XMP namespaces PDF/A-2 knows without an extension schema (ISO 19005-2, 6.6.2.3.1), as far
# as briefer could use them
_PREDEFINED = {
    "http://purl.org/dc/elements/1.1/",
    "http://ns.adobe.com/xap/1.0/",
    "http://ns.adobe.com/pdf/1.3/",
    "http://www.aiim.org/pdfa/ns/id/",
    "http://ns.adobe.com/xap/1.0/mm/",
    "http://ns.adobe.com/xap/1.0/rights/",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "adobe:ns:meta/",
    "http://www.w3.org/XML/1998/namespace",
    "http://www.aiim.org/pdfa/ns/extension/",
    "http://www.aiim.org/pdfa/ns/schema#",
    "http://www.aiim.org/pdfa/ns/property#",
}
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_SCHEMA = "{http://www.aiim.org/pdfa/ns/schema#}"
_PROPERTY = "{http://www.aiim.org/pdfa/ns/property#}"


@dataclass
class _Report:
    found: list[str] = field(default_factory=list)

    def fail(self, checkpoint: str, what: str) -> None:
        self.found.append(f"{checkpoint}: {what}")


def findings(path: Path) -> list[str]:
    """Return every failure of the file at path against the rules below."""
    report = _Report()
    with pikepdf.open(path) as pdf:
        _file(pdf, path, report)
        _catalog(pdf, report)
        metadata = _metadata(pdf, report)
        _information(pdf, metadata, report)
        elements = _structure(pdf, report)
        _pages(pdf, elements, report)
        _fonts(pdf, report)
    return report.found


# -- the file ---------------------------------------------------------------------------------


def _file(pdf: pikepdf.Pdf, path: Path, report: _Report) -> None:
    head = path.read_bytes()[:32]
    if not re.match(rb"%PDF-1\.[0-7]\r?\n%[\x80-\xff]{4}", head):
        report.fail("6.1.2", "the header is not %PDF-1.n followed by a comment of 4 binary bytes")
    if pdf.pdf_version != "1.7":
        report.fail("PDF 1.7", f"the file is PDF {pdf.pdf_version}")
    if "/ID" not in pdf.trailer:
        report.fail("6.1.3", "the trailer has no /ID")
    if pdf.is_encrypted:
        report.fail("6.1.3", "the file is encrypted")
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Stream) and ("/F" in obj or "/FFilter" in obj):
            report.fail("6.1.7", f"a stream refers to an external file ({obj.objgen})")


def _catalog(pdf: pikepdf.Pdf, report: _Report) -> None:
    root = pdf.Root
    mark = root.get("/MarkInfo")
    if mark is None or not bool(mark.get("/Marked", False)):
        report.fail("01-001", "MarkInfo /Marked is not true (the file is not tagged)")
    elif bool(mark.get("/Suspects", False)):
        report.fail("01-007", "MarkInfo /Suspects is true")
    if "/StructTreeRoot" not in root:
        report.fail("01-001", "the catalog has no structure tree")
    viewer = root.get("/ViewerPreferences")
    if viewer is None or "/DisplayDocTitle" not in viewer:
        report.fail("07-001", "ViewerPreferences has no DisplayDocTitle")
    elif not bool(viewer.DisplayDocTitle):
        report.fail("07-002", "DisplayDocTitle is false")
    lang = str(root.get("/Lang", ""))
    if not _LANGUAGE.match(lang):
        report.fail("11-006", f"the document's language is not given ({lang!r})")
    _output_intent(root, report)
    if "/AcroForm" in root or ("/Names" in root and "/JavaScript" in root.Names):
        report.fail("6.4", "the file has forms or JavaScript")


def _output_intent(root: pikepdf.Dictionary, report: _Report) -> None:
    intents = root.get("/OutputIntents")
    pdfa = [i for i in intents or [] if i.get("/S") == "/GTS_PDFA1"]
    if len(pdfa) != 1:
        report.fail("6.2.2", "there is not exactly one PDF/A output intent")
    else:
        profile = pdfa[0].get("/DestOutputProfile")
        if profile is None or int(profile.get("/N", 0)) != 3:
            report.fail("6.2.2", "the output intent has no RGB (N 3) ICC profile")
        elif profile.read_bytes()[16:20] != b"RGB ":
            report.fail("6.2.2", "the output intent's profile is not an RGB profile")
    if "/AcroForm" in root or ("/Names" in root and "/JavaScript" in root.Names):
        report.fail("6.4", "the file has forms or JavaScript")


# -- metadata ---------------------------------------------------------------------------------


@dataclass
class _Metadata:
    values: dict[str, str]  # "dc:title", "pdfaid:part", … → text


_NAMES = {
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://ns.adobe.com/xap/1.0/": "xmp",
    "http://ns.adobe.com/pdf/1.3/": "pdf",
    "http://www.aiim.org/pdfa/ns/id/": "pdfaid",
    "http://www.aiim.org/pdfua/ns/id/": "pdfuaid",
}


def _metadata(pdf: pikepdf.Pdf, report: _Report) -> _Metadata:
    stream = pdf.Root.get("/Metadata")
    if stream is None:
        report.fail("06-001", "the catalog has no XMP metadata stream")
        return _Metadata({})
    if "/Filter" in stream:
        report.fail("6.6.2.1", "the metadata stream is compressed")
    data = stream.read_bytes()
    if b"<?xpacket begin=" not in data or b"bytes=" in data[:200] or b"encoding=" in data[:200]:
        report.fail("6.6.2.2", "the metadata has no xpacket header or one with bytes/encoding")
    root = ElementTree.fromstring(data.decode("utf-8").split("?>", 1)[1].rsplit("<?xpacket", 1)[0])
    values: dict[str, str] = {}
    used: set[tuple[str, str]] = set()  # namespace, property
    for prop in (p for d in root.iter(f"{_RDF}Description") for p in d):
        namespace, name = prop.tag[1:].split("}")
        used.add((namespace, name))
        prefix = _NAMES.get(namespace, namespace)
        values[f"{prefix}:{name}"] = " ".join(t.strip() for t in prop.itertext() if t.strip())
    described = _described(root)
    for namespace, name in sorted(used - described):
        if namespace not in _PREDEFINED:
            report.fail("6.6.2.3", f"the XMP property {name} of {namespace} is not described")
    if values.get("pdfaid:part") != "2" or values.get("pdfaid:conformance") != "A":
        report.fail("6.6.4", "the metadata does not declare PDF/A-2a")
    if values.get("pdfuaid:part") != "1":
        report.fail("06-002", "the metadata does not declare PDF/UA-1 (pdfuaid:part)")
    if not values.get("dc:title"):
        report.fail("06-003", "the metadata has no dc:title")
    return _Metadata(values)


def _described(root: ElementTree.Element) -> set[tuple[str, str]]:
    """Return the properties the metadata's extension schemas describe (namespace, name)."""
    described = set()
    for schema in root.iter(f"{_RDF}li"):
        uri = schema.find(f"{_SCHEMA}namespaceURI")
        if uri is not None:
            described |= {(uri.text or "", n.text or "") for n in schema.iter(f"{_PROPERTY}name")}
    return described


def _pdf_date(value: str) -> str:
    """Return a PDF date (D:YYYYMMDDHHmmSS+HH'mm') as XMP writes it."""
    m = re.match(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)([+-Z])(\d\d)?'?(\d\d)?", value)
    if m is None:
        return value
    year, month, day, hour, minute, second, sign, oh, om = m.groups()
    zone = "Z" if sign == "Z" else f"{sign}{oh or '00'}:{om or '00'}"
    return f"{year}-{month}-{day}T{hour}:{minute}:{second}{zone}"


def _information(pdf: pikepdf.Pdf, metadata: _Metadata, report: _Report) -> None:
    """ISO 19005-2, 6.6.3: each entry of the document information is the same in XMP."""
    info = pdf.trailer.get("/Info")
    if info is None:
        return
    pairs = {
        "/Title": "dc:title",
        "/Author": "dc:creator",
        "/Subject": "dc:description",
        "/Keywords": "pdf:Keywords",
        "/Creator": "xmp:CreatorTool",
        "/Producer": "pdf:Producer",
        "/CreationDate": "xmp:CreateDate",
        "/ModDate": "xmp:ModifyDate",
    }
    for key, value in info.items():
        if key not in pairs:
            if key != "/Trapped":
                report.fail("6.6.3", f"the document information has {key}, not in XMP")
            continue
        text = str(value)
        expected = _pdf_date(text) if key.endswith("Date") else text
        if metadata.values.get(pairs[key]) != expected:
            report.fail("6.6.3", f"{key} {text!r} differs from {pairs[key]} in the metadata")


# -- structure --------------------------------------------------------------------------------


@dataclass
class _Elements:
    by_page: dict[tuple[int, int], dict[int, pikepdf.Dictionary]]  # page objgen → MCID → elem
    links: set[tuple[int, int]]  # objgen of link annotations an element owns


def _structure(pdf: pikepdf.Pdf, report: _Report) -> _Elements:
    elements = _Elements({}, set())
    tree = pdf.Root.get("/StructTreeRoot")
    if tree is None:
        return elements
    for role, standard in (tree.get("/RoleMap") or {}).items():
        if str(standard)[1:] not in STANDARD_TYPES:
            report.fail("02-001", f"{role} is mapped to a non-standard type")
    headings: list[int] = []
    notes: list[str] = []
    for element, parent in _walk(tree):
        role = str(element.get("/S", ""))[1:]
        _nesting(role, str(parent.get("/S", ""))[1:] if parent is not None else "", report)
        _element(element, role, report)
        headings += [int(role[1])] if re.fullmatch(r"H[1-6]", role) else []
        notes += [str(element.ID)] if role == "Note" and "/ID" in element else []
        _contents(element, elements, report)
    if headings and headings[0] != 1:
        report.fail("14-002", f"the first heading is H{headings[0]}, not H1")
    for before, after in itertools.pairwise(headings):
        if after > before + 1:
            report.fail("14-003", f"a heading level is skipped: H{before} then H{after}")
    if len(notes) != len(set(notes)):
        report.fail("19-004", "two notes have the same ID")
    return elements


def _element(element: pikepdf.Dictionary, role: str, report: _Report) -> None:
    """The rules on one structure element by itself."""
    if role not in STANDARD_TYPES:
        report.fail("01-006", f"the structure type {role} is not a standard one")
    if role == "Figure" and not str(element.get("/Alt", "")).strip():
        report.fail("13-004", "a Figure has no alternate text")
    if role == "H":
        report.fail("14-007", "the headings are not numbered (H used)")
    if role == "Note" and "/ID" not in element:
        report.fail("19-003", "a Note has no ID")
    if "/Lang" in element and not _LANGUAGE.match(str(element.Lang)):
        report.fail("11-001", f"a language tag is not valid ({element.Lang})")


def _walk(
    node: pikepdf.Dictionary, parent: pikepdf.Dictionary | None = None
) -> Iterator[tuple[pikepdf.Dictionary, pikepdf.Dictionary | None]]:
    """Yield every structure element under node, in order, with its parent element (None
    at the top)."""
    kids = node.get("/K")
    items = list(kids) if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []
    for kid in items:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            yield kid, parent
            yield from _walk(kid, kid)


def _nesting(role: str, parent: str, report: _Report) -> None:
    """Matterhorn 09-004 to 09-008 as far as briefer's structures go: lists, contents,
    tables."""
    if role == "LI" and parent != "L":
        report.fail("09-005", f"an LI is in {parent}, not in an L")
    if role in {"Lbl", "LBody"} and parent not in {"LI", "TOCI", "BibEntry"}:
        report.fail("09-005", f"a {role} is in {parent}, not in an LI")
    if parent == "L" and role not in {"LI", "L", "Caption"}:
        report.fail("09-005", f"an L holds a {role}")
    if role == "TOCI" and parent != "TOC":
        report.fail("09-007", f"a TOCI is in {parent}, not in a TOC")
    if parent == "TOC" and role not in {"TOC", "TOCI", "Caption"}:
        report.fail("09-008", f"a TOC holds a {role}")
    if role in {"TR", "TH", "TD"} and parent not in {"Table", "TR", "THead", "TBody", "TFoot"}:
        report.fail("09-004", f"a {role} is in {parent}")


def _contents(element: pikepdf.Dictionary, elements: _Elements, report: _Report) -> None:
    """Note the marked content and annotations an element owns."""
    kids = element.get("/K")
    items = list(kids) if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []
    page = element.get("/Pg")
    for kid in items:
        if isinstance(kid, int):
            if page is None:
                report.fail("01-001", "marked content is given without its page")
                continue
            elements.by_page.setdefault(page.objgen, {})[int(kid)] = element
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
            mcr_page = kid.get("/Pg", page)
            elements.by_page.setdefault(mcr_page.objgen, {})[int(kid.MCID)] = element
        elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/OBJR":
            annotation = kid.Obj
            if annotation.get("/Subtype") == "/Link" and str(element.get("/S")) != "/Link":
                report.fail("28-011", "a link annotation is not in a Link element")
            elements.links.add(annotation.objgen)


# -- pages ------------------------------------------------------------------------------------


def _pages(pdf: pikepdf.Pdf, elements: _Elements, report: _Report) -> None:
    owners = _parent_tree(pdf)
    for number, page in enumerate(pdf.pages, start=1):
        owned = elements.by_page.get(page.obj.objgen, {})
        key = page.obj.get("/StructParents")
        listed = owners.get(int(key)) if key is not None else None
        _content(pdf, page, number, owned, listed, report)
        annotations = page.obj.get("/Annots") or []
        if len(annotations) and page.obj.get("/Tabs") != "/S":
            report.fail("28-008", f"page {number} has annotations and no /Tabs /S")
        for annotation in annotations:
            _annotation(annotation, number, owners, elements, report)


def _parent_tree(pdf: pikepdf.Pdf) -> dict[int, pikepdf.Object]:
    tree = pdf.Root.get("/StructTreeRoot")
    parents = tree.get("/ParentTree") if tree is not None else None
    found: dict[int, pikepdf.Object] = {}

    def walk(node: pikepdf.Dictionary) -> None:
        nums = node.get("/Nums")
        if nums is not None:
            for i in range(0, len(nums), 2):
                found[int(nums[i])] = nums[i + 1]
        for kid in node.get("/Kids", []):
            walk(kid)

    if parents is not None:
        walk(parents)
    return found


def _content(
    pdf: pikepdf.Pdf,
    page: pikepdf.Page,
    number: int,
    owned: dict[int, pikepdf.Dictionary],
    listed: pikepdf.Object | None,
    report: _Report,
) -> None:
    """01-003 to 01-005: every glyph and drawing is in marked content an element owns, or
    in an artifact, never both; the parent tree agrees with the elements."""
    stack: list[str] = []  # "mc" (with MCID), "artifact", "other"
    seen: set[int] = set()
    unmarked: set[str] = set()
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op in {"BDC", "BMC"}:
            stack.append(_begin(operands, op, stack, number, seen, (owned, listed), report))
        elif op == "EMC" and stack:
            stack.pop()
        elif (op in _SHOWS_TEXT or op in _PAINTS) and not {"mc", "artifact"} & set(stack):
            unmarked.add(op)
    if unmarked:
        report.fail("01-005", f"page {number}: {sorted(unmarked)} outside marked content")
    missing = set(owned) - seen
    if missing:
        report.fail("01-001", f"page {number}: elements own MCIDs {sorted(missing)} not drawn")


def _begin(
    operands: list[pikepdf.Object],
    op: str,
    stack: list[str],
    number: int,
    seen: set[int],
    owners: tuple[dict[int, pikepdf.Dictionary], pikepdf.Object | None],
    report: _Report,
) -> str:
    """Check a marked-content sequence that begins; return its kind."""
    props = operands[1] if op == "BDC" else None
    if str(operands[0]) == "/Artifact":
        if "mc" in stack:
            report.fail("01-003", f"page {number}: an artifact inside tagged content")
        return "artifact"
    if not isinstance(props, pikepdf.Dictionary) or "/MCID" not in props:
        return "other"
    mcid = int(props.MCID)
    if "artifact" in stack:
        report.fail("01-004", f"page {number}: tagged content inside an artifact")
    if "mc" in stack or mcid in seen:
        report.fail("01-001", f"page {number}: marked content {mcid} is nested or repeated")
    seen.add(mcid)
    owned, listed = owners
    owner = owned.get(mcid)
    if owner is None:
        report.fail("01-001", f"page {number}: no element owns MCID {mcid}")
    elif listed is None or mcid >= len(listed) or listed[mcid].objgen != owner.objgen:
        report.fail("01-001", f"page {number}: the parent tree disagrees on MCID {mcid}")
    return "mc"


def _annotation(
    annotation: pikepdf.Dictionary,
    number: int,
    owners: dict[int, pikepdf.Object],
    elements: _Elements,
    report: _Report,
) -> None:
    subtype = annotation.get("/Subtype")
    flags = int(annotation.get("/F", 0))
    if not flags & 4 or flags & (1 | 2 | 32):
        report.fail("6.3.2", f"page {number}: an annotation is not printable or is hidden")
    if subtype != "/Link":
        report.fail("28-002", f"page {number}: a {subtype} annotation (briefer writes links)")
        return
    if not str(annotation.get("/Contents", "")).strip():
        report.fail("28-012", f"page {number}: a link has no Contents (alternate description)")
    key = annotation.get("/StructParent")
    if key is None or annotation.objgen not in elements.links:
        report.fail("28-011", f"page {number}: a link is in no Link element")
    elif int(key) not in owners:
        report.fail("28-011", f"page {number}: the parent tree lacks a link's key {key}")
    action = annotation.get("/A")
    if action is not None and action.get("/S") not in ("/URI", "/GoTo"):
        report.fail("6.5.1", f"page {number}: a link runs a {action.get('/S')} action")


# -- fonts ------------------------------------------------------------------------------------


def _fonts(pdf: pikepdf.Pdf, report: _Report) -> None:
    """31-009 and 6.2.11.4: every font embedded; 31-027 / 6.2.11.7.2: a ToUnicode map;
    ISO 32000-1, 9.6.4: each subset its own tag."""
    tags: dict[str, str] = {}
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Dictionary) or obj.get("/Type") != "/Font":
            continue
        name = str(obj.get("/BaseFont", ""))[1:]
        if obj.get("/Subtype") == "/Type0":
            descendant = obj.DescendantFonts[0]
            descriptor = descendant.get("/FontDescriptor")
        else:
            descriptor = obj.get("/FontDescriptor")
        if descriptor is None or not any(
            key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
        ):
            report.fail("31-009", f"the font {name} is not embedded")
        if "/ToUnicode" not in obj:
            report.fail("31-027", f"the font {name} has no ToUnicode map")
        if "+" in name:
            tag, base = name.split("+", 1)
            if tag in tags and tags[tag] != name:
                report.fail("9.6.4", f"the subsets {tags[tag]} and {name} share a tag")
            tags.setdefault(tag, name)
            del base
