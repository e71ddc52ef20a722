"""The backup, restore, merge, export and import actions of the main window's menu, and what follows them.

The window calls `before_close(vault, reason)` in its lock sequence (after the workspace is gone, before the vault
closes), `after_unlock(workspace)` once unlocked, `set_unlocked()` and `retranslate()`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from journal_app.core.kdf import KDF_V1, KdfParams

from .auto_backup import AutoBackup
from .backup_dialog import BackupDialog
from .restore_dialog import MergeDialog, RestoreDialog
from .task_dialog import TaskDialog
from .verify_dialog import VerifyDialog

WAIT_FOR_TASK_SECONDS = 30


class BackupActions(QObject):
    def __init__(
        self,
        window: Any,
        menu: QMenu,
        before: QAction,
        *,
        kdf: KdfParams = KDF_V1,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._kdf = kdf
        self.auto_backup = AutoBackup(window.settings, window, kdf=kdf)
        self.auto_backup.watch_unlock(window.unlock_page)
        self.dialog: QDialog | None = None
        self.back_up = self._action(window, self.open_backup)
        self.verify = self._action(window, self.open_verify)
        self.restore = self._action(window, self.open_restore)
        self.merge = self._action(window, self.open_merge)
        self.export = self._action(window, self.open_export)
        self.import_ = self._action(window, self.open_import)
        for action in (self.back_up, self.verify, self.restore, self.merge, None, self.export, self.import_, None):
            if action is None:
                menu.insertSeparator(before)
            else:
                menu.insertAction(before, action)
        self.retranslate()
        self.set_unlocked(False)

    @staticmethod
    def _action(window: QWidget, handler: Callable[[], object]) -> QAction:
        action = QAction(window)
        action.triggered.connect(lambda _checked=False: handler())
        return action

    def retranslate(self) -> None:
        self.back_up.setText(QCoreApplication.translate("BackupActions", "&Back up…"))
        self.back_up.setToolTip(
            QCoreApplication.translate("BackupActions", "Write an encrypted backup to a folder or a USB stick")
        )
        self.verify.setText(QCoreApplication.translate("BackupActions", "&Check a backup…"))
        self.restore.setText(QCoreApplication.translate("BackupActions", "&Restore a backup…"))
        self.merge.setText(QCoreApplication.translate("BackupActions", "&Merge a backup into this journal…"))
        self.export.setText(QCoreApplication.translate("BackupActions", "&Export…"))
        self.export.setToolTip(
            QCoreApplication.translate("BackupActions", "Write entries to a file that is not encrypted")
        )
        self.import_.setText(QCoreApplication.translate("BackupActions", "&Import…"))

    def set_unlocked(self, unlocked: bool) -> None:
        for action in (self.back_up, self.merge, self.export, self.import_):
            action.setEnabled(unlocked)

    # -- the window's hooks --------------------------------------------------------------------------------------

    def after_unlock(self, workspace: Any) -> None:
        """A calm reminder in the workspace's notice bar when the last backup is old (under what is due). Called
        again after a backup and a language switch, so that it says what is true now."""
        text = self.auto_backup.reminder_text()
        set_reminder = getattr(workspace, "set_backup_reminder", None)
        if callable(set_reminder):
            set_reminder(text, QCoreApplication.translate("BackupActions", "Back up now…"), self.open_backup)
            return
        summary = getattr(workspace, "summary", None)
        if not text or summary is None:
            return
        if summary.isVisible() or summary.label.text():
            summary.label.setText(summary.label.text() + "\n" + text)
        else:
            summary.show_message(text, QCoreApplication.translate("BackupActions", "Back up now…"), self.open_backup)

    def before_close(self, vault: Any, reason: str) -> str:
        """In the lock sequence: stop a running task of ours, then make the day's automatic backup if due."""
        dialog = self.dialog
        if isinstance(dialog, TaskDialog) and dialog.task is not None and dialog.task.running:
            dialog.task.cancel()
            dialog.task.wait(WAIT_FOR_TASK_SECONDS)
        try:
            return self.auto_backup.before_close(vault, reason)
        finally:
            self.auto_backup.forget()

    # -- dialogs -------------------------------------------------------------------------------------------------

    def _save_first(self) -> bool:
        workspace = self._window.workspace
        return workspace is None or bool(workspace.save_now())

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._on_dialog_finished(dialog))
        dialog.open()
        return dialog

    def _on_dialog_finished(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def open_backup(self) -> BackupDialog | None:
        if self._window.vault is None or not self._save_first():
            return None
        dialog = BackupDialog(
            self._window.vault,
            self._window.settings,
            self._window,
            session_passphrase=self.auto_backup.session_passphrase,
            kdf=self._kdf,
        )
        dialog.task_finished.connect(lambda ok: self._after_backup() if ok else None)
        self._show(dialog)
        return dialog

    def _after_backup(self) -> None:
        workspace = self._window.workspace
        if workspace is not None:
            self.after_unlock(workspace)  # "there is no backup yet" is no longer true

    def open_verify(self) -> VerifyDialog:
        dialog = VerifyDialog(self._window)
        self._show(dialog)
        return dialog

    def open_restore(self) -> RestoreDialog:
        window = self._window
        dialog = RestoreDialog(
            window.vault_folder,
            window,
            lock_open_journal=lambda: window.lock("user", keep=dialog) if window.is_unlocked else True,
            kdf=self._kdf,
        )
        dialog.task_finished.connect(lambda ok: self._on_restored(dialog) if ok else None)
        self._show(dialog)
        return dialog

    def _on_restored(self, dialog: RestoreDialog) -> None:
        if not dialog.open_restored or dialog.restored_folder is None:
            return
        window = self._window
        folder: Path = dialog.restored_folder
        if window.is_unlocked and folder != window.vault_folder:
            window.lock("user", force=True, keep=dialog)
        window.use_vault_folder(folder)

    def open_merge(self) -> MergeDialog | None:
        if self._window.vault is None or not self._save_first():
            return None
        dialog = MergeDialog(self._window.vault, self._window)
        dialog.task_finished.connect(lambda ok: self._reload() if ok else None)
        self._show(dialog)
        return dialog

    def open_export(self) -> QDialog | None:
        from journal_app.ui.transfer.export_dialog import ExportDialog

        if self._window.vault is None or not self._save_first():
            return None
        dialog = ExportDialog(self._window.vault, self._window)
        self._show(dialog)
        return dialog

    def open_import(self) -> QDialog | None:
        from journal_app.ui.transfer.import_dialog import ImportDialog

        if self._window.vault is None or not self._save_first():
            return None
        dialog = ImportDialog(self._window.vault, self._window)
        dialog.task_finished.connect(lambda ok: self._reload() if ok else None)
        self._show(dialog)
        return dialog

    def _reload(self) -> None:
        workspace = self._window.workspace
        for part in (workspace, getattr(workspace, "journal", None), getattr(workspace, "planner", None)):
            reload = getattr(part, "reload", None)
            if callable(reload):
                reload()
                if part is workspace:
                    return
