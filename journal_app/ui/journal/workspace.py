"""The unlocked workspace: journal list, entry editor with autosave, and the panels that find entries."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.core.journal import Entry
from journal_app.core.search import tag_key

from ..widgets.flow_layout import FlowLayout
from ..widgets.readable_width import OneRowButtons, ReadableWidth
from . import messages
from .calendar_view import CalendarView
from .editor import EntryEditor
from .entry_delegate import short_date
from .entry_list_view import EntryListView
from .entry_model import EntryFilter, EntryListModel, summary_of
from .history_dialog import HistoryDialog
from .notice_bar import NoticeBar
from .search_panel import SEARCH_DELAY_MS, SearchPanel
from .tag_panel import TagPanel
from .trash_dialog import TrashDialog

AUTOSAVE_MS = 1500  # within 2 seconds of the last keystroke
UNDO_BAR_MS = 8000
LIST_CACHE_KIB = 4096


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
        search_delay_ms: int = SEARCH_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._journal = vault.journal()
        self._current_id: str | None = None
        self._saved_state: tuple[date, tuple[str, ...]] | None = None  # date and tags of the entry as stored
        self._dirty = False

        # the list reads pages through a reader connection of its own with a small page cache (see limit_cache)
        self._list_journal = vault.reader_journal()
        self._list_journal.limit_cache(LIST_CACHE_KIB)
        self.model = EntryListModel(self._list_journal, self)
        self.list_view = EntryListView(self.model)
        self.editor = EntryEditor(clipboard_guard, attachments=vault.attachments())
        if self.editor.files is not None:
            self.editor.files.ensure_entry = self._ensure_entry
        self.notice = NoticeBar()
        self.search_panel = SearchPanel(vault.reader_journal, delay_ms=search_delay_ms)
        self.calendar_view = CalendarView(self._journal)
        self.tag_panel = TagPanel(self._journal, reader_factory=vault.reader_journal)
        self.sidebar = QTabWidget()
        self.new_button = QPushButton()
        self.history_button = QPushButton()
        self.trash_button = QPushButton()
        self._dialogs: list[Any] = []
        self.filter_label = QLabel()
        self.show_all_button = QPushButton()

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(autosave_ms)
        self._autosave.timeout.connect(self._on_autosave)
        self._build_layout()
        self._build_actions()
        self.editor.edited.connect(self._on_edited)
        self.editor.save_requested.connect(self.save_now)
        self.list_view.entry_chosen.connect(self.open_entry)
        self.new_button.clicked.connect(self.new_entry)
        self.history_button.clicked.connect(self.show_history)
        self.trash_button.clicked.connect(self.show_trash)
        self.show_all_button.clicked.connect(self.show_all)
        self.search_panel.active_changed.connect(self._on_search_active)
        self.search_panel.result_opened.connect(self._on_result_opened)
        self.tag_panel.tag_chosen.connect(self._on_tag_chosen)
        self.calendar_view.day_chosen.connect(self._on_day_chosen)
        self.calendar_view.entry_chosen.connect(self.open_entry)
        self.tag_panel.tags_loaded.connect(self._on_tags_loaded)
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
        list_layout.addWidget(self.search_panel)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label, 1)
        filter_row.addWidget(self.show_all_button)
        list_layout.addLayout(filter_row)
        list_layout.addWidget(self.list_view, 1)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows elide their text
        buttons = FlowLayout()  # wraps onto a second line when the translation is long
        for button in (self.new_button, self.history_button, self.trash_button):
            buttons.addWidget(button)
        list_layout.addLayout(buttons)
        self.sidebar.addTab(self.calendar_view, "")
        self.sidebar.addTab(self.tag_panel, "")

        editor_pane = QWidget()
        editor_layout = QVBoxLayout(editor_pane)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.notice)
        editor_layout.addWidget(self.editor, 1)
        # about 80 characters a line, centred, when wide; never so narrow that the formatting toolbar is cut
        self._readable = ReadableWidth(editor_pane, self.editor, fit=self.editor.toolbar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(editor_pane)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setStretchFactor(1, 1)
        # a readable list from the start (its buttons wrap, so its minimum alone would make it very narrow);
        # Qt scales these proportions to the real width
        self.splitter.setSizes([250, 290, 740])
        self._one_row = OneRowButtons(list_pane, buttons, self.splitter)  # no wrapped buttons at 1024x768
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
        self.search_action = action(QKeySequence.StandardKey.Find, self.focus_search)
        self.history_action = action(QKeySequence("Ctrl+Shift+Y"), self.show_history)
        QWidget.setTabOrder(self.search_panel.box, self.search_panel.results_view)
        QWidget.setTabOrder(self.search_panel.results_view, self.list_view)
        QWidget.setTabOrder(self.list_view, self.new_button)
        QWidget.setTabOrder(self.new_button, self.history_button)
        QWidget.setTabOrder(self.history_button, self.trash_button)
        QWidget.setTabOrder(self.trash_button, self.editor.title_edit)

    def retranslate(self) -> None:
        self.list_view.setAccessibleName(self.tr("Journal entries"))
        self.new_button.setText(self.tr("&New entry"))
        self.new_button.setToolTip(self.tr("New entry (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New entry"))
        self.show_all_button.setText(self.tr("Show all"))
        self.show_all_button.setAccessibleName(self.tr("Show all entries"))
        self.history_button.setText(self.tr("&History…"))
        self.history_button.setToolTip(self.tr("Earlier versions of this entry (Ctrl+Shift+Y)"))
        self.history_button.setAccessibleName(self.tr("Earlier versions of this entry"))
        self.trash_button.setText(self.tr("T&rash…"))
        self.trash_button.setAccessibleName(self.tr("Trash"))
        self.sidebar.setTabText(0, self.tr("&Calendar"))
        self.sidebar.setTabText(1, self.tr("Ta&gs"))
        self.sidebar.setAccessibleName(self.tr("Calendar and tags"))
        self.search_action.setText(self.tr("Search"))
        self.history_action.setText(self.tr("History"))
        self.search_panel.retranslate()
        self.calendar_view.retranslate()
        self.tag_panel.retranslate()
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
        before = self._saved_state if self._current_id is not None else None
        try:
            if self._current_id is None:
                if fields.is_blank:
                    self._dirty = False
                    return True
                entry = self._journal.add(**fields.__dict__)
                self._current_id = entry.id
            else:
                entry = self._journal.update(self._current_id, **fields.__dict__, clear_mood=fields.mood is None)
        except JournalError as error:
            self.notice.show_message(messages.save_failed(error))
            return False
        self._dirty = False
        self._saved_state = (entry.entry_date, entry.tags)
        if self.notice.isVisible() and not self.notice.action_button.isVisible():
            self.notice.dismiss()  # an earlier "not saved" message is no longer true
        self._show_saved(entry, before)
        self.entry_saved.emit(entry.id)
        return True

    def _ensure_entry(self) -> str | None:
        """The shown entry's id, storing a new entry at once (even without text) so that files can belong to it."""
        if self._current_id is None:
            self._dirty = True
            fields = self.editor.fields()
            try:
                entry = self._journal.add(**fields.__dict__)
            except JournalError as error:
                self.notice.show_message(messages.save_failed(error))
                return None
            self._current_id, self._dirty = entry.id, False
            self._saved_state = (entry.entry_date, entry.tags)
            self._show_saved(entry, None)
            self.entry_saved.emit(entry.id)
        elif not self.save_now():
            return None
        return self._current_id

    def clear(self) -> None:
        """Forget everything that showed content (before the vault is closed)."""
        self._autosave.stop()
        self._current_id = None
        self._dirty = False
        self.notice.dismiss()
        for dialog in self._dialogs:
            dialog.done(0)
        self._dialogs = []
        self.search_panel.clear()
        self.model.clear()
        self.editor.clear()
        self.calendar_view.clear()
        self.tag_panel.clear()

    def set_editor_font_size(self, points: int) -> None:
        self.editor.set_font_size(points)

    def focus_search(self) -> None:
        self.search_panel.focus()

    # -- entries -----------------------------------------------------------------------------------------------

    def new_entry(self, day: date | None = None) -> None:
        if not self.save_now():
            return
        self._current_id = None
        self._saved_state = None
        self._dirty = False
        self.list_view.select_entry(None)
        self.editor.show_entry(None, day=day if isinstance(day, date) else None)
        self.editor.title_edit.setFocus()

    def open_entry(self, entry_id: str) -> bool:
        """Show an entry in the editor (after saving the one shown); False if that was not possible."""
        if entry_id == self._current_id:
            self.list_view.select_entry(entry_id)
            return True
        if not self.save_now():
            self.list_view.select_entry(self._current_id)
            return False
        try:
            entry = self._journal.get(entry_id)
        except JournalError as error:
            self.notice.show_message(messages.action_failed(error))
            return False
        self._current_id = entry.id
        self._saved_state = (entry.entry_date, entry.tags)
        self._dirty = False
        self.editor.show_entry(entry)
        self.list_view.select_entry(entry.id)
        self.entry_opened.emit(entry.id)
        return True

    @property
    def current_entry_id(self) -> str | None:
        return self._current_id

    def delete_current(self) -> None:
        entry_id = self.list_view.current_entry_id() or self._current_id
        if not entry_id:
            return
        if entry_id == self._current_id and not self.save_now():
            return
        row = self.model.row_of(entry_id)
        gone = self.model.summary_at(row) if row is not None else None
        try:
            self._journal.delete(entry_id)
        except JournalError as error:
            self.notice.show_message(messages.action_failed(error))
            return
        if not self.model.remove_entry(entry_id, row):
            self.model.reload()
        if entry_id == self._current_id:
            self._current_id = None
            self._dirty = False
            nearest = self.list_view.select_nearest(row)
            if nearest is None or not self.open_entry(nearest):
                self.editor.show_entry(None)
        if gone is not None and gone.id == entry_id:
            self._panels_follow((gone.entry_date, gone.tags), None)
        else:
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
        self.list_view.select_entry(self._current_id)
        self._update_filter_bar()

    def reload(self) -> None:
        """Show the vault's current state again (after a restore from history or trash)."""
        self.model.reload()
        self.list_view.select_entry(self._current_id)
        self._refresh_tags()

    # -- helpers -----------------------------------------------------------------------------------------------

    def _show_saved(self, entry: Entry, before: tuple[date, tuple[str, ...]] | None) -> None:
        if self.model.replace_summary(summary_of(entry)):
            pass
        elif before is not None and before[0] == entry.entry_date and self.model.entry_filter.is_empty:
            pass  # same row, its page not in memory: it is read fresh when shown
        else:
            if not self.model.entry_moved(before[0] if before else None, entry.entry_date):
                self.model.reload()
            self.list_view.select_entry(entry.id)
        self._panels_follow(before, (entry.entry_date, entry.tags))

    def _panels_follow(
        self, before: tuple[date, tuple[str, ...]] | None, after: tuple[date, tuple[str, ...]] | None
    ) -> None:
        """One entry changed from `before` to `after` (None: it was not / is no longer in the list): the tag counts
        and the calendar's marks of its days change in place, without reading every tag or the whole month."""
        old_tags, new_tags = before[1] if before else (), after[1] if after else ()
        old_keys, new_keys = {tag_key(t) for t in old_tags}, {tag_key(t) for t in new_tags}
        removed = [t for t in old_tags if tag_key(t) not in new_keys]
        added = [t for t in new_tags if tag_key(t) not in old_keys]
        if (removed or added) and self.tag_panel.apply_change(removed, added):
            self.editor.set_tag_names([name for name, _count in self.tag_panel.tags])
        if before is None or after is None or before[0] != after[0]:
            self.calendar_view.days_changed([state[0] for state in (before, after) if state is not None])
        self.search_panel.refresh()

    def _refresh_tags(self) -> None:
        """The vault changed: tags (read on a worker), calendar marks and search results follow."""
        self.tag_panel.refresh()
        self.calendar_view.refresh()
        self.search_panel.refresh()

    def _on_tags_loaded(self) -> None:
        self.editor.set_tag_names([name for name, _count in self.tag_panel.tags])

    def _update_filter_bar(self) -> None:
        f = self.model.entry_filter
        parts = []
        if f.tag:
            parts.append(self.tr("Tag: %1").replace("%1", f.tag))
        if f.day:
            parts.append(self.tr("Day: %1").replace("%1", short_date(f.day)))
        self.filter_label.setText("; ".join(parts))
        visible = bool(parts) and not self.search_panel.is_active
        self.filter_label.setVisible(visible)
        self.show_all_button.setVisible(visible)
        self.tag_panel.select(f.tag)

    # -- dialogs -----------------------------------------------------------------------------------------------

    def show_history(self) -> HistoryDialog | None:
        """Open (not exec) the history of the shown entry; returns the dialog."""
        if not self.save_now() or self._current_id is None:
            return None
        dialog = HistoryDialog(self._journal, self._current_id, self)
        shown = self._journal.get(self._current_id)  # what "Undo" brings back after a restore
        dialog.version_restored.connect(lambda entry_id: self._on_version_restored(entry_id, shown))
        self._open_dialog(dialog)
        return dialog

    def show_trash(self) -> TrashDialog | None:
        if not self.save_now():
            return None
        dialog = TrashDialog(self._journal, self)
        dialog.trash_changed.connect(self.reload)
        self._open_dialog(dialog)
        return dialog

    def _open_dialog(self, dialog: Any) -> None:
        self._dialogs.append(dialog)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def _on_dialog_finished(self) -> None:
        dialog = self.sender()
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
            dialog.deleteLater()

    def _on_version_restored(self, entry_id: str, before: Entry | None = None) -> None:
        if entry_id == self._current_id:
            self._current_id = None  # load it again
        self.reload()
        self.open_entry(entry_id)
        if before is not None:
            self.notice.show_message(
                self.tr("An earlier version was restored."),
                self.tr("&Undo"),
                lambda: self._undo_restore(before),
                UNDO_BAR_MS,
            )

    def _undo_restore(self, before: Entry) -> None:
        """Bring back the text that was shown before the restore (the restored one stays in the history)."""
        if not self.save_now():
            return
        try:
            self._journal.update(
                before.id, entry_date=before.entry_date, title=before.title, body=before.body, tags=before.tags,
                mood=before.mood, clear_mood=before.mood is None, starred=before.starred,
            )  # fmt: skip
        except JournalError as error:
            self.notice.show_message(messages.action_failed(error))
            return
        self._on_version_restored(before.id)

    # -- panels --------------------------------------------------------------------------------------------------

    def _on_search_active(self, active: bool) -> None:
        self.list_view.setVisible(not active)
        self._update_filter_bar()

    def _on_result_opened(self, entry_id: str, words: list[str]) -> None:
        if self.open_entry(entry_id):
            self.editor.body.highlight_words(words)

    def _on_tag_chosen(self, tag: str | None) -> None:
        self.set_filter(EntryFilter(tag=tag, day=None))

    def _on_day_chosen(self, day: date) -> None:
        self.set_filter(EntryFilter(tag=None, day=day))
        if self.model.rowCount() == 0:  # nothing written that day: offer a new entry for it
            self.new_entry(day)

    def _on_edited(self) -> None:
        self._dirty = True
        self._autosave.start()

    def _on_autosave(self) -> None:
        self.save_now()
