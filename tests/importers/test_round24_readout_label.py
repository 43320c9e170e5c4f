"""A readout labelled with a hyphen (round 24): "Read-out of the Director-General’s meeting
with X" is a readout, as "Readout of …" is."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft


@pytest.mark.parametrize("label", ["Read-out", "Readout"])
def test_a_read_out_with_or_without_its_hyphen_is_a_readout(label: str) -> None:
    found = draft(
        f"{label} of the Director-General’s meeting with Karl Wendel, Minister for Foreign "
        "Affairs of Selonia",
        "30/06/2024",
        "Brio - Agency Director-General Anna Kestrel today met Karl Wendel, Minister for Foreign "
        "Affairs of Selonia, on the sidelines of the Ocean Forum taking place in Brio.",
        "The Director-General thanked Selonia for hosting the Forum.",
    )
    assert found.kind == "readout"
