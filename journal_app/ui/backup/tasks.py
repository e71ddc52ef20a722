"""Long work with progress and cancel, on the thread pool; a small QObject adapter carries it back as signals.

The work is a plain callable `work(progress, cancelled)`: it never touches a widget. Writes go through a second
connection of the vault (`WriterView`), so a write of the UI thread can never slip into the worker's transaction.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
Work = Callable[[ProgressFn, CancelledFn], Any]

_running: set[ProgressTask] = set()


class ProgressTask(QObject):
    """Runs `work` once on the pool. Signals arrive in the thread this object lives in (the UI thread)."""

    progressed = Signal(int, int)  # done, in all
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._done = threading.Event()
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        _running.add(self)
        runnable = _Runnable(self)
        (pool or QThreadPool.globalInstance()).start(runnable)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, seconds: float) -> bool:
        """Block until the work has ended (used only where the caller must not go on before it has)."""
        return self._done.wait(seconds)

    def _run(self) -> None:
        try:
            result = self._work(self._progress, self._cancel.is_set)
        except BaseException as error:  # noqa: BLE001 - handed to the UI thread, which decides
            self._done.set()
            self._emit(self.failed, error)
        else:
            self._done.set()
            self._emit(self.succeeded, result)
        finally:
            self._emit(self.finished)

    def _progress(self, done: int, total: int) -> None:
        self._emit(self.progressed, done, total)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        # The window that asked may be gone (closed, or its parent deleted by a lock) while the work ends: then
        # nobody is listening, and the signal's object no longer exists.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)

    def _on_finished(self) -> None:
        self.running = False
        _running.discard(self)


class _Runnable(QRunnable):
    def __init__(self, task: ProgressTask) -> None:
        super().__init__()
        self._task = task
        task.finished.connect(task._on_finished)

    def run(self) -> None:
        self._task._run()


@dataclass
class WriterView:
    """What the core's backup, merge and import functions use of a vault, on a second writable connection: writes in
    a worker then take turns with the UI's saves instead of sharing (and possibly rolling back) its connection."""

    connection: Any
    folder: Path
    slot_path: Path
    raw_key: bytes

    @classmethod
    def open(cls, vault: Any) -> WriterView:
        return cls(vault.open_writer(), vault.folder, vault.slot_path, vault.raw_key)

    def close(self) -> None:
        with contextlib.suppress(Exception):  # closed with the vault already
            self.connection.close()


def with_writer(vault: Any, action: Callable[[WriterView], Any]) -> Any:
    view = WriterView.open(vault)
    try:
        return action(view)
    finally:
        view.close()
