from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer.errors import BriefingError
from briefer.model import briefingfile, edits
from tests.factories import briefing


def test_save_and_load_give_back_the_same_briefing(tmp_path: Path) -> None:
    path = tmp_path / "talks.briefing"
    briefingfile.save(path, briefing())
    assert briefingfile.load(path) == briefing()
    document = json.loads(path.read_text("utf-8"))
    assert (document["format"], document["version"]) == ("briefer-briefing", 2)
    assert "Wir begrüßen" in path.read_text("utf-8")  # UTF-8, not \u escapes


def test_saving_again_keeps_the_previous_version_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "talks.briefing"
    first = briefing()
    second = edits.remove_entry(first, "note")
    briefingfile.save(path, first)
    briefingfile.save(path, second)
    assert briefingfile.load(path) == second
    assert briefingfile.load(briefingfile.backup_path(path)) == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["talks.briefing", "talks.briefing.bak"]


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_crash_mid_save_leaves_the_old_file_intact(
    tmp_path: Path, failing: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "talks.briefing"
    briefingfile.save(path, briefing())
    before = path.read_bytes()

    def crash(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, crash)
    with pytest.raises(BriefingError, match=r"Could not save talks\.briefing: No space left"):
        briefingfile.save(path, edits.remove_entry(briefing(), "bg"))
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is damaged: it is not valid JSON"),
        (b'{"format": "briefer-briefing", "version": 1, "briefing": {"meta"', "not valid JSON"),
        (b"\xff\xfe\x00garbage", "is not a briefing file: it is not UTF-8 text"),
        (b'{"title": "a Word file?"}', "is not a briefer briefing"),
        (b'["briefer-briefing"]', "is not a briefer briefing"),
        (
            b'{"format": "briefer-briefing", "version": 9, "briefing": {}}',
            "was written by a newer briefer \\(format version 9\\)",
        ),
        (b'{"format": "briefer-briefing", "version": "1", "briefing": {}}', "format version"),
        (
            b'{"format": "briefer-briefing", "version": 1, "briefing": {"meta": {}, '
            b'"sections": [{"id": "a", "entries": [{"type": "text", "id": "b"}]}]}}',
            r"briefing\.sections\[0\]\.entries\[0\]\.kind: missing",
        ),
        (b"[" * 100_000, "not valid JSON"),
    ],
)
def test_bad_files_give_a_clear_error_and_are_never_overwritten(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.briefing"
    path.write_bytes(content)
    with pytest.raises(BriefingError, match=message):
        briefingfile.load(path)
    with pytest.raises(BriefingError, match=r"Not saving over bad\.briefing"):
        briefingfile.save(path, briefing())
    assert path.read_bytes() == content


def test_a_huge_file_is_refused_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(briefingfile, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "huge.briefing"
    path.write_bytes(b" " * 2000)
    with pytest.raises(BriefingError, match="a briefing file is at most"):
        briefingfile.load(path)


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match=r"Could not read gone\.briefing: No such file"):
        briefingfile.load(tmp_path / "gone.briefing")


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(data: object, prefix: tuple = ()) -> list[tuple]:  # type: ignore[type-arg]
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*prefix, index))
    return found


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(choice=st.integers(min_value=0), value=_json)
def test_any_mutation_of_a_briefing_gives_a_briefing_or_a_briefing_error(
    choice: int, value: object
) -> None:
    document = json.loads(briefingfile.dumps(briefing()))
    places = _paths(document)[1:]
    *parents, last = places[choice % len(places)]
    target = document
    for key in parents:
        target = target[key]
    target[last] = value
    try:
        briefingfile.loads(json.dumps(document), "mutated.briefing")
    except BriefingError as error:
        assert str(error).startswith("mutated.briefing")


@pytest.mark.parametrize(
    ("inside", "problem"),
    [
        ('"record_id": ' + "1" * 5000, "not valid JSON"),
        ('"title": "Bad \\udc80 half"', "half of a character"),
    ],
)
def test_odd_json_values_are_refused_as_damage(inside: str, problem: str) -> None:
    text = '{"format": "briefer-briefing", "version": 1, "x": {' + inside + '}, "briefing": {}}'
    with pytest.raises(BriefingError, match=problem):
        briefingfile.loads(text, "odd.briefing")


def test_a_paired_surrogate_escape_is_a_character_like_any_other() -> None:
    text = briefingfile.dumps(briefing()).replace('"title": "', '"title": "\\ud83d\\ude00 ', 1)
    assert briefingfile.loads(text).meta.title.startswith("😀")


def test_a_pipe_or_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    import os

    pipe = tmp_path / "pipe.briefing"
    os.mkfifo(pipe)  # reading it would wait for a writer for ever
    with pytest.raises(BriefingError, match="is a folder, device or pipe"):
        briefingfile.load(pipe)
    with pytest.raises(BriefingError, match="is a folder, device or pipe"):
        briefingfile.load(Path("/dev/zero"))
