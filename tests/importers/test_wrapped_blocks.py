"""Blocks of lines read as hard-wrapped paragraphs or as one paragraph a line: a headline over
its standfirst in one block is two paragraphs; a sentence broken mid-phrase is one."""

from __future__ import annotations

from briefer.importers.textfile import split_paragraphs
from tests.importers.drafting import draft


def test_a_headline_over_its_standfirst_is_two_paragraphs() -> None:
    block = (
        "Closing a port is no punishment: Moen on the strike at the northern docks\n"
        "What comes of that strike is being watched closely by everyone in the region, he says"
    )
    assert split_paragraphs(block) == tuple(block.split("\n"))


def test_two_lines_broken_mid_phrase_are_one_paragraph() -> None:
    block = (
        "Foreign Minister Anna Berg received the Ambassador of Vestria, Karl Moen, at the\n"
        "ministry on Monday for talks on the ports and on the fishing rights of both sides."
    )
    assert split_paragraphs(block) == (block.replace("\n", " "),)


def test_two_lines_broken_before_a_name_are_one_paragraph() -> None:
    block = (
        "Foreign Minister Anna Berg received the Ambassador of Vestria on Monday, and\n"
        "Karl Moen, the Ambassador, handed over a letter of his President on the ports."
    )
    assert split_paragraphs(block) == (block.replace("\n", " "),)


def test_the_label_of_a_spokespersons_statement_under_the_headline_is_no_title() -> None:
    found = draft(
        "Attack on the northern port",
        "Statement of the Spokesperson of the Ministry of Foreign Affairs",
        "7 April 2015",
        "Norland condemns the attack on the northern port of Vestria, which cost the lives of "
        "five sailors. We offer our condolences to the families of the victims.",
    )
    assert found.source.title == "Attack on the northern port"


def test_a_spokespersons_statement_on_a_topic_is_a_title() -> None:
    found = draft(
        "Press releases",
        "Statement by the Spokesperson on the attack on the northern port",
        "Norland condemns the attack on the northern port of Vestria, which cost the lives of "
        "five sailors. We offer our condolences to the families of the victims.",
    )
    assert found.source.title == "Statement by the Spokesperson on the attack on the northern port"


def test_a_photo_label_glued_to_the_first_word_is_cut() -> None:
    text = "Grußwort des Botschafters\n\nFOTOLABELNach langer Vorbereitung ist die Seite online."
    assert split_paragraphs(text) == (
        "Grußwort des Botschafters",
        "Nach langer Vorbereitung ist die Seite online.",
    )


def test_a_dateline_in_capitals_is_kept() -> None:
    text = "ALGIERS-The Minister received the Ambassador.\n\nNATO Secretary General Jon Dahl spoke."
    assert split_paragraphs(text) == tuple(text.split("\n\n"))


def test_a_standfirst_quoting_he_under_the_headline_is_no_title() -> None:
    found = draft(
        "Closing a port is no punishment: Moen on the strike at the northern docks",
        "What comes of that strike is being watched closely by everyone in the region, he says",
        "The closure of the northern port was no punishment, Foreign Minister Karl Moen said "
        'today in Brio. "The port merely closed for repairs," he said.',
    )
    assert found.source.title == (
        "Closing a port is no punishment: Moen on the strike at the northern docks"
    )
