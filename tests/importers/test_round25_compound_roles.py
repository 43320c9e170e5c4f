"""A state secretary named by the field of their office in one word (round 25):
"Kulturministerin A und Kulturstaatssekretär B" names two offices, so B is no minister and
"sagte die Kulturministerin" is A's credit."""

from __future__ import annotations

from tests.importers.drafting import draft


def _speakers(*paragraphs: str) -> list[str | None]:
    found = draft(*paragraphs)
    return [s.speaker.name if s.speaker else None for s in found.statements]


def test_a_compound_state_secretary_in_a_caption_is_no_second_minister() -> None:
    speakers = _speakers(
        "Kulturministerin Tanja Welk und Kulturstaatssekretär Uwe Mahr (l.) im Schlosshof",
        "Kulturministerin Welk empfängt Gäste aus Brio",
        "Kulturministerin Tanja Welk hat am Montag Künstlerinnen und Künstler aus Brio im "
        "Schloss begrüßt.",
        "„Kunst kennt keine Grenzen, und Brio zeigt uns das seit vielen Jahren“, sagte die "
        "Kulturministerin bei der Begrüßung.",
    )
    assert speakers == ["Tanja Welk"]


def test_a_compound_state_secretary_keeps_his_own_office() -> None:
    found = draft(
        "Treffen in Brio",
        "Wirtschaftsministerin Tanja Welk und Wirtschaftsstaatssekretärin Eva Lind trafen am "
        "Montag in Brio den Botschafter von Norland, Karl Moen.",
    )
    assert found.consultation is not None
    roles = {p.name: p.role for p in found.consultation.participants}
    assert roles["Eva Lind"] == "Wirtschaftsstaatssekretärin"


def test_a_french_secretary_of_state_after_a_minister_is_no_minister() -> None:
    speakers = _speakers(
        "Réception à Brio",
        "La ministre de la Culture, Tanja Welk, et le secrétaire d'État Uwe Mahr ont reçu "
        "lundi les invités à Brio.",
        "« L'art ne connaît pas de frontières, et Norland nous le montre depuis longtemps », "
        "a déclaré la ministre.",
    )
    assert speakers == ["Tanja Welk"]
