"""What every renderer shares: where it writes, and how it reports progress without Qt."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from briefer.atomic import describe_os_error, replacing
from briefer.errors import RenderError

Progress = Callable[[int, int], None]  # (done, total)
Cancelled = Callable[[], bool]


@contextlib.contextmanager
def output_file(target: Path) -> Iterator[Path]:
    """Yield a temp path beside target that replaces it once written; nothing is left at
    target if writing fails, and a file-system error becomes a RenderError."""
    try:
        with replacing(Path(target)) as temp:
            yield temp
    except OSError as error:
        raise RenderError(
            f"Could not write {Path(target).name}: {describe_os_error(error)}"
        ) from None
