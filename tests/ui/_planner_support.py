"""Helpers for the planner tests: a shown PlannerWorkspace over a fresh vault, a fixed "today", a PNG in memory."""

from __future__ import annotations

import ctypes
import sys
from datetime import date

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from journal_app.ui.planner.workspace import PlannerWorkspace

# See tests/ui/_workspace_support.py: PySide6 6.12 (abi3) on Python 3.11 loses references to None/True/False.
if sys.version_info < (3, 12):
    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40

IGNORED_QT_MESSAGES = ("propagateSizeHints",)
TODAY = date(2025, 5, 14)  # a Wednesday


def make_workspace(qtbot, vault, today: date = TODAY) -> PlannerWorkspace:
    workspace = PlannerWorkspace(vault, today=lambda: today)
    qtbot.addWidget(workspace)
    workspace.resize(1100, 800)
    workspace.show()
    qtbot.waitExposed(workspace)
    return workspace


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def short_date(day: date) -> str:
    """As the planner shows a date in a list: the locale's short date with a four-digit year."""
    from journal_app.ui.widgets.date_field import display_format

    return QLocale().toString(QDate(day.year, day.month, day.day), display_format())


def png_bytes(width: int = 40, height: int = 30) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(30, 120, 200))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def accept(qtbot, dialog) -> None:
    """Press OK (Enter in the form) and wait until the dialog closed."""
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        dialog.buttons.accepted.emit()


def model_texts(model, parent=None) -> list[str]:
    texts = []
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        columns = _columns(model, parent)
        for column in range(max(1, columns)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if value is not None:
                    texts.append(str(value))
            if column == 0 and _has_rows(model, index):
                texts.extend(model_texts(model, index))
    return texts


def _columns(model, parent) -> int:
    for args in ((parent,), ()):
        try:
            return model.columnCount(*args)
        except TypeError:  # private or differently declared in a PySide6 model class
            continue
    return 1


def _has_rows(model, index) -> bool:
    try:
        return model.rowCount(index) > 0
    except TypeError:  # a table or list model: rowCount(parent) is private, and there are no children
        return False


def widgets_containing(text: str) -> list[str]:
    found = []
    for widget in QApplication.allWidgets():
        values = [widget.windowTitle(), widget.toolTip(), widget.accessibleDescription()]
        if isinstance(widget, QLineEdit):
            values.append(widget.text())
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            values.append(widget.toPlainText())
        if isinstance(widget, QLabel):
            values.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            values.extend(model_texts(widget.model()))
        if any(text in v for v in values):
            found.append(f"{type(widget).__name__} {widget.objectName()}")
    return found
