"""Pages nested deeper than lxml's parser goes: their text, read as a stream of tags.

libxml2 stops at 256 nested elements and keeps nothing below; a page of 200,000 nested
`div`s still holds a release. The standard library's parser keeps no tree, so depth costs
nothing: block tags end a paragraph, scripts and page landmarks are skipped.
"""

from __future__ import annotations

from html.parser import HTMLParser

from briefer.importers import textfile

_BLOCKS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li blockquote pre dd dt td th figcaption caption div section "
    "article main ul ol dl table tr figure address hr details summary body br".split()
)
_SKIPPED = frozenset("script style noscript template iframe svg button nav footer aside".split())


class _Stream(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title = ""
        self._buffer: list[str] = []
        self._skipping: list[str] = []  # open skipped elements, innermost last
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping.append(tag)
        elif tag == "title":
            self._in_title = True
        elif tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if self._skipping and tag == self._skipping[-1]:
            self._skipping.pop()
        elif tag == "title":
            self._in_title = False
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skipping:
            self._buffer.append(data)

    def _flush(self) -> None:
        text = textfile.clean("".join(self._buffer))
        self._buffer.clear()
        if text:
            self.paragraphs.append(text)

    def finish(self) -> None:
        self.close()
        self._flush()


def flat_paragraphs(markup: str) -> tuple[list[str], str]:
    """Return the paragraphs of a page and its <title>, however deeply it nests."""
    stream = _Stream()
    stream.feed(markup)
    stream.finish()
    return stream.paragraphs, textfile.clean(stream.title)
