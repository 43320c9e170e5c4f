"""A first-person speech under a headline that puts its speaker at a meeting ("Minister X at
the Summit of …", "La ministre X à la réunion …", "Ministerin X beim Gipfel …") is the
speaker's statement, not the meeting's report, whoever else it names (invented releases)."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_first_person_speech_under_an_at_the_summit_headline_is_its_statement() -> None:
    found = draft(
        "Minister Ana Lo at the Summit of the Sea Council",
        "4 May 2026",
        "I am glad to take part in this summit in Brio with President Oru Vask and the other "
        "leaders.",
        "Our region faces many threats, and we must meet them together.",
    )
    assert found.kind == "statement"
    assert found.consultation is None
    assert [s.speaker.name for s in found.statements] == ["Ana Lo"]
    assert found.statements[0].text.startswith("I am glad to take part")
    assert found.statements[0].text.endswith("meet them together.")


def test_the_same_in_french_and_german() -> None:
    french = draft(
        "La ministre Ana Lo à la réunion des ministres de la Défense à Brio",
        "4 mai 2026",
        "Je suis heureuse de participer à cette réunion avec le ministre Oru Vask.",
        "Notre région fait face à de nombreuses menaces, et nous devons y répondre ensemble.",
    )
    german = draft(
        "Ministerin Ana Lo beim Treffen der Verteidigungsminister in Brio",
        "4. Mai 2026",
        "Ich freue mich, mit Minister Oru Vask an diesem Treffen teilzunehmen.",
        "Unsere Region steht vor vielen Bedrohungen, und wir müssen gemeinsam handeln.",
    )
    for found in (french, german):
        assert found.kind == "statement"
        assert found.consultation is None
        assert [s.speaker.name for s in found.statements] == ["Ana Lo"]


def test_a_report_quoting_the_minister_at_the_meeting_keeps_its_quotation() -> None:
    found = draft(
        "Minister Ana Lo at the meeting of the Council of Defence Ministers",
        "Brio, 4 May 2026 – Minister of Defence Ana Lo took part in the meeting of the Council "
        "of Defence Ministers in Brio.",
        "“Our region faces many threats, and we must meet them together,” Minister Lo said.",
        "“We will do our part,” she added.",
    )
    assert found.statements
    assert found.statements[0].text.startswith("Our region faces many threats")
    assert "took part" not in found.statements[0].text


def test_a_first_person_release_under_a_headline_naming_its_speaker_is_theirs() -> None:
    found = draft(
        "Minister Ana Lo travels to Valdoria",
        "Monday, 10 September 2012",
        "I am travelling to Valdoria today for talks with my counterpart.",
        "During my visit I will also meet senior officials and visit our troops there.",
        "Valdoria is an important partner, and the talks will strengthen our cooperation.",
    )
    assert found.kind == "statement"
    assert [s.speaker.name for s in found.statements] == ["Ana Lo"]
    assert found.statements[0].text.endswith("strengthen our cooperation.")


def test_a_headline_at_a_meeting_with_someone_is_no_speech_headline() -> None:
    found = draft(
        "Minister Ana Lo at the meeting with Minister Oru Vask",
        "4 May 2026",
        "Today I met my counterpart Oru Vask in Brio, and we discussed our cooperation.",
        "We agreed to meet again in the autumn, and I invited him to visit our capital.",
    )
    assert found.kind == "consultation"
    assert found.consultation is not None
