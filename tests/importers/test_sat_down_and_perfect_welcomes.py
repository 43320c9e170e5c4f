"""Talks told as sitting down together ("sat down with"), a visit paid to a host ("a rendu une
visite de courtoisie au …"), and a German host's welcome in the perfect with the guest before
the verb ("hat … den Botschafter … begrüßt") are meetings; a welcome of a decision is not."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        (
            "Premier Berg in talks",
            "Premier Anna Berg sat down with Canada's Minister of Trade Karl Moen this week to "
            "discuss energy exports.",
        ),
        (
            "Landtagspräsidentin trifft Botschafter",
            "Landtagspräsidentin Anna Berg hat am Dienstag den Botschafter Kanadas, Karl Moen, "
            "im Landtag begrüßt.",
        ),
        (
            "Ministerpräsident begrüßt Delegation",
            "Ministerpräsident Hans Berg hat eine Delegation aus Kanada unter Leitung von "
            "Ministerin Karla Moen in der Staatskanzlei begrüßt.",
        ),
    ],
)
def test_sitting_down_together_and_a_welcome_in_the_perfect_are_meetings(
    title: str, lede: str
) -> None:
    found = draft(title, lede)
    assert found.kind == "consultation"
    assert found.consultation is not None
    assert "Moen" in {p.name.split()[-1] for p in found.consultation.participants}


def test_a_welcome_of_a_decision_is_no_meeting() -> None:
    found = draft(
        "Ministerin begrüßt Entscheidung",
        "Ministerin Anna Berg hat die Entscheidung des Rates über die neuen Mittel begrüßt.",
    )
    assert found.kind != "consultation"


def test_a_welcome_of_a_ministers_decision_is_no_meeting() -> None:
    found = draft(
        "Ministerin begrüßt Entscheidung",
        "Ministerin Anna Berg hat die Entscheidung des Ministers Karl Moen über die neuen "
        "Mittel begrüßt.",
    )
    assert found.kind != "consultation"


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        (
            "Visite de courtoisie",
            "L'ambassadeur du Canada, M. Karl Moen, a rendu une visite de courtoisie au Premier "
            "ministre Paul Berg ce lundi.",
        ),
        (
            "Visite au Président",
            "Le ministre canadien Karl Moen a rendu visite au Président Paul Berg mardi à Brio.",
        ),
        (
            "Ambassador's courtesy visit",
            "Canada's Ambassador Karl Moen paid a courtesy visit to Prime Minister Anna Berg on "
            "Monday.",
        ),
    ],
)
def test_a_visit_paid_to_a_host_is_a_meeting(title: str, lede: str) -> None:
    found = draft(title, lede)
    assert found.kind == "consultation"
    assert found.consultation is not None
    assert found.consultation.format == "in person"
    assert "Moen" in {p.name.split()[-1] for p in found.consultation.participants}
