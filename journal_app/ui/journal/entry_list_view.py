"""The journal list view: uniform rows (smooth with 100,000 entries), one entry chosen at a time.

A one-column table rather than a QListView: rows of one fixed height are placed by arithmetic and only the rows on
screen are asked for, while a list (or tree) view walks every row on each layout, calling into the model twice a row
(200,000 Python calls for 100,000 entries, every time the list is shown, resized or reloaded)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from .entry_delegate import EntryDelegate
from .entry_model import EntryIdRole, EntryListModel


class EntryListView(QTableView):
    entry_chosen = Signal(str)  # the user moved to an entry (not emitted for select_entry)

    def __init__(self, model: EntryListModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._selecting = False
        self.setModel(model)
        self.setItemDelegate(EntryDelegate(self))
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(EntryDelegate.row_height(self.font()))
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.selectionModel().currentChanged.connect(self._on_current_changed)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.verticalHeader().setDefaultSectionSize(EntryDelegate.row_height(self.font()))

    def entry_model(self) -> EntryListModel:
        model = self.model()
        assert isinstance(model, EntryListModel)
        return model

    def current_entry_id(self) -> str | None:
        index = self.currentIndex()
        return index.data(EntryIdRole) if index.isValid() else None

    def select_entry(self, entry_id: str | None) -> None:
        """Mark the row of the entry shown in the editor (no selection if it is not loaded)."""
        row = self.entry_model().row_of(entry_id) if entry_id else None
        self._select_row(row)

    def select_nearest(self, row: int | None) -> str | None:
        """After a row went away: select the entry now at `row`, or the one before; returns its id."""
        if row is None:
            return None
        model = self.entry_model()
        for candidate in (*range(row, model.rowCount()), *range(row - 1, -1, -1)):
            summary = model.summary_at(candidate)
            if summary is not None:
                self._select_row(candidate)
                return summary.id
        return None

    def _select_row(self, row: int | None) -> None:
        self._selecting = True
        try:
            selection = self.selectionModel()
            if row is None:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            else:
                index = self.entry_model().index(row)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.scrollTo(index)
        finally:
            self._selecting = False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        entry_id = current.data(EntryIdRole)
        if entry_id:
            self.entry_chosen.emit(entry_id)
