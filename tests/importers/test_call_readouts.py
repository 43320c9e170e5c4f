"""Calls told by their direction or by the talks they held, and called calls further on
(invented releases): a readout of the call, its callers the sides."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_calls_received_from_leaders_are_a_readout_of_their_callers() -> None:
    found = draft(
        "Congratulatory calls for Prime Minister Rao",
        "Brio, 4 March 2025 – Prime Minister Deva Rao received congratulatory calls from the "
        "leaders of Norland, Valdoria and Estmark on Monday.",
        "Rao thanked President Ivo Ren of Norland for his warm wishes. President Ana Lo of "
        "Valdoria congratulated Rao on his election.",
        "Prime Minister Karl Moss of Estmark also called to congratulate him.",
    )
    assert found.kind == "readout"
    assert found.consultation is not None and found.consultation.format == "telephone"
    assert participants(found) == ["Deva Rao", "Ivo Ren", "Ana Lo", "Karl Moss"]


def test_discussions_held_or_conducted_with_leaders_are_talks_with_each() -> None:
    had = draft(
        "President Ona receives congratulations",
        "Brio, 4 March 2025 – President Ola Ona received many calls of congratulation on Monday.",
        "President Ona also had discussions with Prime Minister Karl Moss of Estmark, Prime "
        "Minister Ana Lo of Valdoria and President Ivo Ren of Norland.",
    )
    conducted = draft(
        "President Ona speaks to leaders",
        "Brio, 4 March 2025 – President Ola Ona conducted discussions with Prime Minister Karl "
        "Moss of Estmark and President Ivo Ren of Norland on Monday.",
        "The leaders agreed to deepen trade.",
    )
    assert had.kind == "readout"
    assert participants(had) == ["Ola Ona", "Karl Moss", "Ana Lo", "Ivo Ren"]
    assert participants(conducted) == ["Ola Ona", "Karl Moss", "Ivo Ren"]


def test_a_french_call_told_as_calling_someone_is_a_readout() -> None:
    called = draft(
        "Le président Vel appelle son homologue",
        "Brio, 4 mars 2025 – Le président norlandais Ari Vel a appelé lundi le président "
        "valdorien Ivo Ren pour lui souhaiter une bonne année.",
        "Les deux présidents ont évoqué la coopération régionale.",
    )
    rang = draft(
        "Le président Vel appelle son homologue",
        "Brio, 4 mars 2025 – Le président norlandais Ari Vel a donné lundi un coup de téléphone "
        "au président valdorien Ivo Ren pour lui souhaiter une bonne année.",
        "Les deux présidents ont évoqué la coopération régionale.",
    )
    for found in (called, rang):
        assert found.kind == "readout"
        assert participants(found) == ["Ari Vel", "Ivo Ren"]


def test_talks_called_a_call_further_on_are_a_readout() -> None:
    found = draft(
        "Le président Vel s'entretient avec ses homologues",
        "Brio, 4 mars 2025 – Le président norlandais Ari Vel s'est entretenu lundi avec le "
        "président valdorien Ivo Ren et avec le président estmarkois Karl Moss, a annoncé la "
        "présidence.",
        "Lors de son appel avec M. Ren, M. Vel a évoqué la situation régionale. L'entretien "
        "téléphonique avec M. Moss a porté sur le commerce.",
    )
    assert found.kind == "readout"
    assert participants(found) == ["Ari Vel", "Ivo Ren", "Karl Moss"]


def test_a_courtesy_call_received_is_a_meeting_in_person() -> None:
    found = draft(
        "Minister Lo receives envoys",
        "Brio, 4 March 2025 – Minister Ana Lo received courtesy calls from Ambassador Ivo Ren of "
        "Valdoria and Ambassador Karl Moss of Estmark at the Ministry today.",
        "The minister discussed trade with both envoys.",
    )
    assert found.kind == "consultation"
    assert found.consultation is not None and found.consultation.format != "telephone"
