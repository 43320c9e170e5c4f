"""The user's word list: a plain UTF-8 file in the data folder, one word per line."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer import paths
from briefer.wordlist import WordList, WordListError


def test_words_added_are_kept_in_a_plain_file_for_the_next_start() -> None:
    words = WordList(paths.user_words_path())
    assert words.words == frozenset()
    words.add("Wadephul")
    words.add("zeitenwende")
    words.add("Élysée")
    assert paths.user_words_path().read_text("utf-8") == "Élysée\nWadephul\nzeitenwende\n"
    again = WordList(paths.user_words_path())
    assert again.words == {"Wadephul", "zeitenwende", "Élysée"}
    again.remove({"zeitenwende"})
    assert WordList(paths.user_words_path()).sorted() == ["Élysée", "Wadephul"]


def test_a_list_written_by_hand_is_read_as_one_word_a_line(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_text("\ufeffKishi\r\n\n  Motegi  \n", "utf-8")  # BOM, CRLF, blanks, spaces
    assert WordList(path).words == {"Kishi", "Motegi"}


def test_a_list_that_is_not_utf8_is_named_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_bytes("Straße\n".encode("latin-1"))
    with pytest.raises(WordListError, match=r"words\.txt is not UTF-8 text.*left as it is"):
        WordList(path)
    assert path.read_bytes() == "Straße\n".encode("latin-1")


def test_a_list_that_cannot_be_saved_says_so_and_keeps_its_words(tmp_path: Path) -> None:
    words = WordList(tmp_path / "data" / "words.txt")
    (tmp_path / "data").write_text("a file where the data folder should be")
    with pytest.raises(WordListError, match=r"Could not save your word list .*words\.txt"):
        words.add("Kishi")
    assert words.words == frozenset()


def test_a_list_that_cannot_be_read_says_why(tmp_path: Path) -> None:
    (tmp_path / "words.txt").mkdir()
    with pytest.raises(WordListError, match=r"Could not read your word list .*words\.txt: "):
        WordList(tmp_path / "words.txt")
