"""Shared fixtures; Qt runs offscreen and no test touches the real user folders."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists

# No test may reach the network, nor may any Python process a test starts.
OFFLINE = Path(__file__).resolve().parent / "offline"
sys.path.insert(0, str(OFFLINE))
os.environ["PYTHONPATH"] = os.pathsep.join(
    filter(None, [str(OFFLINE), os.environ.get("PYTHONPATH")])
)
import offline_guard  # noqa: E402

offline_guard.install()

# The caches (parsed fonts, compiled patterns) are the tests' own, from the first import of
# the parser while tests are collected on, and shared by every process a test starts.
_CACHE = tempfile.mkdtemp(prefix="briefer-test-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE

import pytest  # noqa: E402

from briefer.library import Library, open_library  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "resources" / "sample"


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_CACHE, ignore_errors=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the golden files in tests/golden/ (review the diff)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(autouse=True)
def _private_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("BRIEFER_LIBRARY", str(home / "default-library.sqlite"))


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """An empty library in a real SQLite file."""
    with Library(tmp_path / "library.sqlite") as opened:
        yield opened


@pytest.fixture
def sample_library(tmp_path: Path) -> Iterator[Library]:
    """A new library as a first start makes it: holding the bundled sample."""
    with open_library(tmp_path / "sample.sqlite") as opened:
        yield opened
