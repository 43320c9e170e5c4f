"""Meetings as releases write them, and what only looks like one: invented sentences in the
forms real releases use (trips announced, open days, who came along, a weekday alone)."""

from __future__ import annotations

from datetime import date

import pytest

from briefer.importers.dates import find_dates
from briefer.importers.meetings import meeting_sentence
from briefer.importers.persons import find_mentions, merge
from tests.importers.drafting import draft as _draft
from tests.importers.drafting import participants as _participants


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Ministerpräsidentin Beispiel zu Besuch in Wien",
            "Ministerpräsidentin Anna Beispiel reist am Montag (3. März 2025) zu einem "
            "offiziellen Besuch nach Wien.",
            "Sie sagte vor der Reise: „Ich freue mich auf die Gespräche in Wien.“",
        ),
        (
            "Minister Jane Example travels to Ottawa",
            "Minister Jane Example met students in her constituency before her departure.",
        ),
        (
            "Landesregierung besucht Nachbarland",
            "Ministerpräsident Karl Muster reist zum Antrittsbesuch ins Nachbarland, wo er am "
            "Mittwoch Regierungschef Jan Vorbild trifft.",
        ),
    ],
)
def test_a_trip_told_in_the_present_tense_is_an_announcement(paragraphs: tuple[str, ...]) -> None:
    draft = _draft(*paragraphs)
    assert draft.kind == "other"
    assert draft.consultation is None


def test_travel_before_a_meeting_verb_makes_the_meeting_one_to_come() -> None:
    assert meeting_sentence("Sie reist morgen nach Rom und trifft dort den Außenminister.") is None
    assert meeting_sentence("Sie reiste nach Rom und traf dort den Außenminister.") is not None


@pytest.mark.parametrize(
    "headline",
    [
        "Reges Interesse am Tag der offenen Tür im Ministerium",
        "Ministerium lud zum Tag der offenen Türe",
        "Journée portes ouvertes au ministère",
        "Ministry open day draws thousands",
    ],
)
def test_an_open_day_is_no_meeting_whoever_greets_the_visitors(headline: str) -> None:
    draft = _draft(
        headline,
        "Ministerin Erika Beispiel und Staatssekretär Max Muster begrüßten die Gäste persönlich "
        "und standen für Gespräche zur Verfügung.",
    )
    assert draft.kind == "other"
    assert draft.consultation is None


def test_who_came_with_the_visitor_and_who_joined_later_in_the_report_took_part() -> None:
    draft = _draft(
        "Landeshauptmann empfängt neue Generalkonsulin",
        "Die neue Generalkonsulin in Mailand, Erika Beispiel, hat am 15.09.2021 - begleitet "
        "von Botschafter Max Muster - dem Landeshauptmann einen Antrittsbesuch abgestattet.",
        "Vor einer Woche hat Beispiel ihr Amt angetreten. Mit Botschafter Muster und dem "
        "Handelsdelegierten Paul Vorbild ist sie derzeit zu Besuch, heute hat sich die "
        "Generalkonsulin dem Landeshauptmann vorgestellt.",
    )
    assert draft.kind == "consultation"
    assert _participants(draft) == ["Erika Beispiel", "Max Muster", "Paul Vorbild"]
    assert draft.consultation is not None and draft.consultation.date == date(2021, 9, 15)


def test_an_audience_on_a_weekday_is_dated_by_the_stamp_and_who_was_present_took_part() -> None:
    draft = _draft(
        "Entretien sur la coopération",
        "Le ministre des Affaires étrangères, de la Coopération et des Ressortissants de "
        "l’Extérieur, Sidi Ould Exemple, a reçu en audience, vendredi à Ville-Port, SEM. Jean "
        "Modèle, ambassadeur de France.",
        "L’audience a porté sur le renforcement des relations de coopération.",
        "L’entrevue s’est déroulée en présence de Sidi Ould Témoin, ambassadeur directeur "
        "des affaires européennes, et a porté sur les questions d’intérêt commun.",
        "ven, 29/03/2024 - 17:44",
    )
    assert draft.kind == "consultation"
    assert _participants(draft) == ["Sidi Ould Exemple", "Jean Modèle", "Sidi Ould Témoin"]
    assert draft.consultation is not None and draft.consultation.date == date(2024, 3, 29)


def test_a_meeting_said_to_be_held_virtually_is_a_video_meeting_wherever_its_people_are() -> None:
    draft = _draft(
        "Minister meets ambassadors accredited to Exampleland",
        "The Minister of Foreign Affairs Jane Example today met in Port Sample with "
        "ambassadors accredited to Exampleland. The meeting was held virtually.",
    )
    assert draft.kind == "readout"
    assert draft.consultation is not None
    assert draft.consultation.format == "video teleconference"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("a reçu, lundi, l’ambassadeur", date(2024, 3, 29), [date(2024, 3, 25)]),
        ("a reçu en audience, vendredi à Ville-Port, M. X", date(2024, 3, 29), [date(2024, 3, 29)]),
        ("se rendra à Ville-Port vendredi prochain", date(2024, 3, 29), []),
        ("a reçu, vendredi 22 mars 2024, M. X", date(2024, 3, 29), [date(2024, 3, 22)]),
    ],
)
def test_a_french_weekday_set_off_by_commas_dates_the_meeting(
    text: str, published: date, expected: list[date]
) -> None:
    assert [m.value for m in find_dates(text, published, "fr")] == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Le ministre des Affaires étrangères, de la Coopération et des Ressortissants de "
            "l’Extérieur, Sidi Ould Exemple, a reçu …",
            "Sidi Ould Exemple",
            "ministre des Affaires étrangères, de la Coopération et des Ressortissants de "
            "l’Extérieur",
        ),
        (
            "Die Generalkonsulin in Mailand, Erika Beispiel, kam.",
            "Erika Beispiel",
            "Generalkonsulin in Mailand",
        ),
        ("mit dem Handelsdelegierten Paul Vorbild", "Paul Vorbild", "Handelsdelegierten"),
    ],
)
def test_roles_with_several_portfolios_a_post_or_a_delegates_title(
    text: str, name: str, role: str
) -> None:
    assert [(m.name, m.role) for m in find_mentions(text)] == [(name, role)]


def test_two_full_names_that_share_a_given_name_are_two_people() -> None:
    people = merge(find_mentions("Minister Sidi Ould Exemple met Ambassador Sidi Ould Témoin."))
    assert [p.name for p in people] == ["Sidi Ould Exemple", "Sidi Ould Témoin"]


def test_a_place_before_a_role_is_no_person() -> None:
    mentions = find_mentions(
        "Jean Exemple a rencontré à New York, le Secrétaire d’État Rex Modèle."
    )
    assert [m.name for m in mentions] == ["Rex Modèle"]


def test_words_credited_to_several_people_at_once_are_no_ones_statement() -> None:
    draft = _draft(
        "Drei Landeshauptleute trafen sich in Trient",
        "Landeshauptmann Max Muster traf Landeshauptfrau Erika Beispiel und Landeshauptmann "
        "Paul Vorbild in Trient.",
        "„Wir suchen gemeinsam nach Lösungen für unsere Gebiete“, so die Botschaft von Muster, "
        "Beispiel und Vorbild.",
    )
    assert draft.statements == ()


def test_a_portal_date_line_with_a_two_digit_year_under_its_label_dates_the_release() -> None:
    draft = _draft(
        "Landeshauptmann empfängt Generalkonsulin",
        "erstellt am",
        "16. 09. 08",
        "Bozen (lpa) - Generalkonsulin Erika Beispiel hat am 15.09. dem Landeshauptmann einen "
        "Antrittsbesuch abgestattet.",
    )
    assert draft.source.date_published == date(2008, 9, 16)
    assert draft.consultation is not None and draft.consultation.date == date(2008, 9, 15)


def test_the_one_date_a_headline_ends_with_dates_the_release_when_nothing_else_does() -> None:
    draft = _draft(
        "Séminaire de travail de Jean Exemple avec son homologue, Anna Muster (Berlin, 7 mai 2018)",
        "Jean Exemple, ministre des affaires étrangères, s'est rendu à Berlin pour un séminaire "
        "de travail avec son homologue, Anna Muster.",
    )
    assert draft.source.date_published == date(2018, 5, 7)


@pytest.mark.parametrize(
    "headline",
    [
        "Déplacement du ministre en Afrique de l'Ouest (26 et 28 juillet 2012)",
        "Bundeskanzlerin Anna Muster empfängt den Präsidenten von Examplien (17./18.11.2016) "
        "sowie die Regierungschefs aus Frankreich und Italien (18.11.2016)",
    ],
)
def test_a_headline_of_several_days_dates_no_release(headline: str) -> None:
    draft = _draft(headline, "Le ministre a effectué sa première visite sur le continent.")
    assert draft.source.date_published is None
