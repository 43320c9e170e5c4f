"""Words of meeting that report no meeting of the release's people: a letter's wish to carry
on a dialogue, others' talks told in someone's words, a reception "held" or a gathering
"hosted" where remarks were made, a speech "addressing a meeting", and "called for"."""

from __future__ import annotations

from tests.importers.drafting import draft


def test_a_letters_wish_to_carry_on_a_dialogue_is_no_meeting() -> None:
    found = draft(
        "Prime Minister Moen writes to the new Vestrian premier",
        "Prime Minister Karl Moen of Norland has written to his new Vestrian counterpart. Mr Moen "
        "assured his counterpart that Norland wants to carry on the strategic dialogue on the "
        "ports.",
    )
    assert found.consultation is None


def test_others_talks_told_in_a_ministers_words_are_no_meeting() -> None:
    found = draft(
        "Moen on the unions",
        "Foreign Minister Karl Moen said on the radio that more and more sides are talking to "
        "each other. He said the foreign ministers of Ostland and Vestria had met last week at a "
        "regional forum.",
        "Moen said Ostland Foreign Minister Jon Dahl keeps provoking, as the two share a table in "
        "Council meetings.",
    )
    assert found.consultation is None


def test_remarks_at_a_reception_report_no_meeting() -> None:
    found = draft(
        "Moen on the port",
        "Foreign Minister Karl Moen told reporters at the edge of a reception that the Ostland "
        "Embassy held on Sunday night that the port would reopen.",
        "Meanwhile, Moen said that the port question is still being discussed with Vestrian "
        "officials and Prime Minister Anna Berg.",
    )
    assert found.consultation is None


def test_remarks_at_a_gathering_hosted_by_a_minister_report_no_meeting() -> None:
    found = draft(
        "Assistant minister on the region",
        "Assistant Foreign Minister Ambassador Karl Moen spoke on the sidelines of a yearly "
        "gathering hosted by Foreign Minister Jon Dahl for the ambassadors in Norland.",
    )
    assert found.consultation is None


def test_a_speech_addressing_a_meeting_that_called_for_action_is_no_call() -> None:
    found = draft(
        "Director-General on grain prices",
        "Addressing a meeting of the Assembly’s board, Director-General Karl Moen further called "
        "for joint action against the rise in grain prices.",
    )
    assert found.kind != "readout"
    assert found.consultation is None


def test_a_ministers_own_talks_told_in_his_words_are_a_meeting() -> None:
    found = draft(
        "Moen on his talks in Brio",
        "Foreign Minister Karl Moen said he had met Foreign Minister Jon Dahl of Vestria in Brio "
        "on Monday to discuss the ports.",
    )
    assert found.kind == "consultation"


def test_one_who_spoke_at_length_with_another_met_them() -> None:
    found = draft(
        "Moen and Dahl",
        "Foreign Minister Karl Moen spoke at length with Foreign Minister Jon Dahl of Vestria in "
        "Brio on Monday about the ports.",
    )
    assert found.kind == "consultation"


def test_a_speech_at_a_ministers_meeting_in_german_or_french_is_no_meeting() -> None:
    german = draft(
        "Moen zu den Getreidepreisen",
        "In seiner Rede beim Ministertreffen der Versammlung forderte Generaldirektor Karl Moen "
        "gemeinsames Handeln gegen die steigenden Getreidepreise.",
    )
    french = draft(
        "Moen sur le prix des céréales",
        "S’adressant à la réunion du conseil de l’Assemblée, le directeur général Karl Moen a "
        "appelé à une action commune contre la hausse du prix des céréales.",
    )
    assert german.consultation is None
    assert french.consultation is None
