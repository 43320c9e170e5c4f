"""A quotation credited with the verb that opens a speech (round 25): "“…,” President X
began. “…!”" is X's, and the quotation after it with no narration between goes on."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_president_began() -> None:
    found = draft(
        "Prime Minister Lo Receives President Moen in a Courtesy Call",
        "BRIO, Norland—On May 4th 2021, His Excellency Karl Moen, President of Varland, was "
        "received by His Excellency Ana Lo, Prime Minister of Norland, to prepare the summit "
        "of the island states.",
        "“Let me first thank you for the warm welcome in your capital,” President Moen began. "
        "“Our islands have never worked so closely together!”",
        "The two discussed fisheries and the summit.",
    )
    assert [(s.speaker.name if s.speaker else None, s.text[:10]) for s in found.statements] == [
        ("Karl Moen", "Let me fir")
    ]
    assert found.statements[0].text.rstrip().endswith("so closely together!")


def test_she_began_after_the_welcome() -> None:
    found = draft(
        "Minister opens the trade fair",
        "Trade Minister Eva Lind opened the fair in Brio on Monday.",
        "“Ten years ago this hall was empty, and today it is full of our own goods,” Lind began.",
    )
    assert [s.speaker.name if s.speaker else None for s in found.statements] == ["Eva Lind"]


def test_commence_t_elle() -> None:
    found = draft(
        "La ministre ouvre la foire",
        "La ministre du Commerce, Eva Lind, a ouvert la foire lundi à Brio.",
        "« Il y a dix ans, cette salle était vide, et aujourd'hui elle est pleine de nos "
        "produits », commence-t-elle.",
    )
    assert [s.speaker.name if s.speaker else None for s in found.statements] == ["Eva Lind"]
