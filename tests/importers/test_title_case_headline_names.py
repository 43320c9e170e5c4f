"""A Title-Case headline's name run ends at its capitalised prepositions, participles and
statement verbs ("Statement of Chairwoman Dorr Upon Closed Hearing …"): the body's full
name with the same family name is the speaker (S12-3)."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft

HEADLINES = [
    "Statement of Chairwoman Dorr Upon Closed Hearing With Norland Envoy",
    "Statement by Chairwoman Dorr Ahead of Closed Hearing With Norland Envoy",
    "Chairwoman Dorr Issues Statement Ahead of Norland Sanctions Vote",
    "Senator Dorr Following Closed Hearing With Norland Envoy",
    "Chairwoman Dorr Concerning Closed Hearing With Norland Envoy",
]


@pytest.mark.parametrize("headline", HEADLINES)
def test_the_body_full_name_speaks_under_a_title_case_headline(headline: str) -> None:
    found = draft(
        headline,
        "WASHINGTON – U.S. Senator Tess Dorr (D-Ore.), Chair of the Senate Foreign Relations "
        "Committee, issued the following statement after a closed hearing with the envoy for "
        "Norland:",
        "“Today's hearing made clear that our policy needs a reset. I will keep pressing the "
        "administration for answers.”",
    )
    assert [s.speaker.name for s in found.statements] == ["Tess Dorr"]
    assert found.statements[0].text.startswith("Today's hearing")
