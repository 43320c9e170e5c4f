"""Saved web pages: the article's paragraphs without page furniture, plus the page's metadata."""

from __future__ import annotations

import codecs
import itertools
import re
from collections.abc import Mapping
from datetime import date
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree, html  # type: ignore[import-untyped]  # lxml ships no type information

from briefer.errors import ImportFailed
from briefer.i18n import _
from briefer.importers import textfile
from briefer.importers.document import TextDocument
from briefer.importers.flathtml import flat_paragraphs

Element = Any  # lxml.html.HtmlElement, untyped

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)""", re.IGNORECASE)
# Declared charsets we decode as declared; UTF-8 and unknown ones go through textfile.decode.
_LEGACY_CODEC = re.compile(
    r"cp\d+|iso8859-\d+|koi8-[ru]|mac-\w+|shift_jis|euc_jp|euc_kr|gb2312|gbk|gb18030|big5"
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")

_NEVER_TEXT = ("script", "style", "noscript", "template", "iframe", "svg", "button")
_LANDMARKS = frozenset({"nav", "footer", "aside"})
_FURNITURE_WORDS = frozenset(
    {
        "cookie", "cookies", "consent", "banner", "breadcrumb", "breadcrumbs", "share", "sharing",
        "social", "newsletter", "navigation", "nav", "navbar", "menu", "sidebar", "related",
        "skip", "skiplink", "footer", "header", "print", "toolbar", "contentinfo",
        "complementary",
    }
)  # fmt: skip
_LABELS = ("id", "class", "role", "aria-label")
_CAMEL_CASE = re.compile(r"([a-z])([A-Z])")  # "cookieBanner" is two words
_WORD = re.compile(r"[a-z]+")
_ARTICLE_PATHS = ("//*[@itemprop='articleBody']", "//article", "//main", "//*[@role='main']")
_BLOCKS = frozenset(
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td",
        "th", "figcaption", "caption", "div", "section", "article", "main", "ul", "ol", "dl",
        "table", "tr", "figure", "address", "hr", "details", "summary", "body",
    }
)  # fmt: skip
_DATE_KEYS = (
    "article:published_time", "date", "dc.date", "dc.date.issued", "dcterms.issued",
    "dcterms.date", "pubdate", "publishdate", "datepublished",
)  # fmt: skip
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def read_html(data: bytes, name: str, url: str) -> TextDocument:
    """Read a saved web page's article into paragraphs and its metadata."""
    text = _decode(data, name)
    if textfile.looks_binary(text):
        raise ImportFailed(
            _(
                "{name} is not a text file (it looks like binary data). Save the page again from"
                " the browser (as “Web page, HTML only”) and import that."
            ).format(name=name)
        )
    parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = html.document_fromstring(_XML_DECLARATION.sub("", text), parser=parser)
        if any("Excessive depth" in entry.message for entry in parser.error_log):
            return _read_flat(text, name, url)
        return _read_page(root, name, url)
    except ImportFailed:
        raise
    except Exception as exc:  # lxml raises many kinds on malformed pages
        if not text.strip():
            raise ImportFailed(
                _("{name} is empty. Save the page again and import that.").format(name=name)
            ) from exc
        raise ImportFailed(
            _(
                "{name} cannot be read as a web page. Save the page again from the browser, or"
                " copy its text and paste it."
            ).format(name=name)
        ) from exc


def _read_flat(text: str, name: str, url: str) -> TextDocument:
    """Read a page nested too deeply for lxml: its text, without metadata or furniture rules."""
    paragraphs, title = flat_paragraphs(text)
    textfile.check_length(sum(len(p) for p in paragraphs), name)
    return TextDocument(
        textfile.finish(paragraphs, name), origin=name, format="html", title=title, url=url
    )


def _decode(data: bytes, name: str) -> str:
    declared = _CHARSET.search(data[:4096])
    if declared and not data.startswith(
        (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    ):
        label = declared.group(1).decode("ascii")
        try:
            codec = codecs.lookup(label).name
        except LookupError:
            codec = ""
        if codec in ("iso8859-1", "ascii"):
            codec = "cp1252"  # as browsers do: pages labelled Latin-1 are Windows-1252
        if _LEGACY_CODEC.fullmatch(codec):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise ImportFailed(
                    _(
                        "{name} says it is {label} text, but byte {byte} is not. Save the page"
                        " again from the browser and import that."
                    ).format(name=name, label=label, byte=exc.start)
                ) from exc
    return textfile.decode(data, name)


def _read_page(root: Element, name: str, url: str) -> TextDocument:
    meta = _meta_tags(root)
    page_title = _text(root.find(".//title"))
    for element in list(root.iter(*_NEVER_TEXT)):
        element.drop_tree()
    body = root.find("body")
    if body is None:
        body = root
    page_chars = len(body.text_content())
    textfile.check_length(page_chars, name)
    headings = [h1 for h1 in body.iter("h1") if _text(h1)]
    # The site's header and footer name the office that publishes; the parser looks there.
    chrome = [_text(e) for e in body.iter("header", "footer") if not e.xpath("ancestor::article")]
    _drop_furniture(body, page_chars)
    heading = _main_heading(headings, root)
    h1 = _text(heading)
    article = _article(body)
    paragraphs = _paragraphs(article)
    if not paragraphs:
        article, paragraphs = body, _paragraphs(body)
    if heading is not None and article not in heading.iterancestors():
        paragraphs.insert(0, h1)
    return TextDocument(
        textfile.finish(paragraphs, name),
        origin=name,
        format="html",
        title=meta.get("og:title") or h1 or page_title,
        url=_page_url(root, meta) or url,
        publisher=_first(meta, "og:site_name", "publisher", "dc.publisher", "dcterms.publisher"),
        author=_author(meta),
        date_published=_published(meta, article),
        meta={
            **meta,
            "page:chrome": " \n ".join(t for t in chrome if t)[:2000],
            "page:title": page_title,
        },
    )


def _meta_tags(root: Element) -> dict[str, str]:
    """Return every <meta> name/property → content, names lowercased, the first one winning."""
    found: dict[str, str] = {}
    for element in root.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or ""
        content = element.get("content")
        key = textfile.clean(textfile.normalise(key)).lower()
        if key and content is not None and key not in found:
            found[key] = textfile.clean(textfile.normalise(content))
    return found


def _drop_furniture(body: Element, page_chars: int) -> None:
    """Remove navigation, banners, share widgets and the like, but never the article itself."""
    anchors = {element for path in _ARTICLE_PATHS for element in body.xpath(path)}
    wrappers = {ancestor for anchor in anchors for ancestor in anchor.iterancestors()}
    stack = [body]
    while stack:
        for child in list(stack.pop()):
            if not isinstance(child.tag, str):
                continue
            # A <form> (as ASP.NET writes) or a "has-sidebar" <div> may wrap the whole page.
            if (
                child not in wrappers
                and _looks_like_furniture(child, anchors)
                and (child.tag in _LANDMARKS or 2 * len(child.text_content()) <= page_chars)
            ):
                child.drop_tree()
            else:
                stack.append(child)


def _looks_like_furniture(element: Element, anchors: set[Element]) -> bool:
    if element.tag == "header":
        return not _in_article(element, anchors)  # an article's header holds title and date
    if element.tag in _LANDMARKS or element.tag == "form":
        return True
    labels = " ".join(filter(None, (element.get(name) for name in _LABELS)))
    words = _WORD.findall(_CAMEL_CASE.sub(r"\1 \2", labels).lower()) if labels else []
    found = _FURNITURE_WORDS.intersection(
        [*words, *(first + second for first, second in itertools.pairwise(words))]
    )
    return bool(found) and (found != {"header"} or not _in_article(element, anchors))


def _in_article(element: Element, anchors: set[Element]) -> bool:
    return any(ancestor in anchors for ancestor in element.iterancestors())


def _main_heading(headings: list[Element], root: Element) -> Element | None:
    """Return the first h1 still on the page, else the first outside nav, header and footer."""
    for h1 in headings:
        if root in h1.iterancestors():
            return h1
    for h1 in headings:
        if not any(a.tag in _LANDMARKS or a.tag == "header" for a in h1.iterancestors()):
            return h1
    return None


def _article(body: Element) -> Element:
    """Return the element holding the article: marked up as such, else the densest text."""
    for path in _ARTICLE_PATHS:
        found = [element for element in body.xpath(path) if _text(element)]
        if found:
            return max(found, key=lambda element: len(element.text_content()))
    scores: dict[Element, float] = {}
    for paragraph in body.iter("p"):
        chars = len(paragraph.text_content().strip())
        parent = paragraph.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + chars
            grandparent = parent.getparent()
            if grandparent is not None:
                scores[grandparent] = scores.get(grandparent, 0) + chars / 2
    return max(scores, key=scores.__getitem__) if scores else body


def _paragraphs(container: Element) -> list[str]:
    """Return the text of each block element; inline elements' text stays in its block."""
    paragraphs: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = textfile.clean("".join(buffer))
        buffer.clear()
        if text:
            paragraphs.append(text)

    for event, element in etree.iterwalk(container, events=("start", "end")):
        is_element = isinstance(element.tag, str)
        if event == "start":
            if is_element and element.tag in _BLOCKS:
                flush()
            elif element.tag == "br":
                buffer.append(" ")
            if is_element and element.text:
                buffer.append(element.text)
        else:
            if is_element and element.tag in _BLOCKS:
                flush()
            if element is not container and element.tail:
                buffer.append(element.tail)
    flush()
    return paragraphs


def _page_url(root: Element, meta: Mapping[str, str]) -> str:
    base = meta.get("og:url", "")
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            canonical = urljoin(base, str(link.get("href") or "").strip())
            if is_web_address(canonical):
                return canonical
    return base if is_web_address(base) else ""


def is_web_address(url: str) -> bool:
    """Tell whether url is an absolute http(s) address."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in url


def _author(meta: Mapping[str, str]) -> str:
    author = _first(meta, "author", "dc.creator", "dcterms.creator", "article:author")
    return "" if is_web_address(author) else author


def _published(meta: Mapping[str, str], article: Element) -> date | None:
    for key in _DATE_KEYS:
        found = _iso_date(meta.get(key, ""))
        if found:
            return found
    for time in article.iter("time"):
        found = _iso_date(time.get("datetime") or "")
        if found:
            return found
    return None


def _iso_date(value: str) -> date | None:
    match = _ISO_DATE.match(value)
    if not match:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _first(meta: Mapping[str, str], *keys: str) -> str:
    return next((meta[key] for key in keys if meta.get(key)), "")


def _text(element: Element | None) -> str:
    return "" if element is None else textfile.clean(textfile.normalise(element.text_content()))
