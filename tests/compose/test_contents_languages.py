"""A briefing's contents list the same entries whatever language it is printed in."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from briefer.exporting import export
from briefer.library.sample import sample_briefing_path
from briefer.model import Briefing, TextEntry, briefingfile
from briefer.render.template import find_template

_NUMBERED = re.compile(r"(?:([\d.]+)\u2002)?(.*)")  # "1.2", an en space, the heading
TEMPLATES = ("ministerial-brief", "press-digest", "speaking-notes")
# what the German may print instead: the words of labels, dates and the back matter
_TRANSLATED = {
    "Background": "Hintergrund",
    "Talking points": "Gesprächsführung",
    "Internal note": "Interner Vermerk",
    "13 April 2021": "13. April 2021",
    "Sources": "Quellen",
    "Contents": "Inhalt",
}


def _untitled(briefing: Briefing) -> Briefing:
    """The sample as the editor makes own text: untitled, so it prints the kind's label."""
    return replace(
        briefing,
        sections=tuple(
            replace(
                s,
                entries=tuple(
                    replace(e, title="") if isinstance(e, TextEntry) else e for e in s.entries
                ),
            )
            for s in briefing.sections
        ),
    )


def _outline(path: Path) -> list[tuple[int, str]]:
    """The PDF's bookmarks as (depth, title), in order."""

    def walk(items: list[Any], depth: int) -> list[tuple[int, str]]:
        found: list[tuple[int, str]] = []
        for item in items:
            if isinstance(item, list):
                found += walk(item, depth + 1)
            else:
                found.append((depth, str(item.title)))
        return found

    return walk(PdfReader(path).outline, 0)


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("untitled", [False, True], ids=["titled", "untitled"])
def test_german_contents_list_the_english_entries_one_for_one(
    tmp_path: Path, template: str, untitled: bool
) -> None:
    sample = briefingfile.load(sample_briefing_path())
    if untitled:
        sample = _untitled(sample)
    outlines = {}
    for language in ("en", "de"):
        briefing = replace(sample, meta=replace(sample.meta, language=language))
        target = tmp_path / f"{language}.pdf"
        export(briefing, "pdf", target, find_template(template), "internal")
        outlines[language] = _outline(target)
    english, german = outlines["en"], outlines["de"]
    assert len(german) == len(english), german
    for (en_depth, en_title), (de_depth, de_title) in zip(english, german, strict=True):
        assert de_depth == en_depth
        en_number, en_words = _NUMBERED.fullmatch(en_title).groups()  # type: ignore[union-attr]
        de_number, de_words = _NUMBERED.fullmatch(de_title).groups()  # type: ignore[union-attr]
        assert de_number == en_number, (en_title, de_title)
        assert de_words in (en_words, _TRANSLATED.get(en_words)), (en_title, de_title)
