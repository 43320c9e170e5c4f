"""A name followed by its role in an apposition with the country's possessive or with no
article at all ("Ana Lo, Poland's defence minister, …", "Ana Lo, defence minister of Poland,
…"), as wire copies write a minister first named without a title: the name is a person."""

import pytest

from briefer.importers.persons import find_mentions
from tests.importers.drafting import draft


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ilka Varga-Somló, Poland's defence minister, met Tor Dorn in Brio.", "Ilka Varga-Somló"),
        ("Ana Lo, Chile's minister of defence, met Tor Dorn in Brio.", "Ana Lo"),
        ("Ana Lo, Chile’s foreign minister, arrived in Brio.", "Ana Lo"),
        ("Ana Lo, defence minister of Chile, arrived in Brio.", "Ana Lo"),
        ("Ana Lo, prime minister of Chile, arrived in Brio.", "Ana Lo"),
    ],
)
def test_apposition_names_the_person(text: str, name: str) -> None:
    assert name in [m.name for m in find_mentions(text)]


def test_the_minister_named_without_a_title_speaks() -> None:
    found = draft(
        "Defence ministers meet in Brio",
        "Ilka Varga-Somló, Poland's defence minister, met his Valdorian counterpart Tor Dorn "
        "in Brio on Monday.",
        "Varga-Somló said that Dorn and he had reviewed the exercises. He added that more "
        "would follow.",
        "“Our doors stay open to every neighbour,” he said.",
    )
    assert [s.speaker.name if s.speaker else "" for s in found.statements] == ["Ilka Varga-Somló"]


def test_a_place_after_a_name_is_no_role() -> None:
    assert [m.name for m in find_mentions("Ana Lo, head of Brio, spoke.")] in ([], ["Ana Lo"])
    assert find_mentions("In Brio, capital of Chile, the talks began.") == ()
