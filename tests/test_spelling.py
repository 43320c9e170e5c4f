"""Spell checking with the system's Hunspell dictionaries (Debian's hunspell-* packages)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Collection

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefer import spelling
from briefer.spelling import SpellChecker, SpellingUnavailable, name_words, open_dictionary


def checker(language: str, known: Collection[str] = ()) -> SpellChecker:
    try:
        dictionary = open_dictionary(language)
    except SpellingUnavailable as error:
        pytest.skip(f"needs Debian's Hunspell dictionaries and libenchant-2-2: {error}")
    return SpellChecker(dictionary, known)


def wrong(language: str, text: str, known: Collection[str] = ()) -> list[str]:
    return [m.word for m in checker(language, known).misspelled(text)]


def test_english_marks_typos_and_knows_british_spelling() -> None:
    text = "The minister recieved teh delegation to discuss defence and organisation."
    found = checker("en").misspelled(text)
    assert [m.word for m in found] == ["recieved", "teh"]
    assert all(text[m.start : m.end] == m.word for m in found)
    assert checker("en").dictionary.tag == "en_GB"
    assert wrong("en", "Their colour and their defense") == ["defense"]  # en is en_GB


def test_german_compounds_are_checked_whole() -> None:
    assert (
        wrong(
            "de",
            "Die Verteidigungszusammenarbeit und die Sicherheitspolitik der Außenministerin "
            "prägten die Gesprächsführung.",
        )
        == []
    )
    assert wrong("de", "Die Bundesregirung tagte in der Hauptstatd.") == [
        "Bundesregirung",
        "Hauptstatd",
    ]


def test_a_hyphenated_word_is_marked_only_where_a_part_is_wrong() -> None:
    assert wrong("de", "NATO-Gipfel, EU-Kommission, Ost-West-Konflikt, 2+2-Konsultationen") == []
    text = "Der NATO-Gipfell"
    [mark] = checker("de").misspelled(text)
    assert (mark.word, text[mark.start : mark.end]) == ("Gipfell", "Gipfell")


def test_french_elisions_and_hyphens() -> None:
    text = "Aujourd’hui, le ministre a peut-être rencontré l'homologue de l’Allemagne qu'il voit."
    assert wrong("fr", text) == []
    assert wrong("fr", "Le gouvernemment du Japon") == ["gouvernemment"]


def test_numbers_addresses_and_abbreviations_are_never_marked() -> None:
    text = (
        "See https://www.auswaertiges-amt.de/en/newsroom/xqzt, www.bmvg.de/qqq or "
        "auswaertiges-amt.de, and write to presse.xyz@diplo.de: NATO, BMVg, VS-NfD, G7, "
        "2+2, 13th, COVID-19, 16.03.2021."
    )
    assert wrong("en", text) == []


def test_other_scripts_abbreviations_with_a_dot_and_decomposed_accents() -> None:
    text = "Motegi (茂木敏充) und Lawrow (Лавров) trafen Dr. Beispiel, ca. 40 Gäste."
    assert wrong("de", text) == ["Motegi", "Lawrow"]
    assert wrong("fr", "Le ministre Franc\u0327ois et Jose\u0301") == []  # ç and é in two
    assert wrong("de", "Die Bundesregirung. Dr ohne Punkt") == ["Bundesregirung", "Dr"]


def test_english_apostrophes() -> None:
    assert wrong("en", "The minister's view, the ministers’ meeting: don't, won’t.") == []


def test_known_words_are_never_marked_in_any_case_hunspell_allows() -> None:
    known = {"Wadephul", "zeitenwende"}
    assert wrong("de", "Wadephul sprach von der Zeitenwende.", known) == []
    assert wrong("de", "Wadephul zur zeitenwende, wadephul", known) == ["wadephul"]
    assert wrong("en", "Wadephul's visit", known) == []


def test_names_count_whole_and_by_their_parts() -> None:
    words = name_words(["Annegret Kramp-Karrenbauer", "KISHI Nobuo", "Auswärtiges Amt"])
    assert {"Kramp-Karrenbauer", "Kramp", "Karrenbauer", "Nobuo", "Auswärtiges"} <= words
    text = "Kramp-Karrenbauer’s talks with Nobuo Kishi and Kramp's team"
    assert wrong("en", text) == ["Kramp", "Karrenbauer’s", "Nobuo", "Kishi", "Kramp's"]
    assert wrong("en", text, words) == []  # KISHI, family name first in capitals: Kishi


def test_suggestions_are_few_and_best_first() -> None:
    suggestions = checker("en").suggest("goverment")
    assert suggestions[0] == "government"
    assert len(suggestions) <= spelling.SUGGESTIONS
    assert "Bundesregierung" in checker("de").suggest("Bundesregirung")


def test_a_missing_dictionary_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spelling, "DICTIONARIES", {**spelling.DICTIONARIES, "de": ("xx_XX",)})
    monkeypatch.setattr(spelling, "_OPEN", {})
    with pytest.raises(SpellingUnavailable, match=r"German dictionary.*hunspell-de-de"):
        open_dictionary("de")
    with pytest.raises(SpellingUnavailable, match="English, German and French only"):
        open_dictionary("ja")


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_every_mark_is_a_word_of_the_text(text: str) -> None:
    for mark in checker("en").misspelled(text):
        assert text[mark.start : mark.end] == mark.word
        assert mark.word.strip() == mark.word and mark.word


def test_without_the_enchant_library_spelling_says_what_to_install() -> None:
    # a fresh interpreter in which the system has no libenchant to find
    probe = (
        "import ctypes.util\n"
        "ctypes.util.find_library = lambda name: None\n"
        "from briefer.spelling import SpellingUnavailable, open_dictionary\n"
        "try:\n"
        "    open_dictionary('en')\n"
        "except SpellingUnavailable as error:\n"
        "    print(error)\n"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "apt-get install libenchant-2-2" in run.stdout
