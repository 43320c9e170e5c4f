"""The sample briefing and a hostile one, exported with every template, read back."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from briefer.compose import VARIANTS, build_document
from briefer.errors import RenderError
from briefer.exporting import export
from briefer.library.sample import sample_briefing_path
from briefer.model import (
    Briefing,
    BriefingMeta,
    Consultation,
    Person,
    RecordEntry,
    Section,
    Source,
    Statement,
    TextEntry,
    TextKind,
    briefingfile,
)
from briefer.render import fonts as font_files
from briefer.render.registry import RENDERERS
from briefer.render.template import find_template
from tests.render.pdfcheck import fonts, qpdf_ok, read, toc_numbers

TEMPLATES = ("ministerial-brief", "press-digest", "speaking-notes")
MARKUP = 'R&D <b>bold</b> <font name="x">font</font> &amp; <img src="/etc/passwd"/> a < b > c'


def sample() -> Briefing:
    return briefingfile.load(sample_briefing_path())


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("pdf")
    files = {}
    for template in TEMPLATES:
        for variant in VARIANTS:
            path = folder / f"{template}-{variant}.pdf"
            export(sample(), "pdf", path, find_template(template), variant)  # type: ignore[arg-type]
            files[template, variant] = path
    return files


CASES = [(t, v) for t in TEMPLATES for v in VARIANTS]


@pytest.mark.parametrize(("template", "variant"), CASES)
def test_the_file_is_sound_and_every_font_is_embedded(
    exported: dict[tuple[str, str], Path], template: str, variant: str
) -> None:
    path = exported[template, variant]
    assert qpdf_ok(path)
    listed = fonts(path)
    assert listed and all(embedded for _, embedded in listed)
    assert not any("Helvetica" in name or "Times" in name for name, _ in listed)
    assert any("IPAexGothic" in name for name, _ in listed)  # the Japanese names


@pytest.mark.parametrize(("template", "variant"), CASES)
def test_every_statement_is_there_verbatim(
    exported: dict[tuple[str, str], Path], template: str, variant: str
) -> None:
    reading = read(exported[template, variant])
    flat = reading.flat()
    statements = [
        e.record
        for e in sample().entries()
        if isinstance(e, RecordEntry) and isinstance(e.record, Statement)
    ]
    for said in statements:
        words = " ".join(said.text.split())
        if template == "speaking-notes":  # quotes are shortened there, at a sentence end
            words = " ".join(words.split()[:20])
        assert words in flat
    for name in ("茂木敏充", "岸信夫", "Kramp-Karrenbauer", "Maas"):
        assert name in flat
    assert "FÜR" in flat and "Germany’s" in flat and "–" in flat


@pytest.mark.parametrize(("template", "variant"), CASES)
def test_the_marking_is_on_every_page(
    exported: dict[tuple[str, str], Path], template: str, variant: str
) -> None:
    reading = read(exported[template, variant])
    for page in reading.pages:
        assert page.count("VS-NUR FÜR DEN DIENSTGEBRAUCH") >= 1


@pytest.mark.parametrize(("template", "variant"), CASES)
def test_page_x_of_y_is_right_on_every_page(
    exported: dict[tuple[str, str], Path], template: str, variant: str
) -> None:
    reading = read(exported[template, variant])
    total = len(reading.pages)
    first = 2 if find_template(template).cover else 1  # the cover carries no footer
    for number, page in enumerate(reading.pages[first - 1 :], start=first):
        assert f"Page {number} of {total}" in page


@pytest.mark.parametrize(("template", "variant"), CASES)
def test_the_shareable_variant_holds_no_internal_note(
    exported: dict[tuple[str, str], Path], template: str, variant: str
) -> None:
    flat = read(exported[template, variant]).flat()
    assert ("confirm with the Japan desk" in flat) == (variant == "internal")
    assert ("not for distribution" in flat) == (variant == "internal")


@pytest.mark.parametrize(("template", "variant"), CASES)
def test_one_outline_entry_per_section_and_entry(
    exported: dict[tuple[str, str], Path], template: str, variant: str
) -> None:
    reading = read(exported[template, variant])
    document = build_document(sample(), find_template(template), variant)  # type: ignore[arg-type]
    expected = [h.label for h in document.headings()]
    titles = [title for _, title, _ in reading.outline if title != "Contents"]
    assert titles == expected
    for level, title, page in reading.outline:
        assert title.split("\u2002")[-1] in " ".join(reading.pages[page - 1].split())
        assert level in (0, 1)


def test_the_contents_page_numbers_point_to_the_right_pages(
    exported: dict[tuple[str, str], Path],
) -> None:
    reading = read(exported["ministerial-brief", "internal"])
    contents = next(i for i, page in enumerate(reading.pages) if "Contents" in page)
    assert contents == 1  # right after the cover
    numbers = toc_numbers(reading.pages[contents])
    outline = {title: page for _, title, page in reading.outline}
    headings = build_document(sample(), find_template("ministerial-brief")).headings(2)
    assert len(numbers) == len(headings) >= 9
    for label, page in numbers.items():
        heading = " ".join(label.split())
        assert (
            outline[heading.replace(" ", "\u2002", 1) if heading[0].isdigit() else heading] == page
        )
        assert heading.split(" ", 1)[-1] in " ".join(reading.pages[page - 1].split())
    links = [a.get_object() for a in reading.reader.pages[contents].get("/Annots", [])]
    assert len(links) == len(headings)  # every line is a link


def test_metadata(exported: dict[tuple[str, str], Path]) -> None:
    reading = read(exported["ministerial-brief", "shareable"])
    info = reading.reader.metadata
    assert info is not None
    assert info.title == "Germany–Japan “2+2” consultations"
    assert info.author == "Asia-Pacific Division"
    assert "VS-NUR FÜR DEN DIENSTGEBRAUCH" in (info.subject or "")
    assert "VS-NUR FÜR DEN DIENSTGEBRAUCH" in str(info.get("/Keywords"))
    assert reading.reader.trailer["/Root"].get("/Lang") == "en"


def hostile() -> Briefing:
    release = Source.from_text(
        "Text",
        title="R&D <b>release</b>",
        publisher="Amt & <Co>",
        url="https://example.org/a?b=1&c=<2>",
        date_published=date(2024, 5, 2),
    )
    return Briefing(
        BriefingMeta(
            title=f"Title {MARKUP}",
            occasion="Über „Grüße“ – 茂木敏充",
            prepared_by="<Division> & Co",
            reference="A&B <1>",
            classification="OFFICIAL-SENSITIVE",
        ),
        (
            Section(
                f"Section {MARKUP}",
                (
                    TextEntry.from_plain(
                        TextKind.BACKGROUND, f"Background {MARKUP}", title=f"Note {MARKUP}"
                    ),
                    TextEntry.from_plain(
                        TextKind.TALKING_POINTS, f"Point {MARKUP}\nÄußerst wichtig – 岸信夫"
                    ),
                    RecordEntry(
                        Consultation(
                            title=f"Meeting {MARKUP}",
                            format="hybrid",
                            place="Tōkyō",
                            participants=(
                                Person(
                                    "MOTEGI Toshimitsu", "Foreign Minister", "Japan", ("茂木敏充",)
                                ),
                            ),
                            topics=(MARKUP,),
                            summary=f"Summary {MARKUP}",
                            source=release,
                        ),
                        1,
                    ),
                    RecordEntry(
                        Statement(
                            speaker=Person("Erika <b>Muster</b>", "Minister & Co"),
                            text=f"“Quote” {MARKUP}\nSecond ‘paragraph’ {MARKUP}",
                            source=release,
                        ),
                        2,
                    ),
                ),
                id="s1",
            ),
        ),
    )


@pytest.mark.parametrize("template", TEMPLATES)
def test_markup_characters_print_literally(tmp_path: Path, template: str) -> None:
    path = tmp_path / "hostile.pdf"
    export(hostile(), "pdf", path, find_template(template))
    assert qpdf_ok(path)
    flat = read(path).flat()
    assert flat.count(" ".join(MARKUP.split())) >= 5
    for text in (
        "Amt & <Co>",
        "Erika <b>Muster</b>",
        "Äußerst wichtig – 岸信夫",
        "茂木敏充",
        "Tōkyō",
    ):
        assert text in flat
    assert "OFFICIAL-SENSITIVE" in flat


def test_no_character_lacks_a_glyph() -> None:
    document = build_document(hostile(), find_template("ministerial-brief"))
    text = str(document.to_dict())
    assert font_files.missing_glyphs(text, font_files.face("Noto Serif")) == ""
    assert font_files.missing_glyphs(text, font_files.face("Noto Sans", True)) == ""


def test_links_go_to_the_source_and_to_the_web(tmp_path: Path) -> None:
    path = tmp_path / "links.pdf"
    export(hostile(), "pdf", path, find_template("press-digest"))
    reader = read(path).reader
    uris = [
        a.get_object()["/A"].get("/URI")
        for page in reader.pages
        for a in page.get("/Annots", [])
        if "/A" in a.get_object()
    ]
    assert "https://example.org/a?b=1&c=<2>" in uris


def test_the_invariant_option_makes_identical_bytes(tmp_path: Path) -> None:
    digests = set()
    for name in ("a.pdf", "b.pdf"):
        export(sample(), "pdf", tmp_path / name, find_template("ministerial-brief"), invariant=True)
        digests.add(hashlib.sha256((tmp_path / name).read_bytes()).hexdigest())
    assert len(digests) == 1


def test_a_failed_export_leaves_the_old_file_and_no_partial_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"%PDF-1.4 the previous export")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr("briefer.render.pdf._Layout._finish", broken)
    with pytest.raises(RenderError, match=r"could not be laid out: disk gone"):
        RENDERERS["pdf"].render(
            build_document(sample(), find_template("ministerial-brief")),
            find_template("ministerial-brief"),
            target,
        )
    assert target.read_bytes() == b"%PDF-1.4 the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_a_long_briefing_flows_over_many_pages_with_correct_numbers(tmp_path: Path) -> None:
    said = sample().entries()[2]
    assert isinstance(said, RecordEntry)
    sections = tuple(
        Section(
            f"Section {n}",
            tuple(RecordEntry(said.record, said.record_id, id=f"e{n}-{k}") for k in range(6)),
            id=f"s{n}",
        )
        for n in range(12)
    )
    briefing = Briefing(sample().meta, sections)
    path = tmp_path / "long.pdf"
    export(briefing, "pdf", path, find_template("ministerial-brief"))
    reading = read(path)
    assert len(reading.pages) > 20
    contents_pages = [
        i
        for i, p in enumerate(reading.pages)
        if "Contents" in p or ("Section 0" in p and "1.1" in p and i < 5)
    ]
    numbers: dict[str, int] = {}
    for index in range(1, 4):
        numbers.update(toc_numbers(reading.pages[index]))
    assert contents_pages and len(numbers) >= 12 + 72
    for label, page in numbers.items():
        if label.startswith(("11 ", "11.6 ")):
            assert label.split(" ", 1)[1] in " ".join(reading.pages[page - 1].split())


@pytest.mark.parametrize("template", TEMPLATES)
def test_no_heading_is_left_at_the_foot_of_a_page(tmp_path: Path, template: str) -> None:
    said = sample().entries()[2]
    assert isinstance(said, RecordEntry)
    sections = tuple(
        Section(
            f"Section {n}",
            (
                TextEntry.from_plain(
                    TextKind.BACKGROUND, "A line of background. " * (n * 7 % 23 + 1)
                ),
                *(RecordEntry(said.record, said.record_id, id=f"e{n}-{k}") for k in range(n % 3)),
            ),
            id=f"s{n}",
        )
        for n in range(40)
    )
    path = tmp_path / "flow.pdf"
    export(Briefing(sample().meta, sections), "pdf", path, find_template(template))
    reader = read(path).reader
    bottom = find_template(template).margins[2]
    tops = []

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                tops.append((item.title, float(item.top)))

    walk(reader.outline)
    assert len(tops) > 60 and len(reader.pages) > 3
    for title, top in tops:
        # a heading and at least two lines under it fit above the bottom margin
        assert top > bottom + 40, f"{title} is stranded at the foot of its page"


def test_each_contents_line_has_its_page_number_on_its_own_baseline(
    exported: dict[tuple[str, str], Path],
) -> None:
    from pypdf import PdfReader

    page = PdfReader(exported["ministerial-brief", "internal"]).pages[1]
    pieces: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            pieces.append((text.strip(), tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    top = next(y for text, y in pieces if text == "Contents")
    footer = next(y for text, y in pieces if text.startswith("Page 2 of"))
    lines = [(text, y) for text, y in pieces if footer < y < top]
    labels = [(text, y) for text, y in lines if text[0].isdigit() and " " in text]
    numbers = [y for text, y in lines if text.isdigit()]
    assert len(labels) >= 8
    for label, y in labels:
        assert any(abs(y - number) < 1 for number in numbers), f"no page number beside {label!r}"


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_paragraph_longer_than_three_pages_flows_over_them(tmp_path: Path, template: str) -> None:
    words = " ".join(f"word{n}" for n in range(6000))  # one paragraph, as pasted from a PDF
    long = Briefing(
        BriefingMeta(title="Long background"),
        (Section("Background", (TextEntry.from_plain(TextKind.BACKGROUND, words),)),),
    )
    path = tmp_path / "long.pdf"
    export(long, "pdf", path, find_template(template))
    reading = read(path)
    assert len(reading.pages) >= 4
    assert reading.flat().count("word") >= 6000 and "word5999" in reading.flat()


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_heading_longer_than_a_page_is_set_smaller_not_refused_nor_looped_on(
    tmp_path: Path, template: str
) -> None:
    entries = (TextEntry.from_plain(TextKind.BACKGROUND, "Some text."),)
    huge = Briefing(BriefingMeta(title="Huge"), (Section("Section " * 2000, entries),))
    path = tmp_path / "huge.pdf"
    export(huge, "pdf", path, find_template(template))
    assert qpdf_ok(path)
    assert "Section Section" in read(path).flat() and "Some text." in read(path).flat()


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_briefing_with_nothing_to_print_still_makes_a_page(tmp_path: Path, template: str) -> None:
    empty = Briefing(BriefingMeta(title="Nothing yet"), (Section("Empty", ()),))
    path = tmp_path / "empty.pdf"
    export(empty, "pdf", path, find_template(template))
    assert qpdf_ok(path)
    assert len(read(path).pages) >= 1
