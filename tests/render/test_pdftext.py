"""The PDF line breaker: every word kept in order, no line wider than the text column."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.render import fonts
from briefer.render.document import Emphasis, Run
from briefer.render.pdftext import Look, Token, break_lines, tokenize

SIZE = 10.0
JAPANESE = fonts.ensure(fonts.fallbacks("NotoSerif")[0])  # kana and kanji fall back to it
LOOK = Look(
    regular=fonts.face("Noto Serif"),
    bold=fonts.face("Noto Serif", bold=True),
    italic=fonts.face("Noto Serif", italic=True),
    bold_italic=fonts.face("Noto Serif", True, True),
    size=SIZE,
    leading=13.0,
    color="#000000",
)
# Latin with accents, punctuation and URL characters, Japanese, and whitespace of every kind.
ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzWMil.,;:-–/“”'()0123456789äöüßéçø")
    + list("日本語の外務大臣会談。、")
    + [" ", " ", " ", "\n", "\t", "\u00a0", "\u3000"]
)
RUNS = st.lists(
    st.tuples(st.text(ALPHABET, max_size=60), st.sampled_from(["", "bold", "italic"])),
    max_size=6,
).map(lambda runs: [Run(text, emphasis) for text, emphasis in runs])


def text_of(lines: list[tuple[Token, ...]]) -> str:
    return "".join(piece[0] for line in lines for token in line for piece in token[0])


def drawn_width(line: tuple[Token, ...]) -> float:
    """Return the width the line takes when drawn: each piece measured in its own font."""
    words = sum(fonts.width(text, font, SIZE) for token in line for text, font, _, _ in token[0])
    return words + sum(token[2] for token in line[:-1])


def lines_of(*texts: str, width: float, emphasis: Emphasis = "") -> list[str]:
    lines = break_lines(tokenize([Run(text, emphasis) for text in texts], LOOK), width)
    return [
        "".join(
            "".join(p[0] for p in token[0]) + (" " if token[2] else "") for token in line
        ).rstrip()
        for line in lines
    ]


def test_nothing_in_gives_no_lines() -> None:
    assert tokenize([], LOOK) == []
    assert break_lines([], 100) == []
    assert lines_of("", width=100) == []
    assert lines_of("  \n\t ", width=100) == []


def test_words_fill_a_line_before_the_next_begins() -> None:
    width = fonts.width("The ministers met in Tokyo", LOOK.regular, SIZE) + 0.01
    assert lines_of("The ministers met in Tokyo and spoke", width=width) == [
        "The ministers met in Tokyo",
        "and spoke",
    ]


def test_a_word_split_across_runs_stays_one_word() -> None:
    tokens = tokenize([Run("Maas", "bold"), Run(", Foreign Minister")], LOOK)
    first = tokens[0]
    assert [(text, font) for text, font, _, _ in first[0]] == [
        ("Maas", LOOK.bold),
        (",", LOOK.regular),
    ]
    narrow = fonts.width("Maas,", LOOK.bold, SIZE) + 1
    assert len(break_lines(tokens, narrow)[0]) == 1


def test_japanese_breaks_between_characters() -> None:
    text = "日本の外務大臣と会談しました"
    two = fonts.width("日本", JAPANESE, SIZE)
    lines = lines_of(text, width=two + 1)
    assert lines == ["日本", "の外", "務大", "臣と", "会談", "しま", "した"]


def test_a_japanese_name_that_fits_stays_whole_and_findable() -> None:
    text = "Toshimitsu Motegi (茂木敏充), Foreign Minister"
    width = fonts.width("Motegi (", LOOK.regular, SIZE) + 6 * fonts.width("茂", JAPANESE, SIZE)
    assert any("(茂木敏充)," in line for line in lines_of(text, width=width))


def test_a_hyphenated_word_is_not_broken_at_its_hyphen() -> None:
    word = "Indo-Pacific"
    width = fonts.width(word, LOOK.regular, SIZE) + 1
    assert lines_of(f"the {word} region", width=width) == ["the", word, "region"]


def test_a_word_longer_than_the_line_is_split_between_characters() -> None:
    url = "https://www.auswaertiges-amt.de/en/newsroom/news/2plus2-japan/2454344"
    width = 60.0
    lines = lines_of(f"see {url} now", width=width)
    assert lines[0] == "see"
    assert "".join(lines[1:-1]) == url
    assert lines[-1].endswith("now")
    assert len(lines) > 3


def test_a_no_break_space_keeps_its_neighbours_on_one_line() -> None:
    reference = "AP-341-2021-0414\u00a0VS-NfD"
    width = fonts.width(reference, LOOK.regular, SIZE) + 1
    lines = lines_of(f"Reference: {reference} next", width=width)
    assert lines == ["Reference:", reference, "next"]


def test_a_glyph_wider_than_the_line_still_gets_a_line_of_its_own() -> None:
    assert lines_of("W W", width=2.0) == ["W", "W"]


@settings(max_examples=300, deadline=None)
@given(runs=RUNS, width=st.floats(5, 400), first=st.floats(0, 40))
def test_every_word_is_kept_in_order(runs: list[Run], width: float, first: float) -> None:
    lines = break_lines(tokenize(runs, LOOK), width, first)
    text = "".join(run.text for run in runs)
    assert text_of(lines) == re.sub(r"[^\S\u00a0\u202f]", "", text)  # no-break spaces stay


@settings(max_examples=300, deadline=None)
@given(runs=RUNS, width=st.floats(5, 400), first=st.floats(0, 40))
def test_no_line_is_wider_than_its_room(runs: list[Run], width: float, first: float) -> None:
    lines = break_lines(tokenize(runs, LOOK), width, first)
    for number, line in enumerate(lines):
        room = width - first if number == 0 else width
        one_glyph = len(line) == 1 and len(text_of([line])) == 1
        assert one_glyph or drawn_width(line) <= room + 1e-6, (number, text_of([line]))


@settings(max_examples=200, deadline=None)
@given(runs=RUNS)
def test_every_token_has_something_to_draw(runs: list[Run]) -> None:
    """Space alone is no token: drawn, it became a second space the layout had not measured."""
    assert all(token[0] and token[1] > 0 for token in tokenize(runs, LOOK))


def test_space_that_starts_a_run_belongs_to_the_word_before() -> None:
    tokens = tokenize([Run("2021"), Run("  ·  "), Run("Video")], LOOK)
    assert ["".join(p[0] for p in token[0]) for token in tokens] == ["2021", "·", "Video"]
    assert [token[2] > 0 for token in tokens] == [True, True, False]
