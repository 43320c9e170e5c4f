"""Who took part in a meeting, as releases name them: hosts with titles, people who were
present or came along in a later paragraph, long roles, calls received, and people only
mentioned. Invented sentences in the forms real releases use."""

from __future__ import annotations

from datetime import date

import pytest

from briefer.importers.persons import find_mentions
from tests.importers.drafting import draft as _draft
from tests.importers.drafting import participants as _participants


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Minister of Foreign Affairs, Shaikh Omar bin Saleh bin Ahmed Al Exemplar, met",
            "Omar bin Saleh bin Ahmed Al Exemplar",
        ),
        ("his counterpart, Lord John Sample, by telephone", "John Sample"),
        ("Presenting credentials was Archbishop H.E. Paul Example, nuncio.", "Paul Example"),
    ],
)
def test_a_host_or_guest_named_with_a_title_keeps_the_whole_family_name(
    text: str, name: str
) -> None:
    assert name in [m.name for m in find_mentions(text)]


def test_an_envoys_post_between_role_and_name_is_no_part_of_the_name() -> None:
    mentions = find_mentions(
        "Acting Foreign Minister Omar Example met with the Ambassador of Canada to Samplestad "
        "Jane Model, this afternoon."
    )
    assert [m.name for m in mentions] == ["Omar Example", "Jane Model"]


def test_a_later_role_in_a_list_is_its_own_persons_role() -> None:
    mentions = find_mentions(
        "The talks were also attended by State Secretary Max Muster and Director-General Eva Probe."
    )
    assert [(m.name, m.role) for m in mentions] == [
        ("Max Muster", "State Secretary"),
        ("Eva Probe", "Director-General"),
    ]


def test_a_role_after_a_title_names_the_person_after_it() -> None:
    mentions = find_mentions(
        "Accompanying her was Hon. Paul Example, Minister of State, and Ambassador Eva Model, "
        "Chief Executive Officer in the Ministry."
    )
    assert [m.name for m in mentions] == ["Paul Example", "Eva Model"]


def test_who_handed_over_credentials_or_came_along_in_a_later_paragraph_took_part() -> None:
    draft = _draft(
        "Foreign Minister Receives Letters of Credence from Three New Ambassadors",
        "Hon. Jane Example, Minister of Foreign Affairs, received copies of the Letters of "
        "Credence of three new ambassadors at a ceremony held today.",
        "Presenting their letters of credence were H.E. Mr. Omar Sample, ambassador of Egypt; "
        "H.E. Mrs. Eva Model, ambassador of Slovakia; and H.E. Mr. Ken Probe, ambassador of "
        "Japan.",
        "The ambassadors thanked the Foreign Minister for welcoming them and conveyed the "
        "intention of cooperating in several areas.",
        "Accompanying the Foreign Minister was Hon. Paul Sampson, Minister of State, and "
        "Ambassador Ann Test, Chief Executive Officer in the Ministry of Foreign Affairs.",
    )
    assert draft.kind == "consultation"
    assert set(_participants(draft)) == {
        "Jane Example",
        "Omar Sample",
        "Eva Model",
        "Ken Probe",
        "Paul Sampson",
        "Ann Test",
    }


@pytest.mark.parametrize(
    "present",
    [
        "An dem Gespräch nahm auch Staatssekretär Max Muster teil.",
        "Anwesend waren auch Staatssekretär Max Muster und weitere Vertreter des Landes.",
    ],
)
def test_who_took_part_in_the_talks_in_german_took_part(present: str) -> None:
    draft = _draft(
        "Ministerpräsidentin empfängt Botschafter",
        "Ministerpräsidentin Anna Beispiel hat am 3. Mai 2019 den Botschafter der Republik "
        "Polen, Jan Kowalski, zu einem Gespräch in der Staatskanzlei empfangen.",
        "Beide Seiten sprachen über die wirtschaftliche Zusammenarbeit und die Kultur.",
        present,
    )
    assert set(_participants(draft)) == {"Anna Beispiel", "Jan Kowalski", "Max Muster"}


def test_a_call_received_from_a_counterpart_is_read_out_with_both() -> None:
    draft = _draft(
        "Entretien téléphonique entre Karim Exemple et Ivan Modèle",
        "Le ministre des Affaires étrangères, Karim Exemple, a reçu un appel mardi, de son "
        "homologue russe, Ivan Modèle, ministre des Affaires étrangères de la Fédération de "
        "Russie.",
        "Cet entretien a porté sur le développement des relations bilatérales.",
    )
    assert draft.kind == "readout"
    assert _participants(draft) == ["Karim Exemple", "Ivan Modèle"]


def test_a_guest_of_the_host_took_part_and_a_former_official_mentioned_did_not() -> None:
    draft = _draft(
        "Botschafter zu Antrittsbesuch im Landtag",
        "Der Botschafter der Republik Polen in Deutschland, Jan Kowalski, war zu Gast bei "
        "Landtagspräsidentin Anna Beispiel. Auch aus dem Land waren schon Delegationen in "
        "Polen, so unter der Leitung der früheren Staatssekretärin Eva Probe.",
    )
    assert draft.kind == "consultation"
    assert set(_participants(draft)) == {"Jan Kowalski", "Anna Beispiel"}


def test_a_quotation_its_attribution_interrupts_is_one_speakers() -> None:
    draft = _draft(
        "Botschafter zu Antrittsbesuch im Landtag",
        "Der Botschafter der Republik Polen in Deutschland, Jan Kowalski, war zu Gast bei "
        "Landtagspräsidentin Anna Beispiel. „Die politischen Beziehungen sind ausgezeichnet“, "
        "lobte der Botschafter, „nun wollen wir die Wirtschaft stärken.“ Landtagspräsidentin "
        "Anna Beispiel freute sich über das gute Verhältnis.",
    )
    assert [s.speaker.name for s in draft.statements if s.speaker] == ["Jan Kowalski"]


def test_a_visitor_received_by_two_hosts_after_a_date_and_place_met_both() -> None:
    draft = _draft(
        "Visite de travail à Ville-Port",
        "Le ministre des Affaires étrangères, Jean Exemple, a été reçu le 30 septembre 2022 à "
        "Ville-Port par la ministre de l’Europe et des Affaires étrangères, Anne Modèle, et par "
        "la secrétaire d’État chargée de l’Europe, Claire Essai.",
    )
    assert _participants(draft) == ["Jean Exemple", "Anne Modèle", "Claire Essai"]
    assert draft.consultation is not None and draft.consultation.date == date(2022, 9, 30)


def test_a_host_named_alone_as_the_subject_of_the_meeting_took_part() -> None:
    draft = _draft(
        "Jean Exemple reçoit Pierre Modèle",
        "Jean Exemple a reçu le 12 mars 2013 son homologue français Pierre Modèle à Ville-Port.",
    )
    assert set(_participants(draft)) == {"Jean Exemple", "Pierre Modèle"}
    assert draft.consultation is not None and draft.consultation.date == date(2013, 3, 12)


@pytest.mark.parametrize(
    "lede",
    [
        "Ein Thema des Gesprächs mit Ministerpräsidentin Anna Beispiel war die Wirtschaft.",
        "Pacific Sample Forum Leaders met Secretary-General Jane Example in New York.",
    ],
)
def test_a_noun_or_a_group_opening_the_meeting_sentence_is_no_person(lede: str) -> None:
    draft = _draft("Gespräch in der Staatskanzlei", lede)
    assert draft.consultation is not None
    assert len(_participants(draft)) == 1


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Ministerpräsident Max Muster traf den Nationalen Sicherheitsberater John Sample.",
            "John Sample",
            "Sicherheitsberater",
        ),
        (
            "Weitere Gespräche führte sie mit der Staatsministerin für Kultur Greta Test.",
            "Greta Test",
            "Staatsministerin für Kultur",
        ),
        (
            "et le ministre délégué au Commerce extérieur et à l’Attractivité, Paul Essai, se "
            "sont rendus à Ville-Port",
            "Paul Essai",
            "ministre délégué au Commerce extérieur et à l’Attractivité",
        ),
    ],
)
def test_advisers_and_delegate_ministers_are_roles(text: str, name: str, role: str) -> None:
    assert (name, role) in [(m.name, m.role) for m in find_mentions(text)]


def test_an_acting_minister_receiving_envoys_in_his_office_today_met_them() -> None:
    draft = _draft(
        "Foreign Minister receives credentials of Ambassadors",
        "The Acting Foreign Minister, Ambassador Omar Example, received in his office today "
        "Ambassador Jean Model, the new ambassador of the Republic of Mali, and Ambassador Eva "
        "Probe, the new ambassador of the Slovak Republic.",
    )
    assert draft.kind == "consultation"
    assert _participants(draft) == ["Omar Example", "Jean Model", "Eva Probe"]


def test_envoys_given_only_by_their_countries_add_nobody_to_the_host() -> None:
    draft = _draft(
        "Minister Receives Credentials of Ambassadors",
        "The Foreign Minister, Prof. Omar Example, received Sunday copies of credentials of the "
        "Ambassadors of Malta and Albania prior to submitting them to the President.",
    )
    assert draft.kind == "consultation"
    assert _participants(draft) == ["Omar Example"]


def test_an_inaugural_visit_paid_on_a_date_with_its_day_is_dated() -> None:
    draft = _draft(
        "Antrittsbesuch des Botschafters",
        "Der Botschafter der Republik Polen in Deutschland, Jan Kowalski, stattete am 12. Mai "
        "2011 der Ministerpräsidentin des Landes, Anna Beispiel, seinen Antrittsbesuch ab.",
    )
    assert draft.consultation is not None and draft.consultation.date == date(2011, 5, 12)


@pytest.mark.parametrize(
    "lede",
    [
        "Foreign Minister Jane Example met Foreign Minister Omar Sample of Exampleland in "
        "Port Sample today, ahead of Mr Sample's meetings with Prime Minister Ken Probe and "
        "Trade Minister Eva Model.",
        "Foreign Minister Jane Example met Foreign Minister Omar Sample of Exampleland in "
        "Port Sample today. Mr Sample will also meet Prime Minister Ken Probe and Trade "
        "Minister Eva Model tomorrow.",
    ],
)
def test_people_the_visitor_is_yet_to_meet_are_no_participants(lede: str) -> None:
    draft = _draft("Foreign Ministers meet in Port Sample", lede)
    assert set(_participants(draft)) == {"Jane Example", "Omar Sample"}


def test_a_clause_about_what_came_before_the_talks_keeps_the_talks_people() -> None:
    draft = _draft(
        "Foreign Ministers’ Informal Talks",
        "On May 24, Mr. Omar Sample, Minister for Foreign Affairs, prior to attending the "
        "leaders meeting, held an informal talk with Senator the Hon. Jane Example, Minister "
        "for Foreign Affairs of Exampleland.",
    )
    assert _participants(draft) == ["Omar Sample", "Jane Example"]
