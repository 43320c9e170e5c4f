"""A news article's deck, the longer line right under its headline and over the author's
byline, is no headline: the headline is the line above it."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_the_headline_over_a_deck_and_a_byline() -> None:
    found = draft(
        "La ministre Vel en visite à Sélo",
        "Ana Vel, ministre des Affaires étrangères, reçue par le président Paul Oro",
        "Par Jean Marc",
        "Sélo, 4 mars 2022 – La ministre des Affaires étrangères, Ana Vel, a été reçue par le "
        "président Paul Oro.",
        "Ils ont parlé des ports.",
    )
    assert found.source.title == "La ministre Vel en visite à Sélo"


def test_a_banner_over_a_longer_headline_and_a_byline_is_no_headline() -> None:
    found = draft(
        "Latest news from the Ministry",
        "Minister Vel received by President Oro in Selo",
        "By Jean Marc",
        "Selo, 4 March 2022 – The Foreign Minister of Norland, Ana Vel, was received by "
        "President Paul Oro.",
        "They discussed the ports.",
    )
    assert found.source.title == "Minister Vel received by President Oro in Selo"


def test_a_byline_with_a_role_or_the_desk_is_no_headline() -> None:
    for byline in ("Par Jean Marc, envoyé spécial", "Par la rédaction", "By our correspondent"):
        found = draft(
            "La ministre Vel en visite à Sélo",
            "Ana Vel, ministre des Affaires étrangères, reçue par le président Paul Oro",
            byline,
            "Sélo, 4 mars 2022 – La ministre des Affaires étrangères, Ana Vel, a été reçue par "
            "le président Paul Oro.",
            "Ils ont parlé des ports.",
        )
        assert found.source.title == "La ministre Vel en visite à Sélo", byline


def test_a_headline_in_capitals_over_its_deck() -> None:
    found = draft(
        "LA MINISTRE VEL EN VISITE À SÉLO",
        "Ana Vel, ministre des Affaires étrangères, reçue par le président Paul Oro",
        "Par Jean Marc",
        "Sélo, 4 mars 2022 – La ministre des Affaires étrangères, Ana Vel, a été reçue par le "
        "président Paul Oro.",
        "Ils ont parlé des ports.",
    )
    assert found.source.title == "LA MINISTRE VEL EN VISITE À SÉLO"
