"""Back up now: a folder (a USB stick), the journal's passphrase or a separate one, progress and Cancel.

The file is named `journal-YYYY-MM-DD.backup` (never anything the user wrote) and appears only when complete.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QButtonGroup, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from journal_app.core.errors import WrongPassphrase
from journal_app.core.kdf import KDF_V1, KdfParams

from .. import theme
from .files import free_path, make_backup, passphrase_opens
from .task_dialog import PathField, TaskDialog, passphrase_edit
from .tasks import Work

MIN_SEPARATE_PASSPHRASE = 8


class BackupDialog(TaskDialog):
    """`session_passphrase` is the journal's passphrase when the app knows it (typed at unlock); otherwise the
    dialog asks for it and checks it against the open journal before writing anything."""

    def __init__(
        self,
        vault: Any,
        settings: Any,
        parent: QWidget | None = None,
        *,
        session_passphrase: str | None = None,
        kdf: KdfParams = KDF_V1,
        today: Any = date.today,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._settings = settings
        self._session_passphrase = session_passphrase
        self._kdf = kdf
        self._today = today
        self._target: Path | None = None
        self.folder = PathField("folder")
        self.folder.set_path(settings.auto_backup_dir)
        self.name_label = QLabel()
        self.use_journal = QRadioButton()
        self.use_separate = QRadioButton()
        self.use_journal.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.use_journal)
        group.addButton(self.use_separate)
        choice = QWidget()
        box = QVBoxLayout(choice)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.use_journal)
        box.addWidget(self.use_separate)
        self.journal_passphrase = passphrase_edit()
        self.separate = passphrase_edit()
        self.separate_again = passphrase_edit()
        self.labels = {k: QLabel() for k in ("folder", "journal", "separate", "again")}
        self.add_row(self.labels["folder"], self.folder)
        self.form.addRow("", self.name_label)
        self.add_row("", choice)
        self.add_row(self.labels["journal"], self.journal_passphrase)
        self.add_row(self.labels["separate"], self.separate)
        self.add_row(self.labels["again"], self.separate_again)
        self.use_separate.toggled.connect(self._update_fields)
        self.folder.edit.textChanged.connect(self._update_name)
        self.retranslate()
        self._update_fields()
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    def _update_fields(self, *_args: object) -> None:
        separate = self.use_separate.isChecked()
        asks_journal = not separate and self._session_passphrase is None
        for widget in (self.journal_passphrase, self.labels["journal"]):
            widget.setVisible(asks_journal)
        for widget in (self.separate, self.separate_again, self.labels["separate"], self.labels["again"]):
            widget.setVisible(separate)

    def _update_name(self, *_args: object) -> None:
        folder = self.folder.path
        name = free_path(folder, self._today()).name if folder is not None and folder.is_dir() else None
        self.name_label.setText(self.tr("The file will be named %1").replace("%1", name) if name else "")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Back up"))
        self.labels["folder"].setText(self.tr("&Folder or USB stick:"))
        self.folder.set_accessible_name(self.tr("Folder for the backup"))
        self.use_journal.setText(self.tr("Protect it with the journal's &passphrase"))
        self.use_separate.setText(self.tr("Protect it with a &separate passphrase"))
        self.labels["journal"].setText(self.tr("Journal's pass&phrase:"))
        self.journal_passphrase.setAccessibleName(self.tr("The journal's passphrase"))
        self.labels["separate"].setText(self.tr("&New passphrase:"))
        self.separate.setAccessibleName(self.tr("Passphrase for the backup"))
        self.labels["again"].setText(self.tr("&Again:"))
        self.separate_again.setAccessibleName(self.tr("Passphrase for the backup, again"))
        self.start_button.setText(self.tr("&Back up"))
        self.folder.retranslate()
        self._update_name()

    # -- the work ------------------------------------------------------------------------------------------------

    def error_folder(self) -> Path | None:
        return self.folder.path

    def error_needed_bytes(self) -> int:
        try:
            return int(self._vault.slot_path.stat().st_size)
        except Exception:  # noqa: BLE001 - only a hint for the message
            return 0

    def make_work(self) -> Work | None:
        folder = self.folder.path
        if folder is None:
            self.show_message(self.tr("Choose a folder for the backup."))
            self.folder.setFocus()
            return None
        if not folder.is_dir():
            self.show_message(self.tr("That folder is not there. Is the USB stick plugged in?"))
            self.folder.setFocus()
            return None
        check_first = False
        if self.use_separate.isChecked():
            passphrase = self.separate.text()
            if len(passphrase) < MIN_SEPARATE_PASSPHRASE:
                self.show_message(
                    self.tr("The passphrase needs at least %n character(s).", "", MIN_SEPARATE_PASSPHRASE)
                )
                self.separate.setFocus()
                return None
            if passphrase != self.separate_again.text():
                self.show_message(self.tr("The two passphrases are not the same."))
                self.separate_again.clear()
                self.separate_again.setFocus()
                return None
        elif self._session_passphrase is not None:
            passphrase = self._session_passphrase
        else:
            passphrase = self.journal_passphrase.text()
            if not passphrase:
                self.show_message(self.tr("Type the journal's passphrase."))
                self.journal_passphrase.setFocus()
                return None
            check_first = True
        vault, kdf, day = self._vault, self._kdf, self._today()

        def work(progress: Any, cancelled: Any) -> Path:
            if check_first and not passphrase_opens(vault, passphrase, kdf):
                raise WrongPassphrase()
            return make_backup(vault, folder, passphrase, kdf=kdf, day=day, progress=progress, cancelled=cancelled)

        return work

    def on_succeeded(self, result: Any) -> None:
        self._settings.set_last_backup_at(datetime.now(UTC))
        for edit in (self.journal_passphrase, self.separate, self.separate_again):
            edit.clear()

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, WrongPassphrase) and self.journal_passphrase.isVisible():
            super()._on_failed(error)
            self.show_message(self.tr("This is not the journal's passphrase."))
            self.journal_passphrase.clear()
            self.journal_passphrase.setFocus()
            return
        super()._on_failed(error)

    def describe_result(self, result: Any) -> str:
        path = Path(result)
        size = QLocale().formattedDataSize(path.stat().st_size)
        return (
            self.tr("The backup is written: %1 (%2), in %3.")
            .replace("%1", path.name)
            .replace("%2", size)
            .replace("%3", str(path.parent))
        )

    def separate_fields(self) -> tuple[QLineEdit, QLineEdit]:
        return self.separate, self.separate_again
