"""A French envoy's role with the country elided and the posting after it (round 26):
"L’Ambassadeur d’Italie en France, M. X" is Italy's ambassador, not France's; the role holds
its posting ("en France"), and the country is the one before it."""

from __future__ import annotations

from tests.importers.drafting import draft


def _sides(lead: str) -> list[tuple[str, str, str]]:
    found = draft(
        "Visite au maire de Brio",
        f"{lead} a rencontré le Maire de Brio, Mme Ana Lo, le jeudi 28 janvier 2021.",
        "Les deux responsables ont passé en revue l'état de la coopération entre les deux villes.",
    )
    assert found.consultation is not None
    return [(p.name, p.role, p.country) for p in found.consultation.participants]


def test_ambassadeur_d_italie_en_france() -> None:
    assert ("Karl Moen", "Ambassadeur d’Italie en France", "Italy") in _sides(
        "L’Ambassadeur d’Italie en France, M. Karl Moen,"
    )


def test_ambassadeur_d_italie() -> None:
    assert ("Karl Moen", "Ambassadeur d'Italie", "Italy") in _sides(
        "L'Ambassadeur d'Italie, M. Karl Moen,"
    )


def test_ambassadeur_de_france_en_italie() -> None:
    assert ("Karl Moen", "Ambassadeur de France en Italie", "France") in _sides(
        "L'Ambassadeur de France en Italie, M. Karl Moen,"
    )
