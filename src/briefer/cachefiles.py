"""Files in the user's cache folder that hold what a process would otherwise build anew, and
those an app bundle ships ready-made.

Each file starts with its kind's magic line and a SHA-256 of the rest: a file that is missing,
damaged, truncated or of another kind reads as None, and the caller builds what it held and
writes it again. Writes are atomic; a cache that cannot be written (a read-only home) only
costs time.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from pathlib import Path

import platformdirs

from briefer import atomic, paths

log = logging.getLogger(__name__)

_DIGEST = hashlib.sha256().digest_size


# a cache folder of its own, as a bundle's build writes the files it ships
CACHE_ENV = "BRIEFER_CACHE"
# files an app bundle ships ready-made, beside the package (packaging/briefer.spec)
_SHIPPED = Path(__file__).resolve().parent / "cache"


def folder(kind: str) -> Path:
    """Return the cache folder of one kind of file (not created here)."""
    base = os.environ.get(CACHE_ENV) or platformdirs.user_cache_dir(paths.APP_NAME, appauthor=False)
    return Path(base) / kind


def shipped(kind: str) -> Path:
    """Return the folder of files of one kind that the app came with, read only; absent but
    in a bundle."""
    return _SHIPPED / kind


def read(entry: Path, magic: bytes) -> bytes | None:
    """Return what entry holds after its magic line and checksum, None when it holds nothing
    sound."""
    try:
        blob = entry.read_bytes()
    except OSError:
        return None
    payload = blob[len(magic) + _DIGEST :]
    if (
        not blob.startswith(magic)
        or blob[len(magic) : len(magic) + _DIGEST] != hashlib.sha256(payload).digest()
    ):
        log.info("Ignoring the damaged cache file %s", entry)
        return None
    return payload


def write(entry: Path, magic: bytes, payload: bytes) -> None:
    """Write payload to entry behind magic and its checksum, if the cache folder allows."""
    with contextlib.suppress(OSError):
        entry.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_bytes(entry, magic + hashlib.sha256(payload).digest() + payload)
