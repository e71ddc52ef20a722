"""The calm sentence shown after unlock when something is overdue or due within two weeks."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from journal_app.core.errors import JournalError

from .texts import plurals

SUMMARY_DAYS = 14


def due_summary(planner: Any, today: date) -> str | None:
    """None when nothing is overdue or due within 14 days; otherwise one short sentence with counts only (no titles:
    the shell may show it where someone else can see the screen)."""
    try:
        items = planner.horizon(today, SUMMARY_DAYS)
    except JournalError:
        return None  # the horizon page says what went wrong; the journal still opens
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


class BrokenItemsText(QObject):
    """The plural sentence about unreadable items (a QObject, so that lupdate sees its %n)."""

    def sentence(self, n: int) -> str:
        return self.tr("%n planner item(s) hold a value out of range and are left out of the horizon. Fix or delete them in %1.", "", n)  # noqa: E501  # fmt: skip


def broken_items(planner: Any) -> list[Any]:
    """The planner's items that cannot be read as stored (core `Planner.problems`); never raises."""
    try:
        return list(planner.problems())
    except JournalError:
        return []


def broken_summary(problems: list[Any]) -> str:
    """One sentence naming where the first unreadable item is (no titles, as above)."""
    where = {
        "document": QCoreApplication.translate("Planner", "Documents"),
        "deadline": QCoreApplication.translate("Planner", "Deadlines"),
    }.get(problems[0].kind, QCoreApplication.translate("Planner", "Stays"))
    text = BrokenItemsText().sentence(len(problems))
    return text.replace("%1", where)
