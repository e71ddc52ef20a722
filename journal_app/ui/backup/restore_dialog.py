"""Restore a backup into a new vault (a new folder, or the journal's own folder after locking, the old one kept
beside it), and merge a backup into the open journal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from journal_app.core.backup import restore_backup
from journal_app.core.kdf import KDF_V1, KdfParams
from journal_app.core.merge import MergeReport, merge_backup

from .. import theme
from .backup_dialog import MIN_SEPARATE_PASSPHRASE
from .task_dialog import PathField, TaskDialog, passphrase_edit
from .tasks import Work, with_writer
from .verify_dialog import BACKUP_FILTER


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


class RestoreDialog(TaskDialog):
    """`current_folder` is the journal's folder; `lock_open_journal()` locks it (returns False if it could not) and
    is called before restoring over it. After success, `restored_folder` is set and `open_restored` says whether the
    caller should switch to it."""

    cancellable = True  # until the backup is checked and unpacked; nothing has changed before that

    def __init__(
        self,
        current_folder: Path,
        parent: QWidget | None = None,
        *,
        lock_open_journal: Callable[[], bool] | None = None,
        kdf: KdfParams = KDF_V1,
    ) -> None:
        super().__init__(parent)
        self._current = Path(current_folder)
        self._lock = lock_open_journal
        self._kdf = kdf
        self.restored_folder: Path | None = None
        self.moved_aside: Path | None = None
        self.file = PathField("open")
        self.passphrase = passphrase_edit()
        self.target = PathField("folder")
        self.target.set_path(self._current.parent / f"journal-restored-{date.today().isoformat()}")
        self.new_passphrase = passphrase_edit()
        self.new_again = passphrase_edit()
        self.open_after = QCheckBox()
        self.open_after.setChecked(True)
        self.labels = {k: QLabel() for k in ("file", "passphrase", "target", "new", "again")}
        self.add_row(self.labels["file"], self.file)
        self.add_row(self.labels["passphrase"], self.passphrase)
        self.add_row(self.labels["target"], self.target)
        self.add_row(self.labels["new"], self.new_passphrase)
        self.add_row(self.labels["again"], self.new_again)
        self.add_row("", self.open_after)
        self.retranslate()
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore a backup"))
        self.file.name_filter = self.tr("Backups (%1);;All files (*)").replace("%1", BACKUP_FILTER)
        self.labels["file"].setText(self.tr("&Backup file:"))
        self.file.set_accessible_name(self.tr("Backup file"))
        self.labels["passphrase"].setText(self.tr("Backup's &passphrase:"))
        self.passphrase.setAccessibleName(self.tr("The backup's passphrase"))
        self.labels["target"].setText(self.tr("&Restore into the folder:"))
        self.target.set_accessible_name(self.tr("Folder for the restored journal (new or empty)"))
        self.labels["new"].setText(self.tr("New passphrase (&optional):"))
        self.new_passphrase.setAccessibleName(self.tr("New passphrase for the restored journal (optional)"))
        self.labels["again"].setText(self.tr("&Again:"))
        self.new_again.setAccessibleName(self.tr("New passphrase, again"))
        self.open_after.setText(self.tr("Use the restored journal from now on"))
        self.start_button.setText(self.tr("&Restore"))
        self.file.retranslate()
        self.target.retranslate()

    def error_folder(self) -> Path | None:
        target = self.target.path
        return target.parent if target is not None else None

    def make_work(self) -> Work | None:
        path, passphrase, target = self.file.path, self.passphrase.text(), self.target.path
        new = self.new_passphrase.text() or None
        if path is None or not path.is_file():
            self.show_message(self.tr("Choose a backup file."))
            self.file.setFocus()
            return None
        if not passphrase:
            self.show_message(self.tr("Type the backup's passphrase."))
            self.passphrase.setFocus()
            return None
        if target is None:
            self.show_message(self.tr("Choose a folder for the restored journal."))
            self.target.setFocus()
            return None
        if new is not None and len(new) < MIN_SEPARATE_PASSPHRASE:
            self.show_message(self.tr("The passphrase needs at least %n character(s).", "", MIN_SEPARATE_PASSPHRASE))
            self.new_passphrase.setFocus()
            return None
        if new is not None and new != self.new_again.text():
            self.show_message(self.tr("The two new passphrases are not the same."))
            self.new_again.clear()
            self.new_again.setFocus()
            return None
        if _same_folder(target, self._current) and self._lock is not None and not self._locked_first():
            self.show_message(self.tr("The open journal could not be locked (its changes could not be saved)."))
            return None
        kdf = self._kdf
        return lambda progress, cancelled: restore_backup(
            path, passphrase, target, new_passphrase=new, kdf=kdf, progress=progress, cancelled=cancelled
        )

    _locking = False

    def _locked_first(self) -> bool:
        assert self._lock is not None
        self._locking = True  # the lock sequence closes open dialogs: not this one
        try:
            return bool(self._lock())
        finally:
            self._locking = False

    def reject(self) -> None:
        if not self._locking:
            super().reject()

    def on_succeeded(self, result: Any) -> None:
        self.restored_folder = Path(result.folder)
        self.moved_aside = result.moved_aside
        for edit in (self.passphrase, self.new_passphrase, self.new_again):
            edit.clear()

    @property
    def open_restored(self) -> bool:
        return self.succeeded and self.open_after.isChecked()

    def describe_result(self, result: Any) -> str:
        text = self.tr("The journal is restored into %1.").replace("%1", str(result.folder))
        if result.moved_aside is not None:
            text += " " + self.tr("The journal that was there is kept as %1.").replace("%1", str(result.moved_aside))
        return text


class MergeDialog(TaskDialog):
    """Merge a backup into the open journal (after the workspace has saved; the caller reloads it after)."""

    cancellable = True  # until the backup is checked and unpacked; nothing has changed before that

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.file = PathField("open")
        self.passphrase = passphrase_edit()
        self.labels = {k: QLabel() for k in ("file", "passphrase")}
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.form.addRow(self.explanation)
        self.add_row(self.labels["file"], self.file)
        self.add_row(self.labels["passphrase"], self.passphrase)
        self.retranslate()
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merge a backup"))
        self.explanation.setText(
            self.tr(
                "Entries and plans of the backup that are missing here are added; where both changed, the newer one "
                "wins, and where both changed since they parted, both are kept."
            )
        )
        self.file.name_filter = self.tr("Backups (%1);;All files (*)").replace("%1", BACKUP_FILTER)
        self.labels["file"].setText(self.tr("&Backup file:"))
        self.file.set_accessible_name(self.tr("Backup file"))
        self.labels["passphrase"].setText(self.tr("Backup's &passphrase:"))
        self.passphrase.setAccessibleName(self.tr("The backup's passphrase"))
        self.start_button.setText(self.tr("&Merge"))
        self.file.retranslate()

    def make_work(self) -> Work | None:
        path, passphrase = self.file.path, self.passphrase.text()
        if path is None or not path.is_file():
            self.show_message(self.tr("Choose a backup file."))
            self.file.setFocus()
            return None
        if not passphrase:
            self.show_message(self.tr("Type the backup's passphrase."))
            self.passphrase.setFocus()
            return None
        vault = self._vault
        return lambda progress, cancelled: with_writer(
            vault,
            lambda view: merge_backup(view, path, passphrase, progress, cancelled),  # type: ignore[arg-type]
        )

    def on_succeeded(self, result: Any) -> None:
        self.passphrase.clear()

    def describe_result(self, result: Any) -> str:
        return self.tr("Merged: %1").replace("%1", self.report_text(result))

    def report_text(self, report: MergeReport) -> str:
        parts = [self.tr("%n entry(ies) added", "", report.added), self.tr("%n updated", "", report.updated)]
        if report.conflicts:
            parts.append(self.tr("%n kept twice because both copies had changed", "", report.conflicts))
        if report.other_items:
            parts.append(
                self.tr("%n document(s), deadline(s), trip(s) or file(s) added or updated", "", report.other_items)
            )
        if report.unchanged:
            parts.append(self.tr("%n already the same", "", report.unchanged))
        return ", ".join(parts) + "."
