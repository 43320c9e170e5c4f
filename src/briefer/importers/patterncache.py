"""The parser's largest regular expressions, compiled once per machine and kept in the cache.

The patterns of roles hold every office in four languages, many with the names of every
country: each is hundreds of kilobytes, which Python's re takes most of a second to parse and
compile, so that a process spent 10–15 s on its first parse before any text was read. What re
builds from a pattern, the program its matching engine runs, is kept in the user's cache
folder, keyed by a hash of the pattern, its flags, the Python version and the engine's magic
number, and given back to the engine on the next start: a few milliseconds. An app bundle
ships them (packaging/briefer.spec), so that its first start takes them ready-made too.

The engine checks a program it is given before it takes it; a file that is missing, damaged,
from another Python or refused is ignored, and the pattern is compiled as re would and the
file written again. tests/importers/test_patterncache.py checks that a pattern from the cache
equals (to the engine's own comparison, program included) what re.compile makes.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's engine; typeshed has no stub
import array
import hashlib
import json
import logging
import re
import sys
import zlib
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]  # re's own steps, no stub
from typing import Any

from briefer import cachefiles

log = logging.getLogger(__name__)

_MAGIC = b"briefer pattern cache 1\n"
_CODE = "I"  # the engine's program is of unsigned words of _sre.CODESIZE bytes
_CACHED = array.array(_CODE).itemsize == _sre.CODESIZE


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Return re.compile(pattern, flags), from the cache folder when it holds the program."""
    if not _CACHED:
        return re.compile(pattern, flags)
    key = hashlib.sha256(
        f"{sys.version}\0{_sre.MAGIC}\0{flags}\0{pattern}".encode("utf-8", "surrogatepass")
    ).hexdigest()
    entry = cachefiles.folder("patterns") / f"{key}.sre"
    # the user's cache first, then what the app came with (a bundle ships the programs)
    for source in (entry, cachefiles.shipped("patterns") / entry.name):
        if (made := _read(source, pattern, key)) is not None:
            return made
    try:
        header, code = _program(pattern, flags)
        made = _engine(pattern, header, code)
    except (AttributeError, TypeError):  # a Python whose re goes other ways: compiled as re does
        log.info("Compiling without the pattern cache", exc_info=True)
        return re.compile(pattern, flags)
    cachefiles.write(entry, _MAGIC, _encoded(key, header, code))
    return made


def _read(entry: Path, pattern: str, key: str) -> re.Pattern[str] | None:
    """Return the compiled pattern a cache file holds, None when it holds none usable."""
    payload = cachefiles.read(entry, _MAGIC)
    decoded = None if payload is None else _decoded(payload, key)
    if decoded is None:
        return None
    try:
        return _engine(pattern, *decoded)
    except (ValueError, TypeError, RuntimeError, KeyError, IndexError):
        # RuntimeError: the engine refused the program ("invalid SRE code")
        log.info("Ignoring the unusable pattern cache file %s", entry, exc_info=True)
        return None


def _program(pattern: str, flags: int) -> tuple[dict[str, Any], list[int]]:
    """Return what re's compiler gives its engine for pattern: the flags, group names and the
    program (re._compiler.compile, the step before the engine, as written in Python 3.11)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    header = {
        "flags": flags | parsed.state.flags,
        "groups": parsed.state.groups,  # the whole match is group 0
        "names": parsed.state.groupdict,
    }
    return header, [int(word) for word in code]


def _engine(pattern: str, header: dict[str, Any], code: list[int]) -> re.Pattern[str]:
    """Return the compiled pattern the engine makes of what _program gave."""
    names: dict[str, int] = header["names"]
    indexgroup: list[str | None] = [None] * header["groups"]
    for name, index in names.items():
        indexgroup[index] = name
    made: re.Pattern[str] = _sre.compile(
        pattern, header["flags"], code, header["groups"] - 1, names, tuple(indexgroup)
    )
    return made


def _encoded(key: str, header: dict[str, Any], code: list[int]) -> bytes:
    """Return a cache file's payload: a line of JSON, then the program, compressed."""
    line = json.dumps({"key": key, **header}).encode() + b"\n"
    return line + zlib.compress(array.array(_CODE, code).tobytes(), 1)


def _decoded(payload: bytes, key: str) -> tuple[dict[str, Any], list[int]] | None:
    """Return the header and program a payload holds, None if it holds none for key."""
    line, _, packed = payload.partition(b"\n")
    try:
        header = json.loads(line)
        program = zlib.decompress(packed)
    except (ValueError, zlib.error):
        return None
    if not isinstance(header, dict) or header.get("key") != key:
        return None  # the file of another pattern, renamed or swapped
    code = array.array(_CODE)
    code.frombytes(program[: len(program) - len(program) % code.itemsize])
    return header, code.tolist()
