"""Automatic backups: on lock or quit, at most once a day per journal, into the chosen folder, about N files kept.

A vault can hold two journals (the real one and a decoy) that share the settings file and so the folder. Each journal
remembers the names of the automatic backups it made inside itself (core/own_backups.py): it is due when it has made
none today, and pruning deletes only its own files (the oldest first, never its newest) while the folder holds more
than N backup files. So using one journal, any number of days, never deletes the other's backups, the names do not
say which journal made a file, and the folder holds about N files whether or not a decoy is used.

The backup runs after the workspace has saved and been destroyed (nothing of the journal is on screen) and before the
vault closes (it needs the open vault). A small progress window appears only if it takes more than half a second; its
Cancel ends the backup and locking goes on. A missing folder (a USB stick not plugged in) is skipped without a word:
the last backup time does not move, so the next lock tries again. No failure ever stops locking.

The backup is sealed with the journal's passphrase, which the app keeps in memory only while the journal is unlocked
(taken from the unlock field when the user unlocks; see THREAT_MODEL.md "Memory"). Without it (the journal was just
created) no automatic backup is made, and the reminder says so after 7 days.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from journal_app.core import own_backups
from journal_app.core.kdf import KDF_V1, KdfParams

from .files import make_backup
from .files import own_backups as backup_files
from .tasks import ProgressTask

REMIND_AFTER = timedelta(days=7)
SHOW_PROGRESS_AFTER_MS = 500
#: Reasons to lock with no backup: panic must be instant, a suspending laptop has no time, a deleted journal is gone.
NO_BACKUP_REASONS = frozenset({"panic", "sleep", "delete"})


class AutoBackup(QObject):
    def __init__(
        self,
        settings: Any,
        window: QWidget,
        *,
        kdf: KdfParams = KDF_V1,
        now: Any = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(window)
        self._settings = settings
        self._window = window
        self._kdf = kdf
        self._now = now
        self._pending: str | None = None
        self._passphrase: str | None = None
        self.last_outcome = ""  # "made", "not due", "off", "no folder", "no passphrase", "cancelled", "failed"
        self.progress_dialog: QProgressDialog | None = None

    # -- the session's passphrase --------------------------------------------------------------------------------

    def watch_unlock(self, unlock_page: Any) -> None:
        """Keep the passphrase typed into the unlock page once it has opened the journal."""
        unlock_page.passphrase.returnPressed.connect(lambda: self._take(unlock_page.passphrase.text()))
        unlock_page.unlock_button.clicked.connect(lambda: self._take(unlock_page.passphrase.text()))
        unlock_page.vault_opened.connect(lambda _vault: self._promote())

    def _take(self, text: str) -> None:
        self._pending = text or None

    def _promote(self) -> None:
        self._passphrase, self._pending = self._pending, None

    @property
    def session_passphrase(self) -> str | None:
        return self._passphrase

    def forget(self) -> None:
        self._passphrase = self._pending = None

    # -- the policy ----------------------------------------------------------------------------------------------

    def is_due(self, vault: Any) -> bool:
        """Automatic backups are on and this journal has made none today."""
        if not self._settings.auto_backup or self._settings.auto_backup_dir is None:
            return False
        last = own_backups.last_made(vault.connection)
        return last is None or last.astimezone().date() < self._now().astimezone().date()

    def reminder_due(self) -> bool:
        """No backup yet, or the last one is more than 7 days old."""
        last = self._settings.last_backup_at
        return last is None or self._now() - last > REMIND_AFTER

    def reminder_text(self) -> str | None:
        if not self.reminder_due():
            return None
        last = self._settings.last_backup_at
        if last is None:
            return self.tr("There is no backup of this journal yet. A backup on a USB stick keeps it safe if the "
                           "laptop is lost or taken.")  # fmt: skip
        days = (self._now() - last).days
        return self.tr("The last backup was made %n day(s) ago.", "", days)

    def before_close(self, vault: Any, reason: str) -> str:
        """Make the day's backup if one is due; returns what happened. Never raises."""
        try:
            self.last_outcome = self._before_close(vault, reason)
        except Exception:  # noqa: BLE001 - locking goes on whatever happens here
            self.last_outcome = "failed"
        return self.last_outcome

    def _before_close(self, vault: Any, reason: str) -> str:
        if reason in NO_BACKUP_REASONS or not self._settings.auto_backup:
            return "off"
        if not self.is_due(vault):
            return "not due"
        folder = self._settings.auto_backup_dir
        if folder is None or not folder.is_dir():
            return "no folder"  # unplugged: the time does not move, the next lock tries again
        passphrase = self._passphrase
        if not passphrase:
            return "no passphrase"
        kdf, keep, day = self._kdf, self._settings.auto_backup_keep, self._now().astimezone().date()
        mine = set(own_backups.remembered(vault.connection))
        done: list[tuple[Path, list[str]]] = []

        def work(progress: Any, cancelled: Any) -> Any:
            path = make_backup(vault, folder, passphrase, kdf=kdf, day=day, progress=progress, cancelled=cancelled)
            done.append((path, prune_own(folder, keep, mine | {path.name})))
            return path

        task = ProgressTask(work, self)
        dialog = QProgressDialog(self._window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setWindowTitle(self.tr("Backup"))
        dialog.setLabelText(self.tr("Making the daily backup before the journal locks…"))
        dialog.setCancelButtonText(self.tr("Skip this backup"))
        dialog.setAccessibleName(self.tr("Daily backup"))
        dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setRange(0, 0)
        dialog.setValue(0)
        dialog.canceled.connect(task.cancel)
        self.progress_dialog = dialog

        def on_progress(done: int, total: int) -> None:
            if total > 0:
                dialog.setRange(0, 1000)
                dialog.setValue(int(1000 * min(done, total) / total))

        task.progressed.connect(on_progress)
        outcome: list[str] = []
        task.succeeded.connect(lambda _path: outcome.append("made"))
        task.failed.connect(lambda error: outcome.append("cancelled" if task.is_cancelled() else "failed"))
        loop = QEventLoop()
        task.finished.connect(loop.quit)
        task.start()
        loop.exec()  # the window stays responsive; nothing of the journal is on screen any more
        if not task.wait(0):  # the loop ended early (the app is quitting): stop the backup, which removes its file
            task.cancel()
            task.wait(30)
        dialog.canceled.disconnect(task.cancel)
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()
        self.progress_dialog = None
        result = outcome[0] if outcome else "failed"
        if result == "made":
            path, removed = done[0]
            own_backups.remember(vault.connection, path.name, self._now())
            own_backups.forget(vault.connection, [*removed, *(n for n in mine if not (folder / n).exists())])
            self._settings.set_last_backup_at(self._now())
        return result


def prune_own(folder: Path, keep: int, mine: set[str]) -> list[str]:
    """Delete this journal's oldest automatic backups (names in `mine`, never the newest of them) while `folder` holds
    more than `keep` backup files; returns the names deleted. Files this journal did not make are never touched."""
    present = backup_files(folder)
    total, removed = len(present), []
    for path in [p for p in present if p.name in mine][:-1]:
        if total <= max(1, keep):
            break
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path.name)
        total -= 1
    return removed
