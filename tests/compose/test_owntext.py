"""Rich own text in the document model: emphasis, links, and points counted as printed."""

from __future__ import annotations

from briefer.compose import build_document
from briefer.model import Briefing, BriefingMeta, Section, TextEntry, TextKind
from briefer.model.richtext import Marker, Para, RichText, Span
from briefer.render.document import BulletList, Heading, ListItem, Paragraph, Run
from briefer.render.template import find_template


def para(text: str, marker: Marker = "", level: int = 0) -> Para:
    return Para((Span(text),), marker, level)


def blocks(text: RichText, kind: TextKind = TextKind.BACKGROUND, printable: bool = True) -> list:  # type: ignore[type-arg]
    entry = TextEntry(kind, text, printable, title="Own", id="own")
    briefing = Briefing(BriefingMeta("Rich"), (Section("Talks", (entry,), id="s"),))
    document = build_document(briefing, find_template("ministerial-brief"))
    start = next(
        i for i, b in enumerate(document.blocks) if isinstance(b, Heading) and b.level == 2
    )
    return list(document.blocks[start + 1 :])


def test_spans_become_runs_with_their_emphasis_and_links() -> None:
    text = RichText(
        (
            Para(
                (
                    Span("  Plain "),
                    Span("bold", bold=True),
                    Span(" "),
                    Span("italic", italic=True),
                    Span(" "),
                    Span("both", bold=True, italic=True),
                    Span(" "),
                    Span("linked", link="https://example.org/a?b=1"),
                    Span("  "),
                )
            ),
        )
    )
    assert blocks(text) == [
        Paragraph(
            (
                Run("Plain "),
                Run("bold", "bold"),
                Run(" "),
                Run("italic", "italic"),
                Run(" "),
                Run("both", "bold italic"),
                Run(" "),
                Run("linked", link="https://example.org/a?b=1"),
            )
        )
    ]


def test_numbered_sub_points_count_from_one_under_each_point() -> None:
    text = RichText(
        (
            para("Intro"),
            para("First", "bullet"),
            para("one", "number", 1),
            para("two", "number", 1),
            para("Second", "bullet"),
            para("one again", "number", 1),
            para("deeper", "number", 2),
            para("two again", "number", 1),
            para("", "number", 1),  # an empty point prints nothing and counts nothing
            para("three", "number", 1),
        )
    )
    intro, points = blocks(text)
    assert intro == Paragraph((Run("Intro"),))
    assert isinstance(points, BulletList) and points.role == "bullets"
    assert [(item.runs[0].text, item.level, item.number) for item in points.items] == [
        ("First", 0, 0),
        ("one", 1, 1),
        ("two", 1, 2),
        ("Second", 0, 0),
        ("one again", 1, 1),
        ("deeper", 2, 1),
        ("two again", 1, 2),
        ("three", 1, 3),
    ]


def test_a_paragraph_ends_a_list_and_the_next_counts_from_one() -> None:
    text = RichText(
        (
            para("a", "number"),
            para("b", "number"),
            para(""),
            para("c", "number"),
            para("Between"),
            para("d", "number"),
        )
    )
    first, second, between, third = blocks(text)
    assert [i.number for i in first.items] == [1, 2]
    assert [i.number for i in second.items] == [1]
    assert between == Paragraph((Run("Between"),))
    assert [i.number for i in third.items] == [1]


def test_a_point_is_at_most_one_level_below_the_point_before_it() -> None:
    text = RichText((para("deep first", "bullet", 2), para("deeper still", "number", 2)))
    (points,) = blocks(text)
    assert [(i.level, i.number) for i in points.items] == [(0, 0), (1, 1)]


def test_a_bullet_between_numbers_starts_their_count_again() -> None:
    text = RichText((para("a", "number"), para("b", "bullet"), para("c", "number")))
    (points,) = blocks(text)
    assert [i.number for i in points.items] == [1, 0, 1]


def test_internal_text_and_notes_keep_the_note_look_with_their_points() -> None:
    text = RichText((para("Say"), para("this", "bullet")))
    internal = blocks(text, TextKind.TALKING_POINTS, printable=False)
    assert internal[0] == Paragraph((Run("Internal – not for distribution", "bold"),), "note")
    assert internal[1:] == [
        Paragraph((Run("Say"),), "note"),
        BulletList((ListItem((Run("this"),)),), "note"),
    ]
    note = blocks(text, TextKind.NOTE)
    assert [b.role for b in note] == ["note", "note"]
