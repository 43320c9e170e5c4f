"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to cross its threshold: an
export or a search in the thread pool could then free a dialog, a model or a widget that
the GUI thread made, and Qt objects must be deleted in the thread they live in. Freeing
them from a worker ends the process (a CI run crashed that way, collecting in the middle of
an export job). So automatic collection is switched off, and a timer on the GUI thread does
the same work by the same thresholds, generation by generation.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 250  # often enough that garbage never piles up between two looks


class GuiThreadCollector(QObject):
    """Collects cycles on the thread that owns it, when Python's thresholds say so."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start(INTERVAL_MS)

    def collect_due(self) -> None:
        """Collect the oldest generation whose threshold is crossed, as the interpreter would."""
        counts = gc.get_count()
        due = -1
        for generation, (count, threshold) in enumerate(zip(counts, self.thresholds, strict=True)):
            if threshold <= 0 or count <= threshold:
                break
            due = generation
        if due >= 0:
            gc.collect(due)


def collect_on_gui_thread() -> None:
    """Make sure cycles are collected on the GUI thread only; call from the GUI thread."""
    app = QCoreApplication.instance()
    if app is None or app.findChild(GuiThreadCollector) is not None:
        return
    GuiThreadCollector(app)
