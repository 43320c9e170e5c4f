"""The parser's largest patterns come from the cache folder after the first start, and a
pattern from the cache is the one re.compile makes, whatever state the folder is in."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from briefer import cachefiles
from briefer.importers import patterncache
from briefer.importers.patterncache import compiled
from briefer.importers.pressrelease import parse_release
from briefer.importers.readers import read_pasted
from briefer.importers.rolenames import NAME_THEN_ROLE

# a real pattern of the parser: a name, then a role after a comma, in every office it knows
REAL = NAME_THEN_ROLE.pattern
TEXT = (
    "Heiko Maas, Federal Minister for Foreign Affairs, met Mr. MOTEGI Toshimitsu, Minister "
    "for Foreign Affairs of Japan, and Ana Lo, Commissioner for Trade, in Tokyo."
)
RELEASE = (
    "Berlin, 3 May 2024\n\nForeign Minister Anna Berg said: "
    "\u201cWe stand together with our partners in this hour.\u201d"
)
SMALL = r"(?P<name>[A-Z]\w+)\s+(?:(?i:said)|(says))(?P<rest>.*)"


def entries(folder: Path) -> list[Path]:
    return sorted((folder / "briefer" / "patterns").glob("*.sre"))


def found(pattern: re.Pattern[str]) -> list[tuple[int, int, dict[str, str | None]]]:
    return [(m.start(), m.end(), m.groupdict()) for m in pattern.finditer(TEXT)]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_a_pattern_from_the_cache_is_the_one_re_compiles(cache: Path) -> None:
    fresh = compiled(REAL)  # an empty cache: compiled and stored
    assert len(entries(cache)) == 1
    cached = compiled(REAL)
    made = re.compile(REAL)
    # the engine's own comparison: pattern, flags and the whole program
    assert fresh == made and cached == made
    assert cached.groupindex == made.groupindex and cached.groups == made.groups
    assert found(cached) == found(made)
    assert [m["name"] for m in cached.finditer(TEXT)] == [
        "Heiko Maas",
        "MOTEGI Toshimitsu",
        "Ana Lo",
    ]


def test_flags_and_unnamed_groups_are_kept(cache: Path) -> None:
    for flags in (0, re.IGNORECASE, re.MULTILINE | re.DOTALL):
        compiled(SMALL, flags)
        cached = compiled(SMALL, flags)
        assert cached == re.compile(SMALL, flags)
        assert cached.groups == 3 and cached.groupindex == {"name": 1, "rest": 3}
    assert len(entries(cache)) == 3


def test_a_second_start_reads_the_cache_instead_of_compiling(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled(SMALL)

    def refuse(pattern: str, flags: int) -> None:
        raise AssertionError("compiled again although the cache holds it")

    monkeypatch.setattr(patterncache, "_program", refuse)
    assert compiled(SMALL) == re.compile(SMALL)


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],  # cut off
        lambda blob: blob[:-20] + bytes(20),  # zeroed
        lambda blob: b"",
    ],
    ids=["truncated", "zeroed", "empty"],
)
def test_a_damaged_file_is_compiled_anew_and_mended(cache: Path, damage: object) -> None:
    compiled(SMALL)
    (entry,) = entries(cache)
    good = entry.read_bytes()
    entry.write_bytes(damage(good))  # type: ignore[operator]
    assert compiled(SMALL) == re.compile(SMALL)
    assert entry.read_bytes() == good


def test_a_program_the_engine_refuses_is_compiled_anew(cache: Path) -> None:
    """A file whose checksum is right but whose program is not one: the engine checks it."""
    compiled(SMALL)
    (entry,) = entries(cache)
    magic = b"briefer pattern cache 1\n"
    payload = entry.read_bytes()[len(magic) + hashlib.sha256().digest_size :]
    line, _, _ = payload.partition(b"\n")
    bad = line + b"\n" + zlib.compress(bytes([7, 0, 0, 0] * 9))
    cachefiles.write(entry, magic, bad)
    assert compiled(SMALL) == re.compile(SMALL)
    assert [m["name"] for m in compiled(SMALL).finditer("Ana said it")] == ["Ana"]


def test_a_file_for_another_pattern_is_not_taken(cache: Path) -> None:
    compiled(SMALL)
    (entry,) = entries(cache)
    other = r"(?P<name>[a-z]+)"
    compiled(other)
    (other_entry,) = [path for path in entries(cache) if path != entry]
    other_entry.write_bytes(entry.read_bytes())  # renamed, or two files swapped
    assert compiled(other) == re.compile(other)


def test_an_unwritable_cache_only_costs_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert compiled(SMALL) == re.compile(SMALL)


def test_the_programs_an_app_bundle_ships_are_taken_when_the_users_cache_has_none(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the bundle's build compiles into a folder of its own (BRIEFER_CACHE), then ships it
    built = tmp_path / "built"
    monkeypatch.setenv(cachefiles.CACHE_ENV, str(built))
    compiled(SMALL)
    assert len(list((built / "patterns").glob("*.sre"))) == 1
    monkeypatch.delenv(cachefiles.CACHE_ENV)
    monkeypatch.setattr(cachefiles, "_SHIPPED", built)

    def refuse(pattern: str, flags: int) -> None:
        raise AssertionError("compiled although the app came with the program")

    with monkeypatch.context() as refusing:
        refusing.setattr(patterncache, "_program", refuse)
        assert compiled(SMALL) == re.compile(SMALL)
    assert entries(cache) == []  # nothing to write to the user's cache
    # a damaged program in the bundle is compiled anew, into the user's cache
    (shipped,) = (built / "patterns").glob("*.sre")
    shipped.write_bytes(shipped.read_bytes()[:40])
    assert compiled(SMALL) == re.compile(SMALL)
    assert len(entries(cache)) == 1


def test_a_new_process_takes_the_parsers_patterns_from_the_cache() -> None:
    """What users see from the second start on: a new process compiles none of the patterns
    the cache holds (the tests' cache, filled when they were collected) and parses the same."""
    script = (
        "from briefer.importers import patterncache\n"
        "compiled = []\n"
        "program = patterncache._program\n"
        "def spy(pattern, flags):\n"
        "    compiled.append(len(pattern))\n"
        "    return program(pattern, flags)\n"
        "patterncache._program = spy\n"
        "from briefer.importers.readers import read_pasted\n"
        "from briefer.importers.pressrelease import parse_release\n"
        f"draft = parse_release(read_pasted({RELEASE!r}))\n"
        "print(compiled, [(s.speaker.name, s.text) for s in draft.statements])\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    recompiled, statements = run.stdout.split(" ", 1)
    assert recompiled == "[]"
    here = parse_release(read_pasted(RELEASE))
    assert statements.strip() == str([(s.speaker.name, s.text) for s in here.statements])
    assert "Anna Berg" in statements


def test_a_python_whose_re_works_otherwise_compiles_as_re_does(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(patterncache._compiler, "_code")  # re's internals are not a promise
    assert compiled(SMALL) == re.compile(SMALL)
    assert entries(cache) == []
