"""A photo's caption under the headline, over the photo's credit on a line of its own
("Photo: Norland News Agency", "© NNA", "Press Office / Karl Moen"), is no headline; a
headline over a photo's credit alone stays the headline."""

from __future__ import annotations

from tests.importers.drafting import draft

HEADLINE = "Minister Vel receives the Selonian Ambassador"
CAPTION = "Foreign Minister Ana Vel and Ambassador Marc Ilo in Brio"
LEDE = (
    "Foreign Minister Ana Vel received the Ambassador of Selonia, Marc Ilo, in Brio on Monday "
    "for talks on the ports."
)


def test_a_caption_over_its_credit_is_no_headline() -> None:
    for credit in ("Photo: Norland News Agency", "© Norland News Agency"):
        found = draft(HEADLINE, CAPTION, credit, LEDE, "They discussed the ports.")
        assert found.source.title == HEADLINE


def test_a_headline_over_a_credit_alone_stays_the_headline() -> None:
    found = draft(HEADLINE, "© Norland News Agency", LEDE, "They discussed the ports.")
    assert found.source.title == HEADLINE
