"""The publisher's own head named only by office in the meeting sentence ("the
Secretary-General met …", "la Directrice générale s'est entretenue avec …", "die
Generalsekretärin traf …") is the person a later paragraph names as a bare subject (P12-2)."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_the_head_by_office_is_the_person_named_later() -> None:
    for headline, dateline, paragraphs in (
        (
            "Secretary-General meets Minister of Norland",
            "Brio, 4 May 2024",
            (
                "On 3 May, the Secretary-General met Minister Ivo Ran of Norland to discuss "
                "cooperation in education.",
                "Mara Velt thanked the Minister for Norland's support and stressed the role of "
                "the Organization.",
            ),
        ),
        (
            "La Directrice générale reçoit le ministre du Norland",
            "Paris, le 4 mai 2024",
            (
                "Le 3 mai, la Directrice générale s'est entretenue avec le Dr Ivo Ran, ministre "
                "de l'Éducation du Norland.",
                "Les deux parties ont évoqué la coopération.",
                "Mara Velt a salué l'engagement du Norland.",
            ),
        ),
        (
            "Generalsekretärin empfängt Minister aus Norland",
            "Brio, 4. Mai 2024",
            (
                "Am 3. Mai traf die Generalsekretärin in Brio Minister Ivo Ran aus Norland.",
                "Mara Velt dankte dem Minister für die Unterstützung Norlands.",
            ),
        ),
    ):
        found = draft(headline, dateline, *paragraphs)
        assert sorted(participants(found)) == ["Ivo Ran", "Mara Velt"], headline


def test_no_one_is_added_when_no_bare_subject_names_the_head() -> None:
    found = draft(
        "Secretary-General meets Minister of Norland",
        "Brio, 4 May 2024",
        "On 3 May, the Secretary-General met Minister Ivo Ran of Norland to discuss cooperation "
        "in education.",
        "The Secretary-General thanked the Minister for Norland's support.",
    )
    assert participants(found) == ["Ivo Ran"]
