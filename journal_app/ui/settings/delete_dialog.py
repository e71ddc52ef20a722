"""Delete this journal: plain words on what happens and what it cannot promise, a typed confirmation word, and an
optional list of backup files to delete as well. The dialog only asks; the main window does the deleting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui import file_dialogs

from .. import theme


class DeleteJournalDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backup_files: list[Path] = []
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.limits = QLabel()
        self.limits.setWordWrap(True)
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        self.confirm_edit = QLineEdit()
        self.confirm_label.setBuddy(self.confirm_edit)
        self.backups_button = QPushButton()
        self.backups_label = QLabel()
        self.backups_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setEnabled(False)
        self.delete_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # the safe choice

        layout = QVBoxLayout(self)
        for widget in (
            self.explanation,
            self.limits,
            self.backups_button,
            self.backups_label,
            self.confirm_label,
            self.confirm_edit,
            self.buttons,
        ):
            layout.addWidget(widget)

        self.confirm_edit.textChanged.connect(self._update_state)
        self.backups_button.clicked.connect(self._choose_backups)
        self.delete_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    @property
    def confirm_word(self) -> str:
        return self.tr("DELETE")

    def add_backup_files(self, files: list[Path]) -> None:
        for path in files:
            if Path(path) not in self.backup_files:
                self.backup_files.append(Path(path))
        self._retranslate_backups()

    def _choose_backups(self) -> None:
        names = file_dialogs.open_files(self, self.tr("Backup files to delete as well"))
        self.add_backup_files([Path(n) for n in names])

    def _update_state(self, *_args: object) -> None:
        typed = self.confirm_edit.text().strip()
        self.delete_button.setEnabled(typed.casefold() == self.confirm_word.casefold())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _retranslate_backups(self) -> None:
        count = len(self.backup_files)
        self.backups_label.setVisible(count > 0)
        self.backups_label.setText(self.tr("%n backup file(s) will be deleted as well.", "", count))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Delete this journal"))
        self.explanation.setText(
            self.tr(
                "Everything in the journal's folder will be overwritten with random bytes and deleted: entries, "
                "documents, deadlines, trips, attachments, and any other journal kept in the same folder. "
                "This cannot be undone. Backups are kept unless you add them below."
            )
        )
        self.limits.setText(
            self.tr(
                "What this cannot promise: on SSDs, USB sticks and memory cards, and on file systems that keep "
                "snapshots or copies, old pieces of the files may survive where the app cannot reach them. "
                "Those pieces are still encrypted: without your passphrase they are unreadable."
            )
        )
        self.confirm_label.setText(self.tr("To confirm, type the word %1:").replace("%1", self.confirm_word))
        self.confirm_edit.setAccessibleName(self.tr("Confirmation word"))
        self.backups_button.setText(self.tr("Also delete &backup files…"))
        self.delete_button.setText(self.tr("&Delete for good"))
        self._retranslate_backups()
        self._update_state()
