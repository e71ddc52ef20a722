"""The main window: first run -> unlock -> the unlocked workspace, and the locking sequence.

Locking (Ctrl+L, idle, screen lock, suspend, panic): the workspace saves, clears every widget that showed content and
is destroyed; the vault is closed; only the unlock page remains, with an empty field. The window title is the neutral
"Journal", or the title the user chose in Settings; never anything from the journal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QWidget,
)

from journal_app.core.attempts import UnlockThrottle
from journal_app.core.kdf import KDF_V1, KdfParams
from journal_app.core.vault import vault_exists
from journal_app.core.wipe import wipe_vault

from . import theme, workers
from .backup.controller import BackupActions
from .clipboard import ClipboardGuard
from .i18n import LanguageManager, system_language
from .icons import icon
from .lock import LockPolicy
from .menus import install_menus
from .settings.delete_dialog import DeleteJournalDialog
from .settings.settings_dialog import SettingsDialog
from .settings_store import SettingsStore
from .unlock.create_vault import CreateVaultPage
from .unlock.first_run import FirstRunPage
from .unlock.unlock import UnlockPage
from .window_actions import TrayIcon, WindowActions

WorkspaceFactory = Callable[[Any, ClipboardGuard, QWidget], QWidget]


def _depth(widget: QWidget) -> int:
    """How many windows a window is opened over (a message box over a dialog over the main window: 2)."""
    depth, owner = 0, widget.parentWidget()
    while owner is not None:
        depth += int(owner.isWindow())
        owner = owner.parentWidget()
    return depth


def default_workspace_factory(vault: Any, guard: ClipboardGuard, parent: QWidget) -> QWidget:
    from .home_workspace import HomeWorkspace  # imported on first unlock: a faster start

    return HomeWorkspace(vault, guard, parent)


class MainWindow(QMainWindow):
    vault_unlocked = Signal()
    vault_locked = Signal(str)  # reason: "user", "panic", "idle", "screen", "sleep", "quit", "delete"
    journal_deleted = Signal()  # the vault was wiped (by the user, or after too many wrong passphrases)
    delete_failed = Signal()  # the wipe was refused (open elsewhere) or failed; the reason is on the unlock page

    def __init__(
        self,
        settings: SettingsStore,
        languages: LanguageManager | None = None,
        *,
        kdf: KdfParams = KDF_V1,
        idle_ms: int | None = None,
        watch_desktop: bool = True,
        workspace_factory: WorkspaceFactory | None = None,
        vault_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.languages = languages or LanguageManager(self)
        self._workspace_factory = workspace_factory or default_workspace_factory
        self.vault: Any = None
        self.workspace: QWidget | None = None
        self._closing = False
        self.setWindowTitle(self.settings.window_title)
        self.setWindowIcon(icon("app"))

        self.clipboard_guard = ClipboardGuard(settings.clipboard_clear_seconds, self)
        self.lock_policy = LockPolicy(
            settings.auto_lock_minutes, idle_ms=idle_ms, watch_desktop=watch_desktop, parent=self
        )
        self.lock_policy.lock_requested.connect(self._on_lock_requested)

        self._vault_dir_override = vault_dir  # `--vault DIR`: used, not remembered
        folder = self.vault_folder
        self.stack = QStackedWidget()
        self.first_run = FirstRunPage(settings.language or system_language())
        self.create_page = CreateVaultPage(folder, kdf=kdf)
        self.throttle = UnlockThrottle(settings.attempts_path())
        self.unlock_page = UnlockPage(
            folder, kdf=kdf, throttle=self.throttle, wipe_after=lambda: settings.wipe_after_failures
        )
        for page in (self.first_run, self.create_page, self.unlock_page):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)

        self.actions_ = WindowActions(
            self, on_lock=self.lock, on_panic=self.panic, on_settings=self.show_settings, on_quit=self.close
        )
        self.backup_actions = BackupActions(self, self.actions_.menu, self.actions_.settings, kdf=kdf)
        self.tray = TrayIcon(self.actions_, self.show_again, self)
        self.menus = install_menus(self)
        self.actions_.set_unlocked(False)
        self._settings_dialog: SettingsDialog | None = None
        self._delete_dialog: DeleteJournalDialog | None = None
        self._wiping = False

        self.first_run.language_chosen.connect(settings.set_language)
        self.first_run.continued.connect(self._on_first_run_done)
        self.create_page.back_requested.connect(lambda: self.stack.setCurrentWidget(self.first_run))
        self.create_page.vault_created.connect(self._on_vault_created)
        self.unlock_page.vault_opened.connect(self._on_vault_opened)
        self.unlock_page.create_requested.connect(lambda: self.stack.setCurrentWidget(self.create_page))
        self.unlock_page.wipe_requested.connect(self._on_wipe_requested)
        settings.language_changed.connect(self.languages.set_language)
        settings.theme_changed.connect(theme.apply_theme)
        settings.auto_lock_minutes_changed.connect(self.lock_policy.set_minutes)
        settings.clipboard_clear_seconds_changed.connect(self.clipboard_guard.set_clear_after_seconds)
        settings.tray_icon_changed.connect(self.tray.set_enabled)
        settings.editor_font_size_changed.connect(self._on_font_size_changed)
        settings.window_title_changed.connect(self.setWindowTitle)

        self.tray.set_enabled(settings.tray_icon)
        if settings.window_geometry is not None:
            self.restoreGeometry(settings.window_geometry)
        else:
            self.resize(1100, 720)
        self.show_start_page()

    # -- pages ---------------------------------------------------------------------------------------------------

    @property
    def vault_folder(self) -> Path:
        return self._vault_dir_override or self.settings.vault_dir

    def show_start_page(self) -> None:
        if vault_exists(self.vault_folder):
            self.stack.setCurrentWidget(self.unlock_page)
            self.unlock_page.passphrase.setFocus()
        else:
            self.stack.setCurrentWidget(self.first_run)

    def _on_first_run_done(self) -> None:
        self.settings.set_language(self.first_run.language)
        self.stack.setCurrentWidget(self.create_page)
        self.create_page.passphrase.setFocus()

    def _on_vault_created(self, vault: Any) -> None:
        if self._vault_dir_override is None:
            self.settings.set_vault_dir(vault.folder)
        self.unlock_page.set_folder(vault.folder)
        self._on_vault_opened(vault)

    def _on_vault_opened(self, vault: Any) -> None:
        if self._closing or self.vault is not None:
            vault.close()
            return
        self.vault = vault
        workspace = self._workspace_factory(vault, self.clipboard_guard, self.stack)
        workspace.set_editor_font_size(self.settings.editor_font_size)  # type: ignore[attr-defined]
        self.workspace = workspace
        self.stack.addWidget(workspace)
        self.stack.setCurrentWidget(workspace)
        self.actions_.set_unlocked(True)
        self.backup_actions.set_unlocked(True)
        self.backup_actions.after_unlock(workspace)
        self.lock_policy.arm()
        self.setWindowTitle(self.settings.window_title)
        if self._settings_dialog is not None:
            self._settings_dialog.set_unlocked(True, vault)
        self.vault_unlocked.emit()

    def use_vault_folder(self, folder: Path) -> None:
        """Switch to another vault folder (a restored journal): remembered unless `--vault` chose the folder."""
        if self._vault_dir_override is None:
            self.settings.set_vault_dir(folder)
        else:
            self._vault_dir_override = folder
        self.unlock_page.set_folder(folder)
        self.show_start_page()

    @property
    def is_unlocked(self) -> bool:
        return self.vault is not None

    # -- locking -------------------------------------------------------------------------------------------------

    def lock(self, reason: str = "user", *, force: bool = False, keep: QWidget | None = None) -> bool:
        """Save, close every other window of the app, clear, destroy the workspace, close the vault, show the unlock
        page. A manual lock (not `force`) stays unlocked if saving failed, so the workspace's message and the unsaved
        text remain. `keep`: a dialog that asked for the lock itself (a restore over the open journal) stays open."""
        workspace = self.workspace
        if workspace is not None:
            saved = workspace.save_now()  # type: ignore[attr-defined]
            if not saved and not force:
                return False
        nested = self.close_windows(keep)
        if workspace is not None:
            workspace.clear()  # type: ignore[attr-defined]
            self.workspace = None
            self.stack.removeWidget(workspace)
            workspace.hide()
            workspace.deleteLater()
            if not nested:  # inside a dialog's own event loop the workspace goes when that loop has returned
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                QCoreApplication.processEvents()
        if self._settings_dialog is not None:
            self._settings_dialog.set_unlocked(False)  # waits for a decoy being set: then the vault may close
        vault, self.vault = self.vault, None
        if vault is not None:
            self.backup_actions.set_unlocked(False)
            self.backup_actions.before_close(vault, reason)  # the daily backup needs the open vault; never raises
            vault.close()
        self.lock_policy.disarm()
        self.clipboard_guard.clear_if_ours()
        self.clipboard_guard.clear_selection_if_ours()
        self.actions_.set_unlocked(False)
        self.unlock_page.reset()
        if vault is not None or self.stack.currentWidget() not in (self.first_run, self.create_page):
            self.stack.setCurrentWidget(self.unlock_page)
            self.unlock_page.passphrase.setFocus()
        self.setWindowTitle(self.settings.window_title)
        if vault is not None:
            self.vault_locked.emit(reason)
        return True

    def _on_lock_requested(self, reason: str) -> None:
        self.lock(reason, force=True)

    def panic(self) -> None:
        """Lock at once, empty the clipboard, hide the window (minimise it when there is no tray icon to return)."""
        self.lock("panic", force=True)
        self.clipboard_guard.clear_now()
        if self.tray.is_visible:
            self.hide()
        else:
            self.showMinimized()

    def close_windows(self, keep: QWidget | None = None) -> bool:
        """Close every window of the app but this one (and `keep`): popups, message boxes, file choosers, dialogs,
        innermost first. A half-filled form is discarded, never saved (docs/LOCKING.md). A task that cannot stop
        half-way (a restore) goes on in the background, its window hidden. Returns whether one of them ran its own
        event loop (exec), which returns only after this call."""
        nested = QApplication.activePopupWidget() is not None
        for _ in range(20):
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        for _ in range(10):
            dialogs = [w for w in QApplication.topLevelWidgets() if self._closable(w, keep)]
            if not dialogs:
                break
            dialogs.sort(key=_depth, reverse=True)
            for dialog in dialogs:
                if not dialog.isVisible():
                    continue
                nested = nested or dialog.windowModality() == Qt.WindowModality.ApplicationModal
                if isinstance(dialog, QProgressDialog):
                    dialog.canceled.emit()  # the daily backup before a lock: skipped, tried again at the next
                    dialog.hide()
                elif isinstance(dialog, QDialog):
                    dialog.reject()
                if dialog.isVisible():
                    dialog.hide()
        return nested

    def _closable(self, widget: QWidget, keep: QWidget | None) -> bool:
        if widget is self or not widget.isVisible() or not widget.isWindow():
            return False
        owner: QWidget | None = widget
        while owner is not None:
            if owner is keep:
                return False
            owner = owner.parentWidget()
        return True

    def show_again(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- settings ------------------------------------------------------------------------------------------------

    def show_settings(self) -> SettingsDialog:
        if self._settings_dialog is None:
            dialog = SettingsDialog(
                self.settings, self.languages.language, self, unlocked=self.is_unlocked, vault=self.vault
            )
            dialog.finished.connect(self._on_settings_closed)
            dialog.delete_requested.connect(self.ask_delete_journal)
            dialog.passphrase_requested.connect(self.menus.actions["change_passphrase"].trigger)
            self._settings_dialog = dialog
        self._settings_dialog.open()
        return self._settings_dialog

    def _on_settings_closed(self, _result: int) -> None:
        dialog, self._settings_dialog = self._settings_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    # -- deleting the journal ------------------------------------------------------------------------------------

    def ask_delete_journal(self) -> DeleteJournalDialog | None:
        """Settings → Delete this journal…: a dialog with a typed confirmation word; deleting starts on accept."""
        if not self.is_unlocked:
            return None
        dialog = DeleteJournalDialog(self)
        self._delete_dialog = dialog
        dialog.accepted.connect(lambda: self.delete_journal(dialog.backup_files))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def delete_journal(self, also: list[Path] | None = None) -> None:
        """Lock, then overwrite and delete the vault (and `also`) in a worker; the first-run page follows."""
        if self._settings_dialog is not None:
            self._settings_dialog.reject()
        self.lock("delete", force=True)
        self._start_wipe(list(also or []))

    def _on_wipe_requested(self) -> None:
        """Too many wrong passphrases with wiping turned on: no question is asked (the setting said so)."""
        self._start_wipe([])

    def _start_wipe(self, also: list[Path]) -> None:
        if self._wiping:
            return
        self._wiping = True
        folder = self.vault_folder
        self.unlock_page.setEnabled(False)
        workers.start(lambda: wipe_vault(folder, also), self._on_wiped, self._on_wipe_failed)

    def _on_wiped(self, _result: object) -> None:
        self._wiping = False
        self.unlock_page.setEnabled(True)
        self.throttle.record_success()
        self.stack.setCurrentWidget(self.first_run)
        self.journal_deleted.emit()

    def _on_wipe_failed(self, error: BaseException) -> None:
        self._wiping = False
        self.unlock_page.setEnabled(True)
        self.unlock_page.message.setText(
            self.tr("The journal could not be deleted: it is open in another window, or the folder cannot be written.")
            if not isinstance(error, OSError)
            else self.tr("The journal could not be deleted: the folder cannot be written.")
        )
        self.show_start_page()
        self.delete_failed.emit()

    def _on_font_size_changed(self, points: int) -> None:
        if self.workspace is not None:
            self.workspace.set_editor_font_size(points)  # type: ignore[attr-defined]

    # -- language and quitting -----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.actions_.retranslate()
            self.backup_actions.retranslate()
            self.tray.retranslate()
            if self.workspace is not None:
                self.workspace.retranslate()  # type: ignore[attr-defined]
                self.backup_actions.after_unlock(self.workspace)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace is not None and not self.workspace.save_now():  # type: ignore[attr-defined]
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Your latest changes could not be saved. Quit anyway and lose them?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._closing = True
        if self.unlock_page.is_busy or self.create_page.is_busy:
            QThreadPool.globalInstance().waitForDone(30_000)  # a vault being opened must be closed, too
            QCoreApplication.processEvents()
        self.settings.set_window_geometry(self.saveGeometry())
        self.lock("quit", force=True)
        self.lock_policy.close()
        self.tray.set_enabled(False)
        event.accept()
        super().closeEvent(event)
