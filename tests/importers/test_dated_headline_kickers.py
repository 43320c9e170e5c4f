"""A day written before the headline, in figures or in words, with a wire's tag or not and a
dash, a bar or a colon after it ("PRM / 18-11-2022 – Joint Statement …", "18 November 2022 –
…"), is no part of the title and dates the release."""

from __future__ import annotations

import datetime

import pytest

from tests.importers.drafting import draft

_HEADLINE = "Joint Statement by the partners on the release of two ships"


@pytest.mark.parametrize(
    "kicker",
    [
        "NWA / 18-11-2022 – ",
        "18-11-2022 – ",
        "18/11/2022 - ",
        "18 November 2022 – ",
        "November 18, 2022 — ",
        "NWA / 18.11.2022 - ",
    ],
)
def test_a_day_before_the_headline_dates_the_release(kicker: str) -> None:
    found = draft(
        kicker + _HEADLINE,
        "The partners welcome the release of the two ships and their crews by Norland after "
        "months of talks.",
        "They call on all states to respect the freedom of navigation.",
    )
    assert found.source.title == _HEADLINE
    assert found.source.date_published == datetime.date(2022, 11, 18)


def test_a_french_day_before_a_colon_dates_the_release() -> None:
    found = draft(
        "18 novembre 2022 : Déclaration conjointe des partenaires sur la libération de deux "
        "navires",
        "Les partenaires saluent la libération des deux navires et de leurs équipages par la "
        "Norlande.",
        "Ils appellent tous les États à respecter la liberté de navigation.",
    )
    assert found.source.title.startswith("Déclaration conjointe")
    assert found.source.date_published == datetime.date(2022, 11, 18)
