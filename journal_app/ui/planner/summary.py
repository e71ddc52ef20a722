"""The calm sentence shown after unlock when something is overdue or due within two weeks."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from .texts import plurals

SUMMARY_DAYS = 14


def due_summary(planner: Any, today: date) -> str | None:
    """None when nothing is overdue or due within 14 days; otherwise one short sentence with counts only (no titles:
    the shell may show it where someone else can see the screen)."""
    items = planner.horizon(today, SUMMARY_DAYS)
    overdue = sum(1 for item in items if item.overdue)
    soon = len(items) - overdue
    if not items:
        return None
    parts = []
    if overdue:
        parts.append(plurals().overdue(overdue))
    if soon:
        parts.append(plurals().due_soon(soon))
    if len(parts) == 2:
        text = QCoreApplication.translate("Planner", "When you have a moment: %1 and %2. They are in the Horizon.")
        return text.replace("%1", parts[0]).replace("%2", parts[1])
    return QCoreApplication.translate("Planner", "When you have a moment: %1. It is in the Horizon.").replace(
        "%1", parts[0]
    )
