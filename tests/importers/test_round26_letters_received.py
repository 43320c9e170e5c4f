"""A letter received is no meeting (round 26): "President X has received a congratulatory
letter from Her Majesty Y" and "a reçu une lettre de félicitations de Sa Majesté Y" tell of a
letter, not of a guest received; "received Her Majesty Y" still is a meeting."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_received_a_letter_from_a_queen() -> None:
    found = draft(
        "Queen Vel expresses desire to deepen ties with President Moen",
        "President Karl Moen has received a congratulatory letter from Her Majesty Ana Vel, "
        "Queen of Norland, who has expressed her desire to strengthen the ties between the "
        "two countries.",
        "In her letter, Queen Vel said, “The ties between our two countries are long-standing, "
        "and I look forward to your Presidency bringing new chances to build on them.”",
    )
    assert found.kind == "statement"


def test_a_recu_une_lettre_de_sa_majeste() -> None:
    found = draft(
        "La reine Vel souhaite approfondir les liens avec le Président Moen",
        "Le Président Karl Moen a reçu une lettre de félicitations de Sa Majesté Ana Vel, "
        "reine du Norland, qui a exprimé son souhait de renforcer les liens entre les deux pays.",
        "Dans sa lettre, la reine Vel a déclaré : « Les liens entre nos deux pays sont anciens, "
        "et je me réjouis de votre présidence. »",
    )
    assert found.kind == "statement"


def test_received_her_majesty_is_a_meeting() -> None:
    found = draft(
        "President Moen receives Queen Vel",
        "President Karl Moen received Her Majesty Ana Vel, Queen of Norland, at the palace on "
        "Monday. The two discussed trade and the ties between the two countries.",
    )
    assert found.kind == "consultation"
