"""The core (everything but briefer.gui) must import without loading Qt."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import importlib, pkgutil, sys
import briefer

def walk(path, prefix):  # without importing briefer.gui, which walk_packages would do
    for module in pkgutil.iter_modules(path, prefix):
        if module.name.startswith("briefer.gui") or module.name == "briefer.__main__":
            continue
        yield module.name
        if module.ispkg:
            yield from walk([f"{path[0]}/{module.name.rsplit('.', 1)[1]}"], module.name + ".")

names = list(walk(briefer.__path__, "briefer."))
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
