"""A body's acronym written between dashes, between a role and the name after it."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_a_role_then_an_acronym_in_dashes_then_a_name() -> None:
    found = draft(
        "Minister meets envoy",
        "Minister Jon Dahl met with the Secretary General of the Union of Northern States -UNS-"
        " Per Ek, to discuss trade, in Brio on Monday.",
    )
    assert participants(found) == ["Jon Dahl", "Per Ek"]
