"""Attribution (round 22): the speech forms of German Land and ministry releases after a
quotation: the conviction shown ("ist X überzeugt", "zeigt sich X zuversichtlich", "zeigte er
sich erfreut") and verbs in the present ("unterstreicht", "resümiert")."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft

_QUOTE = "„Unsere Betriebe brauchen verlässliche Partner, und diese Vereinbarung gibt ihnen Halt“"


def _credited(credit: str, intro: str) -> list[tuple[str, str]]:
    found = draft(
        "Land stärkt Partnerschaft mit der Provinz Nordhafen",
        "3. März 2025",
        "Die Landesregierung hat heute eine Delegation aus der Provinz Nordhafen empfangen."
        f" {intro}",
        f"{_QUOTE}, {credit}",
        "Die Partnerschaft besteht seit 1985 und wurde im Jahr 2020 erneuert.",
    )
    return [(s.speaker.name, s.speaker.role) for s in found.statements if s.speaker]


_MINISTER = "Wirtschaftsministerin Anna Berghofer unterzeichnete eine Absichtserklärung."
_MAYOR = "Bürgermeister Karl Weidmann empfing die Gäste im Rathaus."


@pytest.mark.parametrize(
    ("credit", "intro", "speaker"),
    [
        ("ist Berghofer überzeugt.", _MINISTER, ("Anna Berghofer", "Wirtschaftsministerin")),
        ("ist sich Berghofer sicher.", _MINISTER, ("Anna Berghofer", "Wirtschaftsministerin")),
        (
            "zeigt sich Berghofer zuversichtlich.",
            _MINISTER,
            ("Anna Berghofer", "Wirtschaftsministerin"),
        ),
        ("resümiert Berghofer.", _MINISTER, ("Anna Berghofer", "Wirtschaftsministerin")),
        ("unterstreicht die Ministerin.", _MINISTER, ("Anna Berghofer", "Wirtschaftsministerin")),
        ("ist er überzeugt.", _MAYOR, ("Karl Weidmann", "Bürgermeister")),
        ("zeigte er sich erfreut.", _MAYOR, ("Karl Weidmann", "Bürgermeister")),
        ("zeigt sie sich überzeugt.", _MINISTER, ("Anna Berghofer", "Wirtschaftsministerin")),
        # a name in full no pass knew, the feeling after it
        ("zeigte sich Paula Sternberg überzeugt.", "", ("Paula Sternberg", "")),
        ("ist Paula Sternberg überzeugt.", "", ("Paula Sternberg", "")),
    ],
)
def test_conviction_and_present_credits(credit: str, intro: str, speaker: tuple[str, str]) -> None:
    assert _credited(credit, intro) == [speaker]


def test_a_quoted_motto_before_is_no_speech() -> None:
    found = draft(
        "Land stärkt Partnerschaft mit der Provinz Nordhafen",
        "3. März 2025",
        "Die Landesregierung hat heute eine Delegation aus der Provinz Nordhafen empfangen."
        " Wirtschaftsministerin Anna Berghofer unterzeichnete eine Absichtserklärung.",
        "Das Motto „Gemeinsam wachsen“ ist auch in diesem Jahr Programm, und die Ministerin ist"
        " davon überzeugt.",
        "Die Partnerschaft besteht seit 1985 und wurde im Jahr 2020 erneuert.",
    )
    assert not found.statements
