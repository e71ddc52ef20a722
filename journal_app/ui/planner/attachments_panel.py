"""A document's files: add (with progress and cancel for big ones), view images in the app, export a plaintext copy
after a warning, remove. Thumbnails are scaled in memory; nothing is written to a temporary file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError

from ..widgets.flow_layout import FlowLayout
from . import prompts, worker
from .image_viewer import ImageViewer
from .texts import error_text

BIG_FILE_BYTES = 8 * 1024 * 1024  # larger files are stored and exported on a worker, with a progress dialog
THUMBNAIL_MAX_BYTES = 4 * 1024 * 1024
VIEW_MAX_BYTES = 64 * 1024 * 1024
ID_ROLE = Qt.ItemDataRole.UserRole + 10


def neutral_name(name: str) -> str:
    """ "attachment" with the original extension (a short, plain one), e.g. "attachment.pdf"."""
    suffix = Path(name).suffix.lower()
    return "attachment" + (suffix if suffix[1:].isalnum() and len(suffix) <= 6 else "")


class _Cancelled(JournalError):
    pass


class AttachmentsPanel(QWidget):
    """Files of one owner (a document, or with `owner_kind="entry"` a journal entry)."""

    changed = Signal()
    added = Signal(object)  # the Attachment just stored
    idle = Signal()  # the queue of files to add is empty again
    failed = Signal(str)  # a translated message

    def __init__(
        self,
        attachments: Any,
        parent: QWidget | None = None,
        *,
        big_file_bytes: int = BIG_FILE_BYTES,
        owner_kind: str = "document",
    ):
        super().__init__(parent)
        self._attachments = attachments
        self._kind = owner_kind
        self._big = big_file_bytes
        self._owner: str | None = None
        self._pending: list[Path] = []
        self._queue: list[Path] = []
        self.busy = False
        self.task: worker.AttachmentTask | None = None
        self.progress: QProgressDialog | None = None
        self.viewer: ImageViewer | None = None
        self._task_size = 1
        self._task_done: Callable[[Any, BaseException | None], None] = lambda _r, _e: None
        self._task_outcome: dict[str, Any] = {}

        self.list = QListWidget()
        self.list.setIconSize(QSize(48, 48))
        self.add_button = QPushButton()
        self.view_button = QPushButton()
        self.export_button = QPushButton()
        self.remove_button = QPushButton()
        buttons = FlowLayout()  # wraps onto a second line when the translation is long
        for button in (self.add_button, self.view_button, self.export_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.choose_file)
        self.view_button.clicked.connect(self.view_current)
        self.export_button.clicked.connect(self.export_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.list.itemActivated.connect(lambda _item: self.view_current())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Attached files"))
        self.add_button.setText(self.tr("&Attach file…"))
        self.add_button.setAccessibleName(self.tr("Attach a file"))
        self.view_button.setText(self.tr("&View"))
        self.view_button.setAccessibleName(self.tr("View the attachment in the app"))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setAccessibleName(self.tr("Export an unencrypted copy"))
        self.remove_button.setText(self.tr("Remo&ve"))
        self.remove_button.setAccessibleName(self.tr("Remove the attachment"))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state ---------------------------------------------------------------------------------------------------

    def set_owner(self, owner_id: str | None) -> None:
        self._owner = owner_id
        self.reload()

    @property
    def pending(self) -> list[Path]:
        return list(self._pending)

    def reload(self) -> None:
        self.list.clear()
        if self._owner is not None:
            try:
                items = self._attachments.of(self._kind, self._owner)
            except JournalError as error:
                self.failed.emit(error_text(error))
                items = []
            for att in items:
                self._add_row(att.name, att.size, att.id, self._thumbnail(att))
        for path in self._pending:
            self._add_row(path.name, _size(path), None, None)
        self._update_buttons()

    def _add_row(self, name: str, size: int, att_id: str | None, icon: QIcon | None) -> None:
        text = f"{name} ({QLocale().formattedDataSize(size)})"
        if att_id is None:
            text = self.tr("%1 (added when the document is saved)").replace("%1", text)
        row = QListWidgetItem(icon or QIcon(), text)
        row.setData(ID_ROLE, att_id)
        self.list.addItem(row)

    def _thumbnail(self, att: Any) -> QIcon | None:
        if not att.mime.startswith("image/") or att.size > THUMBNAIL_MAX_BYTES:
            return None
        try:
            image = QImage.fromData(self._attachments.read(att.id, THUMBNAIL_MAX_BYTES))
        except JournalError:
            return None
        if image.isNull():
            return None
        small = image.scaled(48, 48, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        return QIcon(QPixmap.fromImage(small))

    def _current(self) -> Any | None:
        row = self.list.currentItem()
        att_id = row.data(ID_ROLE) if row is not None else None
        if not att_id:
            return None
        try:
            return self._attachments.get(att_id)
        except JournalError:
            return None

    def _update_buttons(self) -> None:
        row = self.list.currentItem()
        saved = row is not None and bool(row.data(ID_ROLE))
        self.view_button.setEnabled(saved)
        self.export_button.setEnabled(saved)
        self.remove_button.setEnabled(row is not None and not self.busy)
        self.add_button.setEnabled(not self.busy)

    def clear(self) -> None:
        """Forget what was shown (before a lock)."""
        if self.task is not None:
            self.task.cancel()
        if self.viewer is not None:
            self.viewer.clear()
            self.viewer.done(0)
            self.viewer.deleteLater()
            self.viewer = None
        self._pending.clear()
        self._queue.clear()
        self._owner = None
        self.list.clear()

    # -- adding --------------------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = prompts.open_file(self, self.tr("Attach a file"))
        if path:
            self.add_path(Path(path))

    def add_path(self, path: Path) -> None:
        """Store the file now (saved document) or when the document is saved (new document)."""
        if self._owner is None:
            self._pending.append(path)
            self.reload()
            return
        self._queue.append(path)
        self._next()

    def commit(self, owner_id: str) -> None:
        """Add the files chosen before the document existed; `idle` is emitted when all are stored."""
        self._owner = owner_id
        self._queue.extend(self._pending)
        self._pending.clear()
        self._next()

    def _next(self) -> None:
        if self.busy:
            return
        if not self._queue:
            self.reload()
            self.idle.emit()
            return
        path, owner = self._queue.pop(0), self._owner

        def work(progress: Callable[[int], None], cancelled: Callable[[], bool]) -> Any:
            return self._attachments.add_file(self._kind, owner, path, progress=progress, cancelled=cancelled)

        self._run(work, _size(path), self.tr("Storing the file in the journal…"), self._on_added)

    def _on_added(self, result: Any, error: BaseException | None) -> None:
        if error is not None and not _is_cancel(error):
            self.failed.emit(self.tr("The file was not attached. %1").replace("%1", error_text(error)))
        if error is None:
            self.changed.emit()
            self.added.emit(result)
        if error is not None:
            self._queue.clear()
        self._next()

    # -- viewing and exporting -----------------------------------------------------------------------------------

    def view_current(self) -> Any:
        att = self._current()
        if att is None:
            return None
        if att.mime == "application/pdf" or att.name.lower().endswith(".pdf"):
            return self._view_pdf(att)
        image = QImage()
        if att.mime.startswith("image/") and att.size <= VIEW_MAX_BYTES:
            try:
                image = QImage.fromData(self._attachments.read(att.id, VIEW_MAX_BYTES))
            except JournalError as error:
                self.failed.emit(error_text(error))
                return None
        if image.isNull():
            self.failed.emit(self.tr("This file cannot be shown in the app. You can export a copy to open it."))
            return None
        self.viewer = ImageViewer(image, self)
        self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer.destroyed.connect(self._on_viewer_gone)
        self.viewer.open()
        return self.viewer

    def _view_pdf(self, att: Any) -> Any:
        """A PDF page by page, rendered in memory (PdfViewer); nothing is written to disk."""
        from .pdf_viewer import PdfUnavailable, PdfViewer

        try:
            data = self._attachments.read(att.id, VIEW_MAX_BYTES)
            viewer = PdfViewer(data, self)
        except PdfUnavailable:
            self.failed.emit(self.tr("This file cannot be shown in the app. You can export a copy to open it."))
            return None
        except JournalError as error:
            self.failed.emit(error_text(error))
            return None
        self.viewer = viewer  # type: ignore[assignment]
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.destroyed.connect(self._on_viewer_gone)
        viewer.open()
        return viewer

    def _on_viewer_gone(self) -> None:
        self.viewer = None

    def export_current(self) -> None:
        att = self._current()
        if att is None:
            return
        if not prompts.confirm(
            self,
            self.tr("Export an unencrypted copy"),
            self.tr(
                "The exported copy is NOT encrypted. Anyone with access to the place you save it to can open it. "
                "Delete it when you no longer need it."
            ),
            self.tr("Export"),
        ):
            return
        # a neutral suggestion: the attachment's own name would land in the file system's listings and dialogs
        target = prompts.save_file(self, self.tr("Export attachment"), neutral_name(att.name))
        if not target:
            return
        path = Path(target)
        if path.exists():
            self.failed.emit(self.tr("A file with that name already exists. Choose another name."))
            return

        def work(progress: Callable[[int], None], cancelled: Callable[[], bool]) -> None:
            def report(done: int) -> None:
                if cancelled():
                    raise _Cancelled()
                progress(done)

            self._attachments.export(att.id, path, progress=report)

        self._run(work, att.size, self.tr("Exporting…"), self._on_exported)

    def _on_exported(self, _result: Any, error: BaseException | None) -> None:
        if error is not None and not _is_cancel(error):
            self.failed.emit(self.tr("The copy was not written. %1").replace("%1", error_text(error)))

    def remove_current(self) -> None:
        row = self.list.currentItem()
        if row is None:
            return
        att_id = row.data(ID_ROLE)
        if not att_id:
            self._pending.pop(self.list.row(row) - (self.list.count() - len(self._pending)))
            self.reload()
            return
        if not prompts.confirm(
            self, self.tr("Remove attachment"), self.tr("Remove this file from the journal?"), self.tr("Remove")
        ):
            return
        try:
            self._attachments.delete(att_id)
        except JournalError as error:
            self.failed.emit(error_text(error))
        self.reload()
        self.changed.emit()

    # -- running -------------------------------------------------------------------------------------------------

    def _run(self, work: Any, size: int, label: str, done: Callable[[Any, BaseException | None], None]) -> None:
        """Small files right away; big ones on a worker, with a window-modal progress dialog and Cancel."""
        if size <= self._big:
            try:
                result = work(lambda _n: None, lambda: False)
            except (JournalError, OSError) as error:
                done(None, error)
            else:
                done(result, None)
            return
        self.busy = True
        self._update_buttons()
        self._task_size = max(size, 1)
        self._task_done = done
        self._task_outcome = {}
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 1000, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setAccessibleName(label)
        self.progress = progress
        task = worker.AttachmentTask(work)
        self.task = task
        progress.canceled.connect(self._on_cancel_clicked)
        # Bound methods of this widget: the signals from the worker thread arrive queued, in the UI thread.
        task.signals.progressed.connect(self._on_task_progress)
        task.signals.succeeded.connect(self._on_task_succeeded)
        task.signals.failed.connect(self._on_task_failed)
        task.signals.finished.connect(self._on_task_finished)
        progress.show()
        worker.start(task)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self.task is not None:
            self.task.cancel()

    @Slot(object)
    def _on_task_progress(self, done: int) -> None:
        if self.progress is not None:
            self.progress.setValue(min(1000, int(done * 1000 / self._task_size)))

    @Slot(object)
    def _on_task_succeeded(self, result: Any) -> None:
        self._task_outcome["result"] = result

    @Slot(object)
    def _on_task_failed(self, error: BaseException) -> None:
        self._task_outcome["error"] = error

    @Slot()
    def _on_task_finished(self) -> None:
        self.busy = False
        self.task = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        outcome = self._task_outcome
        self._task_done(outcome.get("result"), outcome.get("error"))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _is_cancel(error: BaseException) -> bool:
    return isinstance(error, _Cancelled) or (isinstance(error, JournalError) and "cancelled" in str(error))
