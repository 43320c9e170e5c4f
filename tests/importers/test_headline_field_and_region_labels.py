"""A copy's field label before the headline ("Headline: …", "Titre : …") and a continent or a
foreign ministry's regional desk before it ("Africa: …", "Europe and Eurasia: …", "East Asia
and the Pacific: …") are no part of the title; a headline that only opens with a region's
name as its subject keeps it."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft

_LEDE = "Foreign Minister Ana Vel met her Selonian counterpart Ivo Ran in Brio on 3 May 2024."


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        (
            "Headline: Europe and Eurasia: Secretary Vel's Call With Foreign Minister Ran",
            "Secretary Vel's Call With Foreign Minister Ran",
        ),
        (
            "Africa: Norland and Selonia Sign Fisheries Pact",
            "Norland and Selonia Sign Fisheries Pact",
        ),
        (
            "East Asia and the Pacific: Secretary Vel Meets Minister Ran",
            "Secretary Vel Meets Minister Ran",
        ),
        (
            "Titre : La ministre Vel reçoit le ministre Ran",
            "La ministre Vel reçoit le ministre Ran",
        ),
        (
            "Europe Day: Minister Vel Meets Minister Ran",
            "Europe Day: Minister Vel Meets Minister Ran",
        ),
    ],
)
def test_labels_before_the_headline_are_no_part_of_the_title(headline: str, title: str) -> None:
    found = draft(headline, _LEDE, "The ministers discussed fisheries.")
    assert found.source.title == title
