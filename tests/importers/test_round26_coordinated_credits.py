"""A credit by a verb coordinated with the subject's first verb (round 26): "President X
wished Ambassador Y success and said “…”" is X's words, not Y's, though Y is named nearer
the quotation; likewise "und sagte: „…“" and "et a déclaré : « … »"."""

from __future__ import annotations

from tests.importers.drafting import draft


def _speakers(*paragraphs: str) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in draft(*paragraphs).statements]


def test_and_said_after_an_object() -> None:
    assert _speakers(
        "ENVOY OF VARLAND PRESENTS CREDENTIALS",
        "The Ambassador of Varland to Norland, Mr. Karl Moen presented his credentials to the "
        "President of Norland, Mr. Ana Lo on May 4th.",
        "Beginning the meeting, Mr. Karl Moen expressed his gratitude for the warm reception.",
        "President Lo, beforehand, wished Ambassador Karl Moen success in his mission, and said "
        "“Our countries have been friends for sixty years. I am grateful that Norland and "
        "Varland have built a firm base on which trade can grow.”",
    ) == ["Ana Lo"]


def test_und_sagte_after_an_object() -> None:
    assert _speakers(
        "Varlands Botschafter überreicht Beglaubigungsschreiben",
        "Der Botschafter Varlands, Karl Moen, hat Präsidentin Ana Lo am Montag sein "
        "Beglaubigungsschreiben überreicht.",
        "Präsidentin Lo wünschte Botschafter Karl Moen zuvor viel Erfolg in seinem Amt und "
        "sagte: „Unsere Länder sind seit sechzig Jahren befreundet. Ich bin dankbar, dass "
        "Norland und Varland eine feste Grundlage geschaffen haben.“",
    ) == ["Ana Lo"]


def test_et_a_declare_after_an_object() -> None:
    assert _speakers(
        "L'ambassadeur du Varland présente ses lettres de créance",
        "L'ambassadeur du Varland, M. Karl Moen, a présenté ses lettres de créance à la "
        "Présidente Ana Lo lundi.",
        "La Présidente Lo a souhaité à l'ambassadeur Karl Moen plein succès dans sa mission et "
        "a déclaré : « Nos pays sont amis depuis soixante ans. Je suis reconnaissante que le "
        "Norland et le Varland aient bâti une base solide. »",
    ) == ["Ana Lo"]


def test_pronoun_subject_and_said() -> None:
    assert _speakers(
        "Envoy presents credentials",
        "President Ana Lo of Norland received the credentials of Ambassador Karl Moen of "
        "Varland on Monday.",
        "She wished Ambassador Moen success in his mission and said “Our countries have been "
        "friends for sixty years and I am grateful for it.”",
    ) == ["Ana Lo"]
