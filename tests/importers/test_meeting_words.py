"""Meetings told in words the parser did not know: "X has discussed with Y", "the ministers"
for the two named before, a German "Konsultation … abgehalten" and who led each side."""

from __future__ import annotations

from datetime import date

from tests.importers.drafting import draft, participants


def test_one_minister_has_discussed_with_another() -> None:
    found = draft(
        "Minister Berg discusses ties with Vestria",
        "Anna Berg, Minister of Foreign Affairs of Norland, has discussed with Karl Moen, Minister "
        "of Foreign Affairs of Vestria, the ties between the two countries and the new ports.",
        "In the talks, the ministers covered trade and the customs office.",
    )
    assert found.kind == "consultation"
    assert {"Anna Berg", "Karl Moen"} <= set(participants(found))


def test_the_ministers_are_the_two_named_before() -> None:
    found = draft(
        "Norland and Vestria",
        "Anna Berg, Minister of Foreign Affairs of Norland, welcomed the work of Karl Moen, "
        "Minister of Foreign Affairs of Vestria, on the new customs office.",
        "The foreign ministers met in Brio on Monday for talks on trade and the ports.",
    )
    assert found.kind == "consultation"
    assert {"Anna Berg", "Karl Moen"} <= set(participants(found))


def test_a_german_consultation_held_with_its_heads_of_delegation() -> None:
    found = draft(
        "Konsultation der Außenministerien von Norland und Vestria",
        "Am 3. März 2011 wurde in Brio eine Konsultation der beiden Außenministerien abgehalten. "
        "Die norländische Seite leitete Botschafterin Anna Berg, die vestrische Botschafter "
        "Karl Moen.",
        "Themen der Gespräche waren der Handel und die Häfen.",
    )
    assert found.kind == "consultation"
    assert found.consultation is not None
    assert found.consultation.date == date(2011, 3, 3)


def test_a_french_entrevue_is_a_meeting() -> None:
    found = draft(
        "La ministre Anna Berg reçoit l'ambassadeur de Vestria",
        "La ministre des Affaires étrangères, Anna Berg, a eu une entrevue avec M. Karl Moen, "
        "ambassadeur de Vestria, au ministère à Brio.",
        "Les deux ont évoqué le commerce et les ports.",
    )
    assert found.kind == "consultation"
    assert "Karl Moen" in participants(found)
