"""Participants named in lists, as releases in English, German and French write them: roles
and names alternating, counterparts and their countries, roles written after a name. Invented
sentences in the forms real releases use."""

from __future__ import annotations

import pytest

from briefer.importers.persons import find_mentions
from tests.importers.drafting import draft, participants


def test_a_list_that_opens_with_a_role_gives_each_name_the_role_before_it() -> None:
    mentions = find_mentions(
        "Ont également participé le premier ministre suédois, Anna Exemple, le président "
        "français, Paul Modèle, le chancelier allemand, Max Muster, ainsi que la présidente "
        "de la Commission européenne, Eva Probe."
    )
    assert [(m.name, m.country) for m in mentions] == [
        ("Anna Exemple", "Sweden"),
        ("Paul Modèle", "France"),
        ("Max Muster", "Germany"),
        ("Eva Probe", "European Union"),
    ]


def test_a_list_that_opens_with_a_name_gives_each_name_the_role_after_it() -> None:
    mentions = find_mentions(
        "The talks were attended by Max Muster, the German Foreign Minister, Ivan Primer, the "
        "Russian Foreign Minister, and their delegations."
    )
    assert [(m.name, m.country) for m in mentions] == [
        ("Max Muster", "Germany"),
        ("Ivan Primer", "Russia"),
    ]


def test_the_president_of_a_country_written_in_french_is_a_participant() -> None:
    found = draft(
        "Le secrétaire général a pris part à une conférence téléphonique",
        "Le 3 mars 2022, le secrétaire général de l’OTAN, Jan Exemple, a eu un entretien "
        "téléphonique avec le président des États-Unis, John Sample.",
    )
    assert participants(found) == ["Jan Exemple", "John Sample"]
    assert found.consultation is not None
    assert found.consultation.participants[1].country == "United States"


def test_colleagues_from_countries_named_in_order_are_participants_of_those_countries() -> None:
    found = draft(
        "Treffen in Musterstadt",
        "Außenministerin Anna Muster hat heute in Musterstadt ihre Kollegen aus Frankreich und "
        "Polen, Jean Exemple und Jan Przyklad, empfangen.",
    )
    assert found.consultation is not None
    assert [(p.name, p.country) for p in found.consultation.participants] == [
        ("Anna Muster", ""),
        ("Jean Exemple", "France"),
        ("Jan Przyklad", "Poland"),
    ]


def test_counterparts_with_french_nationalities_after_the_noun_get_those_countries() -> None:
    mentions = find_mentions(
        "Le ministre a reçu ses homologues français et polonais, Jean Exemple et Jan Przyklad."
    )
    assert [(m.name, m.country) for m in mentions] == [
        ("Jean Exemple", "France"),
        ("Jan Przyklad", "Poland"),
    ]


def test_a_second_counterpart_of_a_country_of_two_words_is_a_person_of_that_country() -> None:
    mentions = find_mentions(
        "She met her Australian counterpart Jane Sample and New Zealand counterpart Ann Model."
    )
    assert [(m.name, m.country) for m in mentions] == [
        ("Jane Sample", "Australia"),
        ("Ann Model", "New Zealand"),
    ]


def test_names_after_a_role_in_the_plural_each_have_the_role() -> None:
    english = find_mentions("The Prime Minister received Ministers Muster and Sample today.")
    french = find_mentions("Il a reçu les ministres Jean Exemple, Jan Przyklad et Ivan Primer.")
    assert [(m.name, m.role) for m in english] == [("Muster", "Minister"), ("Sample", "Minister")]
    assert [m.name for m in french] == ["Jean Exemple", "Jan Przyklad", "Ivan Primer"]


def test_who_received_a_visitor_in_a_german_passive_is_a_participant_of_their_own() -> None:
    found = draft(
        "Besuch in Musterstadt",
        "Am 3. Mai 2023 wurde Außenminister Max Muster von Bundeskanzlerin Anna Probe in "
        "Musterstadt empfangen.",
    )
    assert participants(found) == ["Max Muster", "Anna Probe"]


def test_a_host_named_without_a_role_after_the_day_of_the_meeting_took_part() -> None:
    found = draft(
        "Talks in Musterstadt",
        "On 3 May 2023, Max Muster held talks with the Foreign Minister of Samplia, Jane "
        "Sample, in Musterstadt.",
    )
    assert sorted(participants(found)) == ["Jane Sample", "Max Muster"]


@pytest.mark.parametrize(
    "aside",
    [
        "They recalled the meeting between Chancellor Otto Alt and President Paul Old in 1990.",
        "Minister Ann Model, who was unable to attend, sent a message to the participants.",
        "Ministerin Ann Model war verhindert.",
    ],
)
def test_people_of_an_earlier_meeting_or_who_did_not_come_took_no_part(aside: str) -> None:
    found = draft(
        "Meeting in Musterstadt",
        f"On 3 May 2023, Foreign Minister Max Muster met Foreign Minister Jane Sample. {aside}",
    )
    assert participants(found) == ["Max Muster", "Jane Sample"]


def test_a_role_after_as_is_the_persons_role() -> None:
    found = draft(
        "Lunch at the United Nations",
        "On 3 May 2023, Jane Sample, as Permanent Representative of Samplia to the United "
        "Nations, met the Secretary-General, Ivan Primer, in the presence of the Deputy "
        "Permanent Representatives, Ann Model and Paul Example.",
    )
    assert participants(found) == ["Jane Sample", "Ivan Primer", "Ann Model", "Paul Example"]


def test_who_leads_a_delegation_is_named_without_the_words_before_the_name() -> None:
    found = draft(
        "Besuch aus Samplia",
        "Am 3. Mai 2023 empfing Außenminister Max Muster eine Delegation unter Leitung von "
        "Jane Sample, Präsidentin des Parlaments von Samplia.",
    )
    assert participants(found) == ["Max Muster", "Jane Sample"]


def test_a_host_written_with_an_honorific_is_named_without_it() -> None:
    found = draft(
        "Entretien à Dakar",
        "Le 3 mai 2023, M. Jean Exemple a reçu Mme Jane Sample, ministre australienne des "
        "Affaires étrangères.",
    )
    assert participants(found) == ["Jean Exemple", "Jane Sample"]


def test_who_came_with_a_visitor_in_a_german_passive_took_part() -> None:
    found = draft(
        "Antrittsbesuch",
        "Ministerpräsidentin Anna Muster hat den Botschafter von Samplia, Herrn Jan Probe, zu "
        "einem Antrittsbesuch getroffen.",
        "Begleitet wurde Botschafter Probe von Eva Beispiel, Konsulin in Musterstadt.",
    )
    assert participants(found) == ["Anna Muster", "Jan Probe", "Eva Beispiel"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Il a reçu le ministre de la Coopération internationale et des Samplais à "
            "l’Étranger de la Gambie, Jean Exemple, à Fès.",
            "Jean Exemple",
        ),
        (
            "The meeting included the Secretary for Strengthening Democracy of the OAS, Jan "
            "Probe, and the Executive Director of the foundation, Eva Beispiel.",
            "Jan Probe",
        ),
        (
            "S.E. M. Ahmed Aboul Gheit, Ministre des affaires étrangères, et sa délégation",
            "Ahmed Aboul Gheit",
        ),
        ("S.E. Mgr Paolo Esempio, secrétaire pour les relations avec les États", "Paolo Esempio"),
    ],
)
def test_a_person_with_an_unlisted_portfolio_or_an_unusual_name_is_found(
    text: str, name: str
) -> None:
    assert name in [m.name for m in find_mentions(text)]


def test_a_further_talk_told_with_an_adverb_in_french_names_participants() -> None:
    found = draft(
        "Série d’entretiens à Fès",
        "Fès – Le ministre des Affaires étrangères, Jean Exemple, a tenu mardi une série "
        "d’entretiens avec ses homologues.",
        "Il s’agit notamment du ministre espagnol des Affaires étrangères, José Ejemplo.",
        "M. Exemple s’est également entretenu avec la ministre des Affaires étrangères et des "
        "Communautés de la Samplie, Jane Sample.",
    )
    assert participants(found) == ["Jean Exemple", "José Ejemplo", "Jane Sample"]
