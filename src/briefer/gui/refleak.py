"""Work around PySide6 6.12.0 dropping references to None and True on Python 3.11.

There, every call from Python to a Qt method that returns nothing (`setText`,
`processEvents`, ...) returns `None` without taking a new reference, and `Signal.emit()` does
the same with `True`. Each call lowers the refcount of the singleton by one; after some
thousand calls (at exit, or sooner in a long session) the interpreter aborts with "Fatal
Python error: none_dealloc" or "bool_dealloc". Python 3.12 made these singletons immortal,
which hides the bug there; PySide6 6.11 does not have it.

`guard()` checks whether the running PySide has the leak and, if so, gives None, True and
False the same practically infinite refcount Python 3.12 gives them. Nothing else changes:
the singletons are never freed in a healthy interpreter either.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_HEADROOM = 1 << 40  # more calls than any session makes; far below the ssize_t limit


class _Probe(QObject):
    fired = Signal()


def pyside_leaks_singletons() -> bool:
    """Return whether void Qt calls or signal emits lose references to None or True."""
    probe = _Probe()
    none, true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(3):
        probe.setObjectName("probe")
        probe.fired.emit()
    return sys.getrefcount(None) < none or sys.getrefcount(True) < true


def guard() -> None:
    """Make the leak harmless on interpreters where None and True are not immortal."""
    if sys.version_info >= (3, 12) or not pyside_leaks_singletons():
        return
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt comes first
        refcount.value += _HEADROOM
