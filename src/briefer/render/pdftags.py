"""The structure tree of a tagged PDF (ISO 32000-1, 14.7-14.8; PDF/UA-1), built as ReportLab draws.

The layout makes the elements in reading order as it turns blocks into flowables (so the
contents, laid out last, still sit where a reader meets them); drawing a flowable wraps what
it draws in marked-content sequences, numbered per page, that the flowable's element owns.
What only decorates or repeats (page furniture, rules) is an artifact. When the file is
written, each element is a PDF object, and the structure tree root has a parent tree (for
each page the elements by marked-content number, for each link its element) and an ID tree
for notes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.pdfbase.pdfdoc import PDFDocument, PDFObject, PDFPage

END = "EMC"
PAGINATION = "/Artifact <</Type /Pagination>> BDC"  # running header, footer, marking
LAYOUT = "/Artifact <</Type /Layout>> BDC"  # rules, hairlines, underlines
_PAGE = 20  # marked content is noted as page << _PAGE | MCID: a long briefing has many


def text_string(text: str) -> str:
    """Return text as a PDF text string: UTF-16 with its byte-order mark, in hex."""
    return f"<FEFF{text.encode('utf-16-be').hex().upper()}>"


@dataclass(frozen=True, slots=True)
class Annotation:
    """A link annotation an element owns: its page (as built) and ReportLab's name for it."""

    page: int
    name: str


class Element(PDFObject):  # type: ignore[misc]
    """A structure element: its type, its parent and its kids in reading order (elements,
    marked content as page << _PAGE | MCID, annotations), written as a PDF object of its
    own. A long briefing has tens of thousands: they take slots, not dictionaries."""

    __slots__ = (
        "__InternalName__",  # set by ReportLab when it gives the element an object number
        "alt",
        "attributes",
        "ident",
        "kids",
        "lang",
        "parent",
        "reference",
        "role",
        "target",
        "tree",
    )

    def __init__(
        self,
        role: str,
        tree: Tags,
        parent: Element | None = None,
        *,
        alt: str | None = None,
        lang: str = "",
        ident: str = "",
        attributes: str = "",
        target: str = "",
    ) -> None:
        self.role = role
        self.tree = tree
        self.parent = parent
        self.kids: list[Element | int | Annotation] = []
        self.alt = alt  # alternate text (figures)
        self.lang = lang  # where it differs from what encloses it
        self.ident = ident  # /ID (notes)
        self.attributes = attributes  # an attribute dictionary, as PDF ("<</O /List …>>")
        self.target = target  # of a link: where it goes
        self.reference = ""  # "12 0 R", once written

    def add(
        self,
        role: str,
        *,
        alt: str | None = None,
        lang: str = "",
        ident: str = "",
        attributes: str = "",
        target: str = "",
    ) -> Element:
        """Return a new element of role as the last kid of this one."""
        kid = Element(
            role,
            self.tree,
            self,
            alt=alt,
            lang=lang,
            ident=ident,
            attributes=attributes,
            target=target,
        )
        self.kids.append(kid)
        if ident:
            self.tree.notes.append(kid)
        return kid

    def referred(self, document: PDFDocument) -> str:
        """Return a reference to the element in document (giving it an object number)."""
        if not self.reference:
            self.reference = _ref(document, self)
        return self.reference

    def format(self, document: PDFDocument) -> bytes:
        """Return the element as PDF (ReportLab calls this as it writes the file)."""
        tree = self.tree
        page = next((_page_of(k) for k in self.kids if not isinstance(k, Element)), 0)
        kids = []
        for kid in self.kids:
            if isinstance(kid, Element):
                kids.append(kid.reference or kid.referred(document))
            elif isinstance(kid, int):
                on, mcid = kid >> _PAGE, kid & ((1 << _PAGE) - 1)
                kids.append(
                    str(mcid)
                    if on == page
                    else f"<</Type /MCR /Pg {tree.page(document, on)} /MCID {mcid}>>"
                )
            else:
                annotation = document.refAnnotation(kid.name).format(document).decode()
                kids.append(
                    f"<</Type /OBJR /Pg {tree.page(document, kid.page)} /Obj {annotation}>>"
                )
        parent = self.parent
        up = _ref(document, tree.root_object) if parent is None else parent.referred(document)
        parts = [f"<</S /{self.role} /P {up}"]
        if page:
            parts.append(f"/Pg {tree.page(document, page)}")
        if self.alt is not None:
            parts.append(f"/Alt {text_string(self.alt)}")
        if self.lang:
            parts.append(f"/Lang ({self.lang})")
        if self.ident:
            parts.append(f"/ID ({self.ident})")
        if self.attributes:
            parts.append(f"/A {self.attributes}")
        parts.append(f"/K [{' '.join(kids)}]>>")
        return " ".join(parts).encode("latin-1")


def _page_of(kid: int | Annotation) -> int:
    return kid >> _PAGE if isinstance(kid, int) else kid.page


def _ref(document: PDFDocument, target: PDFObject) -> str:
    """Return a reference to target, registering it with document if it is new."""
    return document.Reference(target).format(document).decode()  # type: ignore[no-any-return]


class Key(PDFObject):  # type: ignore[misc]
    """A link's key in the parent tree, known only once the pages are counted (theirs come
    first)."""

    def __init__(self) -> None:
        self.value = 0

    def format(self, document: PDFDocument) -> bytes:
        return str(self.value).encode()


class Tags:
    """The structure of one PDF as it is drawn: elements, and what each page holds."""

    def __init__(self, language: str) -> None:
        self.notes: list[Element] = []  # elements with an /ID
        self.root = Element("Document", self, lang=language)
        self.owners: dict[int, list[Element]] = {}  # page (as built) → element of each MCID
        self.links: list[tuple[Element, Key]] = []
        self.pages: list[PDFPage] = []  # as built, once the layout is done
        self._page_references: dict[int, str] = {}
        self.root_object = _Part(self._root)
        self._parents = _Part(self._parent_tree)
        self._ids = _Part(self._id_tree)

    def begin(self, element: Element, page: int) -> str:
        """Return the operator that opens a marked-content sequence element owns on page."""
        return f"/{element.role} <</MCID {self.reserve(element, page)}>> BDC"

    def reserve(self, element: Element, page: int) -> int:
        """Return the next marked-content number of page, owned by element (and note it in
        the element)."""
        owners = self.owners.setdefault(page, [])
        owners.append(element)
        element.kids.append(page << _PAGE | len(owners) - 1)
        return len(owners) - 1

    def link(self, element: Element, page: int, name: str) -> Key:
        """Note that element owns the link annotation called name on page; return the
        annotation's /StructParent."""
        element.kids.append(Annotation(page, name))
        key = Key()
        self.links.append((element, key))
        return key

    def write(self, pages: list[PDFPage]) -> PDFObject:
        """Give the pages (as built) and links their parent-tree keys; return the structure
        tree root, whose parts ReportLab writes with the file."""
        for number, page in enumerate(pages, start=1):
            page.__NoDefault__ = [*page.__NoDefault__, "StructParents", "Tabs"]
            page.StructParents = number - 1
            page.Tabs = "/S"  # annotations in structure order
        for index, (_, key) in enumerate(self.links):
            key.value = len(pages) + index
        self.pages = pages
        return self.root_object

    def page(self, document: PDFDocument, built: int) -> str:
        """Return a reference to the page built as number built."""
        known = self._page_references.get(built)
        if known is None:
            known = self._page_references[built] = _ref(document, self.pages[built - 1])
        return known

    def _root(self, document: PDFDocument) -> str:
        ids = f" /IDTree {_ref(document, self._ids)}" if self.notes else ""
        return (
            f"<</Type /StructTreeRoot /K {self.root.referred(document)}"
            f" /ParentTree {_ref(document, self._parents)}"
            f" /ParentTreeNextKey {len(self.pages) + len(self.links)}{ids}>>"
        )

    def _parent_tree(self, document: PDFDocument) -> str:
        nums: list[str] = []
        for built in range(1, len(self.pages) + 1):
            owners = self.owners.get(built, [])
            nums.append(f"{built - 1} [{' '.join(e.referred(document) for e in owners)}]")
        nums += [f"{key.value} {element.referred(document)}" for element, key in self.links]
        return f"<</Nums [{' '.join(nums)}]>>"

    def _id_tree(self, document: PDFDocument) -> str:
        names = sorted((e.ident, e.referred(document)) for e in self.notes)
        return f"<</Names [{' '.join(f'({name}) {ref}' for name, ref in names)}]>>"


class _Part(PDFObject):  # type: ignore[misc]
    """A part of the tree besides its elements, made as ReportLab writes the file."""

    def __init__(self, make: Callable[[PDFDocument], str]) -> None:
        self.make = make

    def format(self, document: PDFDocument) -> bytes:
        return self.make(document).encode("latin-1")


class Marks:
    """The marked content of one text object as its pieces are written: which element owns
    the text drawn now."""

    def __init__(self, tags: Tags, page: int, code: list[str]) -> None:
        self.tags = tags
        self.page = page
        self.code = code  # the text object's operators
        self.owner: Element | None = None
        self.label: Element | None = None  # owner of the first word written, if not owner

    def own(self, element: Element) -> None:
        """Let element own what is written next."""
        if element is not self.owner:
            self.close()
            self.code.append(self.tags.begin(element, self.page))
            self.owner = element

    def close(self) -> None:
        """End the open sequence."""
        if self.owner is not None:
            self.code.append(END)
            self.owner = None


def spoken(element: Element, lang: str) -> Element:
    """Return the Span in lang under element for the words written next: the one just
    written into if the words go on, else a new one."""
    kids = element.kids
    last = kids[-1] if kids else None
    if isinstance(last, Element) and last.role == "Span" and last.lang == lang:
        return last
    return element.add("Span", lang=lang)
