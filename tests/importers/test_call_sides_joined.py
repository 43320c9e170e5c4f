"""Who joined a call, and calls told by calling someone further on (invented releases)."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_someone_asked_to_join_the_call_took_part() -> None:
    found = draft(
        "President Ona speaks with President Ren",
        "Brio, 4 March 2025 – President Ola Ona held a phone call with President Ivo Ren of "
        "Valdoria on Monday.",
        "President Ona asked King Jan Ilse of Estmark, who was visiting Brio, to join the call.",
    )
    assert found.kind == "readout"
    assert participants(found) == ["Ola Ona", "Ivo Ren", "Jan Ilse"]


def test_talks_then_a_call_to_someone_else_are_a_readout() -> None:
    found = draft(
        "Le président Vel appelle ses homologues pour les fêtes",
        "Le Courrier avec AFP",
        "Le président norlandais Ari Vel s'est entretenu vendredi avec le président valdorien "
        "Ivo Ren, a annoncé la présidence.",
        "Il a aussi appelé le Premier ministre estmarkois Karl Moss.",
    )
    assert found.kind == "readout"
    assert participants(found) == ["Ari Vel", "Ivo Ren", "Karl Moss"]


def test_an_appeal_is_no_call() -> None:
    found = draft(
        "Le président Vel reçoit son homologue",
        "Brio, le 4 mars 2025 – Le président norlandais Ari Vel s'est entretenu vendredi avec le "
        "président valdorien Ivo Ren.",
        "Les deux présidents ont appelé à la retenue dans la région.",
    )
    assert found.kind == "consultation"
