"""A long session of Qt calls must not wear down the interpreter (PySide6 6.12 on 3.11)."""

from __future__ import annotations

import subprocess
import sys

LONG_SESSION = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import briefer.gui
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Source(QObject):
    changed = Signal()

app = QApplication([])
label, source = QLabel(), Source()
for number in range(20000):
    label.setText(str(number))
    source.changed.emit()
    app.processEvents()
print("survived")
"""


def test_many_qt_calls_neither_abort_the_app_nor_crash_it_at_exit() -> None:
    run = subprocess.run(
        [sys.executable, "-c", LONG_SESSION], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "survived"
