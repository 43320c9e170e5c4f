from __future__ import annotations

from pathlib import Path

from briefer.library.sample import sample_briefing_path
from briefer.model import briefingfile
from briefer.recovery import Recovery


def test_the_recovery_file_is_one_briefing_file_that_names_where_it_belongs(
    tmp_path: Path,
) -> None:
    recovery = Recovery(tmp_path / "recovery")
    assert recovery.load() is None
    briefing = briefingfile.load(sample_briefing_path())
    recovery.save(briefing, tmp_path / "minister.briefing")
    assert recovery.load() == (briefing, tmp_path / "minister.briefing")
    assert briefingfile.load(recovery.file) == briefing  # opens as a plain briefing too

    recovery.save(briefing, None)
    assert recovery.load() == (briefing, None)
    recovery.file.write_text('{"format": "briefer-briefing", "version": 1, "brief', "utf-8")
    assert recovery.load() is None  # damaged: nothing is offered, nothing raised
    recovery.clear()
    assert not recovery.file.exists()
