"""Search off the UI thread: a QRunnable on a one-thread pool, with the reader Journal of the workspace.

A small local worker; the shell's journal_app/ui/workers.py may replace it later.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from journal_app.core.errors import JournalError

RESULT_LIMIT = 100
#: Hits whose snippets are made before the results are shown (a screenful: 6 rows of long entries fit the results
#: list of the window at its first size); the others are made right after, on the same worker, and filled in
#: (`SearchRunner.hits_completed`).
FIRST_SNIPPETS = 8


class SearchSignals(QObject):
    finished = Signal(int, object)  # generation, list[SearchHit] (past FIRST_SNIPPETS light)
    completed = Signal(int, object)  # generation, list[SearchHit] (all with snippets)
    failed = Signal(int, object)  # generation, JournalError


class SearchTask(QRunnable):
    def __init__(
        self, journal: Any, query: str, generation: int, latest: Callable[[], int], signals: SearchSignals
    ) -> None:
        super().__init__()
        self._journal = journal
        self._query = query
        self._generation = generation
        self._latest = latest
        self._signals = signals

    def run(self) -> None:
        if self._latest() != self._generation:
            return  # a newer query was typed before this one started
        try:
            hits = self._journal.search(self._query, limit=RESULT_LIMIT, snippets=FIRST_SNIPPETS)
        except JournalError as error:
            self._emit(self._signals.failed, error)
            return
        self._emit(self._signals.finished, hits)
        if self._latest() != self._generation or not any(h.is_light for h in hits):
            return
        try:
            hits = self._journal.complete_hits(self._query, hits)
        except JournalError:
            return  # the first screen is shown; the rest keep their titles
        self._emit(self._signals.completed, hits)

    def _emit(self, signal: Any, payload: object) -> None:
        try:
            signal.emit(self._generation, payload)
        except RuntimeError:  # the panel was destroyed meanwhile (locked); nothing to show
            pass


class SearchRunner(QObject):
    """Runs one search at a time on one worker thread; only the newest query's results come out."""

    results_ready = Signal(object)  # list[SearchHit], the first FIRST_SNIPPETS with snippets
    hits_completed = Signal(object)  # the same list, every hit with its snippet
    search_failed = Signal(object)  # JournalError

    def __init__(self, reader_factory: Callable[[], Any], parent: Any = None) -> None:
        super().__init__(parent)
        self._reader_factory = reader_factory
        self._reader: Any = None
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # the reader connection is used from one thread only
        self._signals = SearchSignals(self)
        self._signals.finished.connect(self._on_finished)
        self._signals.completed.connect(self._on_completed)
        self._signals.failed.connect(self._on_failed)

    @property
    def generation(self) -> int:
        return self._generation

    def start(self, query: str) -> int:
        self._generation += 1
        if self._reader is None:
            try:
                self._reader = self._reader_factory()
            except JournalError as error:
                self.search_failed.emit(error)
                return self._generation
        self._pool.clear()  # queued, not started: stale already
        self._pool.start(SearchTask(self._reader, query, self._generation, lambda: self._generation, self._signals))
        return self._generation

    def cancel(self) -> None:
        """Drop whatever is running or queued; results that arrive later are ignored."""
        self._generation += 1
        self._pool.clear()

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)

    def shut_down(self) -> None:
        """Before the vault closes: no worker may still use the reader connection."""
        self.cancel()
        self._pool.waitForDone(5000)
        self._reader = None

    def _on_finished(self, generation: int, hits: object) -> None:
        if generation == self._generation:
            self.results_ready.emit(hits)

    def _on_completed(self, generation: int, hits: object) -> None:
        if generation == self._generation:
            self.hits_completed.emit(hits)

    def _on_failed(self, generation: int, error: object) -> None:
        if generation == self._generation:
            self.search_failed.emit(error)
