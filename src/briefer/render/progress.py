"""How long jobs report progress and learn that the user cancelled, without Qt."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]  # (done, total)
Cancelled = Callable[[], bool]
