"""A briefing assembled from records: the section of statements no meeting takes is headed in
the briefing's language (a French briefing said "Erklärungen")."""

from __future__ import annotations

import pytest

from briefer.model import Person, Statement
from briefer.model.assemble import briefing_from_records


@pytest.mark.parametrize(
    ("language", "heading"),
    [("en", "Statements"), ("de", "Erklärungen"), ("fr", "Déclarations")],
)
def test_the_statements_section_is_headed_in_the_briefings_language(
    language: str, heading: str
) -> None:
    said = Statement(speaker=Person(name="Anna Berg", role="Minister"), text="We agree.", id=1)
    briefing = briefing_from_records("Talks", [said], language=language)
    assert [s.title for s in briefing.sections] == [heading]
