"""Where unexpected errors are written down: `briefer.log` in the user's data folder."""

from __future__ import annotations

import logging
from pathlib import Path

from briefer import paths

log = logging.getLogger("briefer")


def log_unexpected(error: BaseException) -> Path:
    """Append the error and its traceback to the log; return the log's path (or a note)."""
    folder = paths.user_data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / "briefer.log"
        handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError:
        return Path("(no log: the data folder is not writable)")
    log.addHandler(handler)
    try:
        log.error("unexpected error", exc_info=error)
    finally:
        log.removeHandler(handler)
        handler.close()
    return log_file
