"""Two briefer processes importing into one library while a third searches it: no release
is lost or stored in part, nobody fails with "database is locked", and every search sees a
consistent library (each release whole and found by the full-text index)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.releases import RECORDS_PER_RELEASE
from tests.reliability.worker import consistent_counts

ROOT = Path(__file__).resolve().parents[2]


def worker(*args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.worker", *map(str, args)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_together(folder: Path, releases: int) -> tuple[int, str]:
    """Start two importers of releases each on a new library, and a searcher; return how
    many searches ran, and what any process said went wrong."""
    # The searcher is ready before the importers start, so that searches run alongside
    # them however slowly a busy machine starts a process.
    searcher = worker("search", folder, 1)
    assert searcher.stdout is not None
    assert searcher.stdout.readline() == "ready\n", searcher.communicate()[1]
    importers = [
        worker("import", folder, 1, releases),
        worker("import", folder, 10**6, 10**6 + releases - 1),
    ]
    problems = ""
    for importer in importers:
        out, err = importer.communicate(timeout=300)
        if importer.returncode != 0 or out.count("end") != releases:
            problems += err or f"an importer stopped early: {out[-200:]}"
    alive = searcher.poll() is None
    searcher.kill()
    # read through the buffered file readline() used, so that no line is skipped
    with searcher:  # closes its pipes
        out, err = searcher.stdout.read(), searcher.stderr.read()  # type: ignore[union-attr]
    if not alive:
        problems += f"the searcher stopped: {err}"
    return out.count("end"), problems


def test_two_importers_and_a_searcher_share_a_library(tmp_path: Path) -> None:
    searches, problems = run_together(tmp_path, releases=150)
    assert problems == ""
    records, meetings, _ = consistent_counts(tmp_path / "library.sqlite")
    assert (records, meetings) == (2 * 150 * RECORDS_PER_RELEASE, 2 * 150)
    assert searches >= 1  # at least one ran while both imported


@pytest.mark.long
def test_two_importers_and_a_searcher_share_a_library_for_longer(tmp_path: Path) -> None:
    searches, problems = run_together(tmp_path, releases=1500)
    assert problems == ""
    records, meetings, _ = consistent_counts(tmp_path / "library.sqlite")
    assert (records, meetings) == (2 * 1500 * RECORDS_PER_RELEASE, 2 * 1500)
    print(f"3,000 releases imported by two processes at once; {searches} consistent searches")
