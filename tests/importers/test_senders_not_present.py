"""Who sends a letter or message a participant brings, or on whose behalf one speaks, does
not take part in the meeting."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_the_sender_of_a_letter_handed_over_takes_no_part() -> None:
    found = draft(
        "Secretary-General of the Regional Commission, Mr. Karl Moen, received Ambassador Jon"
        " Dahl, Vestria’s envoy to the Commission, at its seat on 14 November. Ambassador Dahl"
        " handed over a letter from Vestrian President Anna Berg.",
    )
    assert participants(found) == ["Karl Moen", "Jon Dahl"]


def test_on_whose_behalf_greetings_are_conveyed_takes_no_part() -> None:
    found = draft(
        "Foreign Minister Karl Moen received Ambassador Jon Dahl of Vestria in Brio on Monday."
        " The ambassador conveyed greetings on behalf of Prime Minister Anna Berg.",
    )
    assert participants(found) == ["Karl Moen", "Jon Dahl"]


def test_who_presents_letters_of_credence_takes_part() -> None:
    found = draft(
        "President Karl Moen received the letters of credence from Ambassador Jon Dahl of"
        " Vestria in Brio on Monday. They discussed the ports.",
        "Presenting their letters of credence were also Ambassador Per Ek of Ostland and"
        " Ambassador Ivo Lind of Estoria.",
    )
    assert participants(found) == ["Karl Moen", "Jon Dahl", "Per Ek", "Ivo Lind"]
