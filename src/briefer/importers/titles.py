"""Which line of a release is its title, and the title of a release with no headline."""

from __future__ import annotations

import itertools
import re

from briefer.importers.bylines import ROLE_LINE, byline
from briefer.importers.dates import find_dates
from briefer.importers.furniture import photo_credit
from briefer.importers.header import HEADER_LINES
from briefer.importers.headingblocks import above_speaker_headings
from briefer.importers.headlines import (
    CAPTION,
    NOT_HEADLINE,
    TIME_LINE,
    given_twice,
    reads_like_headline,
)
from briefer.importers.kickers import BULLET, without_date
from briefer.importers.releasedates import PUBLISHED_LINE, is_date_line
from briefer.importers.textlines import DANGLING, SENTENCE_INSIDE, reads_like_text, shouts


def repeated_line(paragraphs: list[str], flags: list[bool]) -> tuple[int, int] | None:
    """Return where a headline stands that the page gives twice before its text (the page's
    title over the article's heading), even one that holds a date, and where it stands
    again; not a banner in capitals, nor a photo's caption."""
    seen: dict[str, int] = {}
    for index, paragraph in enumerate(paragraphs[:HEADER_LINES]):
        if reads_like_text(paragraph):
            break
        line = " ".join(without_date(paragraph).casefold().split())
        if line in seen and CAPTION.search(paragraph):
            return None  # the page gives each photo's caption twice: a line given twice is one
        if line in seen and len(line.split()) >= 3 and not flags[index] and not shouts(paragraph):
            first = seen[line]
            if first == index - 1 and first and reads_like_headline(paragraphs[first - 1]):
                return None  # a caption given twice in a row under the headline
            return first, index
        seen.setdefault(line, index)
    return None


def title_line(
    meta_title: str, paragraphs: list[str], candidates: list[int]
) -> tuple[int | None, int | None]:
    """Return the headline: the page's own title if it names one, else the last line before
    the text begins that reads like a headline (site banners and section names come first);
    and the line over it when that is the headline and it the sub-heading (or None)."""
    if meta_title:
        wanted = meta_title.strip().casefold()
        for index in candidates[:12]:
            text = paragraphs[index].strip().casefold()
            if text and (text == wanted or wanted.startswith(text) or text.startswith(wanted)):
                return index, None
    window = candidates[:HEADER_LINES]
    # an aggregator's sentence that introduces the release is no part of its text ("Estoria's
    # MFA has replied to a post by a foreign diplomat; its full text follows.")
    start = next(
        (
            i
            for i in window
            if reads_like_text(paragraphs[i]) and not _INTRODUCES_TEXT.search(paragraphs[i])
        ),
        None,
    )

    # the captions of the photos under the headline come after it
    captioned = next((i for i in window if CAPTION.search(paragraphs[i])), None)
    headlines = [
        i
        for i in window
        if (start is None or i < start)
        and (captioned is None or i < captioned)
        and (reads_like_headline(paragraphs[i]) or _lone_bullet(paragraphs, i))
    ]
    # a news site gives the headline again inside its section labels ("ESTORIA :: Trade
    # fair : Dahl opens the season :: ESTORIA" under "Dahl opens the season"): the plain one
    headlines = [i for i in headlines if not _labelled_again(paragraphs, i, headlines)]
    # a news site's place and name under the headline: "Brio – Estoria Daily"
    headlines = headlines[:1] + [i for i in headlines[1:] if not _PLACE_SITE.match(paragraphs[i])]
    # a photo's caption given twice in a row is no headline when another line is
    headlines = [i for i in headlines if not given_twice(paragraphs, i)] or headlines
    # a photo's caption under the headline, over its credit ("Photo: Norland News Agency"), is
    # no headline either (a headline over a photo's credit alone stays one)
    headlines = headlines[:1] + [
        i for i in headlines[1:] if i + 1 >= len(paragraphs) or not photo_credit(paragraphs[i + 1])
    ]
    mixed = [i for i in headlines if not shouts(paragraphs[i])]
    # a quotation under the headline is its kicker: "„Internationale Kontakte müssen …“"
    unquoted = [i for i in mixed if not _quotation(paragraphs[i])]
    if mixed or headlines:
        chosen = above_speaker_headings(paragraphs, unquoted or mixed or headlines)
        above = _headline_above(paragraphs, chosen, headlines)
        if above is not None:
            return above, None
        lines_above = [i for i in window if i < chosen[-1]]
        if lines_above and _heading_goes_on(paragraphs[lines_above[-1]], paragraphs[chosen[-1]]):
            # "Déclaration de presse par X," / "Secrétaire générale, …"
            return lines_above[-1], None
        over = _over_subheading(paragraphs, window, chosen)
        return chosen[-1], (over if over != chosen[-1] else None)
    caption = paragraphs[start] if start is not None else ""
    if start is not None and len(caption.split()) <= 25 and ":" not in caption:
        # a photo's caption above the headline: "Ein Dutzend Mikrophone stehen auf dem Tisch …"
        after = window[window.index(start) + 1 : window.index(start) + 5]
        for above, below in itertools.pairwise(after):
            if reads_like_headline(paragraphs[above]) and reads_like_text(paragraphs[below]):
                return above, None
    fallback = next(
        (
            i
            for i in window
            if (start is None or i < start)
            and 3 <= len(paragraphs[i].split()) <= 30
            and not NOT_HEADLINE.search(paragraphs[i])
        ),
        None,
    )
    return fallback, None


def _over_subheading(paragraphs: list[str], window: list[int], chosen: list[int]) -> int:
    """Return the headline over its sub-heading: of two lines that read like headlines, one
    right under the other above the text, the first is the headline and the second its deck
    ("Minister X ends visit to Norland" / "Talks, a concert and a walk in the hills") unless the
    first is the site's trail ("Home > News > …", "| Events") or repeats the second ("Press
    Releases: Minister X …" over "Minister X …")."""
    last = chosen[-1]
    position = window.index(last)
    above = window[position - 1] if position else None
    if above is None or above not in chosen or _site_line(paragraphs[above]):
        return last
    upper, lower = (" ".join(paragraphs[i].casefold().split()) for i in (above, last))
    return last if lower in upper else above


def in_chrome(paragraphs: list[str], under: int, over: int) -> bool:
    """Return whether the page says the line under is its headline: a trail between the two
    ("Home > Press Releases", the banner above it) or a release's label right over it ("Press
    release" / "UK provides …", the section above it)."""
    between = [" ".join(paragraphs[i].split()) for i in range(over + 1, under)]
    return any(_RELEASE_LABEL.fullmatch(line) or re.search(r"\s[>»]\s", line) for line in between)


def _site_line(text: str) -> bool:
    """Return whether a line over the headline is the site's, not the release's: a trail, a
    section ("Speeches and statements of the Minister", "Latest news"), a label ("Press
    Release No. 12") or an office's name ("Ministry of Foreign Affairs, Trade and
    Development", "Office of the Spokesperson", "Gobierno de la República")."""
    line = " ".join(text.split())
    return bool(
        _TRAIL.search(line)
        or (len(line.split()) <= 5 and _SECTION_WORDS.search(line))
        or _SECTION_WORDS.match(line.removeprefix("Latest ").removeprefix("All "))
        or _RELEASE_LABEL.fullmatch(line)
        or _OFFICE_NAME.fullmatch(line)
    )


_SECTION_WORDS = re.compile(
    r"(?i)\b(?:news|(?:press|media|news)\s+(?:releases?|room|office|cent(?:re|er))|releases|"
    r"statements|speeches|events|media|newsroom|updates|"
    r"announcements|actualités|communiqués|noticias|comunicados|aktuelles|nachrichten|"
    r"pressemitteilungen|reden)\b"
)
_NAME_PARTICLE = (
    r"(?:of|the|and|for|on|de|del|la|las|los|le|les|du|des|d['’]|der|die|und|für|y|et|e)"
)
_OFFICE_NAME = re.compile(
    r"(?:The\s+)?(?:Federal\s+|Permanent\s+)?(?:Government|Office|Presidency|Ministry|Mission|"
    r"Embassy|Department|Secretariat|Gouvernement|Présidence|Ministère|Ambassade|Gobierno|"
    r"Presidencia|Ministerio|Embajada|Regierung|Bundesregierung|Botschaft)"
    rf"(?:,?\s+(?:{_NAME_PARTICLE}|[A-ZÄÖÜÉ&][\w'’.&-]*))*"
)


# a site's navigation trail, not a headline: "Home > News > …", "| Events", "What's New/Press
# Releases", "Ministerpräsident - Staatskanzlei : Thema: Ministerien"
_TRAIL = re.compile(r"^\s*[|>]|\s>|>\s|\s»\s|[^\W\d]/[^\W\d]|\s:\s.*:")


def _headline_above(paragraphs: list[str], chosen: list[int], headlines: list[int]) -> int | None:
    """Return the headline above the last line that reads like one when that line repeats it
    or is its deck (the headline may be in capitals then)."""
    if len(chosen) >= 2 and _repeats_above(paragraphs, chosen[-2], chosen[-1]):
        return chosen[-2]
    if chosen[-1] - 1 in headlines and _deck(paragraphs, chosen[-1]):
        return chosen[-1] - 1
    return None


def _deck(paragraphs: list[str], under: int) -> bool:
    """Return whether a line under the headline is a news article's deck: a phrase of ten
    words or more with a comma, longer than the headline, over the author's byline ("X en
    visite à Sélo" / "X, ministre …, reçue par le président Y" / "Par Jean Marc")."""
    return (
        under + 1 < len(paragraphs)
        and byline(paragraphs[under + 1])
        and "," in paragraphs[under]
        and len(paragraphs[under].split()) >= max(10, len(paragraphs[under - 1].split()) + 1)
    )


_PLACE_SITE = re.compile(
    r"^\s*[A-ZÄÖÜ][\w.'’-]+(?:\s[A-ZÄÖÜ][\w.'’-]+)?\s[–—-]\s"
    r"[A-ZÄÖÜ][\w.'’-]*(?:\s[A-ZÄÖÜ][\w.'’-]*){0,3}\s*$"
)


def _labelled_again(paragraphs: list[str], index: int, headlines: list[int]) -> bool:
    """Return whether a line is another headline set inside a site's section labels ("X ::",
    ":: Y", "Trade fair :")."""
    line = paragraphs[index]
    if "::" not in line:
        return False
    words = " ".join(line.casefold().split())
    return any(
        j != index
        and "::" not in paragraphs[j]
        and len(paragraphs[j].split()) >= 3
        and " ".join(paragraphs[j].casefold().split()) in words
        for j in headlines
    )


_INTRODUCES_TEXT = re.compile(
    r"(?i)(?:\b(?:its|the|whose|their) (?:full |complete )?(?:text|statement|wording) "
    r"(?:follows|is below|reads as follows|is as follows)|\b(?:reads|is|are) as follows|"
    r"\bthe following is the (?:full |complete )?text\b[^.]{0,80}|"
    r"\b(?:im wortlaut|le texte (?:intégral )?(?:suit|ci-dessous)))\W*$"
)


def _lone_bullet(paragraphs: list[str], index: int) -> bool:
    """Return whether a line is a headline a site set with a bullet ("• Moen receives …"):
    one bulleted line, not an item of a list (the lines next to it have no bullet)."""
    if not BULLET.match(paragraphs[index]):
        return False
    near = paragraphs[max(0, index - 1) : index] + paragraphs[index + 1 : index + 2]
    return not any(BULLET.match(p) for p in near) and reads_like_headline(
        BULLET.sub("", paragraphs[index])
    )


def _repeats_above(paragraphs: list[str], above: int, below: int) -> bool:
    """Return whether a headline line only repeats the one above it: a line of keywords
    repeating its words, or the page's new headline under its old one."""
    if _keywords(paragraphs[below], paragraphs[above]):
        return True
    return above == below - 1 and _variants(paragraphs[above], paragraphs[below])


def _variants(first: str, second: str) -> bool:
    """Return whether two headline lines are variants of one headline ("Minister X
    telefoniert mit Y" / "Minister X spricht mit Y"): the same opening words, nearly the same
    length and most words shared, but not the same line."""
    one, two = first.casefold().split(), second.casefold().split()
    if one == two or one[:2] != two[:2] or abs(len(one) - len(two)) > 2:
        return False
    shared = len(set(one) & set(two))
    return shared >= 3 and 3 * shared >= 2 * max(len(set(one)), len(set(two)))


def _keywords(line: str, above: str) -> bool:
    """Return whether a line is a string of keywords repeating the headline above it
    ("Mitteilung Ministerium Anna Berg Lage Vestria" under "MINISTERIUM: Anna Bergs …"): capital
    words only, no punctuation and no word that joins a phrase, half of them the headline's."""
    words = line.split()
    if len(words) < 4 or re.search(r"[^\w\s'’-]", line):
        return False
    if not all(w[0].isupper() for w in words) or any(w.casefold() in DANGLING for w in words):
        return False
    seen = {w.casefold() for w in re.findall(r"\w+", above)}
    return 2 * sum(w.casefold() in seen for w in words) >= len(words)


def _heading_goes_on(first: str, following: str) -> bool:
    """Return whether a heading is split over lines, its first ending in a comma and the next
    giving the speaker's role ("Rede von X," / "Secretary-General, Union of Ports")."""
    text = first.strip()
    return (
        text.endswith(",")
        and reads_like_headline(text[:-1])
        and ROLE_LINE.match(following.strip()) is not None
    )


def _quotation(text: str) -> bool:
    """Return whether a line is a quotation and nothing else, with no full stop: a kicker
    ("„Internationale Kontakte müssen gepflegt werden“"), not a sentence someone said."""
    line = _CREDITED.sub("", text.strip())  # '"… priorities" – Sharma': credited, still a kicker
    return (
        len(line) > 2 and line[0] in "„“”\"«‚'" and line[-1] in "“”\"»‘’'" and line[-2] not in ".!?"
    )


_CREDITED = re.compile(r"(?<=[“”\"»‘’'])\s+[–—-]\s+[A-ZÄÖÜ][\w.'’-]*(?:\s+[A-ZÄÖÜ][\w.'’-]*){0,2}$")


def kicker_after(paragraph: str) -> bool:
    """Return whether a line under the headline is its quoted kicker."""
    return _quotation(paragraph) and reads_like_headline(paragraph)


def dated_headline(paragraphs: list[str], header: set[int]) -> str:
    """Return, for a release with no other headline, a header line that names the release
    with its date ("Department Press Briefing – February 17, 2021"), not a bare date line."""
    for index in sorted(header):
        line = " ".join(paragraphs[index].split())
        if is_date_line(line) and not PUBLISHED_LINE.match(line):
            undated = line
            for mention in find_dates(line, None):
                undated = undated.replace(mention.text, " ")
            if len(re.findall(r"[^\W\d_]{2,}", undated)) >= 3:
                return line
    return ""


def label_headline(paragraphs: list[str]) -> str:
    """Return, for a release with no other headline, the label that heads it ("Communiqué de
    presse", "Press Release (3-5-2021)") when it stands above the text: the release's only
    name."""
    for paragraph in paragraphs[:_LABEL_LINES]:
        line = " ".join(paragraph.split())
        if reads_like_text(line):
            return ""
        if _RELEASE_LABEL.fullmatch(line):
            return line
    return ""


_LABEL_LINES = 4
# a release's label, a date or number in brackets after it: "Press Release (3-5-2021)"
_RELEASE_LABEL = re.compile(
    r"(?i)(?:press|news|media) (?:release|statement)|communiqué(?: de presse)?|"
    r"comunicado(?: de prensa)?|pressemitteilung|presseerklärung|presseinformation|"
    r"déclaration(?: de presse)?|press communiqué"
    r"(?:\s*(?:no\.?|nr\.?|n°)?\s*\d+(?:/\d+)?)?(?:\s*\([^()]{4,30}\))?"
)


def opening_words(paragraphs: list[str], candidates: list[int]) -> str:
    """Return a title for a release with no headline: its first words, cut at a word (not a
    time line such as "2:37 p.m. EST")."""
    first = next((i for i in candidates if not TIME_LINE.match(paragraphs[i].strip())), None)
    text = " ".join(paragraphs[first].split()) if first is not None else ""
    if len(text) <= 90 or _one_sentence(text):
        return text
    return text[:90].rsplit(" ", 1)[0] + " …"


def _one_sentence(text: str) -> bool:
    """Return whether a line is a headline written as one sentence, not cut: at most
    _SENTENCE_HEADLINE words, no sentence ending inside it ("The Foreign Minister held
    bilateral meetings with the ministers of Norland, Vestria and Brio.")."""
    return len(text.split()) <= _SENTENCE_HEADLINE and not SENTENCE_INSIDE.search(text)


_SENTENCE_HEADLINE = 40
