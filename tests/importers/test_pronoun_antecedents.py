"""Whom "he" or "she" stands for (round 12): a person named in a possessive ("President
Anna Berg’s government") is no subject, so the pronoun keeps its antecedent."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_he_is_not_the_person_named_in_a_possessive_before() -> None:
    found = draft(
        "Minister Moen presents the new trade programme",
        "Foreign Minister Karl Moen today presented the new trade programme of Norland to the "
        "diplomatic corps in Brio.",
        "In his remarks, he praised the wide support for President Anna Berg’s government: "
        "“This programme was written with the unions, the farmers and the ports.",
        "“It will open our markets to the whole region within two years,” he stressed.",
        "“We count on our neighbours to take part in it,” he added.",
    )
    speakers = {s.speaker.name for s in found.statements if s.speaker is not None}
    assert speakers == {"Karl Moen"}, [(s.speaker, s.text) for s in found.statements]
