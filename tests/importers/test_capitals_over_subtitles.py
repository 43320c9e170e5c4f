"""A headline in capitals run into its subtitle in mixed case on one line keeps only the
capitals; a headline that opens in acronyms keeps its words."""

from __future__ import annotations

from tests.importers.drafting import draft

LEDE = "Brio (PK) - The Speaker of Parliament, Ana Vel, received Marc Ilo, the Speaker of Selonia."


def test_capitals_run_into_a_subtitle() -> None:
    found = draft(
        "SPEAKER VEL RECEIVES SELONIAN SPEAKER ILO IN PARLIAMENT Speaker of the Selonian "
        "Assembly on a visit to Norland",
        LEDE,
        "They discussed the ports.",
    )
    assert found.source.title == "SPEAKER VEL RECEIVES SELONIAN SPEAKER ILO IN PARLIAMENT"


def test_acronyms_opening_a_headline_stay() -> None:
    found = draft("NATO SG MEETS EU HR Ilo in Brio today", LEDE, "They discussed the ports.")
    assert found.source.title == "NATO SG MEETS EU HR Ilo in Brio today"
