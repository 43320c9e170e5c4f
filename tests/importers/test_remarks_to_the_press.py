"""A leader's remarks to journalists after a meeting ("On the flight back from talks with
President Tal, President Ona answered reporters' questions", "X a répondu aux questions des
journalistes à bord de l'avion", "X beantwortete auf dem Rückflug Fragen der Journalisten"):
the release is his statement, the meeting only its occasion (invented releases)."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft

_LEDES = [
    (
        "President Ona: We will build the new bridge together",
        "Brio, 3 May 2026 – On the flight back from his talks with President Karl Tal, "
        "President Mira Ona answered reporters' questions.",
        "Ona said: “We agreed that the bridge will be built together, and I am sure it will be "
        "finished by 2030.”",
    ),
    (
        "President Ona: the talks were useful",
        "Speaking to journalists at the airport after his meeting with President Karl Tal, "
        "President Mira Ona said the talks had been useful.",
        "“We agreed on the bridge, and we will meet again in June,” Ona said.",
    ),
    (
        "Président Ona : « Nous construirons le pont ensemble »",
        "Brio, le 3 mai 2026 – Dans l'avion qui le ramenait de ses entretiens avec le Président "
        "Karl Tal, le Président Mira Ona a répondu aux questions des journalistes.",
        "« Nous avons décidé de construire ce pont ensemble, et je suis sûr qu'il sera achevé en "
        "2030 », a déclaré Mira Ona.",
    ),
    (
        "Präsident Ona: Wir bauen die Brücke gemeinsam",
        "Brio, 3. Mai 2026 – Auf dem Rückflug von seinen Gesprächen mit Präsident Karl Tal "
        "beantwortete Präsident Mira Ona im Flugzeug die Fragen der Journalisten.",
        "„Wir haben vereinbart, die Brücke gemeinsam zu bauen, und ich bin sicher, dass sie 2030 "
        "fertig ist“, sagte Mira Ona.",
    ),
]


@pytest.mark.parametrize(("title", "lede", "words"), _LEDES)
def test_remarks_to_journalists_after_a_meeting_are_a_statement(
    title: str, lede: str, words: str
) -> None:
    found = draft(title, lede, words)
    assert found.kind == "statement"
    assert found.consultation is None
    assert [s.speaker.name.split()[-1] for s in found.statements] == ["Ona"]


def test_talks_after_which_both_answered_journalists_stay_a_meeting() -> None:
    found = draft(
        "President Ona receives President Tal",
        "Brio, 3 May 2026 – President Mira Ona received President Karl Tal for talks on trade "
        "and security on Monday.",
        "After the talks, the two presidents answered journalists' questions.",
    )
    assert found.consultation is not None
