"""A readout labelled with a hyphen (round 24): "Read-out of the Director-General’s meeting
with X" is a readout, as "Readout of …" is."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_hyphenated_read_out_is_a_readout() -> None:
    found = draft(
        "Read-out of the Director-General’s meeting with Karl Wendel, Minister for Foreign "
        "Affairs of Selonia",
        "30/06/2024",
        "Brio - Agency Director-General Anna Kestrel today met Karl Wendel, Minister for Foreign "
        "Affairs of Selonia, on the sidelines of the Ocean Forum taking place in Brio.",
        "The Director-General thanked Selonia for hosting the Forum.",
    )
    assert found.kind == "readout"


def test_readout_without_the_hyphen_still_is_one() -> None:
    found = draft(
        "Readout of the Director-General’s meeting with Karl Wendel, Minister for Foreign "
        "Affairs of Selonia",
        "30/06/2024",
        "Brio - Agency Director-General Anna Kestrel today met Karl Wendel, Minister for Foreign "
        "Affairs of Selonia, on the sidelines of the Ocean Forum taking place in Brio.",
        "The Director-General thanked Selonia for hosting the Forum.",
    )
    assert found.kind == "readout"
