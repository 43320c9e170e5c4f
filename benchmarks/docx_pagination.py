"""How the .docx paginates next to the PDF, per template: the sample briefing and one of 48
entries from the real release corpus, exported both ways, the .docx converted by LibreOffice.

Prints, per case, how many headings fall on the page the contents names (the PDF layout's),
how many are one page off, the page counts and the headings or meta lines left last on a page.

Usage: .venv/bin/python benchmarks/docx_pagination.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.render.docxpages import corpus_briefing, measure

from briefer.library.sample import sample_briefing_path
from briefer.model import briefingfile

TEMPLATES = ("ministerial-brief", "press-digest", "speaking-notes")


def main() -> None:
    sample = briefingfile.load(sample_briefing_path())
    corpus = corpus_briefing()
    cases = {}
    for template in TEMPLATES:
        cases[f"sample {template}"] = (sample, template)
        cases[f"corpus ({len(corpus.entries())} entries) {template}"] = (corpus, template)
    with tempfile.TemporaryDirectory() as folder:
        for found in measure(cases, Path(folder)):
            print(found.line())


if __name__ == "__main__":
    main()
