"""The headline among the lines above the text: not a dateline without a year, a "By X,
Place" byline, a line of keywords repeating it or the role line of a speech heading; a
headline may end in a quotation after a colon."""

from __future__ import annotations

from tests.importers.drafting import draft

_TEXT = (
    "Foreign Minister Anna Berg received the Ambassador of Vestria, Karl Moen, at the ministry "
    "on Monday for talks on the ports."
)


def test_a_dateline_without_a_year_is_no_headline() -> None:
    found = draft(
        "Minister Berg receives the Vestrian Ambassador", "Brio, Information Office, March 3", _TEXT
    )
    assert found.source.title == "Minister Berg receives the Vestrian Ambassador"


def test_a_dateline_with_the_office_in_brackets_is_no_headline() -> None:
    found = draft(
        "Minister Berg receives the Vestrian Ambassador",
        "BRIO, March 3 (Information Office)",
        _TEXT,
    )
    assert found.source.title == "Minister Berg receives the Vestrian Ambassador"


def test_a_written_by_line_is_no_headline() -> None:
    found = draft("Minister Berg receives the Vestrian Ambassador", "Written by Jon Dahl", _TEXT)
    assert found.source.title == "Minister Berg receives the Vestrian Ambassador"


def test_a_journalists_byline_with_a_place_is_no_headline() -> None:
    found = draft("Minister Berg receives the Vestrian Ambassador", "By Jon Dahl, Brio", _TEXT)
    assert found.source.title == "Minister Berg receives the Vestrian Ambassador"


def test_a_line_of_keywords_under_the_headline_is_no_headline() -> None:
    found = draft(
        "MINISTERIUM: Anna Bergs Telefongespräch mit Karl Moen über die Lage in Vestria",
        "Mitteilung Ministerium Anna Berg Lage Vestria Ostland",
        "Außenministerin Anna Berg hat am Montag mit dem vestrischen Außenminister Karl Moen "
        "telefoniert und über die Lage in Ostland gesprochen.",
    )
    assert found.source.title.startswith("MINISTERIUM: Anna Bergs Telefongespräch")


def test_a_speech_heading_over_three_lines_is_titled_by_its_first() -> None:
    found = draft(
        "Déclaration de presse par Anna Berg,",
        "Secrétaire générale, Union des ports",
        "Brio, Mardi 4 mai 2021",
        "Madame la Présidente, Mesdames et Messieurs,",
        "Je vous remercie de votre accueil et de votre soutien à notre travail commun pour les "
        "ports de la région.",
    )
    assert found.source.title == "Déclaration de presse par Anna Berg"


def test_a_headline_may_end_in_a_quotation_after_a_colon() -> None:
    headline = (
        'Minister Berg opens the new container port of Brio: "This harbour will serve the whole '
        'northern region for many decades"'
    )
    found = draft(
        headline,
        "Foreign Minister Anna Berg opened the new port of Brio on Monday together with the "
        "Vestrian Minister of Trade, Karl Moen, and thanked the workers.",
    )
    assert found.source.title == headline


def test_the_day_in_figures_before_the_headline_is_no_part_of_it() -> None:
    found = draft(
        "19.10.23 Speaker of the Council receives envoys",
        "Brio, Thursday, 19 October 2023 - The Speaker of the Council, Anna Berg, received "
        "courtesy calls from the Ambassador of Vestria, Karl Moen, at the Council.",
    )
    assert found.source.title == "Speaker of the Council receives envoys"


def test_an_office_and_a_release_label_are_no_headline() -> None:
    found = draft(
        "Telefongespräch zwischen Außenministerin Anna Berg und Außenminister Karl Moen",
        "Norländisches Außenministerium - Pressemitteilung",
        "Außenministerin Anna Berg führte heute mit dem vestrischen Außenminister Karl Moen ein "
        "Telefongespräch über die Lage in Ostland.",
    )
    assert found.source.title.startswith("Telefongespräch zwischen")


_BRIEFING = (
    "MS BERG: Good morning. I have two announcements about the Minister's travel this week, "
    "and then I will take your questions."
)


def test_a_briefing_with_its_date_in_the_heading_keeps_that_heading() -> None:
    found = draft(
        "Ministry Press Briefing – March 3, 2021",
        "Anna Berg, Ministry Spokesperson",
        "11:02 a.m. CET",
        _BRIEFING,
    )
    assert found.source.title == "Ministry Press Briefing – March 3, 2021"


def test_a_time_line_is_never_the_title() -> None:
    found = draft("Anna Berg, Ministry Spokesperson", "11:02 a.m.", _BRIEFING)
    assert "11:02" not in found.source.title


def test_flags_and_pictographs_around_a_headline_are_no_part_of_the_title() -> None:
    found = draft("🇳🇴 📌 Minister Berg meets her Vestrian counterpart 🇻🇪", _TEXT)
    assert found.source.title == "Minister Berg meets her Vestrian counterpart"
