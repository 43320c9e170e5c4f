"""A Title-Case headline that opens with an honorific and a family name ("Dr. Varo Conducts
Busy Diplomacy") is the headline, not a byline, and its verb and the words after it are no
part of a name."""

from __future__ import annotations

from tests.importers.drafting import draft, participants

LEDE = (
    "Brio, Norland – The Rt Honourable Dr Ivo Varo, Minister of Foreign Affairs of Norland, "
    "held talks with the Foreign Minister of Selonia, Marc Ilo, on the ports."
)


def test_an_honorific_and_a_name_over_a_verb_phrase_is_the_headline() -> None:
    for headline in ("Dr. Varo Conducts Busy Diplomacy", "Mr Varo Leads Delegation to Selonia"):
        found = draft(headline, LEDE, "They discussed the ports.")
        assert found.source.title == headline
        assert sorted(participants(found)) == ["Ivo Varo", "Marc Ilo"]


def test_a_byline_under_a_headline_stays_a_byline() -> None:
    found = draft(
        "Minister Varo holds talks in Brio",
        "Dr. Ivo Varo",
        LEDE,
        "They discussed the ports.",
    )
    assert found.source.title == "Minister Varo holds talks in Brio"
