"""Attribution (round 22): the offices of a German city's or Land's government and their
compounds credited after a quotation ("sagte die Regierende Bürgermeisterin X", "Landesrätin
Y", "Wirtschaftsstadtrat Z", "LH W"): the office is the speaker's role, not part of the name."""

from __future__ import annotations

import pytest

from briefer.importers.meetingmentions import mentioned
from tests.importers.drafting import draft

_QUOTE = "„Unsere Betriebe brauchen verlässliche Partner, und diese Vereinbarung gibt ihnen Halt“"


def _credited(credit: str, intro: str = "") -> list[tuple[str, str]]:
    found = draft(
        "Land stärkt Partnerschaft mit der Provinz Nordhafen",
        "3. März 2025",
        "Die Landesregierung hat heute eine Delegation aus der Provinz Nordhafen empfangen."
        + (f" {intro}" if intro else ""),
        f"{_QUOTE}, {credit}",
        "Die Partnerschaft besteht seit 1985 und wurde im Jahr 2020 erneuert.",
    )
    return [(s.speaker.name, s.speaker.role) for s in found.statements if s.speaker]


@pytest.mark.parametrize(
    ("credit", "name", "role"),
    [
        ("sagte Bürgermeister Karl Weidmann.", "Karl Weidmann", "Bürgermeister"),
        ("sagte Oberbürgermeisterin Karla Weidmann.", "Karla Weidmann", "Oberbürgermeisterin"),
        (
            "sagte die Regierende Bürgermeisterin Frauke Lindqvist.",
            "Frauke Lindqvist",
            "Regierende Bürgermeisterin",
        ),
        (
            "sagte die Erste Bürgermeisterin Frauke Lindqvist.",
            "Frauke Lindqvist",
            "Erste Bürgermeisterin",
        ),
        # the office in the nominative, whatever its case in the text
        (
            "sagte der Erste Bürgermeister Frank Lindqvist.",
            "Frank Lindqvist",
            "Erster Bürgermeister",
        ),
        ("sagte Senatorin Ola Brandtner.", "Ola Brandtner", "Senatorin"),
        ("sagte Wirtschaftssenator Olaf Brandtner.", "Olaf Brandtner", "Wirtschaftssenator"),
        ("sagte Landesrat Martin Oberhuber.", "Martin Oberhuber", "Landesrat"),
        ("sagte Landesrätin Martina Oberhuber.", "Martina Oberhuber", "Landesrätin"),
        ("sagte Stadträtin Jenny Kolbeck.", "Jenny Kolbeck", "Stadträtin"),
        (
            "zeigte sich Wirtschaftsstadtrat Jens Kolbeck überzeugt.",
            "Jens Kolbeck",
            "Wirtschaftsstadtrat",
        ),
        ("sagte Staatsrat Martin Hagedorn.", "Martin Hagedorn", "Staatsrat"),
        ("sagte Landrätin Karla Weidmann.", "Karla Weidmann", "Landrätin"),
        ("freut sich LH Anton Weißhaupt.", "Anton Weißhaupt", "LH"),
        ("sagte LH-Stv. Petra Zangerl.", "Petra Zangerl", "LH-Stv."),
        (
            "sagte Landeshauptmann-Stellvertreterin Petra Zangerl.",
            "Petra Zangerl",
            "Landeshauptmann-Stellvertreterin",
        ),
    ],
)
def test_a_land_or_city_office_before_the_name(credit: str, name: str, role: str) -> None:
    assert _credited(credit) == [(name, role)]


@pytest.mark.parametrize(
    ("credit", "name", "role"),
    [
        # an office with its body, no comma before the name
        (
            "sagte der Präsident des Senats Paul Wendeborn.",
            "Paul Wendeborn",
            "Präsident des Senats",
        ),
        (
            "sagte die Präsidentin der Handelskammer Karla Weidmann.",
            "Karla Weidmann",
            "Präsidentin der Handelskammer",
        ),
        # an office with the fields of its portfolio, before the name or after it
        (
            "sagte Senator für Wirtschaft Karl Weidmann.",
            "Karl Weidmann",
            "Senator für Wirtschaft",
        ),
        (
            "sagte die Senatorin für Wirtschaft, Häfen und Transformation, Karla Weidmann.",
            "Karla Weidmann",
            "Senatorin für Wirtschaft, Häfen und Transformation",
        ),
        (
            "sagte Karl Weidmann, Senator für Wirtschaft und Häfen.",
            "Karl Weidmann",
            "Senator für Wirtschaft und Häfen",
        ),
        (
            "sagte Ministerin für Wirtschaft, Arbeit und Tourismus Anna Berghofer.",
            "Anna Berghofer",
            "Ministerin für Wirtschaft, Arbeit und Tourismus",
        ),
    ],
)
def test_an_office_with_its_body_or_portfolio(credit: str, name: str, role: str) -> None:
    assert _credited(credit) == [(name, role)]


def test_an_office_in_the_genitive_over_a_speech() -> None:
    text = "Rede des Ersten Bürgermeisters Frank Lindqvist. Es gilt das gesprochene Wort."
    assert [(m.name, m.role) for m in mentioned(text)] == [
        ("Frank Lindqvist", "Erster Bürgermeister")
    ]
