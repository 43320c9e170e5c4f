"""A full disk and a read-only folder: save, export and import fail with a clear message and
leave the files that were there as they were.

The disk is a small tmpfs mounted for the test, which needs root (CI runs as root); elsewhere
these tests are skipped.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.errors import BriefingError, LibraryError, RenderError
from briefer.exporting import export
from briefer.importing import draft_pasted, store
from briefer.library import Library
from briefer.model import briefingfile
from tests.reliability.releases import release
from tests.reliability.worker import version, version_of


@contextlib.contextmanager
def mounted(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of size at folder for the with block; skips the test where it cannot mount."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    folder.mkdir()
    mount = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if mount.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mount.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def fill(folder: Path) -> None:
    """Write (on) a file until the disk has no room left."""
    # unbuffered: a buffered file would try the last, partly written block again on closing
    # and fail there, depending on how much room the disk had left
    with open(folder / "filler", "ab", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 65536)
        except OSError as error:
            assert error.errno == errno.ENOSPC


def make_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def contents(folder: Path) -> dict[str, bytes]:
    """Every file's bytes, but for the filler and SQLite's own temporary files."""
    return {
        p.name: p.read_bytes()
        for p in folder.iterdir()
        if p.name != "filler" and not p.name.endswith(("-wal", "-shm"))
    }


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB disk holding a saved briefing (with backup), two exports and a library."""
    with mounted(tmp_path / "disk", "4m") as folder:
        path = folder / "minister.briefing"
        briefingfile.save(path, version(1, 5))
        briefingfile.save(path, version(2, 5))
        for fmt in ("pdf", "docx"):
            export(version(2, 5), fmt, folder / f"brief.{fmt}")
        with Library(folder / "library.sqlite") as library:
            store(library, draft_pasted(release(1)))
        yield folder


def records(folder: Path) -> int:
    with sqlite3.connect(folder / "library.sqlite") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        count: int = db.execute("SELECT count(*) FROM records").fetchone()[0]
    return count


def test_on_a_full_disk_nothing_is_written_and_nothing_is_lost(disk: Path) -> None:
    before = contents(disk)
    library = Library(disk / "library.sqlite")  # open, as in the app, when the disk fills up
    fill(disk)

    with pytest.raises(BriefingError) as saving:
        briefingfile.save(disk / "minister.briefing", version(3, 400))
    assert str(saving.value) == (
        "Could not save minister.briefing: No space left on device. "
        "The previous version is unchanged."
    )
    for fmt in ("pdf", "docx"):
        with pytest.raises(RenderError, match=rf"Could not write brief\.{fmt}: No space left"):
            export(version(3, 400), fmt, disk / f"brief.{fmt}")
    with pytest.raises(LibraryError) as importing:
        for number in range(2, 200):  # the library's file has some room inside it
            store(library, draft_pasted(release(number)))
    assert "nothing was stored: the disk is full" in str(importing.value)
    assert "Free some space and try again" in str(importing.value)
    library.close()
    fill(disk)  # closing gave back the room of its temporary files
    with pytest.raises(LibraryError, match="the disk is full"):
        Library(disk / "library.sqlite")

    (disk / "filler").unlink()
    assert contents(disk) == before  # no part files left behind either
    assert version_of(briefingfile.load(disk / "minister.briefing")) == 2
    assert version_of(briefingfile.load(disk / "minister.briefing.bak")) == 1
    assert records(disk) >= 3


def test_the_command_line_says_the_disk_is_full_in_one_line(
    disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    releases = [tmp_path / f"release-{n}.txt" for n in range(2, 200)]
    for number, path in enumerate(releases, start=2):
        path.write_text(release(number), "utf-8")
    fill(disk)
    code = main(["--library", str(disk / "library.sqlite"), "import", *map(str, releases)])
    err = capsys.readouterr().err
    assert code == 1
    assert "the disk is full" in err
    assert "Traceback" not in err
    (disk / "filler").unlink()
    assert records(disk) % 3 == 0  # whole releases only


def test_in_a_read_only_folder_nothing_changes(disk: Path) -> None:
    make_read_only(disk)
    before = contents(disk)

    with pytest.raises(BriefingError, match=r"Could not save minister\.briefing: Read-only"):
        briefingfile.save(disk / "minister.briefing", version(3, 5))
    with pytest.raises(RenderError, match=r"Could not write brief\.pdf: Read-only file system"):
        export(version(3, 5), "pdf", disk / "brief.pdf")
    with pytest.raises(LibraryError, match="its folder is read-only"):
        Library(disk / "library.sqlite")

    assert contents(disk) == before
