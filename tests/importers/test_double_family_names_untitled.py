"""A given name and a double family name with no title ("Ilka Varga-Somló said",
"Annegret Kramp-Karrenbauer sagte", "Ana Ruiz-Tagle: …" in a headline) name a person, so the
double family name alone after it is that person, not the counterpart named beside it."""

import pytest

from briefer.importers.persons import find_mentions
from tests.importers.drafting import draft


def _speakers(*paragraphs: str) -> list[str]:
    return [s.speaker.name if s.speaker else "" for s in draft(*paragraphs).statements]


def test_untitled_full_name_then_double_family_name_alone() -> None:
    assert _speakers(
        "Ilka Varga-Somló: talks with Valdoria are going well",
        "Ilka Varga-Somló met Valdoria's Defence Minister Tor Dorn in Brio on Monday.",
        "Varga-Somló and Dorn reviewed the joint exercises. Varga-Somló said both armies would "
        "train together.",
        "“Our doors stay open to every neighbour,” he said.",
    ) == ["Ilka Varga-Somló"]


@pytest.mark.parametrize(
    "text",
    [
        "Ilka Varga-Somló said the exercises went well.",
        "Annegret Kramp-Karrenbauer sagte, die Übung sei gelungen.",
        "Annegret Kramp-Karrenbauer hat am Montag Tor Dorn getroffen.",
        "Ana Ruiz-Tagle: “We agree on everything”",
    ],
)
def test_untitled_double_family_name(text: str) -> None:
    assert len([m for m in find_mentions(text) if "-" in m.name]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "In Baden-Württemberg the talks went well.",
        "Das Land Nordrhein-Westfalen hat Tor Dorn empfangen.",
        "Visit Guinea-Bissau: a report.",
        "Monday Franco-German talks were held.",
    ],
)
def test_places_with_hyphens_are_no_people(text: str) -> None:
    assert [m for m in find_mentions(text) if "-" in m.name] == []
