"""A participant's country comes from their own role phrase, never from their counterpart's:
"Minister X met his Finnish counterpart" does not make X Finnish."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_the_counterparts_country_is_not_the_hosts() -> None:
    found = draft(
        "Kell meets his counterpart",
        "Defence Minister Ardo Kell met his Finnish counterpart in Tallinn on Monday.",
        "They discussed air defence.",
    )
    assert found.consultation is not None
    kell = found.consultation.participants[0]
    assert kell.name == "Ardo Kell"
    assert kell.country != "Finland"
