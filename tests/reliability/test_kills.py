"""Processes killed (SIGKILL) in the middle of an import, a save, an autosave and an export.

A worker process (tests/reliability/worker.py) repeats one operation on a folder and says
when each one begins and ends; it is killed after a random delay, many times over, in the
same folder. After every kill the folder must hold a consistent state: the library passes
SQLite's and FTS5's integrity checks and holds whole releases only; the briefing file, its
backup and the recovery file are whole versions, the newest finished or the interrupted one;
no half-written export sits at the target path.
"""

from __future__ import annotations

import random
import re
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import docx
import pypdf
import pytest

from briefer.library import Library
from briefer.model import briefingfile
from briefer.recovery import Recovery, left_behind
from tests.reliability.releases import RECORDS_PER_RELEASE
from tests.reliability.worker import EXPORT_FORMATS, version_of
from tests.render.pdfcheck import qpdf_ok

ROOT = Path(__file__).resolve().parents[2]
KILLS = 8  # per operation in every run of the suite; the long variant adds LONG_KILLS
LONG_KILLS = 32
# How long after "ready" a kill may come: several operations' worth, so kills land at
# every point of an operation, including its first.
WINDOW = {"import": 0.15, "save": 0.25, "autosave": 0.25, "export": 0.6}


@dataclass
class Run:
    """What one killed worker said: the operations it finished and the one it was in."""

    finished: list[int]
    interrupted: int | None


@dataclass
class History:
    """The operations in a folder so far, across the killed workers: those that said they
    finished, and those a kill interrupted, which may or may not have taken effect."""

    done: list[int] = field(default_factory=lambda: [0])  # version 0: the setup
    interrupted: list[int] = field(default_factory=list)
    kills: int = 0

    @property
    def next_number(self) -> int:
        return max(self.done + self.interrupted) + 1

    def possible(self, keep: Callable[[int], bool] = lambda n: True) -> set[int]:
        """The versions a file may hold now: any since the newest finished one (of those
        keep selects), except the finished ones that a later finished one replaced."""
        newest = max(n for n in self.done if keep(n))
        return {n for n in self.done + self.interrupted if keep(n) and n >= newest}


def kill_once(operation: str, folder: Path, first: int, delay: float) -> Run:
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.worker", operation, str(folder), str(first)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert worker.stdout is not None
    ready = worker.stdout.readline()
    if ready != "ready\n":
        worker.kill()
        with worker:
            pytest.fail(f"the {operation} worker did not start: {ready}{worker.communicate()[1]}")
    time.sleep(delay)
    worker.kill()
    # read through the same buffered files as readline(): communicate() would skip what
    # readline() has buffered already
    with worker:  # waits, and closes its pipes
        out, err = worker.stdout.read(), worker.stderr.read()  # type: ignore[union-attr]
    assert worker.returncode == -9, err  # killed, not failed on its own
    finished = [int(n) for n in re.findall(r"^end (\d+)$", out, re.M)]
    begun = [int(n) for n in re.findall(r"^begin (\d+)$", out, re.M)]
    interrupted = begun[-1] if begun and (not finished or begun[-1] > finished[-1]) else None
    return Run(finished, interrupted)


def check_library(folder: Path, history: History) -> None:
    path = folder / "library.sqlite"
    with Library(path):  # opens (replaying the WAL) without complaint
        pass
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        db.execute("INSERT INTO record_fts(record_fts) VALUES ('integrity-check')")
        numbers = Counter(
            int(re.search(r"No\. (\d+)", data).group(1))  # type: ignore[union-attr]
            for (data,) in db.execute("SELECT data FROM records")
        )
        indexed = db.execute("SELECT count(*) FROM record_fts").fetchone()[0]
    assert indexed == sum(numbers.values())
    for number in history.done[1:]:
        assert numbers[number] == RECORDS_PER_RELEASE, f"release {number} is not whole"
    for number in history.interrupted:
        assert numbers[number] in (0, RECORDS_PER_RELEASE), f"half of release {number} stored"
    assert set(numbers) <= {*history.done, *history.interrupted}


def check_save(folder: Path, history: History) -> None:
    path = folder / "minister.briefing"
    saved = version_of(briefingfile.load(path))
    assert saved in history.possible()
    backup = briefingfile.backup_path(path)
    if not backup.exists():
        # Only a save that replaces a file makes a backup: until one after the setup has
        # finished (a busy machine may kill the first one early), there need not be one.
        assert max(history.done) == 0, "a save finished, yet no backup was kept"
        return
    kept = version_of(briefingfile.load(backup))
    assert kept in {*history.done, *history.interrupted} and kept <= saved


def check_autosave(folder: Path, history: History) -> None:
    files = list((folder / "recovery").glob(f"session-*{briefingfile.SUFFIX}"))
    versions = [version_of(briefingfile.load(file)) for file in files]  # each one whole
    assert set(versions) <= {*history.done, *history.interrupted}
    left = left_behind(folder / "recovery")  # every killed session's, newest first
    for each in left:
        each.release()
    assert len(left) == len(files), "a killed session's recovery file is not offered"
    assert version_of(left[0].briefing) in history.possible()
    assert {each.path for each in left} == {folder / "minister.briefing"}


def exported_version(path: Path) -> int:
    """The version a whole export holds; fails on a partial or damaged file."""
    if path.suffix == ".pdf":
        assert qpdf_ok(path), f"{path.name} is damaged"
        title = pypdf.PdfReader(path).metadata.title  # type: ignore[union-attr]
    else:
        title = docx.Document(str(path)).core_properties.title
    return int(title.removeprefix("Version "))


def check_export(folder: Path, history: History) -> None:
    for index, fmt in enumerate(EXPORT_FORMATS):
        ours = history.possible(lambda n, index=index: n == 0 or n % 2 == index)  # type: ignore[misc]
        assert exported_version(folder / f"brief.{fmt}") in ours


CHECKS: dict[str, Callable[[Path, History], None]] = {
    "import": check_library,
    "save": check_save,
    "autosave": check_autosave,
    "export": check_export,
}


def kill_many(operation: str, folder: Path, kills: int, seed: int) -> History:
    """Kill a worker doing operation in folder kills times; check the folder after each."""
    rng = random.Random(seed)
    history = History()
    for _ in range(kills):
        run = kill_once(operation, folder, history.next_number, rng.uniform(0, WINDOW[operation]))
        history.done += run.finished
        if run.interrupted is not None:
            history.interrupted.append(run.interrupted)
        history.kills += 1
        CHECKS[operation](folder, history)
    return history


@pytest.mark.parametrize("operation", list(CHECKS))
def test_a_kill_at_any_moment_leaves_whole_files(operation: str, tmp_path: Path) -> None:
    history = kill_many(operation, tmp_path, KILLS, seed=KILLS)
    assert len(history.interrupted) >= KILLS // 2  # most kills hit an operation under way


@pytest.mark.long
@pytest.mark.parametrize("operation", list(CHECKS))
def test_many_kills_at_any_moment_leave_whole_files(operation: str, tmp_path: Path) -> None:
    history = kill_many(operation, tmp_path, LONG_KILLS, seed=LONG_KILLS)
    print(
        f"{operation}: {history.kills} kills survived, {len(history.interrupted)} of them in "
        f"the middle of an operation; {len(history.done) - 1} operations finished"
    )
    assert len(history.interrupted) >= LONG_KILLS // 2


def test_after_a_killed_autosave_the_app_offers_the_newest_one(  # type: ignore[no-untyped-def]
    qtbot, sample_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from briefer.gui.app import offer_recovery
    from briefer.gui.mainwindow import MainWindow

    history = kill_many("autosave", tmp_path, 3, seed=3)
    offered = []
    answers = iter([QMessageBox.StandardButton.Yes])  # the newest; the older ones declined

    def answer(*args: object) -> QMessageBox.StandardButton:
        offered.append(args[2])
        return next(answers, QMessageBox.StandardButton.No)

    monkeypatch.setattr(QMessageBox, "question", answer)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(sample_library, settings, None, recovery=Recovery(tmp_path / "recovery"))
    qtbot.addWidget(window)
    assert offer_recovery(window) == [window]
    restored = version_of(window.document.briefing)
    assert restored in history.possible()
    assert f"“Version {restored}” (minister.briefing)" in offered[0]
    assert window.document.path == tmp_path / "minister.briefing"
    window.document.undo_stack.setClean()


def test_a_kill_during_the_first_save_leaves_no_backup_and_that_is_right(tmp_path: Path) -> None:
    history = History()
    run = kill_once("save", tmp_path, 1, delay=0)  # before the first save can finish
    history.done += run.finished
    history.interrupted += [run.interrupted] if run.interrupted is not None else []
    check_save(tmp_path, history)
