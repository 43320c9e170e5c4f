"""Round 12: meetings received somewhere named between the verb and the guest, a meeting
ahead in a "to meet" headline, and a news portal's region before a headline."""

from __future__ import annotations

from briefer.importers import meetings


def test_a_host_welcomes_at_the_ministrys_acronym_the_guest() -> None:
    sentence = "The Minister, Jon Dahl, welcomed at MFAN, the Norlandic Foreign Minister, Per Ek."
    assert meetings.meeting_sentence(sentence) == sentence


def test_a_host_receives_in_a_town_at_a_farewell_visit_the_guest() -> None:
    sentence = (
        "Minister Jon Dahl received today in Brio at a farewell visit the Ambassador of "
        "Norland, Per Ek."
    )
    assert meetings.meeting_sentence(sentence) == sentence
