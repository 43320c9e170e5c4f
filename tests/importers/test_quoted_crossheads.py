"""A short line standing alone wholly in quotation marks with no sentence end, between
narrative paragraphs, is a crosshead (a motto set as a subheading), never a statement
(F12-1); a quotation paragraph that ends its sentence stays the speaker's."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft


@pytest.mark.parametrize(
    ("narration", "crosshead", "after"),
    [
        (
            "President Ana Lo spoke to students in Brio on Monday about the future of Europe.",
            "“We are all part of one Europe”",
            "The talks then turned to the climate and to jobs for young people in the region.",
        ),
        (
            "Präsidentin Ana Lo sprach am Montag in Brio mit Schülern über die Zukunft Europas.",
            "„Wir müssen Europa gemeinsam gestalten“",
            "Danach ging es um das Klima und um Arbeitsplätze für junge Menschen in der Region.",
        ),
        (
            "La présidente Ana Lo a parlé lundi à Brio avec des élèves de l'avenir de l'Europe.",
            "« Nous construisons l'Europe ensemble, pour nos enfants »",
            "Les échanges ont ensuite porté sur le climat et l'emploi des jeunes.",
        ),
    ],
)
def test_a_quoted_motto_between_paragraphs_is_no_statement(
    narration: str, crosshead: str, after: str
) -> None:
    found = draft("President visits school", narration, crosshead, after)
    assert found.statements == ()


def test_a_quoted_sentence_standing_alone_stays_the_speakers() -> None:
    found = draft(
        "President visits school",
        "President Ana Lo spoke to students in Brio on Monday about the future of Europe.",
        "“We are all part of one Europe, and we will build it together.”",
        "The talks then turned to the climate and to jobs for young people in the region.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Ana Lo"


@pytest.mark.parametrize(
    ("quoted", "crosshead", "after"),
    [
        (
            "“Europe stands together, even in hard times,” she said.",
            "“We are all part of one Europe”",
            "The talks then turned to the climate and to jobs for young people in the region.",
        ),
        (
            "„Europa hält zusammen, auch in schweren Zeiten“, sagte sie.",
            "„Wir müssen Europa gemeinsam gestalten“",
            "Danach ging es um das Klima und um Arbeitsplätze für junge Menschen.",
        ),
    ],
)
def test_a_quoted_motto_does_not_go_on_from_the_quotation_before_it(
    quoted: str, crosshead: str, after: str
) -> None:
    found = draft(
        "Visit to Kiel",
        "Speaker Ana Lo visited Kiel on Monday and spoke to students about the future of Europe.",
        quoted,
        crosshead,
        after,
    )
    [statement] = found.statements
    assert "Europe" in statement.text or "Europa" in statement.text
    assert "gestalten" not in statement.text
    assert "part of one Europe" not in statement.text
