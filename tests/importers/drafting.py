"""Parsing invented releases in the parser's form tests: a release from its paragraphs, and
who took part in its meeting."""

from __future__ import annotations

from briefer.importers.document import TextDocument
from briefer.importers.draft import Draft
from briefer.importers.pressrelease import parse_release


def draft(*paragraphs: str) -> Draft:
    """Return the draft of a release written as these paragraphs."""
    return parse_release(TextDocument(paragraphs, origin="release.txt", format="text"))


def participants(found: Draft) -> list[str]:
    """Return the names of those who took part in the release's meeting (there must be one)."""
    assert found.consultation is not None
    return [p.name for p in found.consultation.participants]
