"""Helpers for the main window tests: a stand-in workspace and a walk over every widget's text."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.main_window import MainWindow
from journal_app.ui.settings_store import SettingsStore

from ..conftest import FAST_KDF

#: The offscreen platform warns on window hints it cannot pass on; that is not a defect of the app.
IGNORED_QT_MESSAGES = ("propagateSizeHints",)


class FakeWorkspace(QWidget):
    """Implements the workspace interface; shows every entry's title and body in several kinds of widgets."""

    def __init__(self, vault, clipboard_guard, parent=None) -> None:
        super().__init__(parent)
        self.calls: list[str] = []
        self.save_result = True
        self.font_size = None
        self.clipboard_guard = clipboard_guard
        entries = [vault.journal().get(s.id) for s in vault.journal().list_entries()]
        texts = [f"{e.title}\n{e.body}" for e in entries]
        self.title = QLineEdit(entries[0].title if entries else "")
        self.editor = QTextEdit()
        self.editor.setPlainText("\n".join(texts))
        self.label = QLabel(texts[0] if texts else "")
        self.model = QStandardItemModel(self)
        for text in texts:
            self.model.appendRow(QStandardItem(text))
        self.list = QListView()
        self.list.setModel(self.model)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.editor, self.label, self.list):
            layout.addWidget(widget)

    def save_now(self) -> bool:
        self.calls.append("save_now")
        return self.save_result

    def clear(self) -> None:
        self.calls.append("clear")
        self.title.clear()
        self.editor.clear()
        self.label.clear()
        self.model.clear()

    def set_editor_font_size(self, points: int) -> None:
        self.font_size = points

    def focus_search(self) -> None:
        self.calls.append("focus_search")

    def retranslate(self) -> None:
        self.calls.append("retranslate")


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    texts = []
    parent = parent or QModelIndex()
    try:
        columns = model.columnCount(parent)
    except TypeError:  # private in QAbstractListModel: one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(max(1, columns)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole):
                value = index.data(role)
                if value is not None:
                    texts.append(str(value))
            try:
                nested = model.hasChildren(index)
            except TypeError:  # QAbstractListModel and QAbstractTableModel make it private: flat models
                nested = False
            if nested:
                texts.extend(model_texts(model, index))
    return texts


def widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, QLineEdit):
        texts.append(widget.text())
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        texts.append(widget.toPlainText())
    if isinstance(widget, QLabel):
        texts.append(widget.text())
    if isinstance(widget, QComboBox):
        texts.extend(widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        texts.extend(model_texts(widget.model()))
    return texts


def widgets_containing(text: str) -> list[QWidget]:
    return [w for w in QApplication.allWidgets() if any(text in t for t in widget_texts(w))]


def make_window(qtbot, *, workspace_factory=FakeWorkspace, idle_ms=None, settings=None, **options) -> MainWindow:
    settings = settings or SettingsStore()
    window = MainWindow(
        settings, kdf=FAST_KDF, idle_ms=idle_ms, watch_desktop=False, workspace_factory=workspace_factory, **options
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def forget_translations(manager) -> None:
    """Back to the untranslated source strings: remove every translator `manager` installed (a window may keep the
    manager alive after the test, and its English plural forms would reach the next tests)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    try:
        manager.set_language("en")
    finally:
        for translator in manager.findChildren(QTranslator):
            QCoreApplication.removeTranslator(translator)
