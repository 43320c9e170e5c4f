"""Rich own text in the model and the .briefing file: round trips, old files, hostile files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefer.errors import BriefingError
from briefer.library.sample import sample_briefing_path
from briefer.model import Briefing, BriefingMeta, Section, TextEntry, TextKind, briefingfile
from briefer.model.richtext import (
    MAX_CHARACTERS,
    MAX_PARAGRAPHS,
    MAX_SPANS,
    Para,
    RichText,
    Span,
    indented,
    is_safe_link,
    joined,
    with_marker,
)

POINTS = RichText(
    (
        Para((Span("We "), Span("welcome", bold=True), Span(" the "), Span("2+2", italic=True))),
        Para((Span("Security", bold=True, italic=True),), "bullet"),
        Para((Span("first sub-point"),), "number", 1),
        Para(
            (Span("see "), Span("the release", link="https://www.auswaertiges-amt.de/x")),
            "number",
            1,
        ),
        Para((Span("<b>not bold</b> **nor this** &amp;"),), "bullet"),
        Para(),
        Para(
            (Span("write to "), Span("the desk", link="mailto:desk@example.org")),
        ),
    )
)


def rich_briefing(text: RichText = POINTS) -> Briefing:
    entry = TextEntry(TextKind.TALKING_POINTS, text, title="Points", id="tp")
    return Briefing(BriefingMeta("Rich"), (Section("Talks", (entry,), id="s"),))


def test_rich_text_survives_the_file_as_a_small_json_structure(tmp_path: Path) -> None:
    path = tmp_path / "rich.briefing"
    briefingfile.save(path, rich_briefing())
    assert briefingfile.load(path) == rich_briefing()
    stored = json.loads(path.read_text("utf-8"))
    assert stored["version"] == 2
    text = stored["briefing"]["sections"][0]["entries"][0]["text"]
    assert text[0] == {
        "spans": [
            {"text": "We "},
            {"text": "welcome", "bold": True},
            {"text": " the "},
            {"text": "2+2", "italic": True},
        ]
    }
    assert text[2] == {"spans": [{"text": "first sub-point"}], "list": "number", "level": 1}
    assert text[4]["spans"] == [{"text": "<b>not bold</b> **nor this** &amp;"}]  # as typed


def test_plain_text_is_what_search_and_comparisons_see() -> None:
    assert POINTS.plain().splitlines() == [
        "We welcome the 2+2",
        "Security",
        "first sub-point",
        "see the release",
        "<b>not bold</b> **nor this** &amp;",
        "",
        "write to the desk",
    ]


def test_the_bundled_sample_of_format_1_opens_with_its_points_bulleted() -> None:
    stored = json.loads(sample_briefing_path().read_text("utf-8"))
    assert stored["version"] == 1  # the old format, kept as it is
    texts = {e.id: e for e in briefingfile.load(sample_briefing_path()).entries()}
    points = texts["tp-2plus2"]
    assert isinstance(points, TextEntry)
    assert [p.marker for p in points.text.paras] == ["bullet"] * 3
    assert points.text.paras[0].plain().startswith("Welcome the first “2+2” as a milestone")
    background = texts["bg-2plus2"]
    assert isinstance(background, TextEntry)
    assert [p.marker for p in background.text.paras] == ["", ""]
    old = next(
        e["text"]
        for s in stored["briefing"]["sections"]
        for e in s["entries"]
        if e["id"] == "bg-2plus2"
    )
    assert background.text.plain() == old  # word for word


def test_an_old_file_saved_again_is_written_in_the_new_format(tmp_path: Path) -> None:
    path = tmp_path / "old.briefing"
    path.write_bytes(sample_briefing_path().read_bytes())
    briefing = briefingfile.load(path)
    briefingfile.save(path, briefing)
    assert json.loads(path.read_text("utf-8"))["version"] == 2
    assert briefingfile.load(path) == briefing


def test_an_old_file_with_a_stray_control_character_is_saved_so_that_it_opens_again(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.briefing"
    old = sample_briefing_path().read_text("utf-8")
    path.write_text(old.replace("milestone", "mile\\u007fstone\\u0000"), "utf-8")
    briefing = briefingfile.load(path)  # format 1: its plain text is read as it was typed
    briefingfile.save(path, briefing)
    assert briefingfile.load(path) == briefing  # a file briefer wrote opens again
    assert "milestone" in path.read_text("utf-8")


def _file(text: Any) -> str:
    data = rich_briefing().to_dict()
    data["sections"][0]["entries"][0]["text"] = text
    return json.dumps({"format": "briefer-briefing", "version": 2, "briefing": data})


def _span(**fields: Any) -> list[dict[str, Any]]:
    return [{"spans": [{"text": "x", **fields}]}]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ({"spans": []}, r"text: expected a list, found an object"),
        (["plain"], r"text\[0\]: expected an object, found text"),
        ([{"spans": [], "html": "<b>"}], r"text\[0\]: unknown key 'html'"),
        (_span(colour="red"), r"text\[0\]\.spans\[0\]: unknown key 'colour'"),
        ([{"spans": [{"bold": True}]}], r"spans\[0\]\.text: missing"),
        (_span(text=5), r"spans\[0\]\.text: expected text, found a number"),
        (_span(text="two\nlines"), r"spans\[0\]\.text: holds a line break"),
        (_span(bold="yes"), r"spans\[0\]\.bold: expected true or false"),
        ([{"spans": {}}], r"text\[0\]\.spans: expected a list"),
        ([{"spans": [], "list": "star"}], r"text\[0\]\.list: expected 'bullet' or 'number'"),
        ([{"spans": [], "list": "bullet", "level": 3}], r"level: expected a whole number 0 to 2"),
        ([{"spans": [], "list": "bullet", "level": True}], r"level: expected a whole number"),
        ([{"spans": [], "level": 1}], r"level: only a list point has a level"),
        (_span(link="javascript:alert(1)"), r"link: 'javascript:alert\(1\)' is not a link"),
        (_span(link="file:///etc/passwd"), r"link: 'file:///etc/passwd' is not a link"),
        (_span(link="data:text/html,<script>"), r"is not a link briefer prints"),
        (_span(link="https://"), r"is not a link briefer prints"),
        (_span(link="https://a.org/x y"), r"is not a link briefer prints"),
        (_span(link="https://a.org/" + "x" * 2000), r"at most 2,000 characters"),
        (_span(link=7), r"is not a link briefer prints"),
        ([{"spans": []}] * (MAX_PARAGRAPHS + 1), r"10,001 paragraphs; a text holds at most"),
        (
            [{"spans": [{"text": "x"}] * (MAX_SPANS + 1)}],
            r"spans: 2,001 spans; a paragraph holds at most 2,000",
        ),
        (
            [{"spans": [{"text": "x" * 1000}]}] * (MAX_CHARACTERS // 1000 + 1),
            r"1,001,000 characters; a text holds at most 1,000,000",
        ),
    ],
)
def test_a_hostile_or_damaged_text_is_refused_with_a_clear_message(text: Any, message: str) -> None:
    with pytest.raises(BriefingError, match=rf"rich\.briefing is damaged: .*{message}"):
        briefingfile.loads(_file(text), "rich.briefing")


def test_a_damaged_text_names_where_it_is() -> None:
    with pytest.raises(BriefingError, match=r"briefing\.sections\[0\]\.entries\[0\]\.text\[0\]"):
        briefingfile.loads(_file(_span(italic=1)), "rich.briefing")


@pytest.mark.parametrize(
    ("address", "safe"),
    [
        ("https://www.bundesregierung.de/x?a=1&b=2", True),
        ("HTTP://example.org", True),
        ("mailto:desk@example.org", True),
        ("mailto:", False),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        ("vbscript:x", False),
        ("ftp://example.org", False),
        ("//example.org", False),
        ("https://[::1", False),
        ("https://exa\tmple.org", False),
        ("", False),
    ],
)
def test_only_web_and_mail_addresses_are_links(address: str, safe: bool) -> None:
    assert is_safe_link(address) is safe


_spans = st.lists(
    st.builds(
        Span,
        st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=12),
        st.booleans(),
        st.booleans(),
        st.sampled_from(["", "https://example.org/a", "mailto:a@example.org"]),
    ),
    max_size=4,
)
_paras = st.one_of(
    st.builds(Para, _spans),
    st.builds(Para, _spans, st.sampled_from(["bullet", "number"]), st.integers(0, 2)),
)


@given(st.lists(_paras, max_size=6))
def test_any_rich_text_round_trips_through_the_file_format(paras: list[Para]) -> None:
    text = RichText(tuple(Para(joined(p.spans), p.marker, p.level) for p in paras))
    loaded = briefingfile.loads(briefingfile.dumps(rich_briefing(text)))
    assert loaded == rich_briefing(text)


def test_bullets_and_numbering_buttons_mark_and_unmark_the_chosen_paragraphs() -> None:
    text = RichText((Para((Span("a"),)), Para((Span("b"),), "bullet"), Para((Span("c"),))))
    numbered = with_marker(text, 0, 1, "number")
    assert [(p.marker, p.plain()) for p in numbered.paras] == [
        ("number", "a"),
        ("number", "b"),
        ("", "c"),
    ]
    assert with_marker(numbered, 0, 1, "number") == with_marker(text, 0, 1, "")
    assert [p.marker for p in with_marker(text, 1, 1, "bullet").paras] == ["", "", ""]


def test_indent_and_outdent_move_points_within_the_levels() -> None:
    text = RichText(
        (Para((Span("a"),)), Para((Span("b"),), "bullet"), Para((Span("c"),), "bullet"))
    )
    deeper = indented(text, 0, 2, 1)
    assert [(p.marker, p.level) for p in deeper.paras] == [("", 0), ("bullet", 1), ("bullet", 1)]
    deepest = indented(indented(deeper, 2, 2, 1), 2, 2, 1)
    assert deepest.paras[2].level == 2
    assert indented(text, 1, 1, -1) == text  # a point stays a point
