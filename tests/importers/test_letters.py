"""Where a name stands whole in a text, found without a pattern made for it."""

from __future__ import annotations

from briefer.importers.letters import word_starts


def test_a_name_is_found_only_where_it_ends_a_word() -> None:
    text = "Moenberg met Karl Moen; Moen_x and Moen2 are no names, Moen is."
    assert list(word_starts(text, "Moen")) == [18, 55]
    assert list(word_starts(text, "")) == []
