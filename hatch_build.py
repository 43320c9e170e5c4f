"""Compiles the translations when the package is built (wheel and editable install alike):
the GUI's Qt .ts files into .qm with pyside6-lrelease, the core's gettext .po files into .mo
with Babel. The compiled files are never committed; they land beside the sources in
src/briefer/locale/, where the app looks for them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        compile_translations(root)
        # the compiled files are ignored by git, so they are named to be packed all the same
        build_data["artifacts"].extend(["src/briefer/locale/*.qm", "src/briefer/locale/*/*/*.mo"])


def compile_translations(root: Path) -> list[Path]:
    """Compile every .ts and .po below root; return the files written."""
    locale = root / "src" / "briefer" / "locale"
    written = []
    for ts in sorted((root / "resources" / "translations").glob("*.ts")):
        qm = locale / ts.with_suffix(".qm").name
        subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    for po in sorted(locale.glob("*/LC_MESSAGES/*.po")):
        written.append(_compile_po(po))
    return written


def _lrelease() -> list[str]:
    """The command that runs Qt's lrelease from the PySide6 of the build environment."""
    program = "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())"
    return [sys.executable, "-c", program]


def _compile_po(po: Path) -> Path:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as source:
        catalog = read_po(source)
    mo = po.with_suffix(".mo")
    with mo.open("wb") as target:
        write_mo(target, catalog)
    return mo
