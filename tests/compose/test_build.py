from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from briefer.compose import VARIANTS, build_document
from briefer.compose.markings import levels
from briefer.errors import BriefingError
from briefer.library.sample import sample_briefing_path
from briefer.model import (
    Briefing,
    BriefingMeta,
    RecordEntry,
    Section,
    TextEntry,
    TextKind,
    briefingfile,
)
from briefer.render.document import (
    BulletList,
    Cover,
    Document,
    Heading,
    Paragraph,
    Quote,
    SourceNote,
    TableOfContents,
    document_from_dict,
    runs_text,
)
from briefer.render.template import find_template
from tests.factories import source, statement

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "compose"
TEMPLATES = ("ministerial-brief", "press-digest", "speaking-notes")


def sample() -> Briefing:
    return briefingfile.load(sample_briefing_path())


def texts(document: Document) -> str:
    parts: list[str] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            parts.append(block.text)
        elif isinstance(block, Paragraph | SourceNote):
            parts.append(runs_text(block.runs))
        elif isinstance(block, Quote):
            parts += [*block.paragraphs, block.attribution]
        elif isinstance(block, BulletList):
            parts += [runs_text(item.runs) for item in block.items]
    return "\n".join(parts)


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("template", TEMPLATES)
def test_the_sample_matches_its_golden_document(
    template: str, variant: str, update_golden: bool
) -> None:
    document = build_document(sample(), find_template(template), variant)  # type: ignore[arg-type]
    data = document.to_dict()
    path = GOLDEN / f"{template}-{variant}.json"
    if update_golden:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    assert data == json.loads(path.read_text("utf-8"))
    assert document_from_dict(json.loads(json.dumps(data))) == document


def test_the_ministerial_brief_has_cover_contents_numbers_and_sources() -> None:
    document = build_document(sample(), find_template("ministerial-brief"))
    kinds = [type(b) for b in document.blocks]
    assert kinds[0] is Cover and TableOfContents in kinds
    cover = document.blocks[0]
    assert isinstance(cover, Cover)
    assert ("Classification", "VS-NUR FÜR DEN DIENSTGEBRAUCH") in cover.fields
    headings = [(h.number, h.text) for h in document.headings()]
    assert headings[:2] == [("1", "The consultations"), ("1.1", "Background")]
    quotes = [b for b in document.blocks if isinstance(b, Quote)]
    assert [q.source for q in quotes] == [1, 1]  # both cite the one press release
    (note,) = [b for b in document.blocks if isinstance(b, SourceNote)]
    assert "Federal Foreign Office" in runs_text(note.runs) and note.anchor == "source-1"
    assert document.info.marking is not None
    assert not document.info.marking.bottom  # VS-NfD: the top of every page (VSA Anlage IV)
    assert document.info.reference == "AP-341-2021-0414\u00a0VS-NfD"  # the reference carries it
    assert "VS-NUR FÜR DEN DIENSTGEBRAUCH" in document.info.subject
    assert "茂木敏充" in texts(document) and "岸信夫" in texts(document)


def test_the_shareable_variant_leaves_internal_notes_out() -> None:
    internal = texts(build_document(sample(), find_template("ministerial-brief"), "internal"))
    shareable = texts(build_document(sample(), find_template("ministerial-brief"), "shareable"))
    assert "confirm with the Japan desk" in internal
    assert "Internal – not for distribution" in internal
    assert "confirm with the Japan desk" not in shareable and "Internal" not in shareable
    assert "Offer concrete follow-up" in shareable  # printable talking points stay


def test_labels_follow_the_briefing_language() -> None:
    german = replace(sample(), meta=replace(sample().meta, language="de"))
    document = build_document(german, find_template("ministerial-brief"))
    toc = next(b for b in document.blocks if isinstance(b, TableOfContents))
    assert toc.title == "Inhalt"
    assert document.info.page_label == "Seite {page} von {pages}"
    assert document.info.date_text == "14. April 2021"
    assert document.headings()[-1].text == "Quellen"
    assert "Teilnehmende" in texts(document) and "Videokonferenz" in json.dumps(
        document.to_dict(), ensure_ascii=False
    )


def test_the_press_digest_is_chronological_and_cites_inline() -> None:
    older = statement(
        "Older words on the matter.", speaker="A", when=date(2020, 1, 1), source=source("old")
    )
    newer = statement(
        "Newer words on the matter.", speaker="B", when=date(2023, 1, 1), source=source("new")
    )
    briefing = Briefing(
        BriefingMeta("Digest"),
        (
            Section(
                "Week",
                (
                    RecordEntry(newer, 2),
                    RecordEntry(older, 1),
                    TextEntry.from_plain(TextKind.BACKGROUND, "Context first."),
                ),
                id="s",
            ),
        ),
    )
    document = build_document(briefing, find_template("press-digest"))
    order = [b.paragraphs[0] for b in document.blocks if isinstance(b, Quote)]
    assert order == ["“Older words on the matter.”", "“Newer words on the matter.”"]
    assert texts(document).index("Context first.") < texts(document).index("Older words")
    assert not any(isinstance(b, SourceNote) for b in document.blocks)
    assert (
        sum("Source: " in runs_text(b.runs) for b in document.blocks if isinstance(b, Paragraph))
        == 2
    )


def test_speaking_notes_put_talking_points_first_and_shorten_quotes() -> None:
    document = build_document(sample(), find_template("speaking-notes"))
    first = document.headings()[0]
    assert first.text == "Talking points"
    assert isinstance(document.blocks[0], Cover) and not document.blocks[0].page  # title block
    assert isinstance(document.blocks[2], BulletList)  # no second "Talking points" heading
    quotes = [b for b in document.blocks if isinstance(b, Quote)]
    for quote in quotes:
        words = sum(len(p.split()) for p in quote.paragraphs)
        assert quote.excerpt and words <= 60
        assert quote.paragraphs[-1].endswith("[…]”")
        assert quote.attribution.endswith("(excerpt)")
    maas = quotes[0].paragraphs[0]
    assert maas.startswith("“So that Germany and Europe can continue")  # starts where it starts


def test_an_unknown_classification_is_refused() -> None:
    wrong = replace(sample(), meta=replace(sample().meta, classification="TOP SECRET-ish"))
    with pytest.raises(BriefingError, match=r"Unknown classification 'TOP SECRET-ish'\. Use one"):
        build_document(wrong, find_template("ministerial-brief"))


def test_only_web_and_mail_addresses_become_links() -> None:
    from dataclasses import replace

    from briefer.compose import build_document
    from briefer.library.sample import sample_briefing_path
    from briefer.model import RecordEntry, briefingfile
    from briefer.render.template import find_template

    briefing = briefingfile.load(sample_briefing_path())
    entries = []
    for entry in briefing.entries():
        if isinstance(entry, RecordEntry) and entry.record.source is not None:
            source = replace(entry.record.source, url="javascript:app.alert(1)")
            entry = replace(entry, record=replace(entry.record, source=source))
        entries.append(entry)
    section = replace(briefing.sections[0], entries=tuple(entries))
    document = build_document(
        replace(briefing, sections=(section,)), find_template("ministerial-brief")
    )
    text = str(document.to_dict())  # a run is [text, style, link]
    assert "['javascript:app.alert(1)', '', '']" in text  # shown as written, not a link
    assert "'javascript:app.alert(1)']" not in text


def test_every_marking_level_cites_its_rule_and_says_where_it_may_be_processed() -> None:
    found = {level.label: level for level in levels()}
    assert all(level.rule for level in found.values())
    ordinary = {"OFFEN", "VS-NUR FÜR DEN DIENSTGEBRAUCH", "OFFICIAL", "OFFICIAL-SENSITIVE"}
    for label in ordinary | {"OFFICIAL-SENSITIVE UK EYES ONLY", "NATO RESTRICTED"}:
        assert not found[label].needs_approved_system, label
    for label in ("VS-VERTRAULICH", "GEHEIM", "STRENG GEHEIM", "SECRET", "TOP SECRET"):
        assert found[label].needs_approved_system, label
    assert found["SECRET UK EYES ONLY"].needs_approved_system


@pytest.mark.parametrize(
    ("classification", "printed", "bottom", "color", "reference"),
    [
        ("VS-NUR FÜR DEN DIENSTGEBRAUCH", "VS-NUR FÜR DEN DIENSTGEBRAUCH", False, "#000000",
         "AP-341\u00a0VS-NfD"),
        ("de:vs-vertraulich", "VS-VERTRAULICH – amtlich geheim gehalten", False, "#000000",
         "AP-341\u00a0VS-Vertr."),
        ("GEHEIM", "GEHEIM – amtlich geheim gehalten", True, "#c00000", "AP-341\u00a0geh."),
        ("OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE", True, "#000000", "AP-341"),
        ("official-sensitive  uk eyes only", "OFFICIAL-SENSITIVE UK EYES ONLY", True, "#000000",
         "AP-341"),
        ("uk:secret+uk-eyes-only", "SECRET UK EYES ONLY", True, "#000000", "AP-341"),
    ],
)  # fmt: skip
def test_markings_follow_the_rules_of_their_scheme(
    classification: str, printed: str, bottom: bool, color: str, reference: str
) -> None:
    meta = replace(sample().meta, classification=classification, reference="AP-341")
    document = build_document(replace(sample(), meta=meta), find_template("press-digest"))
    marking = document.info.marking
    assert marking is not None
    assert (marking.printed, marking.bottom, marking.color) == (printed, bottom, color)
    assert document.info.reference == reference
    cover = document.blocks[0]
    assert isinstance(cover, Cover) and ("Reference", reference) in cover.fields


@pytest.mark.parametrize(
    ("language", "outer", "inner"),
    [("en", ("“", "”"), ("‘", "’")), ("de", ("„", "“"), ("‚", "‘"))],
)
def test_quotation_marks_follow_the_briefing_language(
    language: str, outer: tuple[str, str], inner: tuple[str, str]
) -> None:
    said = statement(
        'We call it "a milestone".\nIt is, as they say, „ein Meilenstein“ – isn’t it?',
        speaker="A",
        when=date(2021, 4, 13),
    )
    briefing = Briefing(
        BriefingMeta("Quotes", language=language), (Section("S", (RecordEntry(said, 1),)),)
    )
    (quote,) = [
        b
        for b in build_document(briefing, find_template("ministerial-brief")).blocks
        if isinstance(b, Quote)
    ]
    first, last = quote.paragraphs
    assert first == f"{outer[0]}We call it {inner[0]}a milestone{inner[1]}."
    assert last == f"It is, as they say, {inner[0]}ein Meilenstein{inner[1]} – isn’t it?{outer[1]}"


def digest_across_sections() -> Briefing:
    """Three sections whose statements run 2021, 2022, 2018, 2014, 2021 and undated."""

    def said(year: int, month: int, day: int, words: str) -> RecordEntry:
        return RecordEntry(statement(words, speaker=words, when=date(year, month, day)))

    undated = RecordEntry(replace(statement("Undated words.", speaker="U"), date=None))
    return Briefing(
        BriefingMeta("Digest", language="de"),
        (
            Section("Japan", (said(2021, 4, 13, "A 2021"), said(2022, 7, 1, "B 2022"))),
            Section(
                "Korea",
                (undated, said(2018, 3, 5, "C 2018"), TextEntry.from_plain(TextKind.NOTE, "N")),
            ),
            Section("China", (said(2014, 1, 9, "D 2014"), said(2021, 4, 15, "E 2021"))),
        ),
    )


def test_the_digest_runs_in_time_order_across_sections_under_a_line_per_day() -> None:
    document = build_document(digest_across_sections(), find_template("press-digest"))
    quotes = [b.paragraphs[0][1:6] for b in document.blocks if isinstance(b, Quote)]
    assert quotes == ["D 201", "C 201", "A 202", "E 202", "B 202", "Undat"]
    headings = [h.text for h in document.headings(1)]
    assert headings == [
        "Korea",  # own text first, in its section
        "9. Januar 2014",
        "5. März 2018",
        "13. April 2021",
        "15. April 2021",
        "1. Juli 2022",
        "Ohne Datum",
    ]


def test_a_template_may_put_a_line_over_each_week() -> None:
    weekly = replace(find_template("press-digest"), timeline="week")
    document = build_document(digest_across_sections(), weekly)
    headings = [h.text for h in document.headings(1)]
    assert "Woche vom 12. April 2021" in headings  # 13 and 15 April: one week, from Monday
    assert len(headings) == 6
