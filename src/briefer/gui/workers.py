"""Jobs off the GUI thread: a core function runs in the thread pool on a frozen snapshot and
its result or error comes back as a signal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from briefer.errors import BrieferError

log = logging.getLogger("briefer")


class JobSignals(QObject):
    """What a job reports back to the GUI thread."""

    finished = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """Run work() in the thread pool; emit finished(result) or failed(message)."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = JobSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except BrieferError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # never let a worker die silently: log and report
            log.exception("job failed")
            self.signals.failed.emit(f"Unexpected error: {error}")
        else:
            self.signals.finished.emit(result)


def start(
    work: Callable[[], Any], finished: Callable[[Any], object], failed: Callable[[str], object]
) -> Job:
    """Run work on the global thread pool, reporting to finished or failed; return the job.

    The slots are connected before the job starts: a job quicker than the caller's next line
    would otherwise report to no one."""
    job = Job(work)
    _running.add(job)  # until it reports: a job nobody holds must not be freed mid-run
    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    job.signals.finished.connect(lambda _result: _running.discard(job))
    job.signals.failed.connect(lambda _message: _running.discard(job))
    QThreadPool.globalInstance().start(job)
    return job


_running: set[Job] = set()
