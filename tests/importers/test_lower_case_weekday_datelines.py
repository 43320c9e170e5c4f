"""A dateline whose date opens with a weekday in lower case, as French, Spanish, Italian and
Dutch write it ("Paris, lundi 3 avril 2023 – …"), names its place like any other."""

from __future__ import annotations

import pytest

from briefer.importers.datelines import read_dateline
from tests.importers.drafting import draft


def test_a_french_dateline_with_its_weekday_gives_the_meeting_its_place() -> None:
    found = draft(
        "La ministre reçoit son homologue sélonien",
        "Brio, lundi 3 avril 2023 – La ministre des Affaires étrangères Ana Vel a reçu son "
        "homologue sélonien Ivo Ran.",
        "Les deux ministres ont évoqué la pêche.",
    )
    assert found.consultation is not None
    assert found.consultation.place == "Brio"


@pytest.mark.parametrize(
    "line",
    [
        "Brio, le mardi 4 avril 2023 – La ministre …",
        "Brio, martes 4 de abril de 2023 – La ministra …",
        "Brio, martedì 4 aprile 2023 – La ministra …",
        "Brio, dinsdag 4 april 2023 – De minister …",
    ],
)
def test_a_lower_case_weekday_before_the_date_keeps_the_place(line: str) -> None:
    dateline = read_dateline(line)
    assert dateline is not None
    assert dateline.place == "Brio"


def test_a_sentence_before_a_date_is_no_dateline_place() -> None:
    dateline = read_dateline("Brio, which the minister left on 4 April 2023 – was quiet.")
    assert dateline is None or dateline.place == ""
