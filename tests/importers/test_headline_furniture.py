"""Lines around a headline that are no part of it: typographic quotation marks set around the
whole headline, a "Publié le … - Mis à jour le …" line (which dates the release) and a photo
credit "Office / Name"."""

from __future__ import annotations

import datetime

from tests.importers.drafting import draft

_TEXT = (
    "Foreign Minister Anna Berg received the Ambassador of Vestria, Karl Moen, at the ministry "
    "on Monday for talks on the ports."
)
_FRENCH = (
    "Le ministre des Affaires étrangères, Paul Oro, a reçu mardi l'ambassadeur de Norlande, "
    "Marc Ilo, pour un entretien sur la coopération portuaire entre les deux pays."
)


def test_curly_quotation_marks_around_the_whole_headline_are_dropped() -> None:
    found = draft("“Minister Berg receives the Vestrian Ambassador”", _TEXT)
    assert found.source.title == "Minister Berg receives the Vestrian Ambassador"


def test_a_published_and_updated_line_is_no_headline_and_dates_the_release() -> None:
    found = draft(
        "Le ministre reçoit l'ambassadeur de Norlande",
        "Publié le mardi 12 mars 2024 à 10:30 - Mis à jour le mercredi 13 mars 2024 à 09:00",
        _FRENCH,
    )
    assert found.source.title == "Le ministre reçoit l'ambassadeur de Norlande"
    assert found.source.date_published == datetime.date(2024, 3, 12)


def test_a_photo_credit_under_the_headline_is_no_headline() -> None:
    found = draft(
        "Le ministre reçoit l'ambassadeur de Norlande",
        "Direction de la Communication / Jean Nalo",
        _FRENCH,
    )
    assert found.source.title == "Le ministre reçoit l'ambassadeur de Norlande"


def test_a_release_pages_boxes_of_details_and_ministers_are_no_headline() -> None:
    found = draft(
        "Opening remarks Norland - Selonia Defence Ministers meeting",
        "Release details",
        "Release type",
        "Related ministers and contacts",
        "The Hon Ana Vel MP",
        "Deputy Prime Minister",
        "Minister for Defence",
        "Media contact",
        "media@defence.example",
        "Release content",
        "7 December 2025",
        "SUBJECTS: Norland-Selonia Defence Relationship.",
        "MARC ILO, SELONIA'S MINISTER OF DEFENCE (VIA TRANSLATOR): Ana, I am very happy to "
        "welcome you here in the ministry today, and I look forward to our talks.",
    )
    assert found.source.title == "Opening remarks Norland - Selonia Defence Ministers meeting"
