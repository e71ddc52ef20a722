"""Tags in use with how many entries have each; choosing one filters the journal list, "All" resets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from journal_app.core.errors import JournalError

TagRole = Qt.ItemDataRole.UserRole + 1


class TagPanel(QWidget):
    tag_chosen = Signal(object)  # the tag, or None for all entries

    def __init__(self, journal: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._tags: list[tuple[str, int]] = []
        self._selected: str | None = None
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.activated.connect(self._on_activated)
        self.view.clicked.connect(self._on_activated)
        self.retranslate()

    @property
    def tags(self) -> list[tuple[str, int]]:
        return list(self._tags)

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Tags"))
        self._fill()

    def refresh(self) -> None:
        try:
            self._tags = self._journal.tags()
        except JournalError:
            self._tags = []
        self._fill()

    def select(self, tag: str | None) -> None:
        """Show which tag filters the list (without emitting)."""
        self._selected = tag
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(TagRole) == tag:
                self.view.setCurrentIndex(index)
                return

    def clear(self) -> None:
        self._tags = []
        self._selected = None
        self.model.clear()

    def _fill(self) -> None:
        self.model.clear()
        everything = QStandardItem(self.tr("All entries"))
        everything.setData(None, TagRole)
        self.model.appendRow(everything)
        for tag, count in self._tags:
            item = QStandardItem(self.tr("%1 (%2)").replace("%1", tag).replace("%2", QLocale().toString(count)))
            item.setData(tag, TagRole)
            item.setToolTip(self.tr("%n entries", "", count))
            self.model.appendRow(item)
        self.select(self._selected)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._selected = index.data(TagRole)
            self.tag_chosen.emit(self._selected)
