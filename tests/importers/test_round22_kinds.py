"""Round 22's kinds (invented releases): a trip with business people, announced or reported,
that quotes the one official who leads it is a news item on the trip, not their statement; a
news item built on one official's words at an exhibition is their statement."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft


@pytest.mark.parametrize(
    ("headline", "lede", "quote"),
    [
        (
            "Governor Joins Northland Trade Mission",
            "Governor Ada Morn departs this afternoon to join other governors on the trade "
            "mission to Norland. Business leaders from across the state will join them for "
            "the week-long mission.",
            "“Our exports to Norland have grown fast over the last years, and we mean to keep "
            "them growing,” said Governor Morn.",
        ),
        (
            "Unternehmer knüpfen Kontakte während Delegationsreise nach Valdoria",
            "Wirtschaftsministerin Dr. Ilse Barth zieht eine positive Bilanz ihrer "
            "dreitägigen Delegationsreise mit etwa 40 Unternehmerinnen und Unternehmern nach "
            "Valdoria.",
            "„Aus zwei Handelspartnern sind Freunde geworden, die einander vertrauen und "
            "voneinander lernen“, sagte Barth in Brio.",
        ),
        (
            "Wirtschaftsreise nach Valdoria mit mittelständischen Unternehmen",
            "BRIO. Wirtschaftsminister Olaf Berg ist heute mit einer Unternehmerdelegation nach "
            "Valdoria aufgebrochen, wo er auf einer Messe für das Land werben wird.",
            '"Mein Ziel ist es, kleinen Unternehmen aus unserem Land neue Märkte zu öffnen", '
            "sagte Berg vor der Abreise.",
        ),
    ],
)
def test_a_trip_with_business_people_quoting_its_leader_is_a_news_item(
    headline: str, lede: str, quote: str
) -> None:
    found = draft(headline, lede, quote, "The programme also includes visits to two ports.")
    assert found.statements  # the words are found, the release is no statement of them
    assert found.kind == "other"


def test_an_officials_words_at_an_exhibition_opening_are_her_statement() -> None:
    found = draft(
        "Ilse Barth: Partnerschaft mit Valdoria weiter vertiefen",
        "„Valdoria hat sich in den letzten Jahren enorm entwickelt. Mit der neuen Ausstellung "
        "wollen wir diese Veränderungen zeigen“, sagte Staatssekretärin Ilse Barth heute in "
        "Brio, wo sie die Ausstellung zu Valdoria eröffnete.",
        "Die Ausstellung ist bis Ende Mai in der Landesvertretung zu sehen.",
    )
    assert found.kind == "statement"
