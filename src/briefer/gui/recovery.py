"""Autosave to a recovery file, so that a crash loses at most a minute's work."""

from __future__ import annotations

import json
from pathlib import Path

from briefer.atomic import write_bytes
from briefer.errors import BrieferError
from briefer.model import Briefing, briefingfile


class Recovery:
    """The recovery file of one user: written while editing, removed on a clean exit."""

    def __init__(self, folder: Path) -> None:
        self.file = folder / "autosave.briefing"
        self.origin = folder / "autosave.json"

    def save(self, briefing: Briefing, path: Path | None) -> None:
        """Write the briefing being edited (and which file it belongs to), atomically."""
        self.file.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(self.file, briefingfile.dumps(briefing).encode("utf-8"))
        write_bytes(self.origin, json.dumps({"path": str(path) if path else None}).encode())

    def load(self) -> tuple[Briefing, Path | None] | None:
        """Return the briefing left by a session that did not end cleanly, if there is one."""
        if not self.file.exists():
            return None
        try:
            briefing = briefingfile.load(self.file)
            origin = json.loads(self.origin.read_text("utf-8")) if self.origin.exists() else {}
        except (BrieferError, OSError, ValueError):
            return None
        path = origin.get("path") if isinstance(origin, dict) else None
        return briefing, Path(path) if path else None

    def clear(self) -> None:
        for file in (self.file, self.origin):
            file.unlink(missing_ok=True)
