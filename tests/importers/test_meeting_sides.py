"""Meetings whose report names sides rather than people, or whose people come in forms the
parser missed: invented sentences in the forms real releases use (two countries holding a
consultation mechanism, a region's foreign ministers, a secretary general's talks with a
head of state, a visit that ends, a list of audiences), and what only looks like one."""

from __future__ import annotations

from datetime import date

import pytest

from briefer.importers.meetings import meeting_sentence
from briefer.importers.persons import find_mentions
from tests.importers.drafting import draft as _draft
from tests.importers.drafting import participants as _participants


def test_two_countries_holding_a_consultation_mechanism_meet() -> None:
    draft = _draft(
        "Peru and Norway hold third round of bilateral consultations",
        "Peru and Norway held the third meeting of the Bilateral Consultations Mechanism in "
        "Lima on 4 March 2024.",
        "The Peruvian delegation was led by Vice Minister Ana Ejemplo, while the Norwegian "
        "delegation was led by State Secretary Ola Eksempel.",
    )
    assert draft.kind == "consultation"
    assert draft.consultation is not None
    assert draft.consultation.date == date(2024, 3, 4)


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign ministers of Chile, Peru and Ecuador held consultations in Quito.",
        "The 2nd round of Polish-Danish political consultations was held via video conference.",
    ],
)
def test_a_group_of_ministers_or_two_sides_named_by_country_meet_though_no_one_is_named(
    sentence: str,
) -> None:
    draft = _draft("Regional consultations", "3 March 2025", sentence, "They discussed trade.")
    assert draft.kind == "consultation"
    assert _participants(draft) == []  # nobody is invented for the sides


def test_foreign_ministers_named_by_their_countries_meet_in_german_too() -> None:
    draft = _draft(
        "Außenminister treffen sich in Dublin",
        "03.05.2023",
        "Die Außenminister Belgiens, Irlands und Portugals trafen sich am Mittwoch in Dublin.",
        "Sie sprachen über den Handel in Europa.",
    )
    assert draft.kind == "consultation"
    assert draft.consultation is not None
    assert draft.consultation.date == date(2023, 5, 3)  # the Wednesday of the date line
    assert _participants(draft) == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Congratulations to Peru on peaceful elections",
            "The United States congratulates the people of Peru on the elections held on 5 May.",
        ),
        (
            "Question about a visit",
            "Media outlets report on the visit of Danish members of parliament to Chile and "
            "Peru, where they are planning to hold meetings.",
        ),
    ],
)
def test_countries_in_a_sentence_about_something_else_are_no_meeting(
    paragraphs: tuple[str, ...],
) -> None:
    assert _draft(*paragraphs).consultation is None


def test_planning_to_meet_is_a_meeting_to_come() -> None:
    assert meeting_sentence("The ministers are planning to hold talks in Lima.") is None


def test_a_visit_that_ends_is_reported_though_the_lede_ends_in_the_future_tense() -> None:
    draft = _draft(
        "UN-Generalsekretär Max Beispiel beendet Besuch in Polen",
        "Der Generalsekretär der Vereinten Nationen, Max Beispiel, beendet heute seinen Besuch "
        "in Polen und wird am Abend nach Genf zurückfliegen.",
        "Während seines Aufenthaltes hatte er auch Gespräche mit Vizekanzler Jan Vorbild.",
    )
    assert draft.kind == "consultation"
    assert "Jan Vorbild" in _participants(draft)


def test_two_people_who_discussed_met_and_the_ledes_today_dates_their_talks() -> None:
    draft = _draft(
        "Secretary General Supports Plan of President Modelo",
        "March 3, 2025",
        "The Secretary General of the Organization of American States (OAS), Ana Ejemplo, "
        "today supported the plan made by the President of Peru, Juan Modelo.",
        "Ejemplo and Modelo also discussed trade and education.",
    )
    assert draft.kind == "consultation"
    assert draft.consultation is not None
    assert draft.consultation.date == date(2025, 3, 3)
    assert set(_participants(draft)) == {"Ana Ejemplo", "Juan Modelo"}


def test_a_meeting_reported_by_the_first_sentence_takes_no_day_from_a_wire_s_today() -> None:
    draft = _draft(
        "Minister Ejemplo meets the Minister of Norway",
        "Lima, March 3, 2025: Minister Ana Ejemplo met Minister Ola Eksempel of Norway in New "
        "York, says a press release received here today.",
        "The two ministers also discussed trade.",
    )
    assert draft.consultation is not None
    assert draft.consultation.date is None


def test_everyone_on_the_list_a_meeting_sentence_opens_takes_part() -> None:
    draft = _draft(
        "Audiences of the President",
        "March 3, 2025",
        "This morning, President Juan Modelo received in audience:",
        "- His Excellency Mr. Ola Eksempel, Minister of Foreign Affairs of Norway;",
        "- Her Excellency Ms. Ana Ejemplo, Ambassador of Chile;",
        "Tomorrow, the President will receive the Prime Minister of Peru.",
    )
    assert draft.kind == "consultation"
    assert {"Ola Eksempel", "Ana Ejemplo"} <= set(_participants(draft))


def test_whom_someone_told_is_no_speaker() -> None:
    draft = _draft(
        "Secretary-General meets President Modelo",
        "Secretary-General Ana Ejemplo met President Juan Modelo in Lima on 3 March 2025.",
        'Ms Ejemplo told the President: "Our organisation is driven by the priorities of its '
        'members."',
    )
    assert [s.speaker.name for s in draft.statements] == ["Ana Ejemplo"]


def test_a_quoted_kicker_credited_after_a_dash_is_not_the_headline() -> None:
    draft = _draft(
        "Secretary-General meets President Modelo",
        "3 March 2025",
        '"Our organisation is driven by its members" – Ejemplo',
        "Secretary-General Ana Ejemplo met President Juan Modelo in Lima on 3 March 2025.",
    )
    assert draft.source.title == "Secretary-General meets President Modelo"


def test_words_credited_after_a_dash_to_the_top_diplomat_are_the_ministers() -> None:
    draft = _draft(
        "Minister Jan Vorbild took part in the ministers' meeting",
        "Minister Jan Vorbild met his counterparts in Lima on 3 March 2025.",
        "We need a calm assessment of the situation in the region - said the Polish top diplomat.",
    )
    said = [(s.speaker.name, s.text) for s in draft.statements]
    assert said == [("Jan Vorbild", "We need a calm assessment of the situation in the region")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Secretary General of the Organization of American States (OAS), Ana Ejemplo, "
            "met today.",
            ["Ana Ejemplo"],
        ),
        (
            "Also present was the Ambassador of Chile to the OAS, Juan Pablo Ruiz Modelo.",
            ["Juan Pablo Ruiz Modelo"],
        ),
        (
            "Il s'agit du ministre espagnol des Affaires étrangères, Juan Modelo et du ministre "
            "turc des Affaires étrangères, Ali Örnek.",
            ["Juan Modelo", "Ali Örnek"],
        ),
        ("The meeting included Ana Ejemplo, former Minister of the Interior.", ["Ana Ejemplo"]),
        ("Gespräche mit Vizekanzler Jan Vorbild.", ["Jan Vorbild"]),
        (
            "the Polish, French and German chiefs of diplomacy – Prof. Jan Vorbild, Jean Modèle "
            "and Max Beispiel respectively – met.",
            ["Jan Vorbild", "Jean Modèle", "Max Beispiel"],
        ),
    ],
)
def test_people_in_long_roles_and_lists(text: str, names: list[str]) -> None:
    assert [m.name for m in find_mentions(text) if m.name] == names


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "La ministre Exemple rencontre les consuls",
            "Québec, le 31 janvier 2012",
            "La ministre des Relations internationales, Anne Exemple, a reçu aujourd'hui les "
            "consuls généraux accrédités à Québec.",
            "Elle leur a présenté les priorités du gouvernement.",
        ),
        (
            "Ministerin empfängt Konsuln",
            "31.01.2012",
            "Ministerin Anna Beispiel empfing heute die in Bayern akkreditierten Konsuln.",
            "Sie sprach mit ihnen über die Wirtschaft.",
        ),
    ],
)
def test_a_minister_receiving_the_consuls_of_a_region_meets_them(
    paragraphs: tuple[str, ...],
) -> None:
    draft = _draft(*paragraphs)
    assert draft.kind == "consultation"
    assert draft.consultation is not None
    assert draft.consultation.date == date(2012, 1, 31)


def test_a_condolence_that_mentions_a_call_further_on_is_a_statement() -> None:
    draft = _draft(
        "Le gouvernement condamne l'attentat",
        "Berne, 15.07.2016",
        "Le gouvernement condamne avec la plus grande fermeté l'attentat et exprime ses "
        "condoléances aux familles des victimes.",
        "Le président, Jean Exemple, s'est entretenu par téléphone avec le président français, "
        "Paul Modèle, pour lui exprimer sa solidarité.",
    )
    assert draft.kind == "statement"
    assert draft.consultation is None
