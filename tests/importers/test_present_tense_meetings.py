"""A meeting told in the present on its own day ("Le ministre reçoit ce jour son homologue",
"s'entretient aujourd'hui avec") is a meeting of the release's day, as the past tense is; one
told in the present on a day ahead ("treffen sich am Montag") is announced, even after a
dateline that opens the lede."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft, participants


@pytest.mark.parametrize(
    "lead",
    [
        "Paris, le 9 mai 2019. Paul Dufort reçoit ce jour son homologue norlandais, M. Karl "
        "Moen. Les deux ministres évoquent la coopération dans le domaine du bois.",
        "Paris, le 9 mai 2019. Le ministre des Affaires étrangères, Paul Dufort, s'entretient "
        "ce jour avec son homologue norlandais, M. Karl Moen.",
        "Paris, le 9 mai 2019. Le ministre Paul Dufort accueille aujourd'hui son homologue "
        "norlandais, M. Karl Moen, au ministère.",
    ],
)
def test_a_meeting_told_in_the_french_present_on_its_day_is_one(lead: str) -> None:
    found = draft("Le ministre et son homologue norlandais", lead)
    assert found.kind == "consultation"
    assert found.consultation is not None
    assert found.consultation.date is not None
    assert found.consultation.date.isoformat() == "2019-05-09"
    assert sorted(participants(found)) == ["Karl Moen", "Paul Dufort"]


def test_to_date_in_french_is_no_day() -> None:
    found = draft(
        "Le ministre reçoit son homologue norlandais",
        "Paris, le 9 mai 2019. Paul Dufort a reçu son homologue norlandais, M. Karl Moen. À ce "
        "jour, trois accords ont été signés par les deux pays.",
    )
    assert found.consultation is not None
    assert found.consultation.date is None


@pytest.mark.parametrize(
    "lead",
    [
        "Berlin, 9. Mai 2019. Außenminister Paul Dufort und sein norländischer Amtskollege "
        "Karl Moen treffen sich am Montag in Berlin. Sie werden über den Holzhandel sprechen.",
        "Berlin, 9 May 2019. Foreign Minister Paul Dufort visits Norland on Monday. He will "
        "meet his counterpart Karl Moen.",
    ],
)
def test_a_meeting_told_in_the_present_on_a_day_ahead_is_announced(lead: str) -> None:
    assert draft("Außenminister in Berlin", lead).kind == "other"
