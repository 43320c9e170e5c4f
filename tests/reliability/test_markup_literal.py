"""Every text field that reaches a document carries markup characters through literally.

Each field of a briefing gets its own token made of markup: HTML and XML tags, entities,
ReportLab's paragraph tags, placeholders, format codes, backslashes. Every token must come
out in the PDF and the .docx exactly as typed, in the text or the document properties.
"""

from __future__ import annotations

import itertools
import zipfile
from datetime import date
from pathlib import Path

import pypdf
import pytest
from lxml import etree

from briefer.exporting import export
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
)
from briefer.render.template import available_templates, find_template

_numbers = itertools.count(1)
TOKENS: dict[str, str] = {}


def token(field: str) -> str:
    """A short run of markup unique to field (short, so no line break splits it)."""
    text = f"<b>{next(_numbers):02d}&amp;{{title}}%s\\n</b>"
    TOKENS[field] = text
    return text


def source(prefix: str) -> Source:
    return Source.from_text(
        f"The {prefix} release.",
        title=token(f"{prefix} source title"),
        publisher=token(f"{prefix} source publisher"),
        url=f"https://example.org/r?a=1&b=<{prefix[:4]}>",
        date_published=date(2024, 5, 2),
    )


def person(prefix: str) -> Person:
    return Person(token(f"{prefix} name"), token(f"{prefix} role"), token(f"{prefix} country"))


BRIEFING = Briefing(
    BriefingMeta(
        title=token("briefing title"),
        occasion=token("occasion"),
        date=date(2024, 5, 3),
        prepared_for=token("prepared for"),
        prepared_by=token("prepared by"),
        reference=token("reference"),
        classification="OFFICIAL-SENSITIVE",
    ),
    (
        Section(
            token("section title"),
            (
                TextEntry.from_plain(
                    TextKind.BACKGROUND, token("background"), title=token("note title")
                ),
                TextEntry.from_plain(TextKind.TALKING_POINTS, token("talking point")),
                RecordEntry(
                    Consultation(
                        title=token("meeting title"),
                        date=date(2024, 5, 2),
                        format=token("meeting format"),
                        place=token("meeting place"),
                        participants=(person("participant"),),
                        topics=(token("topic"),),
                        summary=token("summary"),
                        source=source("meeting"),
                    ),
                    1,
                ),
                RecordEntry(
                    Statement(
                        speaker=person("speaker"),
                        text=token("quote"),
                        date=date(2024, 5, 2),
                        occasion=token("statement occasion"),
                        source=source("statement"),
                    ),
                    2,
                ),
            ),
        ),
    ),
)


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    properties = [str(value) for value in (reader.metadata or {}).values()]
    return "\n".join([*(page.extract_text() for page in reader.pages), *properties])


def docx_text(path: Path) -> str:
    """The text of every paragraph of every part (body, headers, footers, properties)."""
    texts = []
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if not name.endswith(".xml"):
                continue
            root = etree.fromstring(package.read(name))
            paragraphs = root.iter("{*}p") if name.startswith("word/") else [root]
            texts += ["".join(p.itertext()) for p in paragraphs]
    return "\n".join(texts)


# What the shorter house styles leave out by design: they list a meeting's participants by
# name and skip its agenda. Their title block names the briefing as a cover page does.
LEFT_OUT = {
    "ministerial-brief": set(),
    "press-digest": {
        "participant role",
        "participant country",
        "topic",
        "statement occasion",
    },
    "speaking-notes": {
        "participant role",
        "participant country",
        "topic",
    },
}


@pytest.mark.parametrize("template", [t.name for t in available_templates()])
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_every_field_reaches_the_document_literally(
    tmp_path: Path, template: str, fmt: str
) -> None:
    target = tmp_path / f"brief.{fmt}"
    export(BRIEFING, fmt, target, find_template(template))
    text = " ".join((pdf_text if fmt == "pdf" else docx_text)(target).split())
    missing = {field for field, literal in TOKENS.items() if literal not in text}
    assert missing == LEFT_OUT[template]
