"""The country each participant represents, decided for the whole release: an organisation's
officials get the organisation, a federal ("Bundes-") office the federal state the release is
of, and no one a country the text merely names; what is not read next to the person is marked
inferred."""

from __future__ import annotations

from briefer.importers.draft import Draft
from tests.importers.drafting import draft


def _countries(found: Draft) -> dict[str, str]:
    """Return each participant's country by family name."""
    assert found.consultation is not None
    return {p.name.split()[-1]: p.country for p in found.consultation.participants}


def _inferred(found: Draft, name: str) -> bool:
    assert found.consultation is not None
    names = [p.name.split()[-1] for p in found.consultation.participants]
    return f"consultation.participants[{names.index(name)}].country" in found.inferred


def test_a_federal_president_in_an_austrian_release_is_austrias() -> None:
    found = draft(
        "Landeshauptmann Hollerer empfängt Bundespräsident Strasser",
        "Landeshauptmann Markus Hollerer hat am Montag Bundespräsident Gernot Strasser in der "
        "Kärntner Landesregierung in Klagenfurt empfangen.",
        "Die beiden sprachen über die Zusammenarbeit zwischen dem Bund und dem Land Kärnten "
        "sowie über die Rolle Österreichs in Europa.",
    )
    assert _countries(found)["Strasser"] == "Austria"
    assert _inferred(found, "Strasser")


def test_a_federal_councillor_in_a_swiss_release_is_switzerlands() -> None:
    found = draft(
        "Bundesrätin Aeschlimann zu Besuch im Kanton",
        "Regierungsrat Beat Imhof hat Bundesrätin Helene Aeschlimann im Kanton Uri empfangen.",
        "Im Gespräch ging es um die Finanzen des Kantons und die Eidgenossenschaft; der "
        "Regierungsrat dankte der Bundesrätin für ihren Besuch in der Schweiz.",
    )
    assert _countries(found)["Aeschlimann"] == "Switzerland"


def test_a_federal_minister_stays_germanys_in_a_german_release() -> None:
    found = draft(
        "Bundesministerin Kramer trifft Botschafter",
        "Bundesministerin Ulla Kramer hat in Berlin den Botschafter Norwegens, Per Lunde, "
        "getroffen.",
        "Sie sprachen über die Beziehungen zwischen Deutschland und Norwegen und über den "
        "Bundestag.",
    )
    assert _countries(found)["Kramer"] == "Germany"


def test_the_un_secretary_general_represents_the_united_nations() -> None:
    found = draft(
        "Foreign Minister Tarin meets UN Secretary-General",
        "Foreign Minister Amir Tarin met UN Secretary-General Oskar Lindqvist in New York on "
        "Tuesday.",
        "They discussed the situation in Yemen and the work of the United Nations.",
    )
    countries = _countries(found)
    assert countries["Lindqvist"] == "United Nations"
    assert countries["Tarin"] not in ("United Nations", "Yemen")


def test_the_secretary_general_of_an_american_organisation_is_not_american() -> None:
    found = draft(
        "Secretary General meets Minister",
        "The Secretary General of the Organization of American States (OAS), Rafael Ibarra, "
        "met with the Minister of the Interior of Paraguay, Luis Benítez, in Asunción.",
        "They discussed electoral observation.",
    )
    countries = _countries(found)
    assert countries["Ibarra"] == "Organization of American States"
    assert countries["Benítez"] == "Paraguay"


def test_the_secretary_general_of_nato_in_french() -> None:
    found = draft(
        "Entretien téléphonique avec le ministre",
        "Le secrétaire général de l'OTAN, Henrik Dahlgaard, s'est entretenu mardi par "
        "téléphone avec le ministre des Affaires étrangères, Paul Ricard.",
        "Ils ont évoqué la situation en Russie et le prochain sommet.",
    )
    countries = _countries(found)
    assert countries["Dahlgaard"] == "NATO"
    assert countries["Ricard"] != "Russia"


def test_a_national_minister_never_gets_an_organisation() -> None:
    found = draft(
        "Außenministerin Vogt empfängt niederländischen Amtskollegen",
        "Außenministerin Clara Vogt empfing ihren niederländischen Amtskollegen Joost Bakker "
        "in Berlin als EU- und NATO-Partner.",
        "Beide sprachen über die Lage in der Region.",
    )
    countries = _countries(found)
    assert countries["Bakker"] == "Netherlands"
    assert countries["Vogt"] not in ("NATO", "European Union", "Netherlands")


def test_the_one_country_a_lede_names_is_not_its_subjects() -> None:
    found = draft(
        "Foreign Secretary meets Secretary of State",
        "Foreign Secretary Daniel Rowe met the Secretary of State of the United States, Mark "
        "Ellery, in London today. They discussed Yemen.",
    )
    countries = _countries(found)
    assert countries["Ellery"] == "United States"
    assert countries["Rowe"] != "Yemen"


def test_a_country_in_the_genitive_before_the_role_is_read() -> None:
    found = draft(
        "Bundeskanzlerin telefoniert mit Staatspräsident Marchand",
        "Frankreichs Staatspräsident Paul Marchand hat heute Bundeskanzlerin Eva Roth angerufen.",
        "Die Bundeskanzlerin dankte für die Geste der Solidarität.",
    )
    countries = _countries(found)
    assert countries["Marchand"] == "France"
    assert not _inferred(found, "Marchand")


def test_a_minister_of_nationals_abroad_is_of_their_country() -> None:
    found = draft(
        "Entretien téléphonique sur le Mali",
        "Le ministre des Affaires étrangères, de la Coopération africaine et des Marocains "
        "résidant à l'étranger, Karim Alaoui, a eu vendredi un entretien téléphonique avec "
        "son homologue russe, Ivan Sokolov.",
        "Les deux ministres ont passé en revue les relations bilatérales.",
    )
    countries = _countries(found)
    assert countries["Alaoui"] == "Morocco"
    assert countries["Sokolov"] == "Russia"


def test_the_side_a_pair_names_that_nobody_has() -> None:
    found = draft(
        "Foreign Ministers' Telephone Conversation on Myanmar",
        "Mr. Kenji Mori, Minister for Foreign Affairs, had a telephone conversation on Tuesday "
        "with H.E. Ravi Menon, Minister for External Affairs of India, on the relations "
        "between Japan and India.",
        "The two ministers discussed regional issues.",
    )
    countries = _countries(found)
    assert countries["Menon"] == "India"
    assert countries["Mori"] == "Japan"
    assert _inferred(found, "Mori")


def test_the_counterpart_of_a_minister_lends_him_no_nationality() -> None:
    found = draft(
        "Außenminister Lindner trifft Außenminister Morel",
        "Außenminister Tobias Lindner hat heute in Paris Außenminister Pierre Morel getroffen.",
        "Für den deutschen Amtskollegen von Außenminister Pierre Morel war es eine "
        "Gelegenheit, die Arbeit eines wichtigen Partners kennenzulernen.",
    )
    assert _countries(found)["Morel"] != "Germany"


def test_a_national_office_in_a_release_of_one_federal_state() -> None:
    found = draft(
        "Generalsekretär Lindqvist beendet Besuch in Österreich",
        "Bundespräsident Gernot Strasser empfing am Montag UN-Generalsekretär Oskar Lindqvist "
        "in der Hofburg; an dem Gespräch nahm auch Vizekanzler Karl Huber teil.",
        "Lindqvist würdigte die Rolle Österreichs als Sitz internationaler Organisationen. "
        "Österreich sei ein verlässlicher Partner; der Nationalrat habe die Mittel erhöht.",
    )
    countries = _countries(found)
    assert countries["Lindqvist"] == "United Nations"
    assert countries["Strasser"] == "Austria"
    assert countries["Huber"] == "Austria"
    assert _inferred(found, "Huber")


def test_a_national_office_is_not_the_languages_country() -> None:
    found = draft(
        "Außenminister Russlands trifft Bundeskanzlerin",
        "Bundeskanzlerin Eva Roth hat in Berlin Außenminister Ivan Sokolov empfangen.",
        "Die Bundeskanzlerin und der russische Gast sprachen über die Beziehungen Russlands "
        "zur Europäischen Union.",
    )
    assert _countries(found)["Sokolov"] != "Germany"
