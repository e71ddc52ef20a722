"""A dialog that asks a few things, then runs one long task with a progress bar and Cancel, and says how it went.

Subclasses build their fields into `self.form`, say what the start button is called, and implement `make_work()`
(returning the work, or None after showing why not) and `describe_result()`. The dialog never runs itself: callers
`open()` or `exec()` it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import file_dialogs
from .messages import describe, is_cancelled
from .tasks import ProgressTask, Work


class PathField(QWidget):
    """A path in a line edit with a "Choose…" button that opens the system's file dialog."""

    def __init__(self, mode: str, parent: QWidget | None = None, *, name_filter: str = "") -> None:
        super().__init__(parent)
        self.mode = mode  # "folder", "open" or "save"
        self.name_filter = name_filter
        self.edit = QLineEdit()
        self.button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.button.clicked.connect(self.choose)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("C&hoose…"))

    def set_accessible_name(self, name: str) -> None:
        self.edit.setAccessibleName(name)
        self.button.setAccessibleName(self.tr("Choose: %1").replace("%1", name))

    @property
    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path | None) -> None:
        self.edit.setText(str(path) if path is not None else "")

    def choose(self) -> None:
        start = self.path  # none yet: the user's Documents folder
        if self.mode == "folder":
            chosen = file_dialogs.choose_folder(self, self.tr("Choose a folder"), start)
        elif self.mode == "open":
            chosen = file_dialogs.open_file(self, self.tr("Choose a file"), start, self.name_filter)
        else:
            chosen = file_dialogs.save_file(
                self, self.tr("Choose a new file"), "", self.name_filter, start=start, confirm_overwrite=False
            )
        if chosen:
            self.edit.setText(chosen)


def passphrase_edit(parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
    return edit


class TaskDialog(QDialog):
    task_finished = Signal(bool)  # True when the work succeeded

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)  # the window's own saves wait while this runs
        self.form = QFormLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.task: ProgressTask | None = None
        self.result_value: Any = None
        self.error: BaseException | None = None
        self.succeeded = False
        self._fields: list[QWidget] = []

    # -- for subclasses ------------------------------------------------------------------------------------------

    def add_row(self, label: QLabel | str, field: QWidget) -> None:
        if isinstance(label, QLabel):
            label.setBuddy(field)
        self.form.addRow(label, field)
        self._fields.append(field)

    def make_work(self) -> Work | None:
        raise NotImplementedError

    def describe_result(self, result: Any) -> str:
        raise NotImplementedError

    def error_folder(self) -> Path | None:
        """Where the work writes: a missing folder or a full disk is then told apart."""
        return None

    def error_needed_bytes(self) -> int:
        return 0

    def on_succeeded(self, result: Any) -> None:
        """Called after success, before the message is shown."""

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)

    # -- running -------------------------------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        # the work has ended once its result is in, even before the task's own "finished" signal has arrived
        return self.task is not None and self.task.running and not self.task.wait(0)

    def start(self) -> None:
        if self.succeeded:  # "Close": the result is in, even if the worker thread is still winding down
            self.accept()
            return
        if self.is_running:
            return
        work = self.make_work()
        if work is None:
            return
        self.error = None
        self.show_message(self.tr("Working…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        for field in self._fields:
            field.setEnabled(False)
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(self.cancellable)
        self.task = ProgressTask(work, self)
        self.task.progressed.connect(self._on_progress)
        self.task.succeeded.connect(self._on_succeeded)
        self.task.failed.connect(self._on_failed)
        self.task.start()

    def _on_progress(self, done: int, total: int) -> None:
        if total <= 0:
            return
        scale = max(1, total // 1_000_000) if total > 1_000_000 else 1  # QProgressBar takes ints up to 2**31
        self.progress.setRange(0, total // scale)
        self.progress.setValue(min(done, total) // scale)

    def _on_succeeded(self, result: Any) -> None:
        self.result_value = result
        self.succeeded = True
        self.progress.hide()
        self.on_succeeded(result)
        self.show_message(self.describe_result(result))
        self.start_button.setText(self.tr("Close"))
        self.start_button.setEnabled(True)
        self.cancel_button.hide()
        self.start_button.setFocus()
        self.task_finished.emit(True)

    def _on_failed(self, error: BaseException) -> None:
        self.error = error
        self.progress.hide()
        for field in self._fields:
            field.setEnabled(True)
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.show_message(describe(error, folder=self.error_folder(), needed=self.error_needed_bytes()))
        self.task_finished.emit(False)
        closing, self._closing_after_cancel = self._closing_after_cancel, False
        if closing and is_cancelled(error):
            super().reject()

    _closing_after_cancel = False
    cancellable = True  # False: the work cannot stop half-way (a restore, a merge); Cancel waits for it

    def _on_cancel_clicked(self) -> None:
        self.reject()

    def reject(self) -> None:
        if self.is_running and self.task is not None:
            if not self.cancellable:
                return
            self.task.cancel()  # closes when the work has stopped and cleaned up
            self._closing_after_cancel = True
            self.show_message(self.tr("Cancelling…"))
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_running:
            self.reject()
            event.ignore()
            return
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        pass
