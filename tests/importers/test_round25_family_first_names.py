"""A Chinese or Korean name romanised with a hyphenated given name after the family name
(round 25): "President Wen Lo-pin" is "President Wen" later, so his remarks credited to
"President Wen" are Wen Lo-pin's, not a second person's called Wen."""

from __future__ import annotations

from briefer.importers.names import family_first
from tests.importers.drafting import draft


def test_the_family_name_comes_first_before_a_hyphenated_given_name() -> None:
    assert family_first("Wen Lo-pin") == "wen"
    assert family_first("Kang Su-mi") == "kang"
    assert family_first("Anne-Marie Holt") == ""
    assert family_first("Karl Moen") == ""


def test_remarks_credited_by_the_family_name_alone() -> None:
    found = draft(
        "President Wen and Prime Minister Karl Moen of Norland hold talks",
        "President Wen Lo-pin and Vice President Kang Su-mi held talks with Prime Minister Karl "
        "Moen of Norland in Brio on Monday, on rice farming and solar power.",
        "A translation of President Wen's remarks follows:",
        "Our two peoples have traded rice and tea for two hundred years. Today we add the sun "
        "to that list, and I am glad that our engineers will build the first plant together.",
    )
    assert [s.speaker.name if s.speaker else None for s in found.statements] == ["Wen Lo-pin"]
    assert found.consultation is not None
    assert sorted(p.name for p in found.consultation.participants) == [
        "Kang Su-mi",
        "Karl Moen",
        "Wen Lo-pin",
    ]


def test_german_quotation_credited_by_the_family_name_alone() -> None:
    found = draft(
        "Präsident Wen empfängt Ministerpräsident Karl Moen",
        "Präsident Wen Lo-pin hat am Montag in Brio Ministerpräsident Karl Moen aus Norland "
        "empfangen.",
        "„Wir arbeiten seit zwanzig Jahren eng zusammen, und das wird so bleiben“, sagte "
        "Präsident Wen nach dem Gespräch.",
    )
    assert [s.speaker.name if s.speaker else None for s in found.statements] == ["Wen Lo-pin"]
