"""A transcript of one person's words to the press named by a headline of another form than
"Press Conference by X" ("Press point by Minister X after …", "Press briefing by X",
"Doorstep remarks by X", "Remarks to the press by X", "Point presse de M. X",
"Pressegespräch mit Ministerin X"): the first-person text is X's statement, whatever talks it
tells of (invented releases)."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft

_EN = (
    "I have just met President Ona Vask, and we discussed our relations.",
    "We talked about security and trade, and I believe we have made progress.",
)
_FR = (
    "Je viens de m'entretenir avec le Président Ona Vask, et nous avons parlé de notre relation.",
    "Nous avons parlé de sécurité et de commerce, et je crois que nous avons progressé.",
)
_DE = (
    "Ich habe heute mit Präsident Ona Vask gesprochen, und wir haben über unsere Beziehungen "
    "gesprochen.",
    "Wir haben über Sicherheit und Handel gesprochen, und ich glaube, wir sind vorangekommen.",
)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Press point by Minister Jean Tarel after his talks with President Ona Vask", _EN),
        ("Press briefing by Minister Jean Tarel after his talks with President Ona Vask", _EN),
        ("Doorstep remarks by Minister Jean Tarel after the Council", _EN),
        ("Remarks to the press by Minister Jean Tarel after meeting President Ona Vask", _EN),
        ("Point presse de M. Jean Tarel à l'issue de son entretien avec M. Ona Vask", _FR),
        ("Pressegespräch mit Außenminister Jean Tarel nach dem Treffen mit Ona Vask", _DE),
    ],
)
def test_a_press_point_named_in_the_headline_is_its_speakers_statement(
    title: str, body: tuple[str, str]
) -> None:
    found = draft(title, "3 May 2026", *body)
    assert found.kind == "statement"
    assert [s.speaker.name.split()[-1] for s in found.statements] == ["Tarel"]
    assert found.statements[0].text.startswith(body[0][:20])
