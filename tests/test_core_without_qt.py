"""The core (everything but briefer.gui) must import without loading Qt."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import importlib, pkgutil, sys
import briefer
names = [m.name for m in pkgutil.walk_packages(briefer.__path__, "briefer.")
         if not m.name.startswith("briefer.gui") and m.name != "briefer.__main__"]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(len(names), qt)
"""


def test_the_core_imports_without_loading_pyside6() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    )
    count, qt_modules = result.stdout.split(" ", 1)
    assert int(count) >= 10  # the walk really found the core modules
    assert qt_modules.strip() == "[]"
