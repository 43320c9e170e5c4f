"""Round 22's titles (invented releases): an embargo label over the headline, a portal's
region before a credited headline, a republisher's catalogue label over the release."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_release_label_over_the_headline_is_no_title() -> None:
    found = draft(
        "March 3, 2011",
        "For immediate release",
        "Governor Visits the Harbour Fair",
        "Governor's Office",
        "Governor Ada Morn opened the harbour fair in Brio this morning, where fishers and "
        "boat builders from the whole coast show their work.",
    )
    assert found.source.title == "Governor Visits the Harbour Fair"


def test_a_portals_region_before_a_credited_headline_is_no_part_of_it() -> None:
    found = draft(
        "Nordmark-Ost: Ilse Barth: Partnerschaft mit Valdoria weiter ausbauen",
        "Die Staatssekretärin Ilse Barth hat am Montag in Brio eine Ausstellung über die "
        "Partnerschaft des Landes mit Valdoria eröffnet.",
    )
    assert found.source.title == "Ilse Barth: Partnerschaft mit Valdoria weiter ausbauen"


def test_a_republishers_catalogue_label_is_not_the_headline() -> None:
    found = draft(
        "WIRTSCHAFT/2231: Berg besucht die Messe in Valdoria (BMX)",
        "Bundesministerium für Handel - Berlin, 3. März 2021",
        "Berg besucht die Messe in Valdoria: Handel weiter stärken",
        "Bundeshandelsminister Olaf Berg reist heute zur Messe nach Valdoria. Er wird von "
        "einer Delegation deutscher Unternehmen begleitet.",
    )
    assert found.source.title == "Berg besucht die Messe in Valdoria: Handel weiter stärken"
