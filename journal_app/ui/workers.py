"""Run slow work (key derivation, backups) on the thread pool and hear about it through Qt signals.

The work is a plain callable: it never touches a widget. `WorkerSignals` is the small QObject adapter that carries its
result back to the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class WorkerSignals(QObject):
    succeeded = Signal(object)  # the callable's return value
    failed = Signal(object)  # the exception it raised
    finished = Signal()  # after either


class Worker(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work
        self.signals = WorkerSignals()
        self.setAutoDelete(False)  # Python keeps the reference (see `start`)

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # noqa: BLE001 - handed to the UI thread, which decides
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


_running: set[Worker] = set()


def start(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    pool: QThreadPool | None = None,
) -> Worker:
    """Run `work` on the pool. `on_success`/`on_failure` should be slots of a QObject living in the UI thread,
    so that they run there (queued)."""
    worker = Worker(work)
    worker.signals.succeeded.connect(on_success)
    worker.signals.failed.connect(on_failure)
    _running.add(worker)
    worker.signals.finished.connect(lambda: _running.discard(worker))
    (pool or QThreadPool.globalInstance()).start(worker)
    return worker
