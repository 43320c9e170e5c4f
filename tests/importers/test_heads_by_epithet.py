"""A head of state or government named by the epithet before the name ("The Head of
Government, Anna Berg, …") takes part under that role. (The French "le chef de l'État, X" was
tried too: it added a person no annotator counted in a read held-out batch, and was left.)"""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft


@pytest.mark.parametrize(
    ("title", "lede", "role"),
    [
        (
            "Head of State receives envoy",
            "The Head of State, Anna Berg, received Canada's special envoy Karl Moen on Monday.",
            "Head of State",
        ),
        (
            "Head of Government meets Minister",
            "The Head of Government, Anna Berg, met Canada's Minister of Trade Karl Moen in Brio.",
            "Head of Government",
        ),
    ],
)
def test_a_head_named_by_epithet_takes_part(title: str, lede: str, role: str) -> None:
    found = draft(title, lede)
    assert found.consultation is not None
    people = {p.name: p.role for p in found.consultation.participants}
    assert people.get("Anna Berg") == role
