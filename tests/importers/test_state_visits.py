"""A state visit received with a welcome speech (invented releases): the visit is the
meeting, its day the one the lede gives; the speech does not make it a statement."""

from __future__ import annotations

from datetime import date

from tests.importers.drafting import draft


def test_a_monarch_received_on_a_day_named_with_ce_is_a_meeting() -> None:
    found = draft(
        "Visite d'État du Roi de Valdorie",
        "Brio, le 4 mars 2025 – Le président Ari Vel a reçu ce lundi 3 mars 2025 Sa Majesté le "
        "Roi Jan Ilse de Valdorie en visite d'État.",
        "Lors de la cérémonie, le président a déclaré ce qui suit :",
        "« Majesté, soyez la bienvenue dans notre pays. Notre amitié est ancienne et profonde. »",
    )
    assert found.kind == "consultation"
    assert found.consultation is not None and found.consultation.date == date(2025, 3, 3)


def test_a_queen_received_is_a_guest() -> None:
    found = draft(
        "La reine de Valdorie à Brio",
        "Brio, le 4 mars 2025 – Le président Ari Vel a reçu lundi la Reine Mira Ilse de Valdorie "
        "au palais présidentiel.",
        "Les deux chefs d'État ont évoqué la coopération culturelle.",
    )
    assert found.kind == "consultation"
