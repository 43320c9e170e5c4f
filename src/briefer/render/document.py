"""The format-neutral document: blocks with roles, not formatting, between compose and renderers.

Renderers map each block's role to a style of the template; nothing here says which font or
size to use. The model round-trips to JSON so tests can compare it with golden files.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, ClassVar, Literal, get_args

from briefer.errors import FormatError
from briefer.fields import as_list, as_mapping, get_date, get_str, iso
from briefer.i18n import _

Emphasis = Literal["", "italic", "bold", "bold italic"]
# What a paragraph or a list is for; render/roles.py says which template style draws each.
ParagraphRole = Literal["body", "lead-in", "note", "source"]
ListRole = Literal["bullets", "topics", "note"]


@dataclass(frozen=True)
class Run:
    """A stretch of text with one emphasis, optionally a link (a URL or '#anchor')."""

    text: str
    emphasis: Emphasis = ""
    link: str = ""


Runs = tuple[Run, ...]


def plain(text: str) -> Runs:
    """Return text as a single run."""
    return (Run(text),) if text else ()


def runs_text(runs: Runs) -> str:
    """Return the text of runs without their emphasis."""
    return "".join(run.text for run in runs)


@dataclass(frozen=True)
class Marking:
    """A classification marking and where it goes on each page."""

    label: str
    top: bool = True
    bottom: bool = False
    color: str = "#000000"
    addition: str = ""  # words the rule asks after the level: "amtlich geheim gehalten"

    @property
    def printed(self) -> str:
        """Return the marking as printed on a page."""
        return f"{self.label} – {self.addition}" if self.addition else self.label


@dataclass(frozen=True)
class DocumentInfo:
    """What the document says about itself: metadata and the values of header placeholders."""

    title: str
    subtitle: str = ""
    author: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = ()
    language: str = "en"
    date: date | None = None
    date_text: str = ""
    reference: str = ""
    marking: Marking | None = None
    page_label: str = "Page {page} of {pages}"
    version: str = ""  # which export this is, short, for the footer: "Internal version"


@dataclass(frozen=True)
class Cover:
    """What names the briefing: title, subtitle, labelled fields and which version this is;
    a page of its own, or (page False) a block at the top of the first page."""

    kind: ClassVar[str] = "cover"
    title: str
    subtitle: str = ""
    fields: tuple[tuple[str, str], ...] = ()
    version: str = ""
    page: bool = True


@dataclass(frozen=True)
class TableOfContents:
    """Where the table of contents goes; the renderer fills it from the headings."""

    kind: ClassVar[str] = "toc"
    title: str
    depth: int = 2


@dataclass(frozen=True)
class Heading:
    """A heading; anchor names it for links, the TOC and the outline."""

    kind: ClassVar[str] = "heading"
    level: int
    text: str
    anchor: str
    number: str = ""

    @property
    def label(self) -> str:
        """Return the heading as printed: number and text."""
        return f"{self.number}\u2002{self.text}" if self.number else self.text


@dataclass(frozen=True)
class Paragraph:
    """Running text: body, a lead-in to what follows, an internal note, or a source."""

    kind: ClassVar[str] = "paragraph"
    runs: Runs
    role: ParagraphRole = "body"


@dataclass(frozen=True)
class MetaLine:
    """Facts about the entry that follows: label and value pairs."""

    kind: ClassVar[str] = "meta"
    items: tuple[tuple[str, str], ...]

    def runs(self) -> list[Run]:
        """Return the line as printed: bold labels, values, and separators between pairs."""
        runs: list[Run] = []
        for index, (name, value) in enumerate(self.items):
            if index:
                runs.append(Run("\u00a0· "))  # the dot never starts a line
            runs += [Run(f"{name}: ", "bold"), Run(value)]
        return runs


@dataclass(frozen=True)
class Quote:
    """A verbatim quotation set apart (its paragraphs with their quotation marks), its
    attribution, and the number of its source."""

    kind: ClassVar[str] = "quote"
    paragraphs: tuple[str, ...]
    attribution: str = ""
    source: int | None = None
    excerpt: bool = False
    language: str = ""  # of the words quoted ("de"), if known


@dataclass(frozen=True)
class ListItem:
    """One item of a list: its runs, how deep it sits (0 for a point, 1 for a sub-point),
    and its number in a numbered list (1, 2, …; 0 for a bullet)."""

    runs: Runs
    level: int = 0
    number: int = 0


def bulleted(entries: Iterable[Runs]) -> tuple[ListItem, ...]:
    """Return runs as the bulleted items of a list, at the top level."""
    return tuple(ListItem(runs) for runs in entries)


@dataclass(frozen=True)
class BulletList:
    """A list: bullets or numbered points (talking points, participants), topics, or
    internal notes; its items may hold sub-points."""

    kind: ClassVar[str] = "bullets"
    items: tuple[ListItem, ...]
    role: ListRole = "bullets"


@dataclass(frozen=True)
class SourceNote:
    """One numbered entry of the Sources list; anchor is where quotes link to."""

    kind: ClassVar[str] = "source"
    number: int
    runs: Runs
    anchor: str


@dataclass(frozen=True)
class Figure:
    """A picture (PNG or JPEG bytes, its size in pixels) with its caption, numbered
    ("Figure 1: …"), and alt text describing it to readers who cannot see it; anchor names
    it for links and the preview."""

    kind: ClassVar[str] = "figure"
    data: bytes = field(repr=False)
    media_type: str
    width: int
    height: int
    alt: str
    anchor: str
    caption: Runs = ()


@dataclass(frozen=True)
class PageBreak:
    """Start a new page."""

    kind: ClassVar[str] = "pagebreak"


AnnexMedia = Literal["application/pdf", "image/png", "image/jpeg"]


@dataclass(frozen=True)
class AnnexFile:
    """A file printed as an annex, under the annex's heading: a PDF's pages, each headed
    by caption ("Annex 1: Title"), or an image; a format that cannot hold a PDF prints
    note instead ("PDF, 12 pages – attached separately")."""

    kind: ClassVar[str] = "annex-file"
    media_type: AnnexMedia
    data: bytes = field(repr=False)
    pages: int = 1
    caption: str = ""
    note: str = ""


Block = (
    Cover
    | TableOfContents
    | Heading
    | Paragraph
    | MetaLine
    | Quote
    | BulletList
    | SourceNote
    | Figure
    | PageBreak
    | AnnexFile
)
_BLOCKS: dict[str, type[Any]] = {
    cls.kind: cls
    for cls in (
        Cover,
        TableOfContents,
        Heading,
        Paragraph,
        MetaLine,
        Quote,
        BulletList,
        SourceNote,
        Figure,
        PageBreak,
        AnnexFile,
    )
}


_ROLES = {"ParagraphRole": get_args(ParagraphRole), "ListRole": get_args(ListRole)}


@dataclass(frozen=True)
class Document:
    """A document ready for a renderer."""

    info: DocumentInfo
    blocks: tuple[Block, ...] = field(default=())

    def headings(self, depth: int = 9) -> list[Heading]:
        """Return the headings down to depth, in order."""
        return [b for b in self.blocks if isinstance(b, Heading) and b.level <= depth]

    def to_dict(self) -> dict[str, Any]:
        return {
            "info": _encode(self.info),
            "blocks": [{"type": block.kind, **_encode(block)} for block in self.blocks],
        }


def document_from_dict(data: Any) -> Document:
    """Build a document from its JSON form."""
    data = as_mapping(data, "document")
    info = as_mapping(data.get("info"), "document.info")
    marking = info.get("marking")
    document_info = DocumentInfo(
        title=get_str(info, "title", "info"),
        subtitle=get_str(info, "subtitle", "info"),
        author=get_str(info, "author", "info"),
        subject=get_str(info, "subject", "info"),
        keywords=tuple(as_list(info.get("keywords", []), "info.keywords")),
        language=get_str(info, "language", "info") or "en",
        date=get_date(info, "date", "info"),
        date_text=get_str(info, "date_text", "info"),
        reference=get_str(info, "reference", "info"),
        marking=Marking(**as_mapping(marking, "info.marking")) if marking else None,
        page_label=get_str(info, "page_label", "info"),
        version=get_str(info, "version", "info"),
    )
    blocks = []
    for index, raw in enumerate(as_list(data.get("blocks", []), "document.blocks")):
        raw = dict(as_mapping(raw, f"blocks[{index}]"))
        cls = _BLOCKS.get(raw.pop("type", None))
        if cls is None:
            raise FormatError(_("blocks[{index}].type: unknown block type").format(index=index))
        blocks.append(
            cls(**{f.name: _decode(raw[f.name], f.type) for f in fields(cls) if f.name in raw})
        )
    return Document(info=document_info, blocks=tuple(blocks))


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, Run):
        return [value.text, value.emphasis, value.link]
    if isinstance(value, date):
        return iso(value)
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _encode(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    return value


def _decode(value: Any, annotation: Any) -> Any:
    hint = str(annotation)
    if hint in _ROLES and value not in _ROLES[hint]:
        raise FormatError(
            _("role: expected one of {roles}, found {found}").format(
                roles=", ".join(_ROLES[hint]), found=repr(value)
            )
        )
    if hint == "bytes":
        return base64.b64decode(value)
    if hint == "Runs":
        return tuple(Run(*item) for item in value)
    if hint == "tuple[ListItem, ...]":
        return tuple(
            ListItem(tuple(Run(*run) for run in item["runs"]), item["level"], item["number"])
            for item in value
        )
    if hint.startswith("tuple[tuple[str, str]"):
        return tuple(tuple(pair) for pair in value)
    if hint.startswith("tuple"):
        return tuple(value)
    return value
