"""Words a speaker recalls or quotes are their author's (round 13): "He also recalled
President X's words: “…”", "a rappelé les propos du président X : « … »"."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_presidents_words_the_minister_recalls_are_the_presidents() -> None:
    found = draft(
        "Minister Dahl addresses the trade forum",
        "Foreign Minister Jon Dahl addressed the regional trade forum in Brio on Monday.",
        "He also recalled President Karl Moen's words at the summit in Vestria: “No country "
        "should carry this burden alone.”",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Karl Moen"


def test_les_propos_du_president_que_le_ministre_rappelle_sont_du_president() -> None:
    found = draft(
        "Le ministre Dahl au forum de Brio",
        "Le ministre des Affaires étrangères Jon Dahl s'est exprimé lundi au forum de Brio.",
        "Il a rappelé les propos du président Karl Moen au sommet de Vestria : « Aucun pays ne "
        "doit porter ce fardeau seul. »",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Karl Moen"
