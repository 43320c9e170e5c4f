"""What a wire or a site glues to a headline (round 25): a dateline in capitals with the day
and no year before it ("NORLAND, January 17 - …", "BRIO, 17 janvier – …"), and the release's
number after it ("… - 312/2023"), are no part of the title."""

from __future__ import annotations

import pytest

from briefer.importers.kickers import without_kicker
from tests.importers.drafting import draft


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "NORLAND, January 17 - President Karl Moen receives the Deputy Chairman of Varland",
            "President Karl Moen receives the Deputy Chairman of Varland",
        ),
        (
            "BRIO, 17 janvier – Le président Karl Moen reçoit l'envoyé",
            "Le président Karl Moen reçoit l'envoyé",
        ),
        ("Premier meets the new Consul General - 312/2023", "Premier meets the new Consul General"),
        ("Minister meets envoy - 2 more", "Minister meets envoy - 2 more"),
        ("BRIO, Norland - Talks on trade", "BRIO, Norland - Talks on trade"),
    ],
)
def test_without_dateline_or_number(line: str, title: str) -> None:
    assert without_kicker(line) == title


def test_a_release_titled_after_its_glued_dateline() -> None:
    found = draft(
        "NORLAND, January 17 - President Karl Moen receives the Deputy Chairman of Varland",
        "President Karl Moen held talks in Brio with Ivo Ren, Deputy Chairman of Varland, on "
        "the new railway line.",
    )
    assert found.source.title == "President Karl Moen receives the Deputy Chairman of Varland"
