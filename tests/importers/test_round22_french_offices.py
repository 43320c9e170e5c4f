"""Attribution (round 22): the offices of a region's, a canton's or a city's government
credited after a quotation in French ("a déclaré la maire X", "le conseiller d'État Y", "la
présidente de la Région Z"), and the speaker's satisfaction ("s'est félicitée …")."""

from __future__ import annotations

import pytest

from tests.importers.drafting import draft

_QUOTE = (
    "« Nos entreprises ont besoin de partenaires fiables, et cet accord leur donne cette sécurité »"
)


def _statements(*paragraphs: str) -> list[tuple[str, str]]:
    found = draft(
        "La région renforce ses liens avec la province de Nordhafen",
        "3 mars 2025",
        "La région a reçu aujourd'hui une délégation de la province de Nordhafen pour"
        " préparer un accord de coopération économique.",
        *paragraphs,
        "Le partenariat existe depuis 1985 et a été renouvelé en 2020.",
    )
    return [(s.speaker.name, s.speaker.role) for s in found.statements if s.speaker]


@pytest.mark.parametrize(
    ("credit", "name", "role"),
    [
        ("a déclaré le maire Jean Dalmont.", "Jean Dalmont", "maire"),
        ("a déclaré Jeanne Dalmont, maire de Nordhafen.", "Jeanne Dalmont", "maire"),
        (
            "a déclaré la présidente de la Région Nordhafen, Jeanne Dalmont.",
            "Jeanne Dalmont",
            "présidente de la Région Nordhafen",
        ),
        ("a déclaré la conseillère d'État Jeanne Dalmont.", "Jeanne Dalmont", "conseillère d'État"),
        (
            "a déclaré le président du Conseil d'État, Jean Dalmont.",
            "Jean Dalmont",
            "président du Conseil d'État",
        ),
        (
            "a déclaré la ministre-présidente Jeanne Dalmont.",
            "Jeanne Dalmont",
            "ministre-présidente",
        ),
        ("a déclaré la députée Jeanne Dalmont.", "Jeanne Dalmont", "députée"),
        ("a souligné le bourgmestre Jean Dalmont.", "Jean Dalmont", "bourgmestre"),
        ("a souligné la préfète Jeanne Dalmont.", "Jeanne Dalmont", "préfète"),
        (
            "a déclaré le secrétaire d'État au commerce extérieur, Jean Dalmont.",
            "Jean Dalmont",
            "secrétaire d'État au commerce extérieur",
        ),
        ("s'est félicitée la présidente Jeanne Dalmont.", "Jeanne Dalmont", "présidente"),
        ("s'est réjoui le ministre Jean Dalmont.", "Jean Dalmont", "ministre"),
    ],
)
def test_a_regional_or_city_office(credit: str, name: str, role: str) -> None:
    assert _statements(f"{_QUOTE}, {credit}") == [(name, role)]


def test_s_est_il_felicite_is_the_mayor_named_before() -> None:
    assert _statements(
        "Le maire Jean Dalmont a reçu la délégation à l'hôtel de ville.",
        f"{_QUOTE}, s'est-il félicité.",
    ) == [("Jean Dalmont", "maire")]
