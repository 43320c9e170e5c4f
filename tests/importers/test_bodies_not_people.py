"""A body's name is not a person's: "Statement by the Boreal Community (BORCOM)"."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_community_issuing_a_statement_is_no_person() -> None:
    found = draft(
        "Statement by the Boreal Community (BORCOM) on recent events in Norland",
        "The Boreal Community (BORCOM) is alarmed by the violence in Norland. It calls for calm.",
        "It urges all sides to talk.",
    )
    assert [s.speaker.name for s in found.statements] == [""]
    assert found.statements[0].speaker.role.startswith("Boreal Community")
