"""The "Automatic backups" group of the settings: on or off, the folder, how many to keep, and when the last one was
made. Each change is written at once, like the rest of the settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QLocale
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from journal_app.ui.settings_store import MAX_BACKUP_KEEP

from .task_dialog import PathField


class BackupSettingsGroup(QGroupBox):
    def __init__(self, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.enabled = QCheckBox()
        self.enabled.setChecked(settings.auto_backup)
        self.folder = PathField("folder")
        self.folder.set_path(settings.auto_backup_dir)
        self.keep = QSpinBox()
        self.keep.setRange(1, MAX_BACKUP_KEEP)
        self.keep.setValue(settings.auto_backup_keep)
        self.last = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.folder_label, self.keep_label = QLabel(), QLabel()
        self.folder_label.setBuddy(self.folder)
        self.keep_label.setBuddy(self.keep)
        form = QFormLayout(self)
        form.addRow(self.enabled)
        form.addRow(self.folder_label, self.folder)
        form.addRow(self.keep_label, self.keep)
        form.addRow(self.last)
        form.addRow(self.note)
        self.enabled.toggled.connect(settings.set_auto_backup)
        self.folder.edit.textChanged.connect(self._on_folder_changed)
        self.keep.valueChanged.connect(settings.set_auto_backup_keep)
        self.retranslate()

    def _on_folder_changed(self, *_args: object) -> None:
        path = self.folder.path
        self._settings.set_auto_backup_dir(Path(path) if path is not None else None)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Automatic backups"))
        self.enabled.setText(self.tr("Make a &backup when the journal locks or the app quits (at most once a day)"))
        self.folder_label.setText(self.tr("Backup &folder:"))
        self.folder.set_accessible_name(self.tr("Folder for automatic backups"))
        self.keep_label.setText(self.tr("&Keep the last:"))
        self.keep.setSuffix(self.tr(" backups"))
        self.keep.setAccessibleName(self.tr("How many automatic backups to keep"))
        last = self._settings.last_backup_at
        if last is None:
            self.last.setText(self.tr("No backup has been made yet."))
        else:
            when = QDateTime.fromSecsSinceEpoch(int(last.timestamp()))
            self.last.setText(
                self.tr("Last backup: %1").replace("%1", QLocale().toString(when, QLocale.FormatType.ShortFormat))
            )
        self.note.setText(
            self.tr(
                "Backups are encrypted with the journal's passphrase. Only files this app named journal-….backup "
                "are ever deleted from the folder. If the folder is missing (a USB stick not plugged in), the backup "
                "waits for the next time."
            )
        )
        self.folder.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
