"""Round 19's meetings and kinds (invented releases): meetings told by a visit paid, a
reception of a counterpart in Spanish, an exchange ("sich ausgetauscht", "a échangé avec"),
talks told by their topic with both sides as subject; the kind read from the headline the
user sees; an envoy's accreditation is no press advisory."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft, participants


@pytest.mark.parametrize(
    "lede",
    [
        "Brio, 4 March 2025 – President Ola Ona paid a courtesy visit to Prime Minister Ana Lo "
        "of Valdoria on Monday.",
        "Brio, 4 March 2025 – President Ola Ona paid a visit to Prime Minister Ana Lo of "
        "Valdoria at her office on Monday.",
        "Brio, 4 March 2025 – President Ola Ona paid a courtesy call on Prime Minister Ana Lo "
        "of Valdoria on Monday.",
        "Brio, 4 March 2025 – President Ola Ona made a working visit to Prime Minister Ana Lo "
        "of Valdoria on Monday.",
    ],
)
def test_a_visit_paid_to_someone_is_a_meeting_with_them(lede: str) -> None:
    found = draft(
        "President Ona in Valdoria",
        lede,
        "Trade and the new railway were on the agenda.",
    )
    assert found.kind == "consultation"
    assert participants(found) == ["Ola Ona", "Ana Lo"]


@pytest.mark.parametrize(
    "lede",
    [
        "Brio, 4 de marzo de 2025 – El Presidente Ola Ona recibió esta mañana en la sede del "
        "Gobierno a su par de Valdoria, Ana Lo.",
        "Brio, 4 de marzo de 2025 – El Presidente Ola Ona recibió este lunes a su homóloga de "
        "Valdoria, Ana Lo.",
        "Brio, 4 de marzo de 2025 – El Presidente Ola Ona se reunió con su homóloga de "
        "Valdoria, Ana Lo, en la sede del Gobierno.",
    ],
)
def test_a_spanish_host_receiving_his_peer_is_a_meeting(lede: str) -> None:
    found = draft("Visita oficial de Valdoria", lede, "Ambos conversaron sobre el comercio.")
    assert found.kind == "consultation"
    assert sorted(participants(found)) == ["Ana Lo", "Ola Ona"]


@pytest.mark.parametrize(
    "lede",
    [
        "Brio, 4. März 2025 – Bundeskanzler Ola Ona hat sich am Montag mit Ministerpräsidentin "
        "Ana Lo über die Energiepreise ausgetauscht.",
        "Brio, 4. März 2025 – Bundeskanzler Ola Ona tauschte sich am Montag mit "
        "Ministerpräsidentin Ana Lo über die Energiepreise aus.",
        "Brio, 4 mars 2025 – Le président Ola Ona a échangé lundi avec la Première ministre "
        "Ana Lo sur les prix de l'énergie.",
        "Brio, 4 March 2025 – President Ola Ona exchanged views with Prime Minister Ana Lo on "
        "energy prices on Monday.",
    ],
)
def test_an_exchange_with_someone_is_a_meeting(lede: str) -> None:
    found = draft("Energiepreise", lede, "Weitere Gespräche sollen folgen.")
    assert found.kind == "consultation"
    assert participants(found) == ["Ola Ona", "Ana Lo"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two defence ministers discussed the joint exercises.",
        "The two ministers discussed the joint exercises.",
        "Die beiden Minister erörterten die gemeinsamen Übungen.",
        "Les deux ministres ont discuté des exercices communs.",
    ],
)
def test_talks_told_by_their_topic_with_both_sides_as_subject(sentence: str) -> None:
    found = draft(
        "Minister Ona discusses cooperation in Brio",
        "Brio, 4 March 2025 – The visit of the Valdorian delegation led by Defence Minister Ana "
        "Lo continued on Monday.",
        f"{sentence} Defence Minister Ola Ona thanked his Valdorian counterpart, Ana Lo, for "
        "her support.",
    )
    assert found.kind == "consultation"
    assert sorted(participants(found)) == ["Ana Lo", "Ola Ona"]


def test_a_joint_statement_named_by_the_headline_over_a_byline_is_no_meeting() -> None:
    found = draft(
        "Joint Statement: Prime Ministers Lo and Tal",
        "Written by Ana Lo and Per Tal",
        "Brio, 4 March 2025",
        "1. The Prime Ministers met in Brio on 3 May and reaffirmed their friendship.",
        "2. They agreed to deepen trade and to meet again next year.",
    )
    assert found.kind == "joint statement"


def test_an_envoys_accreditation_is_no_press_advisory() -> None:
    found = draft(
        "President Ona receives new ambassadors",
        "Brio, 4 March 2025 – President Ola Ona received the letters of credence of six "
        "ambassadors on Monday, among them Ambassador Ana Lo of Valdoria.",
        "“Your accreditation marks a new start,” he told them.",
    )
    assert found.kind == "consultation"
    assert "Ola Ona" in participants(found)


@pytest.mark.parametrize(
    "quotation",
    [
        "“We will meet again in spring,” Ona said.",
        '"We will meet again in spring," Ona said.',
        "« Nous nous reverrons au printemps », a dit Ona.",
        "„Wir werden uns im Frühjahr wiedersehen“, sagte Ona.",
    ],
)
def test_a_will_inside_quoted_words_and_a_clock_time_is_no_programme(quotation: str) -> None:
    found = draft(
        "President Ona speaks with Prime Minister Lo",
        "Brio, 4 March 2025 – President Ola Ona spoke with Prime Minister Ana Lo of Valdoria "
        f"by telephone at 10:30 a.m. on Monday. {quotation}",
    )
    assert found.kind in {"consultation", "readout"}
    assert sorted(participants(found)) == ["Ana Lo", "Ola Ona"]


@pytest.mark.parametrize(
    "lede",
    [
        "Brio, 4 March 2025 – Defence Minister Ana Lo took part in the Defence Ministers' "
        "Council of the Alliance in Brio on Monday.",
        "Brio, 4 March 2025 – Defence Minister Ana Lo participated in the ministerial of the "
        "Alliance in Brio on Monday.",
        "Brio, 4 de marzo de 2025 – El lunes se llevó a cabo en Brio la Conferencia de "
        "Ministros de Defensa de las Américas, inaugurada por la ministra Ana Lo.",
        "Brio, 4. März 2025 – Verteidigungsministerin Ana Lo nahm am Montag an der Konferenz "
        "der Verteidigungsminister in Brio teil.",
        "Brio, 4 mars 2025 – La ministre de la Défense Ana Lo a participé lundi à la "
        "conférence des ministres de la Défense à Brio.",
    ],
)
def test_a_ministerial_taken_part_in_with_a_bilateral_told_later(lede: str) -> None:
    found = draft(
        "Minister Lo in Brio",
        lede,
        "The ministers reviewed the security of the region and the support for the coastal states.",
        "“We stand together,” Lo said.",
        "The ministers also adopted a declaration on maritime security.",
        "In the meeting with Defence Minister Per Tal of Valdoria, Lo stated: “Our armies will "
        "train together.”",
    )
    assert found.kind == "consultation"
    assert participants(found) == ["Ana Lo", "Per Tal"]


def test_a_cabinets_council_of_ministers_is_no_meeting() -> None:
    found = draft(
        "Minister Lo on the budget",
        "Brio, 4 mars 2025 – La ministre Ana Lo a présenté lundi le budget au Conseil des "
        "ministres.",
        "« Ce budget protège les familles », a déclaré Ana Lo.",
    )
    assert found.consultation is None


@pytest.mark.parametrize(
    "lede",
    [
        "Brio, 4 March 2025 – On arrival in Valdoria, Defence Minister Ana Lo was welcomed by "
        "Norland's Ambassador to Valdoria, Ivo Ren, and then met her counterpart, Defence "
        "Minister Per Tal.",
        "Brio, 4 March 2025 – Defence Minister Ana Lo was greeted at the airport by the "
        "Norlandian Ambassador to Valdoria, Ivo Ren, before she met her counterpart Per Tal.",
        "Brio, 4 mars 2025 – À son arrivée, la ministre Ana Lo a été accueillie par "
        "l'ambassadeur de Norlande, Ivo Ren, puis a rencontré son homologue Per Tal.",
    ],
)
def test_an_envoy_greeting_a_visitor_on_arrival_is_no_side(lede: str) -> None:
    found = draft("Minister Lo in Valdoria", lede, "The ministers discussed the joint exercises.")
    assert found.kind == "consultation"
    assert participants(found) == ["Ana Lo", "Per Tal"]


@pytest.mark.parametrize(
    "lede",
    [
        "Brio, 4 March 2025 – On the flight back from talks with President Per Tal, President "
        "Ola Ona answered reporters' questions.",
        "Brio, 4 March 2025 – After his meeting with President Per Tal, President Ola Ona "
        "answered journalists' questions on board the plane.",
        "Brio, 4 mars 2025 – Dans l'avion du retour, après son entretien avec le président Per "
        "Tal, le président Ola Ona a répondu aux questions des journalistes.",
    ],
)
def test_a_leaders_answers_to_the_press_after_a_meeting_are_a_statement(lede: str) -> None:
    found = draft(
        "President Ona: we need peace in the region",
        lede,
        "Ona said the talks had been open and useful.",
        "“We need peace in the region,” he told reporters.",
    )
    assert found.kind == "statement"
    assert found.consultation is None


def test_answers_at_a_joint_press_conference_after_talks_stay_the_meeting() -> None:
    found = draft(
        "President Ona meets President Tal",
        "Brio, 4 March 2025 – After their talks, President Ola Ona and President Per Tal "
        "jointly answered journalists' questions.",
        "The two presidents discussed trade and the new railway.",
    )
    assert found.kind == "consultation"


@pytest.mark.parametrize(
    ("lede", "after"),
    [
        (
            "Brio, 4 March 2025 – The two ministers met on the sidelines of the regional "
            "security forum in Brio on Monday.",
            "Minister of Defence Ana Lo thanked Minister Per Tal of Valdoria for the support of "
            "his country.",
        ),
        (
            "Brio, 4 mars 2025 – Les deux ministres se sont rencontrés lundi en marge du forum "
            "régional de sécurité à Brio.",
            "La ministre de la Défense Ana Lo a remercié son homologue valdorien Per Tal pour le "
            "soutien de son pays.",
        ),
    ],
)
def test_a_meeting_of_the_two_ministers_takes_its_sides_from_the_next_paragraph(
    lede: str, after: str
) -> None:
    found = draft(
        "Defence ministers of Norland and Valdoria meet in Brio",
        lede,
        after,
        "Both sides agreed to meet again.",
    )
    assert found.kind == "consultation"
    assert participants(found) == ["Ana Lo", "Per Tal"]
