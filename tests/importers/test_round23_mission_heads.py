"""Heads of UN missions named by the mission's acronym (round 23): "SRSG X" and then "the
SRSG" alone, "Head of UNSEL, X", "le chef de la MINUSEL, X"."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_the_srsg_alone_is_the_srsg_the_text_named_before() -> None:
    found = draft(
        "UN representative in Selonia welcomes the Contact Group's visit",
        "Brio_ SRSG Ola Dimas today assessed the Contact Group's visit to Brio as positive, "
        "saying that “the visit at such a high level shows the group's full support for the "
        "political process in Selonia”. The group held meetings with President Jon Dahl and "
        "Prime Minister Paul Oro.",
        "The SRSG welcomed the group's call on leaders to make progress on reforms. “Local "
        "self-government brings services closer to the citizens and will matter greatly to "
        "all communities”, said the SRSG.",
        "The SRSG also welcomed the group's statements on Selonia's future. “I am very pleased "
        "that the group has ruled out any return to the situation before the war”, he said.",
    )
    speakers = [s.speaker.name if s.speaker else None for s in found.statements]
    assert speakers == ["Ola Dimas", "Ola Dimas", "Ola Dimas"]
    assert found.statements[1].text.startswith("Local self-government")


def test_the_head_of_a_mission_named_by_its_acronym_takes_part_in_the_meeting() -> None:
    found = draft(
        "UN envoy meets Dahl in Brio",
        "The United Nations’ envoy to Selonia and Head of UNSEL, Ola Dimas, met Wednesday "
        "with the outgoing Head of the Presidential Council, Jon Dahl, in Brio.",
        "UNSEL said Dahl congratulated Dimas on his appointment and offered him his support.",
    )
    assert sorted(participants(found)) == ["Jon Dahl", "Ola Dimas"]


def test_a_lower_case_head_of_a_mission_speaks_after_the_meeting() -> None:
    found = draft(
        "UN chief praises the delegation's approach",
        "Brio, 23 May: The head of UNSEL, Ola Dimas, said that everyone is pleased with the "
        "delegation's approach in the talks.",
        "Dimas made these comments following a meeting with Prime Minister Jon Dahl.",
        '"Brio has a constructive approach in the talks, but more could be done," said the '
        "head of UNSEL.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Ola Dimas"
    assert statement.speaker.role == "head of UNSEL"


def test_the_force_commander_is_an_office_and_speaks_after_the_meeting() -> None:
    found = draft(
        "Force Commander meets local leaders in Brio",
        "The mission’s Head of Mission and Force Commander Major-General Ola Dimas met today "
        "with local authorities and mayors in the town of Brio. Earlier, the Force Commander "
        "also called on Minister of Defence Jon Dahl.",
        "Major-General Dimas took the opportunity to thank the local leaders for their support.",
        "After the meeting the Force Commander said: “Today, I had a very positive and open "
        "discussion with the local leaders in a cordial atmosphere. The support of the local "
        "communities has been invaluable to the mission.”",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Ola Dimas"
    assert statement.text.startswith("Today, I had")
    assert "Force Commander" not in participants(found)
