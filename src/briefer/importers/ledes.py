"""A release's lede: the first paragraphs of its text, past a news site's furniture."""

from __future__ import annotations

import re

from briefer.importers.layout import Layout
from briefer.importers.release import Release

LEDE = 4  # the meeting is reported in the first paragraphs or not at all


def lede_paragraphs(release: Release, layout: Layout) -> list[int]:
    """Return the paragraphs of the lede: the first LEDE of the body, not counting page
    furniture before the text (a link, the agency's name, a bracketed date, the headline
    again) nor photo captions printed twice, up to _CLUTTER of them."""
    lede: list[int] = []
    counted = skipped = 0
    previous = ""
    for index in layout.body:
        if counted >= LEDE:
            break
        lede.append(index)
        paragraph = release.paragraphs[index]
        if skipped < _CLUTTER and (
            _clutter(paragraph, layout.title) or _news_furniture(paragraph, previous)
        ):
            skipped += 1
        else:
            counted += 1
        previous = paragraph
    return lede


def _news_furniture(paragraph: str, previous: str) -> bool:
    """Return whether a paragraph is a news site's furniture over the text: a photo caption
    printed again as the next paragraph, an agency credit ("Le Courrier avec AFP", "With
    Reuters"), a line of when it was posted or updated ("Publié le 4 janvier 2025 à 10h12"),
    a deck with its section tag glued on ("POLITIQUELe président …")."""
    text = " ".join(paragraph.split())
    return (
        (bool(text) and text == " ".join(previous.split()))
        or (len(text.split()) <= 8 and _AGENCY_CREDIT.search(text) is not None)
        or _POSTED.match(text) is not None
        or _GLUED_TAG.match(text) is not None
    )


_AGENCY_CREDIT = re.compile(
    r"(?i)(?:^|\s)(?:avec|with|mit|con|et|and|/)\s+(?:l['’])?(?:AFP|Reuters|AP|dpa|APA|ANSA|EFE|"
    r"Belga|ATS|Xinhua|Anadolu|AA|TASS|Ria Novosti|agences?|agencies)\W*$"
)
_POSTED = re.compile(
    r"(?i)^(?:publié|mis à jour|modifié|published|updated|posted|last updated|veröffentlicht|"
    r"aktualisiert|publicado|actualizado)\b[^.]{0,80}\d"
)
# a section tag in capitals glued to the deck's first word: "POLITIQUELe président …"
_GLUED_TAG = re.compile(r"^[A-ZÀ-Þ]{3,}[A-ZÀ-Þ][a-zß-ÿ]")


_CLUTTER = 4  # paragraphs of furniture and captions passed over before the lede


def _clutter(paragraph: str, title: str) -> bool:
    """Return whether a paragraph is furniture or a caption printed twice, not the text."""
    text = " ".join(paragraph.split())
    words = text.split()
    half = len(text) // 2
    twice = len(words) >= 4 and text[:half].strip() == text[half:].strip()
    return (
        twice
        or text.strip(" .") == " ".join(title.split()).strip(" .")
        or (len(words) <= 4 and _FURNITURE.search(text) is not None)
        # a bullet summary over the text: "• Minister visits the port"
        or text.startswith(("•", "▪", "●", "■", "►", "* "))
    )


# a link, a bracketed date, a stray HTML fragment: "https://…", "[12/ May/2025]", "br>"
_FURNITURE = re.compile(r"(?i)(?:https?://|www\.|^\[[^\]]*\d[^\]]*\]$|<|>|^\W*$)")


def is_prose(paragraph: str) -> bool:
    """Return whether a paragraph is the report's prose, not a link or a heading ("Secretary
    Blinken's Meeting with …" under "Related Articles")."""
    text = paragraph.strip()
    return len(text.split()) >= 8 and text.endswith((".", "!", "?", "”", '"', "»"))
