"""Garbage made on the GUI thread is freed there, even while jobs allocate in the pool."""

from __future__ import annotations

import gc
import threading
import weakref

from briefer.gui.workers import start


class Node:
    """A cycle, as a dialog and its slots make: only the collector can free it."""

    def __init__(self) -> None:
        self.me = self


def test_cycles_are_freed_on_the_gui_thread_while_a_job_allocates(qtbot) -> None:  # type: ignore[no-untyped-def]
    freed_in: list[threading.Thread] = []
    node = Node()
    weakref.finalize(node, lambda: freed_in.append(threading.current_thread()))
    del node
    results: list[object] = []

    def allocate() -> list[list[int]]:
        return [[] for _ in range(200_000)]  # kept: the collector's threshold stays crossed

    start(allocate, results.append, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    qtbot.waitUntil(lambda: bool(freed_in), timeout=10_000)  # the GUI thread's next look
    assert len(results[0]) == 200_000  # type: ignore[arg-type]
    assert freed_in == [threading.main_thread()]
    assert not gc.isenabled()  # the interpreter never collects on its own, in any thread
