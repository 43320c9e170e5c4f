"""A headline that names one speaker's statements in the plural ("Statements of the Prime
Minister X after the meeting with Y", "Press statements by X", "Déclarations de M. X à
l'issue de …", "Erklärungen von Bundeskanzler X nach …") heads X's words as the singular one
does: the first-person text is X's statement, the meeting its occasion (invented releases)."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft

_EN = (
    "It was a pleasure to welcome President Ona Vask to Brio today, and we discussed our "
    "relations.",
    "We talked about security and trade, and I believe we have made progress.",
)
_FR = (
    "C'est un plaisir d'accueillir le Président Ona Vask à Brio, et nous avons parlé de notre "
    "relation.",
    "Nous avons parlé de sécurité et de commerce, et je crois que nous avons progressé.",
)
_DE = (
    "Ich freue mich, Präsident Ona Vask heute in Brio zu begrüßen, und wir haben über unsere "
    "Beziehungen gesprochen.",
    "Wir haben über Sicherheit und Handel gesprochen, und ich glaube, wir sind vorangekommen.",
)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Statements of the Prime Minister Jean Tarel after the meeting with President Ona Vask",
            _EN,
        ),
        (
            "Press statements by Prime Minister Jean Tarel after his talks with President Ona Vask",
            _EN,
        ),
        (
            "Déclarations de M. Jean Tarel, Premier ministre, à l'issue de son entretien avec "
            "M. Ona Vask",
            _FR,
        ),
        ("Erklärungen von Bundeskanzler Jean Tarel nach dem Treffen mit Präsident Ona Vask", _DE),
    ],
)
def test_plural_statements_of_one_speaker_are_his_statement(
    title: str, body: tuple[str, str]
) -> None:
    found = draft(title, "3 May 2026", *body)
    assert found.kind == "statement"
    assert [s.speaker.name for s in found.statements] == ["Jean Tarel"]
    assert found.statements[0].text.startswith(body[0][:20])
