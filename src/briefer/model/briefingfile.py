"""Reading and writing .briefing files: UTF-8 JSON with a format name and version."""

from __future__ import annotations

import json
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from briefer.atomic import describe_os_error, write_bytes
from briefer.errors import BriefingError, FormatError
from briefer.i18n import _
from briefer.model.annexes import MAX_ANNEXES_BYTES
from briefer.model.briefing import Briefing, ImageEntry, briefing_from_dict
from briefer.model.picture import MAX_TOTAL_BYTES as MAX_IMAGES_BYTES

FORMAT_NAME = "briefer-briefing"
# 4: annexes; 3: image entries; 2: own text is rich text (a list of paragraphs); 1: plain
# text. A file is written with the lowest version that holds it, so a briefer that reads
# only version 2 still opens a briefing without images or annexes, and one from before
# annexes refuses a file with them rather than drop them unseen.
FORMAT_VERSION = 4
SUFFIX = ".briefing"
# text, then images and annexes in base64
MAX_FILE_BYTES = 64 * 1024 * 1024 + (MAX_IMAGES_BYTES + MAX_ANNEXES_BYTES) * 4 // 3


def backup_path(path: Path) -> Path:
    """Return where the previous version of a briefing file is kept."""
    return path.with_name(path.name + ".bak")


def dumps(briefing: Briefing, annex: Mapping[str, Any] | None = None) -> str:
    """Return the file text for a briefing; annex adds top-level keys that readers ignore."""
    document = {
        "format": FORMAT_NAME,
        "version": version_needed(briefing),
        **(annex or {}),
        "briefing": briefing.to_dict(),
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def version_needed(briefing: Briefing) -> int:
    """Return the lowest format version that holds the briefing."""
    if briefing.annexes:
        return 4
    return 3 if any(isinstance(e, ImageEntry) for e in briefing.entries()) else 2


def loads(text: str, name: str = "briefing") -> Briefing:
    """Return the briefing in a file's text, or raise BriefingError saying what is wrong."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as error:  # ValueError: also a number too long
        detail = getattr(error, "msg", "too deeply nested or a number too long")
        said = _("{name} is damaged: it is not valid JSON ({detail})")
        raise BriefingError(said.format(name=name, detail=detail)) from None
    if _ESCAPED_SURROGATE.search(text) and _has_lone_surrogate(document):
        said = _("{name} is damaged: it holds half of a character (a lone surrogate)")
        raise BriefingError(said.format(name=name))
    _check_header(document, name)
    try:
        return briefing_from_dict(document.get("briefing"))
    except FormatError as error:
        raise BriefingError(
            _("{name} is damaged: {error}").format(name=name, error=error)
        ) from None


def load(path: Path) -> Briefing:
    """Read a .briefing file."""
    return loads(_read_text(path), path.name)


def save(path: Path, briefing: Briefing) -> None:
    """Write a .briefing file atomically, keeping the previous version as a backup.

    A file at path that is not a briefing this version can read is never overwritten.
    """
    if path.exists():
        try:
            load(path)
        except BriefingError as error:
            said = _("Not saving over {name}: {error}. Choose another file name.")
            raise BriefingError(said.format(name=path.name, error=error)) from None
    data = dumps(briefing).encode("utf-8")
    if len(data) > MAX_FILE_BYTES:  # it could not be opened again
        said = _(
            "Not saving {name}: it would be {size} MiB, more than a briefing file may be "
            "({most} MiB). Remove or shrink images."
        )
        raise BriefingError(
            said.format(name=path.name, size=len(data) // 2**20, most=MAX_FILE_BYTES // 2**20)
        )
    try:
        write_bytes(path, data, backup=backup_path(path))
    except OSError as error:
        said = _("Could not save {name}: {error}. The previous version is unchanged.")
        raise BriefingError(said.format(name=path.name, error=describe_os_error(error))) from None


def _read_text(path: Path) -> str:
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            said = _("{name} is a folder, device or pipe, not a briefing file")
            raise BriefingError(said.format(name=path.name))
        size = status.st_size
        if size > MAX_FILE_BYTES:
            said = _(
                "{name} is {size} MiB; a briefing file is at most {most} MiB, so this is not one"
            )
            raise BriefingError(
                said.format(name=path.name, size=size // 2**20, most=MAX_FILE_BYTES // 2**20)
            )
        data = path.read_bytes()
    except OSError as error:
        said = _("Could not read {name}: {error}")
        raise BriefingError(said.format(name=path.name, error=describe_os_error(error))) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        said = _("{name} is not a briefing file: it is not UTF-8 text")
        raise BriefingError(said.format(name=path.name)) from None


_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _has_lone_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        value = [*value.keys(), *value.values()]
    return isinstance(value, list) and any(_has_lone_surrogate(item) for item in value)


def _check_header(document: Any, name: str) -> None:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        said = _("{name} is not a briefer briefing (no '{mark}' format mark)")
        raise BriefingError(said.format(name=name, mark=FORMAT_NAME))
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        said = _("{name} is damaged: its format version {version} is invalid")
        raise BriefingError(said.format(name=name, version=f"{version!r:.20}"))
    if version > FORMAT_VERSION:
        said = _(
            "{name} was written by a newer briefer (format version {version}); this version "
            "reads up to {latest}. Update briefer to open it."
        )
        raise BriefingError(said.format(name=name, version=version, latest=FORMAT_VERSION))
