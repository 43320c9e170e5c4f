"""A quoted standfirst run into the story's dateline (round 26): "Lind: „A“ Brio. Wenn …"
is no transcript's label over the whole paragraph and its heading is no one's statement; the
story's own quotations are read as quotations."""

from __future__ import annotations

from tests.importers.drafting import draft


def _heads(*paragraphs: str) -> list[tuple[str | None, str]]:
    found = draft(*paragraphs)
    return [(s.speaker.name if s.speaker else None, s.text[:12]) for s in found.statements]


def test_german_standfirst_before_the_dateline() -> None:
    assert _heads(
        "Erster Besuch der Präsidentin gilt dem Landtag",
        "Lind: „Der Besuch ist ein schönes Geschenk zum Jubiläum“ Brio. Wenn Präsidentin Ana "
        "Moen am nächsten Donnerstag, 6. Mai 2021, in den Landtag kommt, wird dies das erste "
        "Parlament sein, das sie besucht. „Darauf sind wir besonders stolz“, erklärte "
        "Landtagspräsidentin Eva Lind am heutigen Dienstag in Brio. „Wir empfangen sie mit "
        "großer Freude und Herzlichkeit“, so Lind. Moen wird gegen 10 Uhr erwartet.",
        "Auf den Besuch folgen weitere Termine in der Stadt.",
    ) == [("Eva Lind", "Darauf sind ")]


def test_english_standfirst_before_the_dateline() -> None:
    assert _heads(
        "The President's first visit to a regional parliament",
        "Lind: “The visit is a fine gift for our anniversary” BRIO. When President Ana Moen "
        "comes to the Assembly next Thursday, 6 May 2021, it will be the first parliament she "
        "visits. “We are particularly proud of this,” Speaker Eva Lind said on Tuesday in "
        "Brio. “We will welcome her with great warmth,” Lind added. Moen is expected at 10 am.",
        "The visit is followed by other engagements in the city.",
    ) == [("Eva Lind", "We are parti")]


def test_a_label_over_a_whole_quotation_still_speaks() -> None:
    assert _heads(
        "Interview with the Speaker",
        "Speaker Eva Lind met President Ana Moen in Brio on Monday.",
        "Lind: “We are particularly proud of this visit and we will welcome the President "
        "with great warmth.”",
    ) == [("Eva Lind", "We are parti")]
