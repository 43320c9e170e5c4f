"""Releases that are one speaker's statement or speech, and news items that only quote
someone: what kind they are and whose words they give (releases invented here)."""

from __future__ import annotations

from briefer.importers.draft import Draft
from briefer.importers.kinds import single_speaker
from briefer.importers.layout import Layout
from tests.importers.drafting import draft


def _said(found: Draft) -> list[tuple[str, str, str]]:
    return [(s.speaker.name, s.speaker.role, s.text) for s in found.statements]


def test_a_chairpersons_statement_is_no_chairs_statement_of_a_meeting() -> None:
    found = draft(
        "Statement of the Chairperson on the floods in Vestria",
        "12 May 2021, Brio: The Chairperson of the Regional Commission Karl Moen expresses his "
        "solidarity with the families of the victims of the floods in the north of Vestria.",
        "The Chairperson further assures Vestria of the Commission's support in the weeks ahead "
        "and calls on all members to help.",
    )
    assert found.kind == "statement"
    [(name, _, text)] = _said(found)
    assert name == "Karl Moen"
    assert text.startswith("The Chairperson of the Regional Commission Karl Moen expresses")
    assert text.endswith("calls on all members to help.")
    assert text.count("\n") == 1


def test_a_dateline_with_a_colon_is_no_part_of_the_statement() -> None:
    found = draft(
        "Statement by the Secretary-General on the elections in Ostland",
        "3 June 2020, Brio: The Secretary-General of the Port Union, Anna Berg, welcomes the "
        "peaceful conduct of the elections held in Ostland on Sunday.",
        "She calls on all parties to accept the results and to settle any dispute in court.",
    )
    [(name, _, text)] = _said(found)
    assert name == "Anna Berg"
    assert text.startswith("The Secretary-General of the Port Union, Anna Berg, welcomes")


def test_a_sentence_that_names_a_date_and_ends_in_a_colon_is_no_dateline() -> None:
    found = draft(
        "Statement by the Spokesperson on the talks in Brio",
        "On 12 May 2021, the Spokesperson said: the talks in Brio will go on next week.",
        "Both delegations have agreed to meet again in Ostburg.",
    )
    [(_, _, text)] = _said(found)
    assert text.startswith("On 12 May 2021, the Spokesperson said:")


def test_the_chairs_statement_of_a_meeting_is_still_a_joint_statement() -> None:
    found = draft(
        "Statement by the Chair of the Ministerial Meeting of the Port States",
        "The ministers of the port states met in Brio on 4 May 2021 and agreed on a common "
        "customs office for the northern ports.",
    )
    assert found.kind == "joint statement"


def _speech(heading: str, place: str, salutation: str) -> Draft:
    return draft(
        heading,
        place,
        salutation,
        "Je vous remercie de votre accueil dans cette belle ville portuaire, qui nous réunit "
        "aujourd'hui.",
        "Nos ports partagent un avenir commun, et je suis heureuse d'être parmi vous.",
    )


def test_a_french_press_statement_by_someone_is_their_statement() -> None:
    found = _speech(
        "Déclaration à la presse par Anna Berg, Secrétaire générale de l'Union des ports",
        "Brio, le 4 mai 2021",
        "Madame la Présidente, Mesdames et Messieurs,",
    )
    assert found.kind == "statement"
    [(name, _, text)] = _said(found)
    assert name == "Anna Berg"
    assert text.startswith("Madame la Présidente, Mesdames et Messieurs,")
    assert text.endswith("je suis heureuse d'être parmi vous.")


def test_elements_of_a_french_speech_are_the_speakers_words() -> None:
    found = _speech(
        "Éléments de discours d'Anna Berg, Secrétaire générale de l'Union des ports",
        "Brio, le 4 mai 2021",
        "Madame la Présidente, Mesdames et Messieurs,",
    )
    assert found.kind == "statement"
    [(name, _, text)] = _said(found)
    assert name == "Anna Berg"
    assert text.startswith("Madame la Présidente")


def test_a_speech_heading_cut_after_the_speakers_name_names_the_speaker() -> None:
    heading = "Déclaration de presse par Anna Berg,"  # the role on the line below
    layout = Layout(heading, 0, [3, 4], "", None, [], [], [])
    speaker = single_speaker(layout)
    assert speaker is not None and speaker.name == "Anna Berg"
    german = Layout("Rede von Karl Moen,", 0, [3, 4], "", None, [], [], [])
    speaker = single_speaker(german)
    assert speaker is not None and speaker.name == "Karl Moen"
