from __future__ import annotations

import os
import time
from pathlib import Path

from briefer.atomic import STALE_AFTER, write_bytes


def test_temp_files_left_by_killed_writes_are_removed_once_stale(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    old = tmp_path / ".brief.pdf.abc123.part"
    recent = tmp_path / ".brief.pdf.def456.part"
    backup_old = tmp_path / ".brief.pdf.bak.ghi789.part"
    other = tmp_path / ".minutes.pdf.jkl012.part"
    for leftover in (old, recent, backup_old, other):
        leftover.write_bytes(b"half a file")
    hours_ago = time.time() - STALE_AFTER - 60
    for stale in (old, backup_old, other):
        os.utime(stale, (hours_ago, hours_ago))

    write_bytes(target, b"first")
    write_bytes(target, b"second", backup=tmp_path / "brief.pdf.bak")

    assert target.read_bytes() == b"second"
    assert (tmp_path / "brief.pdf.bak").read_bytes() == b"first"
    assert not old.exists() and not backup_old.exists()
    assert recent.exists()  # may belong to a write still under way
    assert other.exists()  # another file's business
