"""A royal or religious title before a long Arabic name ("le prince héritier X bin Y al-Z",
"Crown Prince X", "Kronprinz X", "l'émir X", "le cheikh X ben Y"), also after a role set off
by a comma in a list of roles and names: the name after the title is the person."""

from __future__ import annotations

from briefer.importers.persons import find_mentions
from tests.importers.drafting import draft, participants


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.role) for m in find_mentions(text)]


def test_french_list_of_roles_then_princes() -> None:
    found = draft(
        "Visite du président du Comité en Norlande",
        "BRIO, 3 mai 2014 – Le président du Comité, Paul Mercan, a achevé lundi une visite"
        " de trois jours en Norlande.",
        "Il s'est entretenu avec le ministre de la Défense, le prince héritier Faris bin"
        " Nadim al-Qadir, le ministre de l'Intérieur, le prince Tamim bin Faris bin Nadim"
        " al-Qadir, et le ministre de la Santé, Dr. Karim bin Fahd al-Sayf.",
        "Les entretiens ont porté sur la situation humanitaire dans la région.",
    )
    families = {name.split()[-1] for name in participants(found)}
    assert {"Mercan", "al-Qadir", "al-Sayf"} <= families


def test_french_princes_keep_the_role_before_them() -> None:
    text = (
        "Il s'est entretenu avec le ministre de la Défense, le prince héritier Faris bin"
        " Nadim al-Qadir, le ministre de l'Intérieur, le prince Tamim bin Faris bin Nadim"
        " al-Qadir, et le ministre de la Santé, Dr. Karim bin Fahd al-Sayf."
    )
    assert _names(text) == [
        ("Faris bin Nadim al-Qadir", "ministre de la Défense"),
        ("Tamim bin Faris bin Nadim al-Qadir", "ministre de l'Intérieur"),
        ("Karim bin Fahd al-Sayf", "ministre de la Santé"),
    ]


def test_english_list_of_roles_then_princes() -> None:
    text = (
        "He met the Minister of Defence, Crown Prince Faris bin Nadim al-Qadir, the Minister"
        " of Interior, Prince Tamim bin Faris bin Nadim al-Qadir, and the Minister of Health,"
        " Dr. Karim bin Fahd al-Sayf."
    )
    assert _names(text) == [
        ("Faris bin Nadim al-Qadir", "Minister of Defence"),
        ("Tamim bin Faris bin Nadim al-Qadir", "Minister of Interior"),
        ("Karim bin Fahd al-Sayf", "Minister of Health"),
    ]


def test_german_crown_prince_is_no_part_of_the_name() -> None:
    text = "Er traf Kronprinz Faris bin Nadim al-Qadir und Prinzessin Lina bint Faris al-Qadir."
    assert [name for name, _ in _names(text)] == [
        "Faris bin Nadim al-Qadir",
        "Lina bint Faris al-Qadir",
    ]


def test_lower_case_titles_and_ben() -> None:
    text = "Il a rencontré l'émir Tamim ben Hamad al-Qadir et le cheikh Karim ben Fahd al-Sayf."
    assert [name for name, _ in _names(text)] == [
        "Tamim ben Hamad al-Qadir",
        "Karim ben Fahd al-Sayf",
    ]


def test_spanish_crown_prince() -> None:
    text = "El ministro se reunió con el príncipe heredero Faris bin Nadim al-Qadir."
    assert [name for name, _ in _names(text)] == ["Faris bin Nadim al-Qadir"]


def test_french_meeting_with_a_sheikh_after_a_role() -> None:
    found = draft(
        "Entretien à Brio",
        "BRIO, 3 mai 2014 – Le président du Comité, Paul Mercan, s'est entretenu lundi avec"
        " le Premier ministre, le cheikh Karim ben Fahd al-Sayf, sur la situation humanitaire.",
    )
    assert participants(found) == ["Paul Mercan", "Karim ben Fahd al-Sayf"]


def test_french_and_spanish_king_and_queen_in_lower_case() -> None:
    assert [name for name, _ in _names("Il a été reçu par le roi Faris II et la reine Lina.")] == [
        "Faris II",
        "Lina",
    ]
    assert [name for name, _ in _names("Fue recibido por el rey Faris II.")] == ["Faris II"]


def test_french_audience_with_the_king() -> None:
    found = draft(
        "Audience royale à Brio",
        "BRIO, 3 mai 2014 – Le président du Comité, Paul Mercan, a été reçu lundi en audience"
        " par le roi Faris II, avec qui il s'est entretenu de la situation humanitaire.",
    )
    assert participants(found) == ["Paul Mercan", "Faris II"]
