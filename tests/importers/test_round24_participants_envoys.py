"""Round 24's French envoys (invented releases): where the envoy is sent between the role and
the name ("l’Envoyé spécial du Secrétaire général pour le Yémen, X")."""

from __future__ import annotations

from tests.importers.drafting import draft


def roles(*paragraphs: str) -> dict[str, str]:
    """Return each participant's role in the meeting of a release of these paragraphs."""
    found = draft(*paragraphs)
    assert found.consultation is not None
    return {p.name: p.role for p in found.consultation.participants}


def test_a_special_envoy_for_a_country_before_his_name_takes_part() -> None:
    assert roles(
        "Le Premier ministre reçoit l’Envoyé spécial",
        "Brio, le 3 mai 2023 - Le Premier ministre Paul Oro s’est entretenu lundi avec "
        "l’Envoyé spécial pour la Norlande, Karl Moen.",
        "Ils ont évoqué la sécurité dans la région.",
    ) == {"Paul Oro": "Premier ministre", "Karl Moen": "Envoyé spécial pour la Norlande"}


def test_the_secretary_generals_envoy_for_a_country_takes_part() -> None:
    found = roles(
        "Entretien avec l’Envoyé spécial",
        "Brio, le 3 mai 2023 - Le Premier ministre Paul Oro s’est entretenu lundi avec "
        "l’Envoyé spécial du Secrétaire général pour le Yémen, Karl Moen.",
        "Ils ont évoqué le processus de paix.",
    )
    assert found["Karl Moen"] == "Envoyé spécial du Secrétaire général pour le Yémen"
    assert sorted(found) == ["Karl Moen", "Paul Oro"]


def test_a_special_representative_for_a_region_before_her_name_takes_part() -> None:
    found = roles(
        "La ministre rencontre la Représentante spéciale",
        "Brio, le 3 mai 2023 - La ministre des Affaires étrangères Ana Vel a rencontré lundi "
        "la Représentante spéciale pour le Sahel, Anne Lo.",
        "Elles ont évoqué la sécurité.",
    )
    assert found["Anne Lo"] == "Représentante spéciale pour le Sahel"
