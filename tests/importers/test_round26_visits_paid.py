"""A visit paid on someone, told with the French "rendre visite" (round 26): "a rendu une
visite de courtoisie à la Présidente …, Mme X, le jeudi 28 janvier 2021" is a meeting on
that day, as "paid a courtesy call on" and "einen Höflichkeitsbesuch abgestattet" were."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_rendu_une_visite_de_courtoisie() -> None:
    found = draft(
        "L'AMBASSADEUR DU VARLAND REND UNE VISITE DE COURTOISIE AU MAIRE DE BRIO",
        "L'Ambassadeur du Varland en Norland, M. Karl Moen, a rendu une visite de courtoisie "
        "au Maire de Brio, Mme Ana Lo, le jeudi 28 janvier 2021.",
        "Les deux responsables ont passé en revue l'état de la coopération entre les deux villes.",
    )
    assert found.kind == "consultation"
    assert found.consultation is not None and str(found.consultation.date) == "2021-01-28"


def test_paid_a_courtesy_call_on() -> None:
    found = draft(
        "Varland Ambassador pays courtesy call on Mayor of Brio",
        "The Ambassador of Varland to Norland, Mr Karl Moen, paid a courtesy call on the Mayor "
        "of Brio, Ms Ana Lo, on Thursday 28 January 2021.",
        "The two reviewed the state of cooperation between the two cities.",
    )
    assert found.kind == "consultation"
    assert found.consultation is not None and str(found.consultation.date) == "2021-01-28"
