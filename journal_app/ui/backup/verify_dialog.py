"""Verify a backup: decrypt everything, write nothing, and say "The backup is whole (made …)" or what is wrong."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QLabel, QWidget

from journal_app.core.backup import Manifest, read_backup

from .. import theme
from .task_dialog import PathField, TaskDialog, passphrase_edit
from .tasks import Work

BACKUP_FILTER = "*.backup"


def made_on(manifest: Manifest) -> str:
    """The backup's creation time in the user's language and time zone."""
    try:
        when = datetime.strptime(manifest.created, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return manifest.created
    moment = QDateTime.fromString(when.strftime("%Y-%m-%dT%H:%M:%SZ"), "yyyy-MM-ddTHH:mm:ssZ")
    moment.setTimeZone(moment.timeZone().utc())
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.LongFormat)


class VerifyDialog(TaskDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file = PathField("open")
        self.passphrase = passphrase_edit()
        self.labels = {k: QLabel() for k in ("file", "passphrase")}
        self.add_row(self.labels["file"], self.file)
        self.add_row(self.labels["passphrase"], self.passphrase)
        self.retranslate()
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check a backup"))
        self.file.name_filter = self.tr("Backups (%1);;All files (*)").replace("%1", BACKUP_FILTER)
        self.labels["file"].setText(self.tr("&Backup file:"))
        self.file.set_accessible_name(self.tr("Backup file"))
        self.labels["passphrase"].setText(self.tr("Backup's &passphrase:"))
        self.passphrase.setAccessibleName(self.tr("The backup's passphrase"))
        self.start_button.setText(self.tr("C&heck"))
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
        return lambda progress, cancelled: read_backup(path, passphrase, None, progress, cancelled)

    def on_succeeded(self, result: Any) -> None:
        self.passphrase.clear()

    def describe_result(self, result: Any) -> str:
        return self.tr("The backup is whole (made %1).").replace("%1", made_on(result))
