from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefer.cli import main
from briefer.library.schema import SCHEMA_VERSION


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_finds_both_sample_statements(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "Indo-Pacific", "--json")
    assert code == 0
    hits = json.loads(out)
    assert sorted(h["persons"][0] for h in hits if h["kind"] == "statement") == [
        "Annegret Kramp-Karrenbauer",
        "Heiko Maas",
    ]


def test_search_kramp_finds_the_defence_ministers_statement(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "search", "kramp")
    assert code == 0
    assert "Annegret Kramp-Karrenbauer: “The situation in the Indo-Pacific" in out


def test_search_with_facets_and_no_hits(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(capsys, "search", "--kind", "consultation", "--country", "Japan", "--json")[1].count(
            '"id"'
        )
        == 1
    )
    assert run(capsys, "search", "zzzz")[1] == "No records match.\n"


def test_show_prints_the_record_and_its_source(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "1")
    assert code == 0
    assert "Format: video teleconference" in out
    assert "Toshimitsu Motegi (Foreign Minister, Japan)" in out
    assert "Source: Federal Foreign Office" in out
    data = json.loads(run(capsys, "show", "2", "--json")[1])
    assert data["speaker"]["name"] == "Heiko Maas"
    assert data["text"].startswith("So that Germany")


def test_stats(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "stats", "--json", "--library", str(tmp_path / "x.sqlite"))
    assert code == 0
    stats = json.loads(out)
    assert (stats["records"], stats["statements"]) == (3, 2)
    assert stats["schema_version"] == SCHEMA_VERSION
    assert stats["library"] == str(tmp_path / "x.sqlite")


def test_the_library_option_and_variable_choose_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFER_LIBRARY", str(tmp_path / "env.sqlite"))
    run(capsys, "stats")
    assert (tmp_path / "env.sqlite").exists()
    run(capsys, "--library", str(tmp_path / "flag.sqlite"), "stats")
    assert (tmp_path / "flag.sqlite").exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "999"], "briefer: error: The library has no record 999\n"),
        (["--library", "{tmp}", "stats"], "briefer: error: Could not open the library {tmp}: "),
    ],
)
def test_errors_are_one_clear_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str, tmp_path: Path
) -> None:
    code, _out, err = run(capsys, *(arg.format(tmp=tmp_path) for arg in argv))
    message = message.format(tmp=tmp_path)
    assert code == 1
    assert err.startswith(message)
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_library_that_is_not_a_database_is_reported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n" * 200)
    code, _, err = run(capsys, "--library", str(path), "search", "x")
    assert code == 1
    assert "is not a briefer library or is damaged" in err


def test_the_app_without_a_display_says_what_to_do(tmp_path: Path) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "BRIEFER_LIBRARY": str(tmp_path / "l.sqlite"),
        "HOME": str(tmp_path),
        "PYTHONPATH": os.environ["PYTHONPATH"],  # the offline guard
    }
    result = subprocess.run(
        [sys.executable, "-m", "briefer"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert "No display to show the app on" in result.stderr
    assert "Traceback" not in result.stderr


def test_odd_limits_and_wordless_queries_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    library = ["--library", str(tmp_path / "x.sqlite")]
    with pytest.raises(SystemExit):
        main([*library, "search", "kramp", "--limit", "-1"])
    assert "is not a whole number of 1 or more" in capsys.readouterr().err
    out = tmp_path / "all.briefing"
    code, _, err = run(capsys, *library, "compose", "-o", str(out), "--title", "T", "--query", '"')
    assert code == 1 and "has no words to search for" in err
    assert not out.exists()
