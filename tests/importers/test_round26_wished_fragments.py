"""A fragment of someone's words as the object of a verb of wishing or naming (round 26):
"Queen Ana also wished President Moen and “the Varland people every success for the
future”.", "She identified “…”", "a souhaité « … »", "wünschte „…“": the subject's words,
though they are neither in the first person nor hung on a relative pronoun."""

from __future__ import annotations

from tests.importers.drafting import draft


def _heads(*paragraphs: str) -> list[tuple[str | None, str]]:
    found = draft(*paragraphs)
    # by family name: the fragment's subject is the name as the sentence writes it
    return [
        (s.speaker.name.split()[-1] if s.speaker else None, s.text[:12]) for s in found.statements
    ]


_LETTER = (
    "President Karl Moen has received a congratulatory letter from Ana Vel, Queen of Norland, "
    "who has expressed her desire to further strengthen the ties between the two countries."
)


def test_wished_and_a_fragment() -> None:
    assert _heads(
        "Queen Vel expresses desire to deepen ties with President Moen",
        _LETTER,
        "Queen Vel also wished President Moen and “the Varland people every success for the "
        "future”.",
    ) == [("Vel", "the Varland ")]


def test_identified_a_fragment() -> None:
    assert _heads(
        "Secretary-General Ana Vel addresses the parliamentarians",
        "We were glad to host the Secretary-General, Ana Vel, at the Parliament of Norland on "
        "Monday.",
        "In her briefing she listed the threats to the world. She identified “divisions "
        "between the great powers, economic weakness and a warming climate”. She then spoke "
        "about trade.",
    ) == [("Vel", "divisions be")]


def test_a_souhaite_a_fragment() -> None:
    assert _heads(
        "La reine Vel souhaite approfondir les liens avec le Président Moen",
        "Le Président Karl Moen a reçu une lettre de félicitations d'Ana Vel, reine du Norland.",
        "La reine Vel a également souhaité au peuple du Varland « plein succès pour l'avenir "
        "et de longues années de paix ».",
    ) == [("Vel", "plein succès")]


def test_wuenschte_a_fragment() -> None:
    assert _heads(
        "Königin Vel will die Beziehungen zu Präsident Moen vertiefen",
        "Präsident Karl Moen hat ein Glückwunschschreiben von Ana Vel, Königin von Norland, "
        "erhalten.",
        "Königin Vel wünschte dem Volk von Varland „viel Erfolg für die Zukunft und lange "
        "Jahre des Friedens“.",
    ) == [("Vel", "viel Erfolg ")]


def test_he_wished_the_one_named_after_him() -> None:
    assert _heads(
        "Prime Minister Lind at the handover",
        "This evening, Prime Minister Eva Lind and outgoing Prime Minister Karl Moen completed "
        "the handover.",
        "“The coalition holds a clear majority and with that a great chance,” former Prime "
        "Minister Karl Moen said. He wished Prime Minister Lind “the very best of luck with "
        "the many challenges ahead of the new government”.",
    ) == [("Moen", "The coalitio"), ("Moen", "the very bes")]
