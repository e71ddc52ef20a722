"""Entries moved to the trash: restore the chosen ones, or empty the trash for good (after a confirmation)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError

from .. import theme
from . import messages
from .entry_delegate import short_date

IdRole = Qt.ItemDataRole.UserRole + 1


class TrashDialog(QDialog):
    trash_changed = Signal()  # entries were restored or removed for good

    def __init__(self, journal: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.entries_list = QListWidget()
        self.entries_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.restore_button = QPushButton()
        self.empty_button = QPushButton()
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        self.confirm_button = QPushButton()
        self.cancel_confirm_button = QPushButton()
        self.confirm_row = QWidget()
        confirm_layout = QHBoxLayout(self.confirm_row)
        confirm_layout.setContentsMargins(0, 0, 0, 0)
        confirm_layout.addWidget(self.confirm_label, 1)
        confirm_layout.addWidget(self.confirm_button)
        confirm_layout.addWidget(self.cancel_confirm_button)
        self.confirm_row.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.entries_list, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.confirm_row)
        layout.addWidget(self.buttons)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.ask_to_empty)
        self.confirm_button.clicked.connect(self.empty_trash)
        self.cancel_confirm_button.clicked.connect(self.confirm_row.hide)
        self.buttons.rejected.connect(self.reject)
        self.entries_list.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self._load()
        self.resize(560, 420)
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trash"))
        self.entries_list.setAccessibleName(self.tr("Entries in the trash"))
        self.restore_button.setText(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen entries"))
        self.empty_button.setText(self.tr("&Empty trash…"))
        self.empty_button.setAccessibleName(self.tr("Empty trash"))
        self.confirm_button.setText(self.tr("&Delete for good"))
        self.confirm_button.setAccessibleName(self.tr("Delete every entry in the trash for good"))
        self.cancel_confirm_button.setText(self.tr("Cancel"))

    def _load(self) -> None:
        self.entries_list.clear()
        try:
            entries = self._journal.trash()
        except JournalError as error:
            entries = []
            self.status.setText(messages.action_failed(error))
        for summary in entries:
            title = summary.title or summary.preview or self.tr("Untitled")
            item = QListWidgetItem(f"{short_date(summary.entry_date)} — {title}")
            item.setData(IdRole, summary.id)
            self.entries_list.addItem(item)
        if not entries and not self.status.text():
            self.status.setText(self.tr("The trash is empty."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.entries_list.selectedItems()))
        self.empty_button.setEnabled(self.entries_list.count() > 0)

    def restore_selected(self) -> None:
        ids = [item.data(IdRole) for item in self.entries_list.selectedItems()]
        self.status.clear()
        try:
            for entry_id in ids:
                self._journal.restore(entry_id)
        except JournalError as error:
            self.status.setText(messages.action_failed(error))
        self._load()
        if ids:
            self.trash_changed.emit()

    def ask_to_empty(self) -> None:
        count = self.entries_list.count()
        self.confirm_label.setText(self.tr("Delete %n entries for good? This cannot be undone.", "", count))
        self.confirm_row.show()
        self.cancel_confirm_button.setFocus()  # the safe choice is the default

    def empty_trash(self) -> None:
        self.confirm_row.hide()
        try:
            self._journal.purge()
        except JournalError as error:
            self.status.setText(messages.action_failed(error))
            return
        self.status.clear()
        self._load()
        self.trash_changed.emit()

    def done(self, result: int) -> None:
        self.entries_list.clear()
        super().done(result)
