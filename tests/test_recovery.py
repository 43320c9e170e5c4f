from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from briefer.library.sample import sample_briefing_path
from briefer.model import Briefing, briefingfile
from briefer.recovery import Recovery, left_behind

ROOT = Path(__file__).resolve().parents[1]
# A session in another process: it autosaves a briefing titled argv[2] and keeps running,
# holding its lock, until it is killed.
SESSION = """
import sys
from dataclasses import replace
from pathlib import Path
from briefer.library.sample import sample_briefing_path
from briefer.model import briefingfile
from briefer.recovery import Recovery
briefing = briefingfile.load(sample_briefing_path())
briefing = replace(briefing, meta=replace(briefing.meta, title=sys.argv[2]))
Recovery(Path(sys.argv[1])).save(briefing, None)
print("ready", flush=True)
sys.stdin.read()
"""


class Session:
    """A running app instance in a child process, with unsaved work autosaved."""

    def __init__(self, folder: Path, title: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", SESSION, str(folder), title],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline() == "ready\n"

    def crash(self) -> None:
        """End the process as a crash would: SIGKILL, no chance to clean up."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        for pipe in (self.process.stdin, self.process.stdout):
            pipe.close()  # type: ignore[union-attr]


@pytest.fixture
def sessions() -> Iterator[list[Session]]:
    started: list[Session] = []
    yield started
    for session in started:
        if session.process.returncode is None:
            session.crash()


def titled(title: str) -> Briefing:
    briefing = briefingfile.load(sample_briefing_path())
    return replace(briefing, meta=replace(briefing.meta, title=title))


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
    recovery.close()
    assert list((tmp_path / "recovery").iterdir()) == []  # a clean close leaves nothing


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_running_sessions_work_is_neither_offered_nor_removed(
    tmp_path: Path, sessions: list[Session]
) -> None:
    folder = tmp_path / "recovery"
    sessions.append(Session(folder, "Live work"))
    ours = Recovery(folder)
    ours.save(titled("Our work"), None)
    assert left_behind(folder) == []  # neither the other session's nor our own
    ours.close()
    assert len(list(folder.glob("*.briefing"))) == 1  # closing ours left theirs alone

    sessions[0].crash()
    offered = left_behind(folder)
    assert [left.briefing.meta.title for left in offered] == ["Live work"]
    assert left_behind(folder) == []  # while one session is offering it, no other does
    offered[0].release()
    assert [left.briefing.meta.title for left in left_behind(folder)] == ["Live work"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_every_crashed_session_is_offered_and_declining_one_removes_only_it(
    tmp_path: Path, sessions: list[Session]
) -> None:
    folder = tmp_path / "recovery"
    sessions += [Session(folder, "First"), Session(folder, "Second")]
    for session in sessions:
        session.crash()
    offered = left_behind(folder)
    assert sorted(left.briefing.meta.title for left in offered) == ["First", "Second"]
    first = next(left for left in offered if left.briefing.meta.title == "First")
    first.discard()
    for left in offered:
        left.release()
    assert [left.briefing.meta.title for left in left_behind(folder)] == ["Second"]
