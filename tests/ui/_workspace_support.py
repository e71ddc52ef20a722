"""Helpers for the workspace tests: a shown, active JournalWorkspace over a fresh vault."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from journal_app.ui.journal.workspace import JournalWorkspace

#: The offscreen platform warns on window hints it cannot pass on; that is not a defect of the app.
IGNORED_QT_MESSAGES = ("propagateSizeHints",)


def make_workspace(qtbot, vault, **options) -> JournalWorkspace:
    options.setdefault("autosave_ms", 50)
    options.setdefault("search_delay_ms", 20)
    workspace = JournalWorkspace(vault, **options)
    qtbot.addWidget(workspace)
    workspace.resize(1200, 800)
    workspace.show()
    qtbot.waitExposed(workspace)
    workspace.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is workspace, timeout=3000)
    qtbot.waitUntil(lambda: not workspace.tag_panel.is_loading, timeout=3000)  # tags are read on a worker thread
    return workspace


def add_entries(journal, count: int, *, day: date | None = None, title: str = "entry", **fields) -> list[str]:
    return [journal.add(entry_date=day, title=f"{title} {i}", **fields).id for i in range(count)]


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    """Every DisplayRole/ToolTip/AccessibleText string of a model, recursively."""
    texts = []
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        try:
            columns = model.columnCount(parent)
        except TypeError:  # Qt's internal models (the calendar's) keep it private
            columns = 7
        for column in range(max(1, columns)):
            index = model.index(row, column, parent)
            for role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleTextRole,
                Qt.ItemDataRole.UserRole + 1,
                Qt.ItemDataRole.UserRole + 2,
                Qt.ItemDataRole.UserRole + 3,
            ):
                value = index.data(role)
                if value is not None:
                    texts.append(str(value))
            if column == 0 and model.rowCount(index) > 0:
                texts.extend(model_texts(model, index))
    return texts


def widgets_containing(text: str) -> list[str]:
    """Names of widgets in the application whose text, document or model holds `text`."""
    found = []
    for widget in QApplication.allWidgets():
        values = []
        if isinstance(widget, QLineEdit):
            values.append(widget.text())
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            values.append(widget.toPlainText())
        if isinstance(widget, QLabel):
            values.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            values.extend(model_texts(widget.model()))
        values.append(widget.windowTitle())
        values.append(widget.toolTip())
        if any(text in v for v in values):
            found.append(f"{type(widget).__name__} {widget.objectName()}")
    return found


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard: qtbot.keyClicks for ASCII; key events carrying the character for the rest
    (QTest.keyClicks cannot type Cyrillic or emoji)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
