"""A 10,000-entry briefing exports to PDF and .docx, each in a process of its own whose
peak memory is measured and kept under a ceiling."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx
import pypdf
import pytest

from briefer.model import briefingfile
from tests.reliability.worker import version

ROOT = Path(__file__).resolve().parents[2]
ENTRIES = 10_000
CEILING_MIB = 1536  # a staff laptop's fair share; measured figures are in the README
EXPORT = """
import json, resource, sys, time
from pathlib import Path
from briefer.exporting import export
from briefer.model import briefingfile
started = time.perf_counter()
export(briefingfile.load(Path(sys.argv[1])), sys.argv[2], Path(sys.argv[3]))
print(json.dumps({"seconds": time.perf_counter() - started,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


@pytest.mark.long
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_10000_entry_briefing_exports(tmp_path: Path, fmt: str) -> None:
    briefing = version(1, ENTRIES)
    assert len(briefing.entries()) >= ENTRIES
    source = tmp_path / "long.briefing"
    briefingfile.save(source, briefing)
    target = tmp_path / f"long.{fmt}"
    done = subprocess.run(
        [sys.executable, "-c", EXPORT, str(source), fmt, str(target)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    print(
        f"{len(briefing.entries())} entries to {fmt}: {figures['seconds']:.1f} s, "
        f"peak {figures['peak_mib']:.0f} MiB"
    )
    assert figures["peak_mib"] < CEILING_MIB
    if fmt == "pdf":
        assert len(pypdf.PdfReader(target).pages) > ENTRIES / 10
    else:
        quotes = [p for p in docx.Document(str(target)).paragraphs if p.style.name == "Quote"]
        assert len(quotes) > ENTRIES / 4
