"""The officers of an international court or organisation as roles before or after a name,
and as the office a later sentence names alone: EN "the Prosecutor of the Court, Mr X",
"Chief Prosecutor X", "the Registrar", "Judge X"; FR "le Procureur de la Cour, M. X", "la
greffière Y"; DE "der Chefankläger des Gerichtshofs, X", "I.E. Frau Y" (Ihre Exzellenz)."""

from __future__ import annotations

import pytest

from briefer.importers.persons import find_mentions
from tests.importers.drafting import draft


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The Prosecutor of the Court, Mr Olaf Tren, met Minister Ivo Sand.",
            "Olaf Tren",
            "Prosecutor of the Court",
        ),
        ("Chief Prosecutor Olaf Tren met Minister Ivo Sand.", "Olaf Tren", "Chief Prosecutor"),
        (
            "The Registrar of the Court, Ms Lena Dorn, received Minister Ivo Sand.",
            "Lena Dorn",
            "Registrar of the Court",
        ),
        (
            "The President of the Court, Judge Olaf Tren, met Minister Ivo Sand.",
            "Olaf Tren",
            "President of the Court",
        ),
        (
            "Le Procureur de la Cour, M. Olaf Tren, a rencontré le ministre Ivo Sand.",
            "Olaf Tren",
            "Procureur de la Cour",
        ),
        (
            "La greffière de la Cour, Mme Lena Dorn, a reçu le ministre Ivo Sand.",
            "Lena Dorn",
            "greffière de la Cour",
        ),
        (
            "Der Chefankläger des Gerichtshofs, Olaf Tren, traf Außenminister Ivo Sand.",
            "Olaf Tren",
            "Chefankläger des Gerichtshofs",
        ),
        (
            "Die Generalsekretärin der Union, I.E. Frau Mara Velt, traf Außenminister Ivo Sand.",
            "Mara Velt",
            "Generalsekretärin der Union",
        ),
    ],
)
def test_the_office_before_the_name(text: str, name: str, role: str) -> None:
    first = find_mentions(text)[0]
    assert (first.name, first.role) == (name, role)


@pytest.mark.parametrize("office", ["Prosecutor", "Registrar"])
def test_the_office_alone_later_is_the_person_given_it(office: str) -> None:
    found = draft(
        f"{office} visits Norland",
        f"The {office} of the Court, Mr Olaf Tren, met Foreign Minister Ivo Sand and Justice"
        " Minister Eva Holm of Norland in Brio on Monday.",
        f"The {office} and his delegation also visited the Brio district court.",
        "“Our cooperation with the courts of the region has never been stronger,” the"
        f" {office} said.",
    )
    [statement] = found.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Olaf Tren"
