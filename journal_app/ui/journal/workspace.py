"""The unlocked workspace: journal list, entry editor with autosave, and the panels that find entries."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.core.journal import Entry, EntrySummary

from . import messages
from .editor import EntryEditor
from .entry_delegate import EntryDelegate, short_date
from .entry_model import EntryFilter, EntryIdRole, EntryListModel
from .notice_bar import NoticeBar

AUTOSAVE_MS = 1500  # within 2 seconds of the last keystroke
UNDO_BAR_MS = 8000
PREVIEW_CHARS = 200


def summary_of(entry: Entry) -> EntrySummary:
    """The list row of a just-saved entry (same first-line rule as the core's list)."""
    preview = ""
    for line in entry.body[:400].splitlines():
        line = line.strip().lstrip("#>*-+ ").strip()
        if line:
            preview = line[:PREVIEW_CHARS]
            break
    return EntrySummary(
        id=entry.id, entry_date=entry.entry_date, title=entry.title, preview=preview, tags=entry.tags,
        mood=entry.mood, starred=entry.starred, updated_at=entry.updated_at,
    )


class JournalWorkspace(QWidget):
    entry_saved = Signal(str)  # entry id
    entry_opened = Signal(str)

    def __init__(
        self,
        vault: Any,
        clipboard_guard: Any = None,
        parent: Any = None,
        *,
        autosave_ms: int = AUTOSAVE_MS,
        search_delay_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._journal = vault.journal()
        self._current_id: str | None = None
        self._dirty = False
        self._selecting = False

        self.model = EntryListModel(self._journal, self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(EntryDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.editor = EntryEditor(clipboard_guard)
        self.notice = NoticeBar()
        self.new_button = QPushButton()
        self.filter_label = QLabel()
        self.show_all_button = QPushButton()

        self._autosave = QTimer(self, singleShot=True, interval=autosave_ms)
        self._autosave.timeout.connect(self._on_autosave)
        self._build_layout()
        self._build_actions()
        self.editor.edited.connect(self._on_edited)
        self.editor.save_requested.connect(self.save_now)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.new_button.clicked.connect(self.new_entry)
        self.show_all_button.clicked.connect(self.show_all)
        self.retranslate()
        self._refresh_tags()
        self.model.reload()
        self._update_filter_bar()
        self.new_entry()

    # -- building ----------------------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        list_pane = QWidget()
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label, 1)
        filter_row.addWidget(self.show_all_button)
        list_layout.addLayout(filter_row)
        list_layout.addWidget(self.list_view, 1)
        list_layout.addWidget(self.new_button)
        self._list_layout = list_layout

        editor_pane = QWidget()
        editor_layout = QVBoxLayout(editor_pane)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.notice)
        editor_layout.addWidget(self.editor, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(editor_pane)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _build_actions(self) -> None:
        def action(keys: Any, handler: Any, widget: QWidget | None = None) -> QAction:
            act = QAction(self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(handler)
            (widget or self).addAction(act)
            return act

        self.new_action = action(QKeySequence.StandardKey.New, self.new_entry)
        self.delete_action = action(QKeySequence.StandardKey.Delete, self.delete_current, self.list_view)

    def retranslate(self) -> None:
        self.list_view.setAccessibleName(self.tr("Journal entries"))
        self.new_button.setText(self.tr("&New entry"))
        self.new_button.setToolTip(self.tr("New entry (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New entry"))
        self.show_all_button.setText(self.tr("Show all"))
        self.show_all_button.setAccessibleName(self.tr("Show all entries"))
        self.new_action.setText(self.tr("New entry"))
        self.delete_action.setText(self.tr("Move to trash"))
        self.editor.retranslate()
        self.notice.retranslate()
        self._update_filter_bar()
        self.list_view.viewport().update()

    # -- the shell's interface ---------------------------------------------------------------------------------

    def save_now(self) -> bool:
        """Write unsaved edits to the vault; False (with a message, text kept) if that failed."""
        self._autosave.stop()
        if not self._dirty:
            return True
        fields = self.editor.fields()
        try:
            if self._current_id is None:
                if fields.is_blank:
                    self._dirty = False
                    return True
                entry = self._journal.add(**fields.__dict__)
                self._current_id = entry.id
            else:
                entry = self._journal.update(self._current_id, **fields.__dict__)
        except JournalError as error:
            self.notice.show_message(messages.save_failed(error))
            return False
        self._dirty = False
        if self.notice.isVisible() and not self.notice.action_button.isVisible():
            self.notice.dismiss()  # an earlier "not saved" message is no longer true
        self._show_saved(entry)
        self.entry_saved.emit(entry.id)
        return True

    def clear(self) -> None:
        """Forget everything that showed content (before the vault is closed)."""
        self._autosave.stop()
        self._current_id = None
        self._dirty = False
        self.notice.dismiss()
        self.model.clear()
        self.editor.clear()

    def set_editor_font_size(self, points: int) -> None:
        self.editor.set_font_size(points)

    def focus_search(self) -> None:
        self.list_view.setFocus()

    # -- entries -----------------------------------------------------------------------------------------------

    def new_entry(self, day: date | None = None) -> None:
        if not self.save_now():
            return
        self._current_id = None
        self._dirty = False
        self._select_row(None)
        self.editor.show_entry(None, day=day if isinstance(day, date) else None)
        self.editor.title_edit.setFocus()

    def open_entry(self, entry_id: str) -> bool:
        """Show an entry in the editor (after saving the one shown); False if that was not possible."""
        if entry_id == self._current_id:
            self._select_row(entry_id)
            return True
        if not self.save_now():
            self._select_row(self._current_id)
            return False
        try:
            entry = self._journal.get(entry_id)
        except JournalError as error:
            self.notice.show_message(messages.action_failed(error))
            return False
        self._current_id = entry.id
        self._dirty = False
        self.editor.show_entry(entry)
        self._select_row(entry.id)
        self.entry_opened.emit(entry.id)
        return True

    @property
    def current_entry_id(self) -> str | None:
        return self._current_id

    def delete_current(self) -> None:
        index = self.list_view.currentIndex()
        entry_id = index.data(EntryIdRole) if index.isValid() else self._current_id
        if not entry_id:
            return
        if entry_id == self._current_id and not self.save_now():
            return
        try:
            self._journal.delete(entry_id)
        except JournalError as error:
            self.notice.show_message(messages.action_failed(error))
            return
        row = self.model.row_of(entry_id)
        self.model.remove_entry(entry_id)
        if entry_id == self._current_id:
            self._current_id = None
            self._dirty = False
            self.editor.show_entry(None)
            self._select_nearest(row)
        self._refresh_tags()
        self.notice.show_message(
            self.tr("Moved to trash."), self.tr("&Undo"), lambda: self._undo_delete(entry_id), UNDO_BAR_MS
        )
        self.list_view.setFocus()

    def _undo_delete(self, entry_id: str) -> None:
        try:
            self._journal.restore(entry_id)
        except JournalError as error:
            self.notice.show_message(messages.action_failed(error))
            return
        self.model.reload()
        self._refresh_tags()
        self.open_entry(entry_id)

    def show_all(self) -> None:
        self.set_filter(EntryFilter())

    def set_filter(self, entry_filter: EntryFilter) -> None:
        self.model.set_filter(entry_filter)
        self._select_row(self._current_id)
        self._update_filter_bar()

    def reload(self) -> None:
        """Show the vault's current state again (after a restore from history or trash)."""
        self.model.reload()
        self._select_row(self._current_id)
        self._refresh_tags()

    # -- helpers -----------------------------------------------------------------------------------------------

    def _show_saved(self, entry: Entry) -> None:
        if not self.model.replace_summary(summary_of(entry)):
            self.model.reload()
            self._select_row(entry.id)
        self._refresh_tags()

    def _select_row(self, entry_id: str | None) -> None:
        self._selecting = True
        try:
            selection = self.list_view.selectionModel()
            row = self.model.row_of(entry_id) if entry_id else None
            if row is None:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            else:
                index = self.model.index(row)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.list_view.scrollTo(index)
        finally:
            self._selecting = False

    def _select_nearest(self, row: int | None) -> None:
        if row is None:
            return
        for candidate in (*range(row, self.model.rowCount()), *range(row - 1, -1, -1)):
            if self.model.summary_at(candidate) is not None:
                self._selecting = True
                try:
                    self.list_view.setCurrentIndex(self.model.index(candidate))
                finally:
                    self._selecting = False
                return

    def _refresh_tags(self) -> None:
        try:
            tags = self._journal.tags()
        except JournalError:
            return
        self.editor.set_tag_names([name for name, _count in tags])

    def _update_filter_bar(self) -> None:
        f = self.model.entry_filter
        parts = []
        if f.tag:
            parts.append(self.tr("Tag: %1").replace("%1", f.tag))
        if f.day:
            parts.append(self.tr("Day: %1").replace("%1", short_date(f.day)))
        self.filter_label.setText("; ".join(parts))
        self.filter_label.setVisible(bool(parts))
        self.show_all_button.setVisible(bool(parts))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        entry_id = current.data(EntryIdRole)
        if entry_id:
            self.open_entry(entry_id)

    def _on_edited(self) -> None:
        self._dirty = True
        self._autosave.start()

    def _on_autosave(self) -> None:
        self.save_now()
