"""A body's session told by who chaired it, with delegations taking part, is a meeting with
the chair as participant and the session's date (K12-1), in English, French and German."""

from __future__ import annotations

import datetime

from tests.importers.drafting import draft, participants


def test_a_session_chaired_with_delegations_taking_part_is_a_meeting() -> None:
    for headline, dateline, lede, chair in (
        (
            "Assembly holds second plenary session",
            "Brio, 5 May 2024",
            "The member delegations of the Assembly resumed the second plenary session on the "
            "afternoon of 4 May 2024.",
            "The session was chaired by Vice-President Ana Lo of the Norland Parliament, with "
            "the participation of delegations from six member parliaments and observers.",
        ),
        (
            "L'Assemblée tient sa deuxième séance plénière",
            "Brio, le 5 mai 2024",
            "Les délégations ont repris la deuxième séance plénière le 4 mai 2024 dans "
            "l'après-midi.",
            "La séance était présidée par la vice-présidente Ana Lo, avec la participation des "
            "délégations de six parlements membres.",
        ),
        (
            "Versammlung tagt in Brio",
            "Brio, 5. Mai 2024",
            "Die Delegationen setzten am 4. Mai 2024 die zweite Plenarsitzung fort.",
            "Die Sitzung fand unter dem Vorsitz von Vizepräsidentin Ana Lo und unter Beteiligung "
            "der Delegationen von sechs Parlamenten statt.",
        ),
    ):
        found = draft(headline, dateline, lede, chair)
        assert found.kind == "consultation", chair
        assert participants(found) == ["Ana Lo"], chair
        assert found.consultation is not None
        assert found.consultation.date == datetime.date(2024, 5, 4), chair


def test_a_committee_session_chaired_in_one_sentence() -> None:
    found = draft(
        "Standing Committee meets in Brio",
        "Brio, 5 May 2024",
        "The Standing Committee's session on 4 May 2024 was chaired by Speaker Ana Lo, with the "
        "participation of delegations from six member parliaments.",
    )
    assert found.kind == "consultation"
    assert participants(found) == ["Ana Lo"]
