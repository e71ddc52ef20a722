"""Earlier versions of one entry: see one, restore it (the current state becomes a version too)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from journal_app.core.errors import JournalError
from journal_app.core.journal import EntryVersion

from .. import theme
from . import messages
from .preview import MarkdownPreview

VersionRole = Qt.ItemDataRole.UserRole + 1


def local_time_text(utc_text: str, locale: QLocale | None = None) -> str:
    """A stored UTC timestamp (2026-03-14T09:30:00.000000Z) in local time, in the user's format."""
    moment = QDateTime.fromString(utc_text[:19], "yyyy-MM-ddTHH:mm:ss")
    moment.setTimeZone(QTimeZone.utc())
    return (locale or QLocale()).toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class HistoryDialog(QDialog):
    version_restored = Signal(str)  # entry id

    def __init__(self, journal: Any, entry_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._entry_id = entry_id
        self._versions: list[EntryVersion] = []
        self.versions_list = QListWidget()
        self.preview = MarkdownPreview()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.restore_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.versions_list)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.versions_list.currentItemChanged.connect(self._on_current)
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._load()
        self.resize(760, 480)
        theme.apply_spacing(self.layout())  # the spacing scale of ui/theme.py

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Earlier versions"))
        self.versions_list.setAccessibleName(self.tr("Earlier versions"))
        self.preview.setAccessibleName(self.tr("Text of the chosen version"))
        self.restore_button.setText(self.tr("&Restore this version"))
        self.restore_button.setAccessibleName(self.tr("Restore this version"))

    def _load(self) -> None:
        self.versions_list.clear()
        try:
            self._versions = self._journal.history(self._entry_id)
        except JournalError as error:
            self._versions = []
            self.status.setText(messages.action_failed(error))
        for version in self._versions:
            label = self.tr("Saved %1").replace("%1", local_time_text(version.saved_at))
            if version.title:
                label += " — " + version.title
            item = QListWidgetItem(label)
            item.setData(VersionRole, version.version_id)
            self.versions_list.addItem(item)
        if not self._versions and not self.status.text():
            self.status.setText(self.tr("This entry has no earlier versions yet."))
        self.restore_button.setEnabled(bool(self._versions))
        if self._versions:
            self.versions_list.setCurrentRow(0)

    def _on_current(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        version = self._version_of(item)
        if version is None:
            self.preview.clear()
            return
        self.preview.set_markdown(version.body)

    def _version_of(self, item: QListWidgetItem | None) -> EntryVersion | None:
        if item is None:
            return None
        wanted = item.data(VersionRole)
        return next((v for v in self._versions if v.version_id == wanted), None)

    def restore_selected(self) -> None:
        version = self._version_of(self.versions_list.currentItem())
        if version is None:
            return
        try:
            self._journal.restore_version(self._entry_id, version.version_id)
        except JournalError as error:
            self.status.setText(messages.action_failed(error))
            return
        self.version_restored.emit(self._entry_id)
        self.accept()

    def done(self, result: int) -> None:
        self.preview.clear()  # the text does not outlive the dialog
        self.versions_list.clear()
        self._versions = []
        super().done(result)
