"""Words brought in as an extract of a speech (round 26): "Here is an extract of the
Secretary-General's speech:" over paragraphs opened by a quotation mark, one holding a term in
the same marks (“… That is the “Island Advantage,” and it grows.) and none in the first
person at first: the speaker's words, over every paragraph. "Extrait du discours de X :" and
"Auszüge aus der Rede von X:" over words whose marks close were read as quotations already."""

from __future__ import annotations

from tests.importers.drafting import draft


def _said(*paragraphs: str) -> list[tuple[str | None, int]]:
    found = draft(*paragraphs)
    return [
        (s.speaker.name if s.speaker else None, s.text.count("\n") + 1) for s in found.statements
    ]


def test_extract_of_a_speech_with_a_nested_term() -> None:
    assert _said(
        "The Secretary-General's address to parliamentarians",
        "We were glad to welcome the Secretary-General of the Island Forum, Ana Vel, to the "
        "Norland Parliament this week.",
        "After addressing our committee, the Secretary-General spoke to members of both houses.",
        "Here is an extract of the Secretary-General's speech:",
        "“Forum countries already trade a fifth more with each other, at lower cost. That is "
        "the “Island Advantage,” and it is growing.",
        "With the right policies in digital trade and green investment, Norland can stay at "
        "the forefront of these chances.",
        "And this is where you, as parliamentarians, are indispensable.",
    ) == [("Ana Vel", 3)]


def test_extrait_du_discours() -> None:
    assert _said(
        "Discours de la secrétaire générale devant les parlementaires",
        "Nous avons eu le plaisir d'accueillir la secrétaire générale du Forum des îles, Ana "
        "Vel, au Parlement du Norland cette semaine.",
        "Extrait du discours de la secrétaire générale :",
        "« Les pays du Forum commercent déjà un cinquième de plus entre eux, à moindre coût.",
        "Avec les bonnes politiques, le Norland peut rester à l'avant-garde de ces chances. »",
    ) == [("Ana Vel", 2)]


def test_auszuege_aus_der_rede() -> None:
    assert _said(
        "Rede der Generalsekretärin vor den Abgeordneten",
        "Wir durften die Generalsekretärin des Inselforums, Ana Vel, in dieser Woche im "
        "Parlament von Norland begrüßen.",
        "Auszüge aus der Rede der Generalsekretärin:",
        "„Die Länder des Forums handeln schon heute ein Fünftel mehr miteinander, zu geringeren "
        "Kosten.",
        "Mit der richtigen Politik kann Norland an der Spitze dieser Chancen bleiben.“",
    ) == [("Ana Vel", 2)]
