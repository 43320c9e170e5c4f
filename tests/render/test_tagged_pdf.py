"""Every PDF export is tagged PDF/UA-1 and archival PDF/A-2a: checked by the rules a program
can decide (tests/render/conformance.py), by two independent checkers (the `pdfua` package
and pikepdf's PDF/A validator), and by reading the structure tree back in reading order."""

from __future__ import annotations

import io
import itertools
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pikepdf
import pytest
from pdfua import validate
from pikepdf.pdfa import validate_written
from reportlab.pdfgen.canvas import Canvas

from briefer.compose import VARIANTS, build_document
from briefer.exporting import export
from briefer.library.sample import sample_briefing_path
from briefer.model import Briefing, annexedits, briefingfile
from briefer.model.annexes import file_annex
from briefer.render import document as model
from briefer.render.registry import RENDERERS
from briefer.render.template import find_template
from tests.annexdata import image_file, linked_pdf
from tests.compose.test_build import digest_across_sections
from tests.images import image_entry, photo, with_image
from tests.render.conformance import findings
from tests.render.docxpages import corpus_briefing
from tests.render.test_annexes import annexed

TEMPLATES = ("ministerial-brief", "press-digest", "speaking-notes")
LANGUAGES = ("en", "de")
CASES = [(t, v, lang) for t in TEMPLATES for v in VARIANTS for lang in LANGUAGES]
# what the export declares beyond what pikepdf's PDF/A-2b validator knows: level a, and XMP
# properties described by extension schemas (conformance.py checks those schemas)
_BEYOND_2B = re.compile(
    r"pdfaid:conformance is 'A'|namespace (briefer|pdfaExtension|pdfaSchema|pdfaProperty)="
    r"|property (pdfuaid:part|briefer:\w+|pdfaExtension:schemas) is not permitted"
)


def sample(language: str = "en") -> Briefing:
    briefing = briefingfile.load(sample_briefing_path())
    return replace(briefing, meta=replace(briefing.meta, language=language))


def illustrated(language: str, tmp: Path) -> Briefing:
    """The sample with an image and two annexes: a picture and a PDF whose fonts are
    embedded (the sample exported)."""
    annex = tmp / "annex.pdf"
    export(sample(), "pdf", annex, find_template(TEMPLATES[1]))
    briefing = annexedits.add_annex(
        sample(language), file_annex(annex.read_bytes(), "Joint statement", "j.pdf")
    )
    briefing = annexedits.add_annex(briefing, file_annex(image_file(1200, 800), "Map", "m.png"))
    photo_entry = image_entry(photo(800, 600), "The harbour", alt_text="Ships in a harbour")
    return with_image(briefing, photo_entry, 0, 1)


def longer(language: str) -> Briefing:
    """A briefing of 48 real records from the corpus of real press releases."""
    briefing = corpus_briefing()
    return replace(briefing, meta=replace(briefing.meta, language=language))


@pytest.fixture(scope="module")
def exported(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, tuple[Briefing, str, Path, str]]:
    folder = tmp_path_factory.mktemp("tagged")
    files = {}
    cases: list[tuple[str, Briefing, str, str]] = [
        (f"{t}-{v}-{lang}", sample(lang), t, v) for t, v, lang in CASES
    ]
    for lang in LANGUAGES:
        cases.append((f"illustrated-{lang}", illustrated(lang, folder), TEMPLATES[0], "internal"))
        cases.append((f"corpus-{lang}", longer(lang), TEMPLATES[0], "internal"))
    for name, briefing, template, variant in cases:
        path = folder / f"{name}.pdf"
        export(briefing, "pdf", path, find_template(template), variant)  # type: ignore[arg-type]
        files[name] = (briefing, template, path, variant)
    return files


NAMES = [f"{t}-{v}-{lang}" for t, v, lang in CASES] + [
    f"{kind}-{lang}" for kind in ("illustrated", "corpus") for lang in LANGUAGES
]


@pytest.mark.parametrize("name", NAMES)
def test_every_export_passes_every_rule(exported: dict, name: str) -> None:  # type: ignore[type-arg]
    assert findings(exported[name][2]) == []


@pytest.mark.parametrize("name", NAMES)
def test_the_pdfua_checker_finds_nothing(exported: dict, name: str) -> None:  # type: ignore[type-arg]
    report = validate(str(exported[name][2]))
    assert [(f.rule_id, f.message) for f in report.findings] == []
    assert report.exit_code == 0


@pytest.mark.parametrize("name", NAMES)
def test_pikepdfs_pdfa_validator_approves_everything_it_knows(exported: dict, name: str) -> None:  # type: ignore[type-arg]
    report = validate_written(exported[name][2], "2b")
    left = [f for f in report.findings if not _BEYOND_2B.search(f.message)]
    assert [(f.rule, f.where, f.message) for f in left] == []


def structure_text(path: Path) -> str:
    """Return the text of the structure tree in its order, without white space."""
    shown = subprocess.run(
        ["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True
    ).stdout
    quoted = re.findall(r'^\s*"(.*)"$', shown, flags=re.M)
    return "".join("".join(quoted).split())


def block_texts(document: model.Document) -> list[str]:
    """Return a stretch of each block's text in the model's order (the contents where they
    stand), without white space."""
    texts = [t for block in document.blocks for t in _said(block, document)]
    return ["".join(t.split())[:40] for t in texts if t.strip()]


def _said(block: model.Block, document: model.Document) -> list[str]:
    match block:
        case model.Cover():
            return [block.title]
        case model.TableOfContents():
            return [block.title, *(h.label for h in document.headings(block.depth))]
        case model.Heading():
            return [block.label]
        case model.Paragraph() | model.SourceNote():
            return [model.runs_text(block.runs)]
        case model.MetaLine():
            return [model.runs_text(tuple(block.runs()))]
        case model.Quote():
            return [*block.paragraphs, block.attribution]
        case model.BulletList():
            return [model.runs_text(item.runs) for item in block.items]
        case model.Figure():
            return [model.runs_text(block.caption)]
    return []


@pytest.mark.parametrize(
    "name", ["ministerial-brief-internal-en", "press-digest-shareable-de", "corpus-de"]
)
def test_the_structure_reads_in_the_models_order_without_page_furniture(
    exported: dict,  # type: ignore[type-arg]
    name: str,
) -> None:
    briefing, template, path, variant = exported[name]
    document = build_document(briefing, find_template(template), variant)
    text = structure_text(path)
    at = 0
    for stretch in block_texts(document):
        found = text.find(stretch, at)
        assert found >= 0, f"{stretch!r} is missing or out of order"
        at = found + len(stretch)
    pages = int(re.search(r"Pages:\s+(\d+)", _pdfinfo(path))[1])  # type: ignore[index]
    label = document.info.page_label.format(page=2, pages=pages)
    assert "".join(label.split()) not in text
    marking = document.info.marking
    if marking is not None:  # once, as the cover's field, not once a page
        assert text.count("".join(marking.printed.split())) <= 1


def _pdfinfo(path: Path) -> str:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout


def test_the_contents_come_first_in_the_tree_though_laid_out_last(exported: dict) -> None:  # type: ignore[type-arg]
    with pikepdf.open(exported["ministerial-brief-internal-en"][2]) as pdf:
        kids = pdf.Root.StructTreeRoot.K.K
        roles = [str(kid.S) for kid in kids]
        assert roles.index("/TOC") < roles.index("/H1", 1)  # after the cover's title
        toc = kids[roles.index("/TOC")]
        entries = [kid for kid in toc.K if kid.S == "/TOCI"]
        assert entries and all(entry.K[0].S == "/Link" for entry in entries)
        first = entries[0].K[0]
        assert any(isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR" for k in first.K)


def test_the_language_is_the_briefings_and_foreign_words_carry_their_own(exported: dict) -> None:  # type: ignore[type-arg]
    with pikepdf.open(exported["ministerial-brief-internal-de"][2]) as pdf:
        assert str(pdf.Root.Lang) == "de"
        spans = [e for e in _elements(pdf.Root.StructTreeRoot) if e.S == "/Span" and "/Lang" in e]
        assert {str(s.Lang) for s in spans} == {"ja"}  # 茂木敏充 and 岸信夫 in the participants
        xmp = pdf.Root.Metadata.read_bytes().decode()
        assert "<rdf:li>de</rdf:li>" in xmp


def test_a_quote_in_another_language_says_so(tmp_path: Path) -> None:
    briefing = sample("de")  # the sample's quotes are English translations
    path = tmp_path / "de.pdf"
    export(briefing, "pdf", path, find_template(TEMPLATES[0]))
    document = build_document(briefing, find_template(TEMPLATES[0]))
    quoted = {b.language for b in document.blocks if isinstance(b, model.Quote)}
    with pikepdf.open(path) as pdf:
        quotes = [e for e in _elements(pdf.Root.StructTreeRoot) if e.S == "/BlockQuote"]
        assert quotes
        for quote in quotes:
            assert str(quote.get("/Lang", "de")) in quoted | {"de"}
        if quoted - {"", "de"}:
            assert any("/Lang" in q for q in quotes)


def _elements(node: pikepdf.Dictionary) -> list[pikepdf.Dictionary]:
    found = []
    kids = node.get("/K")
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            found.append(kid)
            found += _elements(kid)
    return found


def test_figures_and_annex_pages_carry_their_alt_text(exported: dict) -> None:  # type: ignore[type-arg]
    with pikepdf.open(exported["illustrated-en"][2]) as pdf:
        figures = [e for e in _elements(pdf.Root.StructTreeRoot) if e.S == "/Figure"]
        alts = [str(f.Alt) for f in figures]
    assert "Ships in a harbour" in alts
    digest = _pdfinfo(exported["press-digest-internal-en"][2])
    pages = int(re.search(r"Pages:\s+(\d+)", digest)[1])  # type: ignore[index]
    assert [f"Annex 1: Joint statement ({n}/{pages})" for n in range(1, pages + 1)] == [
        a for a in alts if "Joint statement" in a
    ]
    assert "Annex 2: Map" in alts


def test_the_metadata_declares_the_standards_and_the_records_properties(exported: dict) -> None:  # type: ignore[type-arg]
    briefing = exported["ministerial-brief-internal-en"][0]
    with pikepdf.open(exported["ministerial-brief-internal-en"][2]) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "A"
        assert meta["dc:title"] == briefing.meta.title
        xmp = pdf.Root.Metadata.read_bytes().decode()
        assert "<pdfuaid:part>1</pdfuaid:part>" in xmp
        assert f"<briefer:Reference>{briefing.meta.reference}" in xmp
        assert "<briefer:Classification>VS-NUR FÜR DEN DIENSTGEBRAUCH" in xmp
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle)
        assert pdf.pdf_version == "1.7"


def test_every_link_is_described_and_owned_by_a_link_element(exported: dict) -> None:  # type: ignore[type-arg]
    with pikepdf.open(exported["corpus-en"][2]) as pdf:
        links = [a for page in pdf.pages for a in page.obj.get("/Annots", [])]
        assert len(links) > 50
        assert all(str(a.Contents).strip() and "/StructParent" in a for a in links)


def test_an_annex_without_its_fonts_leaves_a_tagged_pdf_that_claims_neither_standard(
    tmp_path: Path,
) -> None:
    path = tmp_path / "annexed.pdf"
    warnings = export(
        annexed(), "pdf", path, find_template(TEMPLATES[0])
    )  # Helvetica, not embedded
    assert any("Joint statement uses fonts it does not embed" in w for w in warnings)
    found = {finding.split(":")[0] for finding in findings(path)}
    assert found == {"6.6.4", "06-002", "31-009", "31-027"}  # no claim, and the fonts


def test_a_digests_speakers_right_under_their_day_skip_no_heading_level(tmp_path: Path) -> None:
    briefing = digest_across_sections()  # statements with no meeting above them
    path = tmp_path / "digest.pdf"
    export(briefing, "pdf", path, find_template("press-digest"))
    document = build_document(briefing, find_template("press-digest"))
    levels = [b.level for b in document.blocks if isinstance(b, model.Heading)]
    assert (1, 3) in itertools.pairwise(levels)  # the model skips one: the styles' choice
    assert findings(path) == []
    with pikepdf.open(path) as pdf:
        tags = [str(e.S) for e in _elements(pdf.Root.StructTreeRoot) if str(e.S)[1:2] == "H"]
    assert len(tags) == len(levels) + 1  # and the title
    assert all(int(b[2]) <= int(a[2]) + 1 for a, b in itertools.pairwise(tags))


def test_sub_points_are_lists_within_their_items(tmp_path: Path) -> None:
    items = tuple(
        model.ListItem((model.Run(text),), level, number)
        for text, level, number in (("One", 0, 1), ("a", 1, 0), ("b", 1, 0), ("Two", 0, 2))
    )
    document = model.Document(
        model.DocumentInfo("Points"),
        (model.Heading(1, "Points", "s-1"), model.BulletList(items)),
    )
    path = tmp_path / "points.pdf"
    RENDERERS["pdf"].render(document, find_template(TEMPLATES[0]), path)
    assert findings(path) == []
    with pikepdf.open(path) as pdf:
        outer = next(e for e in _elements(pdf.Root.StructTreeRoot) if e.S == "/L")
        assert str(outer.A.ListNumbering) == "/Decimal"
        first, second = (k for k in outer.K if k.S == "/LI")
        body = first.K[1]
        inner = next(k for k in body.K if isinstance(k, pikepdf.Dictionary))
        assert inner.S == "/L" and [k.S for k in inner.K] == ["/LI", "/LI"]
        assert str(inner.A.ListNumbering) == "/Disc"
        assert second.K[1].S == "/LBody"


def test_a_web_link_of_an_annex_page_is_a_link_in_its_figure(tmp_path: Path) -> None:
    briefing = annexedits.add_annex(sample(), file_annex(linked_pdf(), "Linked", "l.pdf"))
    path = tmp_path / "linked.pdf"
    export(briefing, "pdf", path, find_template(TEMPLATES[0]))
    assert not [f for f in findings(path) if f.startswith(("28-", "01-"))]
    with pikepdf.open(path) as pdf:
        figure = next(e for e in _elements(pdf.Root.StructTreeRoot) if e.S == "/Figure")
        link = next(k for k in figure.K if isinstance(k, pikepdf.Dictionary))
        assert link.S == "/Link" and link.K[0].Obj.A.URI == "https://example.org/"


# -- the rules themselves find what is wrong ---------------------------------------------------


def test_the_rules_find_an_untagged_pdf_wanting(tmp_path: Path) -> None:
    path = tmp_path / "plain.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "Hello")
    canvas.linkURL("https://example.org", (72, 700, 200, 712))
    canvas.save()
    found = " ".join(findings(path))
    for checkpoint in ("01-001", "01-005", "06-001", "07-001", "28-008", "28-011", "31-009"):
        assert f"{checkpoint}:" in found, checkpoint


def test_the_rules_find_tampering_with_an_export(exported: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    source = exported["ministerial-brief-internal-en"][2]
    with pikepdf.open(source) as pdf:
        figure = pdf.Root.StructTreeRoot.K.K[0]
        figure.S = pikepdf.Name.Figure  # the title made a figure without alt text
        pdf.Root.MarkInfo.Suspects = True
        del pdf.Root.ViewerPreferences.DisplayDocTitle
        page = pdf.pages[-1]
        drawn = page.obj.Contents.read_bytes() + b"\n0 0 m 9 9 l S\n"  # a line, unmarked
        page.obj.Contents = pdf.make_stream(drawn)
        buffer = io.BytesIO()
        pdf.save(buffer)
    path = tmp_path / "tampered.pdf"
    path.write_bytes(buffer.getvalue())
    found = " ".join(findings(path))
    for checkpoint in ("13-004", "01-007", "07-001", "01-005"):
        assert f"{checkpoint}:" in found, checkpoint
