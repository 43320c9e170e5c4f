"""A meeting or visit on a day after the release's, told in the present, is still to come: the
release announces it (kind other, no meeting, no meeting date). Invented releases."""

from __future__ import annotations

from datetime import date

import pytest

from tests.importers.drafting import draft


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Minister trifft seinen Amtskollegen",
            "Berlin, 06.02.2012.",
            "Bundesminister Max Muster trifft am 8. Februar 2012 mit seinem exemplarischen "
            "Amtskollegen Erik Beispiel in Musterstadt zusammen. Das Treffen dient dem "
            "Meinungsaustausch.",
        ),
        (
            "Foreign Minister Doe visits Examplia",
            "28 April 2021",
            "Foreign Minister John Doe visits Examplia from 3 to 5 May 2021. In Example City he "
            "meets his counterpart Jane Roe and Prime Minister Max Row.",
        ),
        (
            "Le ministre Dupont en Exemplie",
            "28 avril 2021",
            "Le ministre des Affaires étrangères, Jean Dupont, effectue du 3 au 5 mai 2021 une "
            "visite officielle en Exemplie, où il rencontre son homologue, Marie Durand. Les "
            "deux ministres évoquent les relations bilatérales.",
        ),
        (
            "Minister Doe receives Foreign Minister Roe",
            "28 April 2021",
            "Foreign Minister John Doe receives his Examplian counterpart Jane Roe in Berlin on "
            "Monday, 3 May 2021.",
        ),
    ],
)
def test_a_day_after_the_release_told_in_the_present_is_announced(
    paragraphs: tuple[str, ...],
) -> None:
    found = draft(*paragraphs)
    assert found.kind == "other"
    assert found.consultation is None


def test_a_visit_reported_whose_last_day_is_after_the_release_is_a_report() -> None:
    found = draft(
        "Besuch in Beispielland",
        "23. August 2017",
        "Bundespräsident Max Muster ist vom 23. bis 24. August zu einem offiziellen Besuch nach "
        "Beispielland gereist. In Musterstadt führte er am 23. August Gespräche mit "
        "Staatspräsident Erik Beispiel.",
    )
    assert found.kind == "consultation"
    assert found.consultation is not None and found.consultation.date == date(2017, 8, 23)


def test_a_wire_dateline_a_day_after_the_release_announces_nothing() -> None:
    found = draft(
        "Le président Dupont présente ses condoléances",
        "Communiqué — 19 mars 2016",
        "Dakar, 20 mars - Le président de la République, Jean Dupont, a rencontré samedi, à "
        "Exempleville, le président Marc Durand pour présenter ses condoléances.",
    )
    assert found.kind == "consultation"


def test_a_meeting_held_before_a_summit_to_come_is_a_report() -> None:
    found = draft(
        "Minister Doe meets Foreign Minister Roe",
        "28 April 2021",
        "Foreign Minister John Doe met his Examplian counterpart Jane Roe in Berlin on Monday "
        "to prepare the summit on 12 May 2021.",
    )
    assert found.kind == "consultation"
    assert found.consultation is not None and found.consultation.date == date(2021, 4, 26)
