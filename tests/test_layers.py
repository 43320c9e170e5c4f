"""The import contracts in pyproject.toml hold, and they catch a module that breaks a layer."""

from __future__ import annotations

import os
import pkgutil
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

pytest.importorskip("importlinter")

ROOT = Path(__file__).resolve().parents[1]
LINT = "import sys, importlinter.cli as cli; sys.exit(cli.lint_imports_command())"


def lint(source: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run lint-imports with the project's contracts on the briefer package under source."""
    environment = {**os.environ, "PYTHONPATH": str(source), "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-c", LINT, str(ROOT / "pyproject.toml"), "--no-cache", "--no-logo"],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
    )


def test_the_source_keeps_every_contract(tmp_path: Path) -> None:
    result = lint(ROOT / "src", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "code", "contract"),
    [
        ("render/leak.py", "from briefer.importers import docxfile", "Layers"),
        ("render/leak.py", "from briefer.model import records", "Layers"),
        ("compose/leak.py", "from briefer.render import pdf", "Compose builds"),
        ("render/docx.py", "from briefer.render import pdf", "One output format"),
        ("model/leak.py", "import PySide6", "The core never imports Qt"),
        ("library/leak.py", "from briefer.cli import main", "Layers"),
    ],
    ids=["render-reads-input", "render-knows-model", "compose-writes", "formats", "qt", "cli"],
)
def test_a_module_that_breaks_a_layer_fails_the_check(
    tmp_path: Path, module: str, code: str, contract: str
) -> None:
    source = tmp_path / "src"
    shutil.copytree(ROOT / "src" / "briefer", source / "briefer")
    with open(source / "briefer" / module, "a", encoding="utf-8") as file:
        file.write(f"\n{code}\n")
    result = lint(source, tmp_path)
    assert result.returncode != 0
    broken = [line for line in result.stdout.splitlines() if " BROKEN" in line]
    assert any(line.startswith(contract) for line in broken), result.stdout


def test_compose_is_kept_from_every_render_module_but_the_model_and_templates() -> None:
    """The contract lists modules one by one; a new module in render/ must join the list."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["importlinter"]
    compose = next(c for c in config["contracts"] if c.get("source_modules") == ["briefer.compose"])
    render = {
        f"briefer.render.{module.name}"
        for module in pkgutil.iter_modules([str(ROOT / "src" / "briefer" / "render")])
    }
    allowed = {"briefer.render.document", "briefer.render.template"}
    assert set(compose["forbidden_modules"]) == render - allowed
