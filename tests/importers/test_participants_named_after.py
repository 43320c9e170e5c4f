"""A meeting's sentence that names a group rather than its people: the people the next
paragraph opens with are the group's."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_the_officials_named_after_a_group_took_part() -> None:
    found = draft(
        "Foreign Ministry officials met with Ambassador Karl Moen of Sweden in Oslo today.",
        "The Secretary for Trade, Anna Berg, and the Head of the Minister's Office, Jon Dahl, "
        "stressed that the ports must reopen. They thanked Tor Aas, Deputy Minister of Sweden, "
        "for his letter.",
        "They discussed trade and the ports.",
    )
    assert participants(found) == ["Karl Moen", "Anna Berg", "Jon Dahl"]


def test_the_members_received_after_a_group_took_part() -> None:
    found = draft(
        "Foreign Minister Anna Berg and the Chairs of the Parliament of Sweden met in Oslo and "
        "held talks on trade.",
        "The foreign minister received Chair of the Foreign Affairs Committee MP Tom Holt, as "
        "well as MPs Henry Lie and Steve Dahl at the embassy.",
    )
    assert participants(found) == ["Anna Berg", "Tom Holt", "Henry Lie", "Steve Dahl"]


def test_the_next_paragraph_is_not_read_when_the_meeting_names_its_people() -> None:
    found = draft(
        "Foreign Minister Anna Berg met the Swedish delegation led by Minister of Trade Karl "
        "Moen in Oslo today.",
        "Minister of Finance Tor Aas said that the budget would be presented in May.",
    )
    assert participants(found) == ["Anna Berg", "Karl Moen"]
