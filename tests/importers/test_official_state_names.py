"""A state's official name made of its nationality and "Republic", "Federation" or
"Confederation" ("the French Republic", "der Italienischen Republik", "la Fédération de
Russie", "la República Portuguesa") is its country: the name after it is the person."""

import pytest

from briefer.importers.persons import find_mentions


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "President Ona met the President of the French Republic Ana Lo in Brio.",
            "Ana Lo",
            "France",
        ),
        (
            "Talks were held with the Prime Minister of the Slovak Republic, Ivo Ren, in Brio.",
            "Ivo Ren",
            "Slovakia",
        ),
        (
            "The Foreign Minister of the Russian Federation Ivo Ren arrived in Brio.",
            "Ivo Ren",
            "Russia",
        ),
        (
            "President Ona received the President of the Swiss Confederation Ana Lo.",
            "Ana Lo",
            "Switzerland",
        ),
        (
            "Der Bundeskanzler traf den Präsidenten der Italienischen Republik Ivo Ren.",
            "Ivo Ren",
            "Italy",
        ),
        (
            "The delegations were led by the Prime Minister of the Cook Islands Ana Lo and "
            "President Ivo Ren of Palau.",
            "Ana Lo",
            "Cook Islands",
        ),
    ],
)
def test_official_state_names(text: str, name: str, country: str) -> None:
    assert (name, country) in [(m.name, m.country) for m in find_mentions(text)]
