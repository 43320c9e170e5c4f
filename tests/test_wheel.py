"""The wheel carries resources/ and templates/, and an installed briefer finds them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("briefer-*.whl")
    return built


def test_the_wheel_holds_the_bundled_folders(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("resources", "templates"):
        expected = {
            f"briefer/{p.relative_to(ROOT).as_posix()}"
            for p in (ROOT / folder).rglob("*")
            if p.is_file()
        }
        assert expected and expected <= names
    assert "briefer/resources/sample/germany-japan-2plus2.briefing" in names
    compiled = {"briefer/locale/briefer_de.qm", "briefer/locale/de/LC_MESSAGES/briefer.mo"}
    assert compiled <= names  # built by hatch_build.py, never committed


def test_an_installed_briefer_runs_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(site), os.environ["PYTHONPATH"]]),  # + the offline guard
        "BRIEFER_LIBRARY": str(tmp_path / "lib.sqlite"),
    }

    def briefer(*args: str) -> str:
        return subprocess.run(
            [sys.executable, "-m", "briefer", *args],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    where = subprocess.run(
        [sys.executable, "-c", "import briefer.paths as p; print(p.resources_dir())"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where) == site / "briefer" / "resources"
    hits = json.loads(briefer("search", "Indo-Pacific", "--json"))
    assert sorted(h["persons"][0] for h in hits if h["kind"] == "statement") == [
        "Annegret Kramp-Karrenbauer",
        "Heiko Maas",
    ]
    assert "Kramp-Karrenbauer: “The situation" in briefer("search", "kramp")
