"""The officer's own text: paragraphs and list points made of spans, bold, italic or linked.

Its JSON form is a list of paragraphs, each an object of spans, never HTML or Markdown:
what a user types (``<b>``, ``**x**``, ``&amp;``) is text. Loading checks every key, type,
link and size, so a hand-edited or hostile file gets a clear error, not a surprise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal, get_args
from urllib.parse import urlsplit

from briefer.errors import FormatError
from briefer.fields import as_list, as_mapping, get_str
from briefer.i18n import _, number

Marker = Literal["", "bullet", "number"]  # a paragraph, a bulleted point, a numbered point
MARKERS: tuple[Marker, ...] = get_args(Marker)
DEEPEST = 2  # levels below a point: a sub-point (1) and a sub-sub-point (2)
MAX_PARAGRAPHS = 10_000
MAX_SPANS = 2_000  # in one paragraph
MAX_CHARACTERS = 1_000_000  # in one text
MAX_LINK = 2_000  # characters of a link's address
LINK_SCHEMES = ("http", "https", "mailto")

_SPAN_KEYS = frozenset({"text", "bold", "italic", "link"})
_PARAGRAPH_KEYS = frozenset({"spans", "list", "level"})
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f]")  # a tab is text; a line break is not
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Span:
    """A stretch of text with one look: bold, italic, a link (http, https or mailto)."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str = ""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"text": self.text}
        if self.bold:
            data["bold"] = True
        if self.italic:
            data["italic"] = True
        if self.link:
            data["link"] = self.link
        return data


@dataclass(frozen=True)
class Para:
    """A paragraph, or a point of a list (bulleted or numbered) at a level (0 for a point,
    1 for a sub-point)."""

    spans: tuple[Span, ...] = ()
    marker: Marker = ""
    level: int = 0

    def plain(self) -> str:
        """Return the paragraph's text without its look."""
        return "".join(span.text for span in self.spans)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"spans": [span.to_dict() for span in self.spans]}
        if self.marker:
            data["list"] = self.marker
        if self.level:
            data["level"] = self.level
        return data


@dataclass(frozen=True)
class RichText:
    """A text of paragraphs and points, as the officer wrote it."""

    paras: tuple[Para, ...] = ()

    def plain(self) -> str:
        """Return the text without its look, a line per paragraph: what search and
        comparisons see."""
        return "\n".join(para.plain() for para in self.paras)

    def to_list(self) -> list[dict[str, Any]]:
        return [para.to_dict() for para in self.paras]


def from_plain(text: str, marker: Marker = "") -> RichText:
    """Return plain text as rich text, a paragraph per line; with a marker, a point per
    non-empty line (as talking points were written before they could be rich)."""
    lines = [_CONTROL.sub("", line) for line in text.splitlines()]  # a stray DEL or NUL
    if marker:
        lines = [line.strip() for line in lines if line.strip()]
    return RichText(tuple(Para(joined([Span(line)]), marker) for line in lines))


def with_marker(text: RichText, first: int, last: int, marker: Marker) -> RichText:
    """Return text with paragraphs first to last made points of marker, or, if all of them
    are such points already, paragraphs again (as a Bullets or Numbering button does)."""
    chosen = text.paras[first : last + 1]
    if all(para.marker == marker for para in chosen):
        changed = [Para(para.spans) for para in chosen]
    else:
        changed = [replace(para, marker=marker) for para in chosen]
    return RichText((*text.paras[:first], *changed, *text.paras[last + 1 :]))


def indented(text: RichText, first: int, last: int, step: int) -> RichText:
    """Return text with the points among paragraphs first to last a level deeper (step 1)
    or shallower (step -1), within the levels there are."""
    paras = list(text.paras)
    for index in range(first, min(last, len(paras) - 1) + 1):
        para = paras[index]
        if para.marker:
            paras[index] = replace(para, level=min(max(para.level + step, 0), DEEPEST))
    return RichText(tuple(paras))


def joined(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Return spans without empty ones, neighbours of the same look made one."""
    out: list[Span] = []
    for span in spans:
        if not span.text:
            continue
        if out and replace(out[-1], text="") == replace(span, text=""):
            out[-1] = replace(out[-1], text=out[-1].text + span.text)
        else:
            out.append(span)
    return tuple(out)


def is_safe_link(address: str) -> bool:
    """Return whether a link may be printed live: http or https with a host, or mailto
    with an address; no spaces, control characters or other schemes (javascript:, file:)."""
    if not address or len(address) > MAX_LINK or _SPACE_OR_CONTROL.search(address):
        return False
    try:
        parts = urlsplit(address)
    except ValueError:  # an invalid IPv6 host
        return False
    if parts.scheme.lower() not in LINK_SCHEMES:
        return False
    return bool(parts.netloc if parts.scheme.lower() != "mailto" else parts.path)


def rich_text_from_json(value: Any, where: str) -> RichText:
    """Return rich text from its JSON form, raising FormatError naming what is wrong."""
    items = as_list(value, where)
    if len(items) > MAX_PARAGRAPHS:
        raise FormatError(
            _("{where}: {count} paragraphs; a text holds at most {most}").format(
                where=where, count=number(len(items)), most=number(MAX_PARAGRAPHS)
            )
        )
    paras = tuple(_para(item, f"{where}[{index}]") for index, item in enumerate(items))
    size = sum(len(span.text) for para in paras for span in para.spans)
    if size > MAX_CHARACTERS:
        raise FormatError(
            _("{where}: {count} characters; a text holds at most {most}").format(
                where=where, count=number(size), most=number(MAX_CHARACTERS)
            )
        )
    return RichText(paras)


def _para(value: Any, where: str) -> Para:
    data = _known(value, _PARAGRAPH_KEYS, where)
    marker = data.get("list", "")
    if marker not in MARKERS:
        raise FormatError(
            _("{where}.list: expected 'bullet' or 'number', found {found}").format(
                where=where, found=f"{marker!r:.30}"
            )
        )
    level = data.get("level", 0)
    if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= DEEPEST:
        raise FormatError(
            _("{where}.level: expected a whole number 0 to {deepest}, found {found}").format(
                where=where, deepest=DEEPEST, found=f"{level!r:.20}"
            )
        )
    if level and not marker:
        raise FormatError(_("{where}.level: only a list point has a level").format(where=where))
    spans = as_list(data.get("spans", []), f"{where}.spans")
    if len(spans) > MAX_SPANS:
        raise FormatError(
            _("{where}.spans: {count} spans; a paragraph holds at most {most}").format(
                where=where, count=number(len(spans)), most=number(MAX_SPANS)
            )
        )
    return Para(
        joined(_span(item, f"{where}.spans[{index}]") for index, item in enumerate(spans)),
        marker,
        level,
    )


def _span(value: Any, where: str) -> Span:
    data = _known(value, _SPAN_KEYS, where)
    text = get_str(data, "text", where, default=None)
    if _CONTROL.search(text):
        raise FormatError(
            _("{where}.text: holds a line break or control character").format(where=where)
        )
    flags = []
    for key in ("bold", "italic"):
        flag = data.get(key, False)
        if not isinstance(flag, bool):
            raise FormatError(
                _("{where}.{key}: expected true or false, found {found}").format(
                    where=where, key=key, found=f"{flag!r:.20}"
                )
            )
        flags.append(flag)
    link = data.get("link", "")
    if not isinstance(link, str) or (link and not is_safe_link(link)):
        raise FormatError(
            _(
                "{where}.link: {link} is not a link briefer prints (an http, https or mailto "
                "address of at most {most} characters)"
            ).format(where=where, link=f"{link!r:.60}", most=number(MAX_LINK))
        )
    return Span(text, flags[0], flags[1], link)


def _known(value: Any, keys: frozenset[str], where: str) -> Mapping[str, Any]:
    data = as_mapping(value, where)
    unknown = sorted(str(key) for key in data if key not in keys)
    if unknown:
        raise FormatError(
            _("{where}: unknown key '{key}'").format(where=where, key=unknown[0][:30])
        )
    return data
