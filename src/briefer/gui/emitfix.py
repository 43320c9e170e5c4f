"""Work around a reference leak in PySide6 6.12.0 signal emission on Python 3.11.

`SignalInstance.emit()` there returns `True` without taking a new reference, so every emit
from Python drops the refcount of `True` by one. After enough emits (a few hundred at exit,
a few thousand in a long session) the interpreter aborts with "Fatal Python error:
bool_dealloc". Python 3.12 made `True` immortal, which hides the bug; 6.11 does not have it.

`guard()` checks whether the running PySide has the leak and, if so, gives `True` the same
practically infinite refcount that Python 3.12 gives it. It touches nothing otherwise.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_HEADROOM = 1 << 40  # more emits than a session can make; far below the ssize_t limit


class _Probe(QObject):
    fired = Signal()


def emit_leaks_true() -> bool:
    """Return whether emitting a signal from Python loses a reference to True."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(3):
        probe.fired.emit()
    return sys.getrefcount(True) < before


def guard() -> None:
    """Make the leak harmless on interpreters where True is not immortal."""
    if sys.version_info >= (3, 12) or not emit_leaks_true():
        return
    refcount = ctypes.c_ssize_t.from_address(id(True))  # ob_refcnt is the first field
    refcount.value += _HEADROOM
