"""A small QRunnable for slow attachment work (a 200 MB scan): progress and cancel, reported through Signals.

The work is a plain callable receiving `progress(bytes_done)` and `cancelled() -> bool`; it never touches a widget.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    progressed = Signal(object)  # bytes done (may exceed 2**31)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class AttachmentTask(QRunnable):
    def __init__(self, work: Callable[[Callable[[int], None], Callable[[], bool]], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._work = work
        self._cancel = threading.Event()
        self.signals = TaskSignals()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self._work(self.signals.progressed.emit, self._cancel.is_set)
        except BaseException as error:  # noqa: BLE001 - handed to the UI thread, which decides
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


_running: set[AttachmentTask] = set()


def start(task: AttachmentTask, pool: QThreadPool | None = None) -> AttachmentTask:
    _running.add(task)
    task.signals.finished.connect(lambda: _running.discard(task))
    (pool or QThreadPool.globalInstance()).start(task)
    return task
