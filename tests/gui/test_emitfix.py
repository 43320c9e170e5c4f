"""Signals emitted from Python must not wear down the interpreter (PySide6 6.12 on 3.11)."""

from __future__ import annotations

import subprocess
import sys

EMIT_MANY = """
import briefer.gui
from PySide6.QtCore import QObject, Signal

class Source(QObject):
    changed = Signal()

source = Source()
for _ in range(20000):
    source.changed.emit()
print("survived")
"""


def test_a_long_session_of_emits_neither_aborts_nor_crashes_at_exit() -> None:
    run = subprocess.run(
        [sys.executable, "-c", EMIT_MANY], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "survived"
