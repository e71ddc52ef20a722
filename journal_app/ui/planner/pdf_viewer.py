"""A PDF attachment shown inside the app, page by page: the file is read from the vault into memory and each page
is rendered there by pdfium (pypdfium2), one page at a time, on a worker thread so that the window stays responsive
while a detailed page is drawn. Nothing is written to disk: the document lives in memory, pages travel as QImages.

pdfium is not thread-safe: every call into it holds `_PDFIUM`, and the pages are rendered on one pool with a single
thread, which also closes the document after the last render it was asked for."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError

from .. import theme

RENDER_DPI = 110
_PDFIUM = threading.Lock()
_pool: QThreadPool | None = None


class PdfUnavailable(JournalError):
    """The file cannot be shown: not a PDF, damaged, locked with a password, or no renderer here."""


def open_pdf(data: bytes) -> Any:
    try:
        import pypdfium2
    except ImportError as error:  # a build without the renderer
        raise PdfUnavailable("no PDF renderer") from error
    with _PDFIUM:
        try:
            return pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError as error:
            raise PdfUnavailable("this PDF cannot be opened") from error


def page_count(document: Any) -> int:
    with _PDFIUM:
        return len(document)


def close_pdf(document: Any) -> None:
    with _PDFIUM:
        document.close()


def render_page(document: Any, index: int, dpi: int = RENDER_DPI) -> QImage:
    """One page as an image, in memory (on any thread: a QImage, never a QPixmap)."""
    with _PDFIUM:
        page = document[index]
        try:
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            try:
                fmt = QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
            finally:
                bitmap.close()
        finally:
            page.close()
    return image


_jobs: list[_Job] = []  # Python keeps each job until its run() is over (the pool does not own them)


def _start(job: _Job) -> None:
    _jobs[:] = [j for j in _jobs if not j.over]  # a finished job's frame is gone or still holds it: safe to drop
    _jobs.append(job)
    _render_pool().start(job)


def _render_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)  # one pdfium call at a time, in the order asked
    return _pool


def idle() -> bool:
    """True when no page is being rendered or waiting to be (for tests and for closing the app)."""
    return all(job.over for job in _jobs)


class _Signals(QObject):
    rendered = Signal(int, QImage)  # page index, the page
    failed = Signal(int)  # page index


class _Job(QRunnable):
    def __init__(self, document: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)  # kept by `_jobs`
        self.document = document
        self.over = False

    def run(self) -> None:
        try:
            self.work()
        finally:
            self.document = None
            self.over = True

    def work(self) -> None:
        raise NotImplementedError


class _RenderPage(_Job):
    """Renders one page on the pool and hands it back through `signals` (queued to the UI thread)."""

    def __init__(self, document: Any, index: int) -> None:
        super().__init__(document)
        self.index = index
        self.signals = _Signals()

    def work(self) -> None:
        try:
            image = render_page(self.document, self.index)
        except Exception:  # noqa: BLE001 - a damaged page: the viewer says so
            self.signals.failed.emit(self.index)
        else:
            self.signals.rendered.emit(self.index, image)


class _ClosePdf(_Job):
    def work(self) -> None:
        close_pdf(self.document)


class PdfViewer(QDialog):
    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        document = open_pdf(data)  # first: a damaged PDF must leave no half-built dialog behind (its parent keeps it)
        super().__init__(parent)
        self._document = document
        self.page_count = page_count(self._document)
        self.index = 0  # the page asked for
        self.shown_index = -1  # the page on screen
        self._rendering: _RenderPage | None = None  # at most one page on its way; the last asked for comes next
        self.page_label = QLabel()
        self.busy = QProgressBar()  # moving while a page is drawn
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        self.problem = QLabel()
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.image_label)
        self.scroll_area.setWidgetResizable(True)
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        pager = QHBoxLayout()
        pager.addWidget(self.previous_button)
        pager.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        pager.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(pager)
        layout.addWidget(self.busy)
        layout.addWidget(self.problem)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)
        self.previous_button.clicked.connect(lambda: self.show_page(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.index + 1))
        for keys, step in (
            (QKeySequence.StandardKey.MoveToPreviousPage, -1),
            (QKeySequence.StandardKey.MoveToNextPage, 1),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.activated.connect(lambda s=step: self.show_page(self.index + s))
        self.resize(820, 900)
        self.retranslate()
        self.show_page(0)
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    def retranslate(self) -> None:
        # The window title never names the file (a screen may be seen or recorded).
        self.setWindowTitle(self.tr("Attachment"))
        self.previous_button.setText(self.tr("&Previous page"))
        self.next_button.setText(self.tr("&Next page"))
        self.image_label.setAccessibleName(self.tr("Page of the attached PDF"))
        self.busy.setAccessibleName(self.tr("Drawing the page"))
        self.problem.setText(self.tr("This page cannot be shown."))
        self._update_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_page(self, index: int) -> None:
        """Ask for a page: it is drawn on the worker and shown when ready (the busy bar moves meanwhile)."""
        if not 0 <= index < self.page_count or self._document is None:
            return
        self.index = index
        self._update_label()
        self._render_next()

    def _render_next(self) -> None:
        if self._rendering is not None or self._document is None or self.shown_index == self.index:
            self.busy.setVisible(self._rendering is not None)
            return
        job = _RenderPage(self._document, self.index)
        job.signals.rendered.connect(self._on_rendered)
        job.signals.failed.connect(self._on_failed)
        self._rendering = job
        self.busy.show()
        _start(job)

    @Slot(int, QImage)
    def _on_rendered(self, index: int, image: QImage) -> None:
        self._rendering = None
        if self._document is None:
            return
        if index == self.index:
            self.problem.hide()
            self.image_label.setPixmap(QPixmap.fromImage(image))
            self.shown_index = index
        self._render_next()

    @Slot(int)
    def _on_failed(self, index: int) -> None:
        self._rendering = None
        if self._document is None:
            return
        if index == self.index:
            self.image_label.clear()
            self.problem.show()
            self.shown_index = index
        self._render_next()

    def _update_label(self) -> None:
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(self.page_count))
        )
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index + 1 < self.page_count)

    def clear(self) -> None:
        self.image_label.clear()

    def done(self, result: int) -> None:
        self.image_label.clear()  # the page does not outlive the viewer
        self.busy.hide()
        if self._document is not None:
            # closed on the render pool, after the page it may still be drawing
            _start(_ClosePdf(self._document))
            self._document = None
        super().done(result)
