"""Quotation marks of every style: finding quoted spans in a paragraph."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# Opening mark → the marks that may close it.
_CLOSERS = {
    "“": '”“"',  # English “…”; a German „…“ is opened by „ below; “…" as typed in haste
    "„": '“”"',
    "‚": "‘’",
    '"': '"”',
    "'": "'",  # 'We will …,' said X: typed straight; an apostrophe stands inside a word
    "‘": "’",
    "”": '”"',  # ”…” (Swedish, Finnish style), or typed in haste: only at a paragraph's start
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
}
QUOTE_MARKS = "".join(_CLOSERS) + "”’"
_INDENT = re.compile(r"\s*")


@dataclass(frozen=True)
class Quoted:
    """A quoted span: text without its marks; closed is False when it runs to the end."""

    text: str
    start: int
    end: int
    closed: bool


# two single marks typed for an opening double one: "‘’Our teams …" stated X
_SINGLES = re.compile(r"(?:^|(?<=\s))‘’(?=\w)")


# two single marks typed for each double one, as agency copies do: ‘‘…’’, ''…''
_DOUBLED_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))(?:‘‘|'')(?=[\w…])")
_DOUBLED_CLOSE = re.compile(r"(?<=[\w.,;:!?…)])(?:’’|'')(?=[\s,.;:!?)\]—–-]|$)")


def find_quoted(paragraph: str) -> list[Quoted]:
    """Return the outermost quoted spans of a paragraph, in order."""
    return list(_quoted_in(paragraph))


@functools.lru_cache(maxsize=4096)  # asked of the same paragraph by several passes
def _quoted_in(paragraph: str) -> tuple[Quoted, ...]:
    if "‘’" in paragraph:
        paragraph = _SINGLES.sub(" “", paragraph)  # as long as before: places keep
    if "‘‘" in paragraph or "’’" in paragraph or "''" in paragraph:
        return tuple(_doubled(paragraph))
    return tuple(_spans(paragraph))


def _doubled(paragraph: str) -> list[Quoted]:
    """Quote a paragraph whose double marks are typed as two single ones: read as double
    marks, as long as before (places keep); a span's end takes in its mark's second half."""
    text = _DOUBLED_OPEN.sub(" “", paragraph)
    text = _DOUBLED_CLOSE.sub("””", text)
    spans = _spans(text)
    return [
        Quoted(q.text, q.start, q.end + 1, True)
        if q.closed and text[q.end : q.end + 1] == "”" and paragraph[q.end : q.end + 1] in "’'"
        else q
        for q in spans
    ]


def _spans(paragraph: str) -> list[Quoted]:
    spans: list[Quoted] = []
    index = 0
    length = len(paragraph)
    while index < length:
        mark = paragraph[index]
        if mark in _CLOSERS and _opens(paragraph, index):
            close = _find_close(paragraph, index)
            if close is None:
                spans.append(Quoted(paragraph[index + 1 :].strip(), index, length, False))
                break
            spans.append(Quoted(paragraph[index + 1 : close].strip(), index, close + 1, True))
            index = close + 1
            continue
        index += 1
    return spans


def starts_with_quote(paragraph: str) -> bool:
    """Return whether a paragraph opens with a quotation mark."""
    text = paragraph.lstrip()
    return bool(text) and text[0] in _CLOSERS and _opens(text, 0)


def _opens(text: str, index: int) -> bool:
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    indent = _INDENT.match(text)
    if indent is not None and indent.end() >= index:
        return True  # a paragraph that opens with a mark opens a quotation: "” Our people …”"
    if text[index] == "”":
        # typed in haste for “ after a comma: "… faith in the region, ”and I thank you all.”"
        return (
            after.isalpha()
            and text[max(0, index - 2) : index] in (", ", ": ")
            and "”" in text[index + 1 :]
        )
    # French sets « with a space inside; some set a paragraph's » … « so too
    if after.isspace() and text[index] != "«" and (text[index] != "»" or text[:index].strip()):
        return False
    if text[index] == "»" and not text[index + 1 :].lstrip()[:1].isalnum():
        return False  # "… choix », a-t-il martelé": a French closing mark, spaced
    if text[index] == "»" and _SPACED_CLOSE.match(text, index + 1):
        return False  # "l’ »honneur » de …": French marks, the opening one mistyped
    if text[index] in "‘'\"›»":
        # apostrophes and closing marks: an opener stands at a word's start
        return before.isspace() or before in "([{—–-/" or index == 0
    return not before.isalnum()


# a French closing mark, spaced, before any « that would close a German »…«
_SPACED_CLOSE = re.compile(r"[^«]*?\s»")


def _find_close(text: str, start: int, index: int = 0) -> int | None:
    closers = _CLOSERS[text[start]]
    index = index or start + 1
    while index < len(text):
        char = text[index]
        if char == text[start] == "“" and _nests(text, index):
            # a term quoted in the same marks: “… it is not “a normal season”, but we …”
            nested = _find_close(text, index)
            if nested is not None and (
                _find_close(text, start, nested + 1) is not None
                or not _CLOSING.search(text, nested + 1)
            ):
                # the outer quotation closes after the term, or runs on to the next paragraph
                # with no mark after the term: “… That is the “Island Advantage,” and it grows.
                index = nested + 1
                continue
        if char in closers and _closes(text, index):
            return index
        if char in _CLOSERS and char not in closers and _opens(text, index) and char not in "‘’":
            nested = _find_close(text, index)
            if nested is not None:
                index = nested + 1
                continue
        index += 1
    return None


_CLOSING = re.compile(r"[”“\"»]")


def _nests(text: str, index: int) -> bool:
    """Return whether a mark inside a quotation opens a quotation within it: a space before
    it, a letter after."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return before.isspace() and after.isalpha()


def _closes(text: str, index: int) -> bool:
    after = text[index + 1] if index + 1 < len(text) else " "
    before = text[index - 1] if index > 0 else " "
    if (
        before.isspace()
        and text[index] != "»"
        and (text[index] != "«" or text[index + 1 :].strip())
        and after not in ",;"
    ):
        return False  # an opening mark, unless a comma follows it: "… for our ", she said."
    # ’ between letters is an apostrophe (Germany’s), not a closing mark
    return not (text[index] in "’'" and after.isalpha())
