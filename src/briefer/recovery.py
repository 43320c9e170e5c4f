"""Autosave to recovery files, so that a crash loses at most the last few edits.

Every open briefing has its own recovery file in the shared folder, and beside it a lock file
that its process holds locked (an OS lock, which the OS lets go of when the process dies, however
it dies). A file whose lock can be taken was left by a session that ended without closing: that
is what a new session offers to restore. A live session's file is never offered nor removed.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from briefer.atomic import write_bytes
from briefer.errors import BrieferError
from briefer.model import Briefing, briefingfile

PREFIX = "session-"


class Recovery:
    """The recovery file of one open briefing: written while editing, removed on a clean close.

    It is one briefing file, written atomically, that also names the file the briefing
    belongs to: a crash at any moment leaves the previous autosave or the new one, whole.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        name = f"{PREFIX}{uuid.uuid4().hex[:12]}"
        self.file = folder / f"{name}{briefingfile.SUFFIX}"
        self._lock_file = folder / f"{name}.lock"
        self._lock: int | None = None

    def save(self, briefing: Briefing, path: Path | None) -> None:
        """Write the briefing being edited and the file it belongs to."""
        if self._lock is None:  # taken before the first write: a live file is always locked
            self.folder.mkdir(parents=True, exist_ok=True)
            self._lock = _take_lock(self._lock_file, wait=True)
            os.ftruncate(self._lock, 0)  # who holds it, for a person looking into the folder
            os.write(self._lock, f"{os.getpid()} {socket.gethostname()}\n".encode())
        origin = {"recovered_from": str(path) if path else None}
        write_bytes(self.file, briefingfile.dumps(briefing, origin).encode("utf-8"))

    def load(self) -> tuple[Briefing, Path | None] | None:
        """Return what this session last autosaved, if anything."""
        return _read(self.file)

    def clear(self) -> None:
        """Remove the recovery file (all is saved); where it cannot be, it is offered later."""
        with contextlib.suppress(OSError):
            self.file.unlink(missing_ok=True)

    def close(self) -> None:
        """End the session cleanly: remove the recovery file, then let go of the lock."""
        self.clear()
        if self._lock is not None:
            _drop_lock(self._lock, self._lock_file)
            self._lock = None


@dataclass
class LeftBehind:
    """A recovery file left by a session that ended without closing; while this object is
    held its lock is too, so no other new session offers the same file."""

    file: Path
    briefing: Briefing
    path: Path | None
    _lock: int | None = field(repr=False)
    _lock_file: Path = field(repr=False)

    def discard(self) -> None:
        """Remove the recovery file (declined, or taken over by a live session)."""
        with contextlib.suppress(OSError):
            self.file.unlink(missing_ok=True)
        self.release()

    def release(self) -> None:
        """Let go of the file without removing it, so it is offered again."""
        if self._lock is not None:
            _drop_lock(self._lock, self._lock_file, remove=not self.file.exists())
            self._lock = None


def left_behind(folder: Path) -> list[LeftBehind]:
    """Return the recovery files in folder whose sessions have ended, newest first; those
    of running sessions (this one's too) are left out, and so are damaged ones."""
    found = []
    for file in sorted(folder.glob(f"{PREFIX}*{briefingfile.SUFFIX}"), key=_age):
        lock_file = file.with_suffix(".lock")
        try:
            lock = _take_lock(lock_file, wait=False)
        except OSError:  # held: its session is running
            continue
        left = _read(file)
        if left is None:  # gone meanwhile, or damaged: nothing to offer
            _drop_lock(lock, lock_file, remove=not file.exists())
            continue
        found.append(LeftBehind(file, left[0], left[1], lock, lock_file))
    return found


def _age(file: Path) -> float:
    try:
        return -file.stat().st_mtime
    except OSError:
        return 0.0


def _read(file: Path) -> tuple[Briefing, Path | None] | None:
    try:
        text = file.read_text("utf-8")
        briefing = briefingfile.loads(text, file.name)
        origin = json.loads(text).get("recovered_from")
    except (BrieferError, OSError, ValueError):  # none, or unreadable: nothing to offer
        return None
    return briefing, Path(origin) if isinstance(origin, str) and origin else None


def _take_lock(path: Path, wait: bool) -> int:
    """Open path and lock it for this process; raise OSError if another holds it (wait=False).

    The lock lives on the open descriptor, which is kept for as long as the lock is."""
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        os.close(handle)
        raise
    return handle


def _drop_lock(handle: int, path: Path, remove: bool = True) -> None:
    os.close(handle)  # lets go of the OS lock
    if remove:  # after closing: Windows removes no open file
        with contextlib.suppress(OSError):
            path.unlink()
