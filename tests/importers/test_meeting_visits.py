"""Meetings told as a group's gathering, a delegation's visit or a trip, and the days they
were held on: invented sentences in the forms real releases use (ministers who gathered, two
countries that co-chaired, guests received after the paragraph that names them, a trip
reported under a headline in the present tense, a dateline of a date alone), and what only
looks like one (the consular corps at a New Year's reception)."""

from __future__ import annotations

from datetime import date

import pytest

from briefer.importers.draft import Draft
from briefer.importers.persons import find_mentions
from tests.importers.drafting import draft as _draft


def _meeting_date(draft: Draft) -> date | None:
    assert draft.kind == "consultation"
    assert draft.consultation is not None
    return draft.consultation.date


@pytest.mark.parametrize(
    "sentence",
    [
        "Monday, 4 June 2018, Trier: French-speaking ministers of foreign affairs gathered in "
        "Trier to discuss migration and trade.",
        "Chile and Peru co-chaired the first meeting of the Andean Consultation Mechanism in Lima "
        "on 4 June 2018.",
        "Die Außenminister der Nachbarländer haben sich am 4. Juni 2018 in Genf getroffen.",
    ],
)
def test_a_group_that_gathered_or_two_countries_that_co_chaired_met(sentence: str) -> None:
    draft = _draft("Regional ministers meet", sentence, "They discussed migration.")
    assert _meeting_date(draft) == date(2018, 6, 4)
    assert draft.consultation is not None and draft.consultation.participants == ()


def test_data_gathered_is_no_meeting() -> None:
    draft = _draft("Report on migration", "The data gathered by the ministry show a decline.")
    assert draft.kind != "consultation"


def test_guests_received_after_the_paragraph_that_names_them_take_part() -> None:
    draft = _draft(
        "Regierung des Kantons Uri zu Besuch",
        "Die Regierung des Kantons Uri besucht heute den Kanton Glarus.",
        "Die Delegation wird angeführt von Landammann Hans Muster. Ihn begleiten "
        "Landesstatthalter Peter Beispiel und Staatsschreiber Urs Probe.",
        "Empfangen wurden die Gäste heute Morgen im Rathaus in Glarus.",
    )
    assert draft.kind == "consultation"
    assert draft.consultation is not None
    names = [p.name for p in draft.consultation.participants]
    assert names[:3] == ["Hans Muster", "Peter Beispiel", "Urs Probe"]


def test_a_portfolio_set_off_by_commas_keeps_the_name_with_its_role() -> None:
    text = (
        "The Secretary of State to the Minister of Foreign Affairs, in charge of the Community "
        "Abroad, Karim Exemple, held a meeting in Madrid with heads of consular posts."
    )
    assert [m.name for m in find_mentions(text) if m.name] == ["Karim Exemple"]


def test_a_trip_headline_in_the_present_tense_over_a_past_report_is_a_meeting() -> None:
    draft = _draft(
        "Bundesminister Max Muster reist nach Wien",
        "14.05.2019",
        "Bundesminister Max Muster war am 14. Mai in Österreich für ein erstes Treffen mit der "
        "österreichischen Außenministerin Eva Beispiel.",
    )
    assert _meeting_date(draft) == date(2019, 5, 14)


def test_a_trip_headline_over_a_trip_ahead_stays_an_announcement() -> None:
    draft = _draft(
        "Bundesminister Max Muster reist nach Wien",
        "14.05.2019",
        "Bundesminister Max Muster reist morgen nach Wien. Dort wird er Außenministerin Eva "
        "Beispiel treffen.",
    )
    assert draft.kind == "other"


def test_the_consular_corps_at_a_new_years_reception_is_a_news_item() -> None:
    draft = _draft(
        "Land und Konsularisches Korps: Neujahrsempfang in Linz",
        "Linz (LK) – 30 Vertreter des Konsularischen Korps folgten am Dienstag der Einladung "
        "zum Neujahrsempfang. Landeshauptmann Max Muster dankte für die Zusammenarbeit.",
        'Muster betonte: "Die Konsulate sind für das Land eine wichtige Brücke in die Welt. '
        'Wir schätzen ihre Arbeit sehr."',
        "Die Konsulate helfen Bürgern in Not, stellen Pässe aus und fördern wirtschaftliche, "
        "kulturelle und wissenschaftliche Kontakte zwischen den Ländern, die sie vertreten, und "
        "dem Land, in dem sie tätig sind.",
    )
    assert draft.kind == "other"


@pytest.mark.parametrize(
    "lede",
    [
        "20 March 2015 – Chile and Peru held yesterday their third bilateral consultations in "
        "Lima.",
        "LIMA (20 March 2015) – Chile and Peru held yesterday their third bilateral consultations.",
    ],
)
def test_yesterday_counts_from_a_dateline_of_a_date(lede: str) -> None:
    draft = _draft("Chile and Peru hold consultations", lede)
    assert _meeting_date(draft) == date(2015, 3, 19)


@pytest.mark.parametrize(
    "lede",
    [
        "Minister Jan Muster travelled to Vienna on 8 March 2007. During his working visit he held "
        "talks with Foreign Minister Eva Beispiel.",
        "Le ministre des Affaires étrangères, Jean Exemple, s'est rendu le 8 mars 2007 à Vienne "
        "pour une visite de travail. Lors de sa visite, il s'est entretenu avec son homologue "
        "autrichienne Eva Beispiel.",
    ],
)
def test_talks_during_a_trip_take_the_day_of_the_trip(lede: str) -> None:
    draft = _draft("Working visit to Vienna", lede)
    assert _meeting_date(draft) == date(2007, 3, 8)


def test_a_distributors_dateline_dates_the_release_not_the_trip() -> None:
    draft = _draft(
        "Déplacement du ministre en Afrique de l'Est",
        "PARIS, France, 30 juin 2011/African Press Organization (APO)/ — Le ministre des "
        "Affaires étrangères M. Jean Exemple a effectué, du 26 au 28 juin, une tournée.",
        "À Nairobi, il a eu un entretien avec son homologue M. Paul Beispiel.",
    )
    assert _meeting_date(draft) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "State Secretary of the Ministry of Foreign Affairs of Moldova Ion Exemplu met the "
            "delegation.",
            ["Ion Exemplu"],
        ),
        (
            "After a visit to the African Union, the President of the Republic, S.E. Juan Ejemplo "
            "met the Secretary-General.",
            ["Juan Ejemplo"],
        ),
    ],
)
def test_a_role_of_a_ministry_of_a_country_and_a_body_before_a_role(
    text: str, names: list[str]
) -> None:
    assert [m.name for m in find_mentions(text) if m.name] == names


def test_sides_after_a_german_verb_in_second_place_meet() -> None:
    draft = _draft(
        "Treffen der Außenminister",
        "Linz, 07.09.2017 - Am heutigen Donnerstag trafen sich die Außenministerin und die "
        "Außenminister der Nachbarstaaten zu ihrem jährlichen Treffen in Linz.",
    )
    assert _meeting_date(draft) == date(2017, 9, 7)


def test_a_french_trip_with_its_date_before_the_place_dates_the_talks() -> None:
    draft = _draft(
        "Visite de travail à Vienne",
        "Le ministre Jean Exemple s'est rendu le 8 mars 2007 à Vienne pour une visite de travail.",
        "Il y a rencontré son homologue autrichienne, Eva Beispiel.",
    )
    assert _meeting_date(draft) == date(2007, 3, 8)
