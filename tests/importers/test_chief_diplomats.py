""" "The chief diplomat", "die Chefdiplomatin", "le chef de la diplomatie" credit a quote to
the foreign minister the release names, not to the last person named (round 12)."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_die_chefdiplomatin_is_the_foreign_minister_not_her_counterpart() -> None:
    found = draft(
        "Außenministerin Berg empfängt Minister Ek",
        "Außenministerin Anna Berg hat am Montag in Brio den Innenminister von Norland empfangen.",
        "Innenminister Per Ek dankte für die Einladung und sprach über die Grenze.",
        "„Wir zählen auf Norlands Unterstützung beim Visadialog“, sagte die Chefdiplomatin "
        "Estorias.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Anna Berg"


def test_the_diplomat_is_the_foreign_minister_named_before() -> None:
    found = draft(
        "Minister Moen meets Interior Minister Dahl",
        "Foreign Minister Karl Moen received Interior Minister Jon Dahl of Vestria in Brio.",
        "Interior Minister Jon Dahl thanked his hosts for the invitation.",
        "“We count on the support of Vestria for our talks on visas,” the diplomat said.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Karl Moen"
