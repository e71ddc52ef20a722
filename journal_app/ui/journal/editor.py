"""The entry editor: title, date, tags, mood, star, a formatting toolbar and the Markdown body."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.journal import Entry

from ..widgets.date_field import DateField
from . import markdown_format as md
from .entry_files import EntryFiles
from .preview import MarkdownPreview
from .text_edit import MarkdownTextEdit

WORD_COUNT_DELAY_MS = 300
WORD_COUNT_NOW_CHARS = 20_000  # longer entries are counted a moment after they are shown


@dataclass(frozen=True)
class EntryFields:
    """What the editor holds, in the shape Journal.add/update take."""

    entry_date: date
    title: str
    body: str
    tags: tuple[str, ...]
    mood: int | None
    starred: bool

    @property
    def is_blank(self) -> bool:
        return not (self.title.strip() or self.body.strip() or self.tags)


def split_tags(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.split(",") if t.strip())


class TagCompleter(QCompleter):
    """Completes the last tag of a comma-separated list."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: Any) -> str:
        widget = self.widget()
        done = widget.text().split(",")[:-1] if isinstance(widget, QLineEdit) else []
        done = [t.strip() for t in done if t.strip()]
        return ", ".join([*done, str(index.data())]) + ", "


class EntryEditor(QWidget):
    edited = Signal()  # the user changed something
    save_requested = Signal()  # Ctrl+S

    def __init__(self, clipboard_guard: Any = None, parent: Any = None, *, attachments: Any = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.title_edit = QLineEdit()
        self.date_edit = DateField()
        self.date_edit.setCalendarPopup(True)
        self.tags_edit = QLineEdit()
        self._tag_names = QStringListModel(self)
        self._completer = TagCompleter(self._tag_names, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags_edit.setCompleter(self._completer)
        self.mood_box = QComboBox()
        self.star_button = QToolButton()
        self.star_button.setCheckable(True)
        self.body = MarkdownTextEdit(clipboard_guard)
        self.preview = MarkdownPreview()
        self._stack = QStackedWidget()
        self._stack.addWidget(self.body)
        self._stack.addWidget(self.preview)
        self.word_count_label = QLabel()
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.files = EntryFiles(attachments, self) if attachments is not None else None
        self.toolbar = QToolBar()
        self._actions: dict[str, QAction] = {}
        self._build_actions()
        self._build_layout()
        self._word_timer = QTimer(self)
        self._word_timer.setSingleShot(True)
        self._word_timer.setInterval(WORD_COUNT_DELAY_MS)
        self._word_timer.timeout.connect(self._update_word_count)
        for signal in (self.title_edit.textEdited, self.tags_edit.textEdited, self.body.contents_changed):
            signal.connect(self._on_edited)
        self.date_edit.dateChanged.connect(self._on_edited)
        self.mood_box.currentIndexChanged.connect(self._on_edited)
        self.star_button.toggled.connect(self._on_edited)
        self.retranslate()
        self.show_entry(None)

    # -- building ----------------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        """The formatting commands, as QActions with shortcuts (`format_actions`, for the toolbar and menus)."""
        specs = [
            ("bold", QKeySequence.StandardKey.Bold, lambda: self._apply(md.toggle_bold)),
            ("italic", QKeySequence.StandardKey.Italic, lambda: self._apply(md.toggle_italic)),
            ("heading", QKeySequence("Ctrl+Shift+H"), lambda: self._apply(md.toggle_heading)),
            ("bullets", QKeySequence("Ctrl+Shift+8"), lambda: self._apply(md.toggle_bullet_list)),
            ("checkbox", QKeySequence("Ctrl+Shift+X"), lambda: self._apply(md.toggle_checkbox)),
            ("quote", QKeySequence("Ctrl+Shift+."), lambda: self._apply(md.toggle_quote)),
            ("link", QKeySequence("Ctrl+K"), self._ask_link),
        ]
        for name, keys, handler in specs:
            action = self._action(keys, handler)
            self.toolbar.addAction(action)
            self._actions[name] = action
        for level in (1, 2, 3):
            self._actions[f"heading{level}"] = self._action(
                QKeySequence(f"Ctrl+{level}"), lambda _=False, lv=level: self._apply(md.set_heading, lv)
            )
        self._actions["text"] = self._action(QKeySequence("Ctrl+0"), lambda: self._apply(md.set_heading, 0))
        if self.files is not None:
            attach = self._action(QKeySequence("Ctrl+Shift+A"), self.files.choose_files)
            self.toolbar.addAction(attach)
            self._actions["attach"] = attach
        self.toolbar.addSeparator()
        preview = self._action(QKeySequence("Ctrl+Shift+P"), self._on_preview_toggled)
        preview.setCheckable(True)
        self.toolbar.addAction(preview)
        self._actions["preview"] = preview
        save = QAction(self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.save_requested)
        self.addAction(save)

    def _action(self, keys: Any, handler: Any) -> QAction:
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(handler)
        self.addAction(action)
        return action

    @property
    def format_actions(self) -> dict[str, QAction]:
        """Bold, italic, heading, bullets, checkbox, quote, link, heading1-3, text, attach and preview, by name."""
        return dict(self._actions)

    def _apply(self, command: Any, *args: Any) -> None:
        """Run a formatting command on the body's cursor; the cursor it returns (if any) is shown."""
        if self.body.isReadOnly() or self.is_previewing:
            return
        result = command(self.body.textCursor(), *args)
        if result is not None:
            self.body.setTextCursor(result)
        self.body.setFocus()

    def _build_layout(self) -> None:
        fields = QHBoxLayout()
        self._date_label = QLabel()
        self._date_label.setBuddy(self.date_edit)
        self._tags_label = QLabel()
        self._tags_label.setBuddy(self.tags_edit)
        self._mood_label = QLabel()
        self._mood_label.setBuddy(self.mood_box)
        for widget in (self._date_label, self.date_edit, self._tags_label):
            fields.addWidget(widget)
        fields.addWidget(self.tags_edit, 1)
        for other in (self._mood_label, self.mood_box, self.star_button):
            fields.addWidget(other)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_edit)
        layout.addLayout(fields)
        layout.addWidget(self.toolbar)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self.problem_label)
        if self.files is not None:
            layout.addWidget(self.files.panel)
        layout.addWidget(self.word_count_label, 0, Qt.AlignmentFlag.AlignTrailing)
        order = [self.title_edit, self.date_edit, self.tags_edit, self.mood_box, self.star_button, self.body]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        names = {
            "bold": (self.tr("Bold"), self.tr("Bold (Ctrl+B)")),
            "italic": (self.tr("Italic"), self.tr("Italic (Ctrl+I)")),
            "heading": (self.tr("Heading"), self.tr("Heading (Ctrl+Shift+H; Ctrl+1 to Ctrl+3, Ctrl+0 for text)")),
            "bullets": (self.tr("List"), self.tr("Bulleted list (Ctrl+Shift+8)")),
            "checkbox": (self.tr("Checkbox"), self.tr("Checkbox list; on a checkbox: tick it (Ctrl+Shift+X)")),
            "quote": (self.tr("Quote"), self.tr("Quote (Ctrl+Shift+.)")),
            "link": (self.tr("Link"), self.tr("Link (Ctrl+K)")),
            "attach": (self.tr("Attach"), self.tr("Attach a photo or a file to this entry (Ctrl+Shift+A)")),
            "preview": (self.tr("Preview"), self.tr("Show the entry as it reads, or its text again (Ctrl+Shift+P)")),
        }
        for name, (text, tip) in names.items():
            if name not in self._actions:
                continue
            self._actions[name].setText(text)
            self._actions[name].setToolTip(tip)
        self.toolbar.setAccessibleName(self.tr("Formatting"))
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self._date_label.setText(self.tr("&Date:"))
        self.date_edit.setAccessibleName(self.tr("Entry date"))
        self._tags_label.setText(self.tr("&Tags:"))
        self.tags_edit.setPlaceholderText(self.tr("comma, separated"))
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self._mood_label.setText(self.tr("&Mood:"))
        self.mood_box.setAccessibleName(self.tr("Mood"))
        index = max(0, self.mood_box.currentIndex())
        self._loading, was_loading = True, self._loading
        self.mood_box.clear()
        self.mood_box.addItem(self.tr("—"), None)
        for level, text in enumerate(
            (
                self.tr("1 – very bad"),
                self.tr("2 – bad"),
                self.tr("3 – so-so"),
                self.tr("4 – good"),
                self.tr("5 – very good"),
            ),
            start=1,
        ):
            self.mood_box.addItem(text, level)
        self.mood_box.setCurrentIndex(index)
        self._loading = was_loading
        self.star_button.setText("★")
        self.star_button.setToolTip(self.tr("Starred"))
        self.star_button.setAccessibleName(self.tr("Starred"))
        self.body.setAccessibleName(self.tr("Entry text"))
        self.preview.setAccessibleName(self.tr("Entry as it reads"))
        self.body.setPlaceholderText(self.tr("Write here…"))
        self._update_word_count()

    # -- content -----------------------------------------------------------------------------------------------

    def show_entry(self, entry: Entry | None, *, day: date | None = None) -> None:
        """Show an entry, or an empty new one (dated `day` or today)."""
        self._loading = True
        try:
            self.title_edit.setText(entry.title if entry else "")
            shown = entry.entry_date if entry else (day or date.today())
            self.date_edit.setDate(QDate(shown.year, shown.month, shown.day))
            self.tags_edit.setText(", ".join(entry.tags) if entry else "")
            self.tags_edit.setCursorPosition(0)  # a long list shows its first tags, not its last
            self.mood_box.setCurrentIndex(entry.mood if entry and entry.mood else 0)
            self.star_button.setChecked(bool(entry and entry.starred))
            self.body.clear_highlights()
            self.body.set_markdown(entry.body if entry else "")
            self.problem_label.hide()
            if self.files is not None:
                self.files.show_owner(entry.id if entry else None)
            self.body.moveCursor(self.body.textCursor().MoveOperation.Start)
            if self.is_previewing:
                self.preview.set_markdown(self.body.markdown())
        finally:
            self._loading = False
        if entry is not None and len(entry.body) > WORD_COUNT_NOW_CHARS:
            self.word_count_label.clear()  # counted right after the entry is shown, not before
            self._word_timer.start()
        else:
            self._update_word_count()

    def fields(self) -> EntryFields:
        qdate = self.date_edit.date()
        return EntryFields(
            entry_date=date(qdate.year(), qdate.month(), qdate.day()),
            title=self.title_edit.text().strip(),
            body=self.body.markdown(),
            tags=split_tags(self.tags_edit.text()),
            mood=self.mood_box.currentData(),
            starred=self.star_button.isChecked(),
        )

    def clear(self) -> None:
        self._loading = True
        try:
            self.title_edit.clear()
            self.tags_edit.clear()
            self.body.clear_highlights()
            self.body.set_markdown("")
            self.preview.clear_text()
            self.problem_label.clear()
            if self.files is not None:
                self.files.clear()
            self.mood_box.setCurrentIndex(0)
            self.star_button.setChecked(False)
            self._tag_names.setStringList([])
        finally:
            self._loading = False
        self._update_word_count()

    def set_tag_names(self, names: list[str]) -> None:
        self._tag_names.setStringList(names)

    def set_font_size(self, points: int) -> None:
        """Points; 0 or less follows the system's font size."""
        font = self.body.font()
        if points <= 0:
            system = QApplication.font().pointSizeF()
            font.setPointSizeF(system if system > 0 else 11.0)
        else:
            font.setPointSize(max(6, points))
        self.body.setFont(font)

    # -- reacting ----------------------------------------------------------------------------------------------

    def show_problem(self, message: str) -> None:
        """A translated message about the entry's files (not stored, not shown elsewhere)."""
        self.problem_label.setText(message)
        self.problem_label.setVisible(bool(message))

    @property
    def is_previewing(self) -> bool:
        return self._stack.currentWidget() is self.preview

    def _on_preview_toggled(self, on: bool) -> None:
        if on:
            self.preview.set_markdown(self.body.markdown())
            self._stack.setCurrentWidget(self.preview)
        else:
            self._stack.setCurrentWidget(self.body)
            self.preview.clear_text()
            self.body.setFocus()
        for name, action in self._actions.items():
            if name != "preview":
                action.setEnabled(not on)

    def _ask_link(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Link"))
        dialog.setLabelText(self.tr("Address of the link (empty removes it):"))
        cursor = self.body.textCursor()
        link = md.link_at(cursor)
        dialog.setTextValue(link.url if link else "")
        dialog.textValueSelected.connect(lambda url: self._apply(lambda _c: md.set_link(cursor, url)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._word_timer.start()
        self.edited.emit()

    def _update_word_count(self) -> None:
        count = md.word_count(self.body.markdown())
        self.word_count_label.setText(self.tr("%n word(s)", "", count))
