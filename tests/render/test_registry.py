"""The renderer registry: every format writes its own kind of file, found by name or suffix."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from briefer.compose import build_document
from briefer.errors import RenderError
from briefer.library.sample import sample_briefing_path
from briefer.model import briefingfile
from briefer.render.output import Options
from briefer.render.registry import RENDERERS, renderer, renderer_for
from briefer.render.template import find_template


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_every_format_writes_a_file_that_starts_with_its_signature(
    tmp_path: Path, name: str
) -> None:
    chosen = RENDERERS[name]
    template = find_template("speaking-notes")
    document = build_document(briefingfile.load(sample_briefing_path()), template)
    target = tmp_path / f"briefing{chosen.suffix}"
    warnings = chosen.render(document, template, target, options=Options(invariant=True))
    assert warnings == ()
    assert target.read_bytes().startswith(chosen.signature)
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temp file left
    assert renderer_for(target) is chosen


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_a_file_of_another_kind_is_not_written_over(tmp_path: Path, name: str) -> None:
    chosen = RENDERERS[name]
    target = tmp_path / f"notes{chosen.suffix}"
    target.write_text("the only copy of my notes", "utf-8")
    template = find_template("speaking-notes")
    document = build_document(briefingfile.load(sample_briefing_path()), template)
    with pytest.raises(RenderError, match=re.escape(f"it is not a {chosen.label} file")):
        chosen.render(document, template, target)
    assert target.read_text("utf-8") == "the only copy of my notes"


def test_names_labels_and_suffixes_tell_the_formats_apart() -> None:
    renderers = list(RENDERERS.values())
    for attribute in ("name", "label", "suffix", "signature"):
        values = [getattr(r, attribute) for r in renderers]
        assert len(set(values)) == len(values), attribute
    assert renderer_for(Path("Briefing.PDF")) is RENDERERS["pdf"]
    assert renderer_for(Path("briefing.txt")) is None


def test_an_unknown_format_is_refused_with_the_known_ones() -> None:
    with pytest.raises(RenderError, match=r"Unknown format 'odt'. Use one of: pdf, docx"):
        renderer("odt")


def test_the_registry_loads_no_renderer_library_until_something_is_rendered() -> None:
    probe = (
        "import sys, briefer.render.registry; "
        "print(sorted(m for m in ('reportlab', 'docx') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
