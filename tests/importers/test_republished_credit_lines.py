"""A republishing site's or an aggregator's credit line under the headline ("Met dank
overgenomen van X, gepubliceerd op maandag 3 april 2023.", "Originally published by X on …",
"Fonte: X, pubblicato il …") is no part of the text, and its date is the release's."""

from __future__ import annotations

import datetime

import pytest

from briefer.importers.dates import full_date
from tests.importers.drafting import draft

_CREDITS = [
    "Met dank overgenomen van Raad van Norland, gepubliceerd op maandag 3 april 2023.",
    "Gepubliceerd door Raad van Norland op maandag 3 april 2023.",
    "Originally published by the Council of Norland on 3 April 2023.",
    "This article was first published by the Council of Norland on 3 April 2023.",
    "Republished with permission from the Council of Norland, 3 April 2023.",
    "Übernommen von Rat von Norland, veröffentlicht am 3. April 2023.",
    "Zuerst erschienen beim Rat von Norland am 3. April 2023.",
    "Repris du Conseil de Norland, publié le 3 avril 2023.",
    "Tomado del Consejo de Norland, publicado el 3 de abril de 2023.",
    "Fonte: Consiglio di Norland, pubblicato il 3 aprile 2023.",
    "Tratto dal Consiglio di Norland, lunedì 3 aprile 2023.",
    "Fonte: Conselho de Norland, publicado em segunda-feira, 3 de abril de 2023.",
]


@pytest.mark.parametrize("credit", _CREDITS)
def test_a_credit_line_under_the_headline_is_furniture_and_dates_the_release(credit: str) -> None:
    found = draft(
        "Remarks by President Ana Lo after the summit",
        credit,
        "Thank you. Good evening. We have agreed today to double our support to the ports of "
        "the region.",
        "We will meet again in June. Thank you.",
    )
    assert found.source.date_published == datetime.date(2023, 4, 3)
    assert [s.text.split(".")[0] for s in found.statements] == ["Thank you"]


def test_a_credit_line_under_the_text_is_no_part_of_the_statement() -> None:
    found = draft(
        "Remarks by President Ana Lo after the summit",
        "Thank you. Good evening. We have agreed today to double our support to the ports of "
        "the region.",
        "We will meet again in June. Thank you.",
        "Met dank overgenomen van Raad van Norland, gepubliceerd op maandag 3 april 2023.",
    )
    assert found.source.date_published == datetime.date(2023, 4, 3)
    assert len(found.statements) == 1
    assert "overgenomen" not in found.statements[0].text


@pytest.mark.parametrize(
    "written",
    ["3 april 2023", "3 aprile 2023", "3 de abril de 2023", "3 abril 2023", "3 APRILE 2023"],
)
def test_dutch_italian_and_portuguese_months_with_a_year_are_dates(written: str) -> None:
    assert full_date(f"gepubliceerd op {written}.") == datetime.date(2023, 4, 3)


def test_a_month_of_another_language_without_a_year_is_no_date() -> None:
    assert full_date("Il 3 aprile, la ministra ha incontrato il suo omologo.") is None


@pytest.mark.parametrize(
    "headline",
    [
        "Reprise du dialogue politique entre la Norlande et la Sélonie",
        "Extrait de l'entretien de la ministre avec son homologue sélonien",
    ],
)
def test_a_headline_on_a_resumption_or_an_excerpt_is_no_credit_line(headline: str) -> None:
    found = draft(
        headline,
        "La ministre des Affaires étrangères Ana Vel a reçu le 3 avril 2023 son homologue "
        "sélonien Ivo Ran à Brio.",
        "Les deux ministres ont évoqué la pêche.",
    )
    assert found.source.title == headline
