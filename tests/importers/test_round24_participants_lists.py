"""Round 24's lists of participants with roles between the names (invented releases): "with
President A, the Speaker of Parliament B and Prime Minister designate C", "the Minister of
Finance, D, the Army Commander, General E, …", in English, German and French."""

from __future__ import annotations

from tests.importers.drafting import draft


def roles(*paragraphs: str) -> dict[str, str]:
    """Return each participant's role in the meeting of a release of these paragraphs."""
    found = draft(*paragraphs)
    assert found.consultation is not None
    return {p.name: p.role for p in found.consultation.participants}


def test_a_speaker_of_parliament_in_a_list_keeps_his_name_apart() -> None:
    assert roles(
        "Special Envoy concludes visit to Ghana",
        "Accra, 3 May 2023 - The Special Envoy, Anna Lind, concluded a three-day visit to Ghana "
        "on Tuesday. During her visit she held meetings, including with President Paul Oro, the "
        "Speaker of Parliament Karl Moen and Prime Minister designate Eva Brandt.",
        "The talks focused on the political transition.",
    ) == {
        "Anna Lind": "Special Envoy",
        "Paul Oro": "President",
        "Karl Moen": "Speaker of Parliament",
        "Eva Brandt": "Prime Minister designate",
    }


def test_an_army_commander_before_a_general_is_his_role() -> None:
    found = roles(
        "Ambassador meets officials",
        "Accra, 3 May 2023 - Ambassador Anna Lind met with President Paul Oro on Monday. She "
        "also met with the Minister of Finance, Karl Moen, the Army Commander, General Eva "
        "Brandt, and the Director of Intelligence, General Lars Holm.",
        "They discussed security cooperation.",
    )
    assert found["Eva Brandt"] == "Army Commander"
    assert found["Lars Holm"] == "Director of Intelligence"


def test_a_german_special_envoy_and_the_speaker_of_parliament() -> None:
    assert roles(
        "Sondergesandte in Ghana",
        "Accra, 3. Mai 2023 - Die Sondergesandte Anna Lind traf am Dienstag in Ghana mit "
        "Präsident Paul Oro, Parlamentspräsident Karl Moen und dem designierten "
        "Ministerpräsidenten Lars Holm zusammen.",
        "Im Mittelpunkt stand der politische Übergang.",
    ) == {
        "Anna Lind": "Sondergesandte",
        "Paul Oro": "Präsident",
        "Karl Moen": "Parlamentspräsident",
        "Lars Holm": "Ministerpräsident",
    }


def test_the_president_of_the_french_national_assembly_before_his_name() -> None:
    found = roles(
        "L’Envoyée spéciale au Ghana",
        "Accra, le 3 mai 2023 - L’Envoyée spéciale Anna Lind s’est entretenue mardi au Ghana "
        "avec le Président Paul Oro, le Président de l’Assemblée nationale Karl Moen et le "
        "Premier ministre Lars Holm.",
        "Les entretiens ont porté sur la transition politique.",
    )
    assert found["Karl Moen"] == "Président de l’Assemblée nationale"
    assert sorted(found) == ["Anna Lind", "Karl Moen", "Lars Holm", "Paul Oro"]


def test_a_chief_of_staff_and_an_inspector_general_before_their_names() -> None:
    found = roles(
        "Ambassador meets security chiefs",
        "Accra, 3 May 2023 - Ambassador Anna Lind met with President Paul Oro on Monday. She "
        "also met with the Chief of Defence Staff, General Eva Brandt, the Inspector General of "
        "Police, Lars Holm, and the Governor of the Central Bank, Karl Moen.",
        "They discussed security cooperation.",
    )
    assert found["Lars Holm"] == "Inspector General of Police"
    assert sorted(found) == ["Anna Lind", "Eva Brandt", "Karl Moen", "Lars Holm", "Paul Oro"]


def test_german_chiefs_before_their_names() -> None:
    found = roles(
        "Sondergesandte in Ghana",
        "Accra, 3. Mai 2023 - Die Sondergesandte Anna Lind traf am Dienstag in Accra "
        "Präsident Paul Oro. Sie traf außerdem Finanzminister Karl Moen, Armeechef General Eva "
        "Brandt und Geheimdienstchef Lars Holm.",
        "Im Mittelpunkt stand die Sicherheit.",
    )
    assert found["Eva Brandt"] == "Armeechef"
    assert found["Lars Holm"] == "Geheimdienstchef"
