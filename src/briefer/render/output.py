"""What every renderer shares: where it writes, and how it reports progress without Qt."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from briefer.atomic import describe_os_error, replacing
from briefer.errors import RenderError
from briefer.i18n import _

Progress = Callable[[int, int], None]  # (done, total)
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Options:
    """How a renderer writes, beyond what and where."""

    invariant: bool = False  # no timestamps or random ids: the same input gives the same bytes


@contextlib.contextmanager
def output_file(target: Path, kind: str, signature: bytes) -> Iterator[Path]:
    """Yield a temp path beside target that replaces it once written; nothing is left at
    target if writing fails, and a file-system error becomes a RenderError.

    What target holds is replaced only if it is a file of this kind (starting with signature)
    or empty: an export never writes over a briefing, a library or a device. A link is
    followed, so the file it points to is written.
    """
    path = Path(target).resolve() if Path(target).is_symlink() else Path(target)
    _check_target(path, kind, signature)
    try:
        with replacing(path) as temp:
            yield temp
    except OSError as error:
        raise RenderError(
            _("Could not write {name}: {error}").format(
                name=path.name, error=describe_os_error(error)
            )
        ) from None


def _check_target(path: Path, kind: str, signature: bytes) -> None:
    if not path.exists():
        return
    if not path.is_file():
        raise RenderError(
            _(
                "Not writing {name}: it is a folder, device or pipe, not a file. "
                "Choose another file name."
            ).format(name=path.name)
        )
    try:
        with open(path, "rb") as existing:
            start = existing.read(len(signature))
    except OSError as error:
        raise RenderError(
            _("Could not write {name}: {error}").format(
                name=path.name, error=describe_os_error(error)
            )
        ) from None
    if start and start != signature:
        raise RenderError(
            _(
                "Not writing over {name}: it is not a {kind} file, and it would be lost. "
                "Choose another file name."
            ).format(name=path.name, kind=kind)
        )
