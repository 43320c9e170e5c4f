"""Talks told as an exchange by the two who held it (round 25): "Moen und Lo tauschten sich
über … aus", "Moen and Lo exchanged views on …", "Moen et Lo ont échangé sur …" report a
meeting, as "A and B discussed" did."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft, participants


@pytest.mark.parametrize(
    ("headline", "lead", "quote"),
    [
        (
            "Botschafter zum Antrittsbesuch in der Staatskanzlei",
            "Am Freitag besuchte Botschafter Karl Moen die Ministerpräsidentin Ana Lo in der "
            "Staatskanzlei. Moen und Lo tauschten sich über die Zusammenarbeit aus.",
            "„Norland ist für uns ein Nachbar, auf den man sich verlassen kann“, sagte Lo.",
        ),
        (
            "Ambassador pays first visit to the Premier",
            "On Friday Ambassador Karl Moen visited Premier Ana Lo at her office. Moen and Lo "
            "exchanged views on cooperation.",
            "“Norland is a neighbour we can always rely on,” said Lo.",
        ),
        (
            "Visite de l'ambassadeur à la Première ministre",
            "Vendredi, l'ambassadeur Karl Moen a rendu visite à la Première ministre Ana Lo. "
            "Moen et Lo ont échangé sur la coopération.",
            "« Norland est un voisin sur lequel on peut toujours compter », a déclaré Lo.",
        ),
    ],
)
def test_an_exchange_of_the_two_is_a_meeting(headline: str, lead: str, quote: str) -> None:
    found = draft(headline, lead, quote)
    assert found.kind == "consultation"
    assert sorted(participants(found)) == ["Ana Lo", "Karl Moen"]
