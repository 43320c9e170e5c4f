"""A dateline whose dashes are glued to the place, the date and the lede ("BRIO, Norland—9 June
2023—The …", "BRIO—June 9, 2023—The …", "Brio, 9. Juni 2023–Die …") dates the release, and
the meeting it tells is dated by its own words, never by the dateline."""

from __future__ import annotations

import datetime

import pytest

from briefer.importers.datelines import read_dateline
from tests.importers.drafting import draft

_LEDES = [
    (
        "BRIO, Norland—3 May 2024—The Secretary-General of the Union, Mara Velt, received "
        "Foreign Minister Ivo Ran of Selonia on 28 April 2024 in Brio.",
        "The two discussed fisheries and the ports.",
    ),
    (
        "BRIO—May 3, 2024—Foreign Minister Ana Vel met her Selonian counterpart Ivo Ran on "
        "April 28, 2024 in Brio.",
        "The ministers discussed fisheries and the ports.",
    ),
    (
        "BRIO, Norland–3 May 2024–Foreign Minister Ana Vel met her Selonian counterpart Ivo Ran "
        "on 28 April 2024 in Brio.",
        "The ministers discussed fisheries and the ports.",
    ),
    (
        "Brio (Norland)—3 May 2024—Foreign Minister Ana Vel met her Selonian counterpart Ivo "
        "Ran on 28 April 2024 in Brio.",
        "The ministers discussed fisheries and the ports.",
    ),
    (
        "BRIO, Norland--May 3, 2024--Foreign Minister Ana Vel met her Selonian counterpart Ivo "
        "Ran on April 28, 2024 in Brio.",
        "The ministers discussed fisheries and the ports.",
    ),
    (
        "Brio, 3. Mai 2024–Außenministerin Ana Vel traf am 28. April 2024 in Brio ihren "
        "selonischen Amtskollegen Ivo Ran.",
        "Die Ministerin und ihr Gast sprachen über die Fischerei.",
    ),
    (
        "BRIO—3 mai 2024—La ministre des Affaires étrangères Ana Vel s'est entretenue le 28 "
        "avril 2024 à Brio avec son homologue sélonien Ivo Ran.",
        "Les deux ministres ont évoqué la pêche.",
    ),
]


@pytest.mark.parametrize("lede", _LEDES)
def test_a_glued_dash_dateline_dates_the_release_not_the_meeting(lede: tuple[str, str]) -> None:
    found = draft("Minister Vel receives her Selonian counterpart", *lede)
    assert found.source.date_published == datetime.date(2024, 5, 3)
    assert found.consultation is not None
    assert found.consultation.date == datetime.date(2024, 4, 28)


def test_a_date_first_dateline_glued_to_the_lede_dates_the_release() -> None:
    found = draft(
        "Minister Vel receives her Selonian counterpart",
        "3 May 2024—Foreign Minister Ana Vel received her Selonian counterpart Ivo Ran in Brio "
        "on 28 April 2024.",
        "The ministers discussed fisheries and the ports.",
    )
    assert found.source.date_published == datetime.date(2024, 5, 3)
    assert found.consultation is not None
    assert found.consultation.date == datetime.date(2024, 4, 28)


def test_words_between_dashes_after_a_subject_are_no_dateline() -> None:
    assert (
        read_dateline("Foreign Minister Ana Vel—in office since 3 May 2024—received Ivo Ran.")
        is None
    )
