"""The layout of a release: where the headline is, what the header says, where the text starts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from briefer.importers.bylines import role_follows
from briefer.importers.datelines import read_dateline
from briefer.importers.dates import full_date
from briefer.importers.document import TextDocument
from briefer.importers.furniture import furniture_flags, source_line
from briefer.importers.header import HEADER_LINES, introduced, read_header
from briefer.importers.headingblocks import speaker_heading, speech_block
from briefer.importers.headlines import DOUBLED, given_twice
from briefer.importers.kickers import DATED_KICKER, without_home, without_kicker
from briefer.importers.publishers import (
    FOOTER_LINES,
    PUBLISHERS,
    footer_publisher,
    known_publisher,
    named_in,
)
from briefer.importers.releasedates import (
    again_date,
    article_date,
    bar_date,
    headline_date,
    is_date_line,
    today_date,
)
from briefer.importers.textlines import reads_like_text
from briefer.importers.titles import (
    dated_headline,
    in_chrome,
    kicker_after,
    label_headline,
    opening_words,
    repeated_line,
    title_line,
)

_OPENING = 6  # paragraphs of the text a dateline may open


@dataclass
class Layout:
    """Which paragraph is the headline, which are the body, and what the header says."""

    title: str
    title_index: int | None
    body: list[int]
    publisher: str
    published: date | None
    labels: list[str]  # page furniture near the top: "press release", "readout", …
    bylines: list[str]  # "Tammy Bruce, Department Spokesperson"
    standfirst: list[str]  # lines between the headline and the text
    dateline: str = ""  # the place a dateline names: "PARIS, 7 April 2025 –" → "Paris"
    # the page's headline over the title when the title is its sub-heading: the release's name
    # for the reader, while the passes read the sub-heading, which tells what happened
    headline: tuple[int, str] | None = None


def read_layout(document: TextDocument, paragraphs: list[str], language: str = "") -> Layout:
    """Find the headline, the header lines (publisher, date, bylines) and the body; language
    says how to read numeric dates ("10/02/2012" is February in French)."""
    flags = furniture_flags(paragraphs)
    labels = [p.strip().casefold() for p, f in zip(paragraphs, flags, strict=True) if f][:15]
    header = read_header(
        paragraphs, flags, known_publisher(document.publisher), document.date_published, language
    )
    publisher, published, bylines = header.publisher, header.published, header.bylines
    candidates = [
        i for i, p in enumerate(paragraphs) if not flags[i] and i not in header.lines and p.strip()
    ]
    repeated = repeated_line(paragraphs, flags)
    dated_again = ""  # the headline given again with its date: "… (03/08/2022)"
    if repeated is None:
        title_index, over = title_line(document.title, paragraphs, candidates)
        if over is not None and in_chrome(paragraphs, title_index or 0, over):
            over = None  # the site's banner over its menu, not a headline over its deck
    else:
        over = None
        title_index, again = repeated
        candidates = [i for i in candidates if i != again]
        dated_again = without_kicker(paragraphs[again].strip())
    title = document.title.strip() if document.title else ""
    # a speech's heading block: "Remarks by the Honourable X" / office / "Delivered at …" /
    # place / date, or a heading in capitals over lines ("ALLOCUTION DE … MADAME" / "NAME" /
    # "LORS DE …"): its first lines are the title, the rest is no part of the text
    block = speech_block(paragraphs, candidates, title_index) if repeated is None else None
    if block is not None:
        title_index = block[0]
        heading = " ".join(paragraphs[i].strip() for i in block[1])
        title = without_kicker(heading.removesuffix(",").rstrip())
    elif title_index is not None:  # a heading split over lines ends its first in a comma
        title = without_kicker(paragraphs[title_index].strip().removesuffix(",").rstrip())
    title = (
        title
        or dated_headline(paragraphs, header.lines)
        or label_headline(paragraphs)
        or opening_words(paragraphs, candidates)
    )
    start = -1 if title_index is None else title_index
    while start >= 0 and start + 1 < len(paragraphs) and kicker_after(paragraphs[start + 1]):
        start += 1  # the headline's quoted kicker is no part of the text
    start_of_title = -1 if title_index is None else title_index
    # a standfirst, "From:" and "Published" lines right after the title belong to the header
    following = [i for i in range(start + 1, min(start + 5, len(paragraphs))) if i in header.lines]
    between = range(start + 1, max(following, default=start))
    text_after = following and any(reads_like_text(p) for p in paragraphs[max(following) + 1 :])
    if text_after and sum(reads_like_text(paragraphs[i]) for i in between) <= 1:
        start = max(following)
    start = max(start, block[2]) if block is not None else start
    body = [i for i in candidates if i > start]
    # the speech's own heading under the headline, above its text, names who speaks
    opening = next((i for i in body if reads_like_text(paragraphs[i])), len(paragraphs))
    body = [i for i in body if i > opening or not speaker_heading(paragraphs[i])]
    # page clutter before the text: captions given twice, the headline or a header line given
    # again, a link, a stray tag (a bulleted summary may be a speech's address: it stays)
    body = [i for i in body if i >= opening or not _clutter(paragraphs, i, title)]
    # the text's first line, or a paragraph it opens after photo captions ("LH X (l.) im
    # Gespräch mit …" / "Graz (11. August 2022).- Auf seiner …")
    dateline = read_dateline(paragraphs[body[0]], language) if body else None
    dateline = dateline or next(
        (
            line
            for i in body[1:_OPENING]
            if (line := read_dateline(paragraphs[i], language))
            and len(paragraphs[i][line.end :].split()) >= 5
        ),
        None,
    )
    place = ""
    if dateline and full_date(dateline.written, language):
        published = published or full_date(dateline.written, language)
        place = dateline.place.title() if dateline.place.isupper() else dateline.place
    published = article_date(paragraphs, title_index, published, language) or published
    publisher = (
        publisher
        or known_publisher(title[:80])
        or footer_publisher(paragraphs)
        or named_in(document.meta.get("page:chrome", ""))
        or header.office
    )
    title = without_home(title, PUBLISHERS.get(publisher, ""))
    # the headline over the line the passes read as the title, its sub-heading (the deck names
    # the people and the meeting; the headline is what the page calls the release)
    headline = "" if over is None or block is not None else paragraphs[over].strip()
    headline = without_home(without_kicker(headline), PUBLISHERS.get(publisher, ""))
    # a copy's "Quelle: Pressemitteilung … am 1. März 2022" dates the original, not the copy
    published = next(
        (day for p in paragraphs if source_line(p) and (day := full_date(p, language))), published
    )
    if published is None:
        # a closing "Berlin, 3 May 2021" dates the release; a date line under "The letter
        # reads:" dates the letter it introduces
        last = range(max(0, len(paragraphs) - FOOTER_LINES), len(paragraphs))
        published = next(
            (
                full_date(paragraphs[i], language)
                for i in reversed(last)
                if is_date_line(paragraphs[i].strip())
                and not introduced(paragraphs, i)
                and i not in header.lines  # an event's date line at the top
            ),
            None,
        )
    published = published or headline_date(title, language)
    published = published or _kicker_date(paragraphs, title_index, language)
    # the page's headline with its date after a bar, above the headline or as it
    published = published or next(
        (
            day
            for i in range(min(HEADER_LINES, (title_index or 0) + 1))
            if (day := bar_date(paragraphs[i], language))
        ),
        None,
    )
    published = published or (again_date(dated_again, language) if dated_again else None)
    published = published or (today_date(paragraphs[body[0]], language) if body else None)
    byline = [
        f"{paragraphs[i].strip()}, {paragraphs[i + 1].strip()}"
        if role_follows(paragraphs, i)
        else paragraphs[i]
        for i in bylines
        if title_index is None or i > title_index
    ]
    standfirst = [
        paragraphs[i]
        for i in range(start_of_title + 1, body[0] if body else 0)
        if not flags[i] and i not in bylines and i not in header.only
    ]
    layout = Layout(title, title_index, body, publisher, published, labels, byline, standfirst)
    layout.dateline = place
    layout.headline = (over, headline) if over is not None and headline else None
    return layout


def _kicker_date(paragraphs: list[str], title_index: int | None, language: str) -> date | None:
    """Return the day a headline line at the top gives before its words, in figures or written
    out ("PRM / 18-11-2022 – Joint Statement …", "18 November 2022 – Minister …")."""
    for paragraph in paragraphs[: min(HEADER_LINES, (title_index or 0) + 1)]:
        line = paragraph.strip()
        kicker = DATED_KICKER.match(line)
        if kicker and len(line[kicker.end() :].split()) >= 3:
            return full_date(kicker["date"], language)
    return None


# a link or a stray HTML tag on a line of its own: "https://…", "br>"
_LINK_OR_TAG = re.compile(r"(?i)^\s*(?:(?:https?://|www\.)\S+|<?/?[a-z]{1,6}\s*/?>)\s*$")


def _clutter(paragraphs: list[str], index: int, title: str) -> bool:
    """Return whether a line above the text is page clutter, not the text's opening."""
    text = paragraphs[index].strip()
    line = " ".join(text.casefold().split())
    if _LINK_OR_TAG.match(text) or DOUBLED.fullmatch(text) or given_twice(paragraphs, index):
        return True
    if line == " ".join(title.casefold().split()):
        return True
    return any(" ".join(p.casefold().split()) == line for p in paragraphs[:index])
