"""SQLite's failures told in words a user can act on."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from briefer.i18n import _

_LOW_SPACE = 256 * 1024  # less room than this on the library's disk counts as full


def explain(error: sqlite3.Error, library: Path) -> str:
    """Return why the library could not be used, what to do, and SQLite's own words."""
    name = getattr(error, "sqlite_errorname", "") or ""
    folder = library.parent
    if name == "SQLITE_FULL" or _free_space(folder) < _LOW_SPACE:
        return _("the disk is full ({error}). Free some space and try again").format(error=error)
    if name.startswith("SQLITE_READONLY") or _read_only(folder):
        return _(
            "its folder is read-only ({error}). briefer writes beside the library even to "
            "read it; copy it to a folder you can write to"
        ).format(error=error)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return _("it is damaged ({error}). Restore it from a backup").format(error=error)
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED"):
        return _("another program kept it busy for too long ({error}). Try again").format(
            error=error
        )
    return str(error)


def _free_space(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return _LOW_SPACE  # unknown: do not claim the disk is full


def _read_only(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY) or not os.access(folder, os.W_OK)
    except OSError:
        return False
