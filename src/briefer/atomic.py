"""Files written whole or not at all: a temp file in the target folder, fsync, rename."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

_UMASK = os.umask(0)
os.umask(_UMASK)
STALE_AFTER = 3600.0  # seconds: a temp file this old is left over from a killed write


@contextlib.contextmanager
def replacing(path: Path, backup: Path | None = None) -> Iterator[Path]:
    """Yield a temp path to write; on success it replaces path, on failure it is removed.

    With backup, the file that path held before is kept there.
    """
    folder = path.parent
    _drop_leftovers(path)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        # mkstemp makes a private file; give it the old file's mode, or the usual one
        os.chmod(temp, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_UMASK)
        _fsync_file(temp)
        if backup is not None and path.exists():
            _keep_backup(path, backup)
        os.replace(temp, path)
        _fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def write_bytes(path: Path, data: bytes, backup: Path | None = None) -> None:
    """Write data to path atomically, optionally keeping the previous file as backup."""
    with replacing(path, backup) as temp:
        temp.write_bytes(data)


def _keep_backup(path: Path, backup: Path) -> None:
    # The backup is made complete under a temp name first, so a crash never leaves a
    # half-written backup in place of a good one.
    _drop_leftovers(backup)
    handle, name = tempfile.mkstemp(prefix=f".{backup.name}.", suffix=".part", dir=backup.parent)
    os.close(handle)
    staging = Path(name)
    try:
        shutil.copyfile(path, staging)
        shutil.copymode(path, staging)
        _fsync_file(staging)
        os.replace(staging, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            staging.unlink()
        raise


def _drop_leftovers(path: Path) -> None:
    """Remove the temp files of writes to path that a killed process left behind."""
    now = time.time()
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.part"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_AFTER:
                leftover.unlink()


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def describe_os_error(error: OSError) -> str:
    """Return the operating system's reason for a failed file operation, for a message."""
    return error.strerror or str(error)
