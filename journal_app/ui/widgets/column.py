"""A page whose content stays a readable column in the middle of a wide window."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

COLUMN_WIDTH = 900


def centered_column(page: QWidget, max_width: int = COLUMN_WIDTH) -> QVBoxLayout:
    """Give `page` a centred column at most `max_width` wide and return the column's layout to fill."""
    outer = QHBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    column = QWidget(page)
    column.setMaximumWidth(max_width)
    outer.addStretch(1)
    outer.addWidget(column, 10)
    outer.addStretch(1)
    return QVBoxLayout(column)
