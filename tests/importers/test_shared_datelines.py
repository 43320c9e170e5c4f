"""One dateline reading (importers/datelines.py) for the release's date and the meeting's:
a dateline's date dates the release, and is never taken as the day of the meeting."""

from __future__ import annotations

import datetime

from briefer.importers.datelines import read_dateline
from tests.importers.drafting import draft


def test_a_date_between_dashes_is_no_meeting_date() -> None:
    found = draft(
        "Minister Vel receives the Selonian Ambassador",
        "BRIO, Norland — June 5, 2024 — His Excellency Foreign Minister Ana Vel received the "
        "Ambassador of Selonia, Marc Ilo, for talks on fisheries.",
        "The two discussed the ports.",
    )
    assert found.source.date_published == datetime.date(2024, 6, 5)
    assert found.consultation is not None
    assert found.consultation.date is None


def test_a_date_after_the_place_with_a_full_stop_is_no_meeting_date() -> None:
    found = draft(
        "Ministerin Vel empfängt den Botschafter Selonias",
        "Brio, 12. März 2019. Außenministerin Ana Vel hat den Botschafter Selonias, Marc Ilo, "
        "zu einem Gespräch über die Fischerei empfangen.",
        "Beide sprachen über die Häfen.",
    )
    assert found.source.date_published == datetime.date(2019, 3, 12)
    assert found.consultation is not None
    assert found.consultation.date is None


def test_words_after_a_comma_are_a_dateline_only_when_they_are_a_date() -> None:
    assert read_dateline("Brio, 3 March 2024 – The minister met …") is not None
    line = read_dateline("Kanzlerin Vel empfängt am Freitag, den 28. März 2014 um 15:15 Uhr X")
    assert line is None


def test_a_date_first_dateline_dates_the_release_and_not_a_visit_of_two_days() -> None:
    found = draft(
        "Secretary General visits Brio",
        "4 May 2024, Brio – The Secretary General of the Union, Ivo Marn, was in Brio on 3 and "
        "4 May, where he held talks with the Foreign Minister of Norland, Ana Vel.",
        "They discussed the ports.",
    )
    assert found.source.date_published == datetime.date(2024, 5, 4)
    assert found.consultation is not None
    assert found.consultation.date is None


def test_date_first_datelines_with_region_or_office() -> None:
    for lede in (
        "4 Mar 2022, Brio, NORLAND – The Minister of Foreign Affairs, Ana Vel, opened the fair.",
        "7th June 2023. (MFA) – The Minister of Foreign Affairs, Ana Vel, opened the fair.",
        "November 30, 2023, Brio - The Minister of Foreign Affairs, Ana Vel, opened the fair.",
    ):
        found = draft("Minister opens the trade fair", lede, "The fair lasts a week.")
        assert found.source.date_published is not None, lede


def test_a_french_agency_dateline_with_no_comma_and_a_glued_dash() -> None:
    found = draft(
        "La ministre ouvre la foire",
        "Brio 5 avril 2022— (Agence Norl) : la ministre des Affaires étrangères, Ana Vel, a "
        "ouvert la foire commerciale de Brio.",
        "La foire dure une semaine.",
    )
    assert found.source.date_published == datetime.date(2022, 4, 5)


def test_a_weekday_first_line_is_no_dateline() -> None:
    assert read_dateline("Monday, 4 June 2018, Trier: ministers gathered for the fair") is None


def test_an_office_address_then_the_date_and_a_full_stop() -> None:
    found = draft(
        "Deputy Minister Meets Delegation of the Union",
        "Ministry of Foreign Affairs and International Cooperation, Tower Hill, Brio, 29th, "
        "November, 2021. The Deputy Minister of Foreign Affairs, Ana Vel, has met a delegation "
        "of the Union.",
        "They discussed the games.",
    )
    assert found.source.date_published == datetime.date(2021, 11, 29)


def test_a_sentence_with_a_date_before_a_full_stop_is_no_dateline() -> None:
    line = read_dateline("The Minister met the delegation, which came on 29 November 2021. It")
    assert line is None


def test_a_span_of_days_is_no_date_first_dateline() -> None:
    assert read_dateline("28 February - 3 March 2000") is None
    assert read_dateline("28 February - 3 March 2000, Brio – The Commission met") is None
