"""A German office whose field has adjectives ("Bundesministerin für europäische und
internationale Angelegenheiten", "Bundesrat für auswärtige Angelegenheiten") is one role, and
its holder after the comma takes part."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft


@pytest.mark.parametrize(
    ("lede", "role"),
    [
        (
            "Am 2. Mai 2025 fand in Brio ein Treffen mit der norländischen Bundesministerin für "
            "europäische und internationale Angelegenheiten, Anna Berg-Lund, statt.",
            "Bundesministerin für europäische und internationale Angelegenheiten",
        ),
        (
            "Am 2. Mai 2025 traf Botschafter Karl Moen den Bundesminister für auswärtige "
            "Angelegenheiten, Hans Berg, in Brio.",
            "Bundesminister für auswärtige Angelegenheiten",
        ),
    ],
)
def test_an_office_with_adjectives_in_its_field_is_one_role(lede: str, role: str) -> None:
    found = draft("Treffen in Brio", lede)
    assert found.consultation is not None
    roles = {p.name.split()[-1]: p.role for p in found.consultation.participants}
    assert role in roles.values()
