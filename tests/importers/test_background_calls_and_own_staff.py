"""A call or talks told in a fronted background clause ("Nach einem Telefonat mit X …",
"Après un entretien avec X, …") are not the release's meeting when the main clause tells its
own, and one's own institution's office team or staff met is no counterpart (K12-3)."""

from __future__ import annotations

from tests.importers.drafting import draft, participants


def test_a_visit_to_ones_own_office_after_a_call_is_no_meeting() -> None:
    for headline, dateline, lede, evening in (
        (
            "Präsidentin beim Bürgerdialog in Brio",
            "Brio, 4. Mai 2024",
            "Nach einem Telefonat mit Kanzler Ivo Ran besuchte die Präsidentin das "
            "Verbindungsbüro in Brio und traf dessen Team mit Leiterin Ana Lo.",
            "Am Abend diskutierte sie mit rund 200 Bürgerinnen und Bürgern über die Zukunft "
            "Europas.",
        ),
        (
            "Präsidentin beim Bürgerdialog in Brio",
            "Brio, 4. Mai 2024",
            "Nach einem Telefonat mit Kanzler Ivo Ran und Treffen mit Ministerin Eva Sorn und "
            "Minister Paul Mercan besuchte die Präsidentin das Verbindungsbüro in Brio und traf "
            "dessen Team mit Leiterin Ana Lo.",
            "Am Abend diskutierte sie mit rund 200 Bürgerinnen und Bürgern über die Zukunft "
            "Europas.",
        ),
        (
            "La présidente au dialogue citoyen à Brio",
            "Brio, le 4 mai 2024",
            "Après un entretien avec le chancelier Ivo Ran, la présidente a visité le bureau de "
            "liaison à Brio et a rencontré son équipe et sa cheffe, Ana Lo.",
            "Le soir, elle a débattu avec quelque 200 citoyens de l'avenir de l'Europe.",
        ),
    ):
        found = draft(headline, dateline, lede, evening)
        assert found.kind == "other", lede
        assert found.consultation is None, lede


def test_own_staff_met_is_no_meeting() -> None:
    found = draft(
        "Präsidentin beim Bürgerdialog in Brio",
        "Brio, 4. Mai 2024",
        "Die Präsidentin besuchte das Verbindungsbüro in Brio und traf dessen Team mit "
        "Leiterin Ana Lo.",
    )
    assert found.consultation is None


def test_a_meeting_after_a_fronted_event_or_call_is_still_the_meeting() -> None:
    found = draft(
        "Chancellor meets President",
        "Brio, 4 May 2024",
        "After the summit, Chancellor Ivo Ran met President Ana Lo for talks on trade.",
    )
    assert participants(found) == ["Ivo Ran", "Ana Lo"]
    found = draft(
        "Minister meets counterpart",
        "Brio, 4 May 2024",
        "After a phone call with Prime Minister Eva Sorn, Foreign Minister Ivo Ran met his "
        "counterpart Ana Lo of Norland in Brio.",
    )
    assert found.kind == "consultation"
    assert "Ana Lo" in participants(found)
    found = draft(
        "Minister meets the team of the Norland Fund",
        "Brio, 4 May 2024",
        "Foreign Minister Ivo Ran met the team of the Norland Fund led by Ana Lo in Brio.",
    )
    assert found.kind == "consultation"
