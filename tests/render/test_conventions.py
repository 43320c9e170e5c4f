"""Conventions of real briefings, read back from both formats, in English and German."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from briefer.compose import VARIANTS
from briefer.exporting import export
from briefer.library.sample import sample_briefing_path
from briefer.model import Briefing, briefingfile
from briefer.render.template import find_template
from tests.render.pdfcheck import read

TEMPLATES = ("ministerial-brief", "press-digest", "speaking-notes")
LANGUAGES = ("en", "de")
FORMATS = ("pdf", "docx")
CASES = [(t, v, lang) for t in TEMPLATES for v in VARIANTS for lang in LANGUAGES]
Files = dict[tuple[str, str, str, str], Path]

VERSION_LINES = {
    ("internal", "en"): "Internal version: contains internal notes",
    ("internal", "de"): "Interne Fassung: enthält interne Vermerke",
    ("shareable", "en"): "Version for distribution",
    ("shareable", "de"): "Fassung zur Weitergabe",
}
FOOTER_VERSIONS = {
    ("internal", "en"): "Internal version",
    ("internal", "de"): "Interne Fassung",
    ("shareable", "en"): "Version for distribution",
    ("shareable", "de"): "Fassung zur Weitergabe",
}


def sample(language: str = "en") -> Briefing:
    briefing = briefingfile.load(sample_briefing_path())
    return replace(briefing, meta=replace(briefing.meta, language=language))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Files:
    folder = tmp_path_factory.mktemp("conventions")
    files = {}
    for template, variant, language in CASES:
        for fmt in FORMATS:
            path = folder / f"{template}-{variant}-{language}.{fmt}"
            export(sample(language), fmt, path, find_template(template), variant)  # type: ignore[arg-type]
            files[template, variant, language, fmt] = path
    return files


def docx_first_page(path: Path) -> str:
    """Return the text a .docx prints before its first page break (or first Heading 1)."""
    lines = []
    for paragraph in docx.Document(str(path)).paragraphs:
        element = paragraph._p
        if paragraph.style is not None and paragraph.style.name == "Heading 1":
            break
        lines.append(paragraph.text)
        breaks = element.iter(qn("w:br"))
        if any(b.get(qn("w:type")) == "page" for b in breaks):
            break
    return "\n".join(lines)


def docx_footer(path: Path) -> str:
    section = docx.Document(str(path)).sections[0]
    return "\n".join(p.text for p in section.footer.paragraphs)


def first_page(files: Files, template: str, variant: str, language: str, fmt: str) -> str:
    path = files[template, variant, language, fmt]
    if fmt == "pdf":
        return " ".join(read(path).pages[0].split())
    return " ".join(docx_first_page(path).split())


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("template", "variant", "language"), CASES)
def test_the_first_page_names_the_briefing_and_its_version(
    exported: Files, template: str, variant: str, language: str, fmt: str
) -> None:
    meta = sample(language).meta
    page = first_page(exported, template, variant, language, fmt)
    for value in (meta.title, meta.occasion, meta.prepared_for, meta.prepared_by):
        assert " ".join(value.split()) in page
    assert meta.reference in page
    assert ("14 April 2021" if language == "en" else "14. April 2021") in page
    assert VERSION_LINES[variant, language] in page


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("template", "variant", "language"), CASES)
def test_the_footer_says_which_version_this_is(
    exported: Files, template: str, variant: str, language: str, fmt: str
) -> None:
    path = exported[template, variant, language, fmt]
    wanted = FOOTER_VERSIONS[variant, language]
    if fmt == "docx":
        assert wanted in docx_footer(path)
        return
    pages = read(path).pages
    body = pages[1:] if template == "ministerial-brief" else pages  # the cover has no footer
    assert body and all(wanted in page for page in body)
    other = FOOTER_VERSIONS["shareable" if variant == "internal" else "internal", language]
    assert not any(other in page for page in pages)
