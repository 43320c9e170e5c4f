"""Jobs off the GUI thread: a core function runs in the thread pool on a frozen snapshot and
its result or error comes back as a signal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from briefer.errors import BrieferError
from briefer.gui.collector import collect_on_gui_thread

log = logging.getLogger("briefer")


class JobSignals(QObject):
    """What a job reports back to the GUI thread."""

    finished = Signal(object)
    failed = Signal(str)


class Job:
    """Run work() in the thread pool; emit finished(result) or failed(message).

    Not a QRunnable: PySide kept some quick ones alive for good (handing a runnable to the
    pool races with the pool deleting it); the pool holds a callable and lets go of it."""

    def __init__(self, work: Callable[[], Any]) -> None:
        self.work = work
        self.signals = JobSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except BrieferError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # never let a worker die silently: log and report
            log.exception("job failed")
            message = QCoreApplication.translate("Job", "Unexpected error: {error}")
            self.signals.failed.emit(message.format(error=error))
        else:
            self.signals.finished.emit(result)


def start(
    work: Callable[[], Any], finished: Callable[[Any], object], failed: Callable[[str], object]
) -> Job:
    """Run work on the global thread pool, reporting to finished or failed; return the job.

    The slots are connected before the job starts: a job quicker than the caller's next line
    would otherwise report to no one. Garbage is collected on the GUI thread only from the
    first job on: a worker must never free what the GUI thread made."""
    collect_on_gui_thread()
    job = Job(work)
    _running.add(job)  # until it reports: a job nobody holds must not be freed mid-run
    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    job.signals.finished.connect(lambda _result: _let_go(job))
    job.signals.failed.connect(lambda _message: _let_go(job))
    QThreadPool.globalInstance().start(job.run)
    return job


def _let_go(job: Job) -> None:
    """Forget a job that has reported. Its connections hold it (and the slots what they hold)
    in a cycle through Qt that Python's collector cannot see: they are cut here."""
    _running.discard(job)
    job.signals.finished.disconnect()
    job.signals.failed.disconnect()


_running: set[Job] = set()
