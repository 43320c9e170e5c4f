"""A French role with a capitalised nationality before the name: "le Président Sénégalais
Macky Sall" names Macky Sall, of Senegal; the adjective is the role's (S10-7, P10-1 d)."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_known_nationality_goes_to_the_role() -> None:
    found = draft(
        "Visite d'État",
        "Le Président Sénégalais Macky Sall a reçu lundi à Dakar son homologue malien, le "
        "Président Ari Vel.",
        "Les deux chefs d'État ont parlé de sécurité.",
    )
    assert found.consultation is not None
    sides = {p.name: p.country for p in found.consultation.participants}
    assert sides.get("Macky Sall") == "Senegal"


def test_an_unknown_nationality_of_french_form_is_no_first_name() -> None:
    found = draft(
        "Visite d'État",
        "Le Président Norlandais Ari Vel a reçu lundi à Brio le Président Ivo Ren.",
        "Les deux chefs d'État ont parlé de sécurité.",
    )
    assert found.consultation is not None
    assert "Ari Vel" in [p.name for p in found.consultation.participants]


def test_an_english_first_name_like_a_nationality_stays() -> None:
    found = draft(
        "Talks in Kyiv",
        "Energy Minister German Galushchenko met Foreign Minister Ari Vel in Kyiv on Monday.",
        "They discussed gas supplies.",
    )
    assert found.consultation is not None
    assert "German Galushchenko" in [p.name for p in found.consultation.participants]
