"""Autosave to a recovery file, so that a crash loses at most the last few edits."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from briefer.atomic import write_bytes
from briefer.errors import BrieferError
from briefer.model import Briefing, briefingfile


class Recovery:
    """The recovery file of one user: written while editing, removed on a clean exit.

    It is one briefing file, written atomically, that also names the file the briefing
    belongs to: a crash at any moment leaves the previous autosave or the new one, whole.
    """

    def __init__(self, folder: Path) -> None:
        self.file = folder / "autosave.briefing"

    def save(self, briefing: Briefing, path: Path | None) -> None:
        """Write the briefing being edited and the file it belongs to."""
        self.file.parent.mkdir(parents=True, exist_ok=True)
        origin = {"recovered_from": str(path) if path else None}
        write_bytes(self.file, briefingfile.dumps(briefing, origin).encode("utf-8"))

    def load(self) -> tuple[Briefing, Path | None] | None:
        """Return the briefing left by a session that did not end cleanly, if there is one."""
        try:
            text = self.file.read_text("utf-8")
            briefing = briefingfile.loads(text, self.file.name)
            origin = json.loads(text).get("recovered_from")
        except (BrieferError, OSError, ValueError):  # none, or unreadable: nothing to offer
            return None
        return briefing, Path(origin) if isinstance(origin, str) and origin else None

    def clear(self) -> None:
        """Remove the recovery file; where it cannot be removed, it is offered once more."""
        with contextlib.suppress(OSError):
            self.file.unlink(missing_ok=True)
