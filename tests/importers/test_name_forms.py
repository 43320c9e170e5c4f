"""People as releases name them in meetings: family names a German noun rule must not cut,
particles, unusual roles, a body's name between role and name, names with their country in
brackets, and further meetings told in a later paragraph. Invented sentences in the forms
real releases use."""

from __future__ import annotations

import pytest

from briefer.importers.document import TextDocument
from briefer.importers.persons import find_mentions
from briefer.importers.pressrelease import parse_release
from tests.importers.drafting import draft


def _names(text: str) -> list[str]:
    return [m.name for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a Baltic family name ends in "-nis" after a vowel; a German noun after a consonant
        (
            "Gespräche mit Staatspräsident Raimonds Exonis und Ministerpräsident Māris Model.",
            ["Raimonds Exonis", "Māris Model"],
        ),
        ("Außenministerin Anna Muster Ergebnisse der Gespräche.", ["Anna Muster"]),
        # "das" after a name is the German article, not a particle
        ("Am Nachmittag besuchte er mit Frau Muster das Nationale Museum.", ["Muster"]),
        ("Il a reçu la présidente Anne Exemple d'Aubier.", ["Anne Exemple d'Aubier"]),
    ],
)
def test_a_family_name_is_kept_whole(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The Thai delegation was led by Undersecretary Somchai A. Sample.",
            "Somchai A. Sample",
            "Undersecretary",
        ),
        (
            "and the Colombian side by Undersecretary for Foreign Affairs Carla Model.",
            "Carla Model",
            "Undersecretary for Foreign Affairs",
        ),
        ("Il a reçu le Secrétaire Général Walter Exemple.", "Walter Exemple", "Secrétaire Général"),
        (
            "Il a reçu le Secrétaire Général du Conseil de l'Europe, Walter Exemple.",
            "Walter Exemple",
            "Secrétaire Général du Conseil de l'Europe",
        ),
        (
            "Il a reçu le Secrétaire Général de la Guyane française, Jean Exemple.",
            "Jean Exemple",
            "Secrétaire Général de la Guyane française",
        ),
        (
            "He met the President of the Faroe Islands Government, Jógvan Sample, in Tórshavn.",
            "Jógvan Sample",
            "President of the Faroe Islands Government",
        ),
    ],
)
def test_an_unusual_role_or_a_bodys_name_before_the_name(text: str, name: str, role: str) -> None:
    assert [(m.name, m.role) for m in find_mentions(text)] == [(name, role)]


def test_a_second_role_before_a_name_is_no_part_of_it() -> None:
    mentions = find_mentions(
        "Anschließend traf er die Beauftragte der Bundesregierung für Kultur, "
        "Staatsministerin Greta Muster."
    )
    assert [m.name for m in mentions] == ["Greta Muster"]


def test_names_with_their_country_in_brackets_are_people_of_that_country() -> None:
    mentions = find_mentions(
        "An dem Treffen nahmen Jean Exemple (Luxemburg), Aurelia Muster (Liechtenstein) und "
        "Didier Modèle (Schweiz) teil."
    )
    assert [(m.name, m.country) for m in mentions] == [
        ("Jean Exemple", "Luxembourg"),
        ("Aurelia Muster", "Liechtenstein"),
        ("Didier Modèle", "Switzerland"),
    ]


def test_a_single_word_before_a_country_in_brackets_is_no_person() -> None:
    assert find_mentions("Die Gespräche in Berlin (Deutschland) dauerten zwei Stunden.") == ()


def test_whom_a_visitor_came_together_with_in_the_next_paragraph_took_part() -> None:
    draft = parse_release(
        TextDocument(
            (
                "Europaministerin Muster auf Arbeitsbesuch in Warschau",
                "Dresden, 3. Mai 2019 - Europaministerin Clara Muster traf heute in Warschau "
                "ihren polnischen Amtskollegen Piotr Beispiel.",
                "Anschließend kam Muster mit der Beauftragten der Regierung für "
                "Kultur, Staatssekretärin Marta Probe, sowie mit Landwirtschaftsministerin "
                "Anna von der Exempel zusammen.",
            ),
            origin="release.txt",
            format="text",
        )
    )
    assert draft.consultation is not None
    names = [p.name for p in draft.consultation.participants]
    assert names == ["Clara Muster", "Piotr Beispiel", "Marta Probe", "Anna von der Exempel"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Er traf Bundesratspräsident Ludwig Muster.", "Ludwig Muster", "Bundesratspräsident"),
        (
            "Der Präsident der libanesischen Nationalversammlung, Nabil Exemple, traf heute X.",
            "Nabil Exemple",
            "Präsident der libanesischen Nationalversammlung",
        ),
    ],
)
def test_a_chambers_president_and_a_body_after_an_adjective(
    text: str, name: str, role: str
) -> None:
    assert [(m.name, m.role) for m in find_mentions(text)][:1] == [(name, role)]


def test_a_hard_wrapped_lede_is_text_and_whom_a_visits_programme_lists_took_no_part() -> None:
    draft = parse_release(
        TextDocument(
            (
                "BUNDESRATSPRÄSIDENT MUSTER EMPFÄNGT NABIL EXEMPLE IM PARLAMENT",
                "Wien (PK) - Der Präsident der libanesischen Nationalversammlung, Nabil Exemple, "
                "traf heute Vormittag im Rahmen seiner Österreichvisite mit Bundesratspräsident "
                "Ludwig Muster zusammen. Nabil Exemple, der von einer Delegation begleitet wurde, "
                "zeigte sich sehr interessiert am föderalen",
                "Aufbau Österreichs und stellte eine Reihe von Fragen zur Länderkammer.",
                "Auf dem Besuchsprogramm von Nabil Exemple standen neben seinen Terminen im "
                "Parlament Treffen mit Bundespräsident Thomas Probe und Außenministerin Anna "
                "Beispiel.",
            ),
            origin="release.txt",
            format="text",
        )
    )
    assert draft.source.title == "BUNDESRATSPRÄSIDENT MUSTER EMPFÄNGT NABIL EXEMPLE IM PARLAMENT"
    assert draft.consultation is not None
    assert [p.name for p in draft.consultation.participants] == ["Nabil Exemple", "Ludwig Muster"]


def test_former_presidents_listed_after_a_plural_role_are_each_a_person() -> None:
    mentions = find_mentions(
        "In Nouméa, he met Congress President Paul Modèle and former Presidents Henri Muster "
        "and Louis Probe."
    )
    assert [m.name for m in mentions] == ["Paul Modèle", "Henri Muster", "Louis Probe"]


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("He met Speaker Anna Model.", "Model"),
        ("He met the Speaker of the House of Representatives, John Sample.", "Sample"),
        # titles and a name longer than a name is read: the person is the one with the role
        (
            "His Excellency Pehin Orang Kaya Seri Lela Dato Seri Setia Awang Haji Omar bin Dato "
            "Setia Haji Ahmad Exemplar, Speaker of the Legislative Council, received the envoys.",
            "Exemplar",
        ),
    ],
)
def test_a_speaker_is_a_role_and_a_hosts_titles_are_no_second_person(
    text: str, family: str
) -> None:
    mentions = find_mentions(text)
    assert [m.name.split()[-1] for m in mentions] == [family]
    assert mentions[0].role.startswith("Speaker")


@pytest.mark.parametrize(
    ("headline", "name", "body"),
    [
        (
            "Déclaration de M. Jean Exemple, ministre des Affaires étrangères",
            "Jean Exemple",
            "La France condamne fermement l'attaque perpétrée hier.",
        ),
        (
            "Déclaration de Mme Jeanne Exemple, ministre des Armées",
            "Jeanne Exemple",
            "La France condamne fermement l'attaque perpétrée hier.",
        ),
        (
            "Erklärung von Frau Anna Beispiel, Bundesministerin des Auswärtigen",
            "Anna Beispiel",
            "Ich verurteile den gestrigen Angriff auf die Mission der Vereinten Nationen aufs "
            "Schärfste. Unsere Gedanken sind bei den Familien der Opfer.",
        ),
    ],
)
def test_a_headlines_honorific_is_no_part_of_the_speakers_name(
    headline: str, name: str, body: str
) -> None:
    release = draft(headline, "3 March 2021", body)
    assert [s.speaker.name for s in release.statements] == [name]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The Minister of Foreign Affairs of Examplia, John Doe said the talks were useful.",
            "John Doe",
            "Minister of Foreign Affairs of Examplia",
        ),
        (
            "Le ministre des Affaires étrangères, Jean Exemple a déclaré que la visite fut utile.",
            "Jean Exemple",
            "ministre des Affaires étrangères",
        ),
        (
            "Head of the Press Service Department of the Ministry, Jane Roe answers the question.",
            "Jane Roe",
            "Head of the Press Service Department of the Ministry",
        ),
        ("The Head of Delegation Jane Roe thanked the hosts.", "Jane Roe", "Head of Delegation"),
    ],
)
def test_a_role_set_off_by_a_comma_names_whoever_speaks_after_it(
    text: str, name: str, role: str
) -> None:
    assert [(m.name, m.role) for m in find_mentions(text)] == [(name, role)]
