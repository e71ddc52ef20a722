"""Tags in use with how many entries have each; choosing one filters the journal list, "All" resets."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from journal_app.core.errors import JournalError
from journal_app.core.search import tag_key

TagRole = Qt.ItemDataRole.UserRole + 1


class _LoadSignals(QObject):
    loaded = Signal(int, object)  # generation, list of (tag, count) or None on failure


class _LoadTags(QRunnable):
    def __init__(self, reader: Any, generation: int, signals: _LoadSignals) -> None:
        super().__init__()
        self._reader, self._generation, self._signals = reader, generation, signals

    def run(self) -> None:
        try:
            tags = self._reader.tags()
        except JournalError:
            tags = None
        try:
            self._signals.loaded.emit(self._generation, tags)
        except RuntimeError:  # the panel is gone (locked)
            pass


class TagPanel(QWidget):
    """The tag list is read whole once (`refresh`); a save changes only the rows of the tags it added or removed
    (`apply_change`), so saving on a vault with thousands of tags does not rebuild the list."""

    tag_chosen = Signal(object)  # the tag, or None for all entries
    tags_loaded = Signal()  # a whole read (refresh) is shown

    def __init__(self, journal: Any, parent: Any = None, *, reader_factory: Any = None) -> None:
        """reader_factory: makes a Journal on a reader connection; with it, `refresh` reads on a worker thread."""
        super().__init__(parent)
        self._journal = journal
        self._reader_factory = reader_factory
        self._reader: Any = None
        self._generation = 0
        self._loading = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one reader connection, one thread
        self._signals = _LoadSignals(self)
        self._signals.loaded.connect(self._on_loaded)
        self._tags: list[tuple[str, int]] = []
        self._keys: list[str] = []  # tag_key of each of _tags, for lookups
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

    def apply_change(self, removed: Iterable[str], added: Iterable[str]) -> bool:
        """One entry lost the tags `removed` and gained `added`: adjust their counts, add or drop their rows.

        Returns whether the set of tag names changed (a tag appeared or vanished)."""
        if self._loading:  # the read running now may have started before this change: read again
            self.refresh()
            return False
        names_changed = False
        for tag in removed:
            row = self._row_of(tag)
            if row is None:
                continue
            name, count = self._tags[row]
            if count <= 1:
                del self._tags[row], self._keys[row]
                self.model.removeRow(row + 1)
                names_changed = True
            else:
                self._tags[row] = (name, count - 1)
                self._set_item(self.model.item(row + 1), name, count - 1)
        for tag in added:
            row = self._row_of(tag)
            if row is not None:
                name, count = self._tags[row]
                name = min(name, tag)  # the form Journal.tags() shows (the least of the forms in use)
                self._tags[row] = (name, count + 1)
                self._set_item(self.model.item(row + 1), name, count + 1)
                continue
            row = bisect_left([t.casefold() for t, _ in self._tags], tag.casefold())
            self._tags.insert(row, (tag, 1))
            self._keys.insert(row, tag_key(tag))
            item = QStandardItem()
            self._set_item(item, tag, 1)
            self.model.insertRow(row + 1, item)
            names_changed = True
        return names_changed

    def _row_of(self, tag: str) -> int | None:
        if len(self._keys) != len(self._tags):
            self._keys = [tag_key(name) for name, _count in self._tags]
        try:
            return self._keys.index(tag_key(tag))
        except ValueError:
            return None

    def _set_item(self, item: QStandardItem, tag: str, count: int) -> None:
        item.setText(self.tr("%1 (%2)").replace("%1", tag).replace("%2", QLocale().toString(count)))
        item.setData(tag, TagRole)
        item.setToolTip(self.tr("%n entries", "", count))

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Tags"))
        self._fill()

    def refresh(self) -> None:
        """Read every tag again: on the worker thread if there is a reader, so a vault of thousands of tags does
        not hold up the window; the list shows the result when it comes."""
        self._generation += 1
        if self._reader_factory is not None:
            try:
                if self._reader is None:
                    self._reader = self._reader_factory()
            except JournalError:
                self._reader = None
            if self._reader is not None:
                self._loading = True
                self._pool.start(_LoadTags(self._reader, self._generation, self._signals))
                return
        try:
            tags = self._journal.tags()
        except JournalError:
            tags = []
        self._show(tags)

    def _on_loaded(self, generation: int, tags: list[tuple[str, int]] | None) -> None:
        if generation != self._generation:
            return  # a newer read, or a change made while this one ran: that one will show
        self._loading = False
        self._show(tags or [])

    def _show(self, tags: list[tuple[str, int]]) -> None:
        self._tags = tags
        self._keys = [tag_key(name) for name, _count in self._tags]
        self._fill()
        self.tags_loaded.emit()

    @property
    def is_loading(self) -> bool:
        return self._loading

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)

    def select(self, tag: str | None) -> None:
        """Show which tag filters the list (without emitting)."""
        self._selected = tag
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(TagRole) == tag:
                self.view.setCurrentIndex(index)
                return

    def clear(self) -> None:
        """Before the vault closes (lock): no worker may still use the reader connection."""
        self._generation += 1
        self._pool.clear()
        self._pool.waitForDone(5000)
        self._reader = None
        self._loading = False
        self._tags = []
        self._keys = []
        self._selected = None
        self.model.clear()

    def _fill(self) -> None:
        self.model.clear()
        everything = QStandardItem(self.tr("All entries"))
        everything.setData(None, TagRole)
        self.model.appendRow(everything)
        for tag, count in self._tags:
            item = QStandardItem()
            self._set_item(item, tag, count)
            self.model.appendRow(item)
        self.select(self._selected)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._selected = index.data(TagRole)
            self.tag_chosen.emit(self._selected)
