"""A news site's copy of a president's calls under its furniture (invented release): a
caption printed twice, an agency credit and a posting line do not push the meeting out of
the lede."""

from __future__ import annotations

from datetime import date

from tests.importers.drafting import draft, participants


def test_calls_under_a_news_sites_furniture_are_read_out() -> None:
    found = draft(
        "Fêtes de fin d'année : le président Vel multiplie les appels",
        "POLITIQUELe président norlandais a passé plusieurs appels pour souhaiter de bonnes "
        "fêtes à ses homologues.",
        "Le président Ari Vel dans son bureau à Brio, le 3 janvier 2025.",
        "Le président Ari Vel dans son bureau à Brio, le 3 janvier 2025.",
        "Le Courrier de Brio avec AFP",
        "Publié le 4 janvier 2025 à 10h12, mis à jour le 4 janvier 2025 à 11h30",
        "Le président norlandais Ari Vel s'est entretenu vendredi avec le président valdorien "
        "Ivo Ren, a annoncé la présidence.",
        "Il a aussi donné un coup de téléphone au Premier ministre estmarkois Karl Moss.",
    )
    assert found.kind == "readout"
    assert participants(found) == ["Ari Vel", "Ivo Ren", "Karl Moss"]
    assert found.consultation is not None and found.consultation.date == date(2025, 1, 3)
