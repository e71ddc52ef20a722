"""What is shown after unlock: a red sentence when a stay rule is broken today, else the calm sentence when something
is overdue or due within two weeks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from journal_app.core.errors import JournalError

from .texts import over_limit_banner, plurals, zone_title

SUMMARY_DAYS = 14


@dataclass(frozen=True)
class UnlockNotice:
    text: str
    urgent: bool  # a stay rule is broken today: shown in red, never as "when you have a moment"


def _counts(items: list[Any]) -> list[str]:
    overdue = sum(1 for item in items if item.overdue)
    soon = len(items) - overdue
    parts = []
    if overdue:
        parts.append(plurals().overdue(overdue))
    if soon:
        parts.append(plurals().due_soon(soon))
    return parts


def unlock_notice(planner: Any, today: date) -> UnlockNotice | None:
    """None when nothing needs saying. Counts only, no titles (the shell may show it where someone else can see the
    screen), except the name of the zone whose rule is broken today."""
    try:
        items = planner.horizon(today, SUMMARY_DAYS)
    except JournalError:
        return None  # the horizon page says what went wrong; the journal still opens
    now = [item for item in items if item.now]
    parts = _counts([item for item in items if not item.now])
    if now:
        zones = {zone.id: zone_title(zone) for zone in planner.zones()}
        lines = [over_limit_banner(item, zones) for item in now]
        if len(parts) == 2:
            also = QCoreApplication.translate("Planner", "Also due: %1 and %2. Everything is in the Horizon.")
            lines.append(also.replace("%1", parts[0]).replace("%2", parts[1]))
        elif parts:
            also = QCoreApplication.translate("Planner", "Also due: %1. Everything is in the Horizon.")
            lines.append(also.replace("%1", parts[0]))
        return UnlockNotice("\n".join(lines), True)
    if not parts:
        return None
    if len(parts) == 2:
        text = QCoreApplication.translate("Planner", "When you have a moment: %1 and %2. They are in the Horizon.")
        return UnlockNotice(text.replace("%1", parts[0]).replace("%2", parts[1]), False)
    text = QCoreApplication.translate("Planner", "When you have a moment: %1. It is in the Horizon.")
    return UnlockNotice(text.replace("%1", parts[0]), False)


def due_summary(planner: Any, today: date) -> str | None:
    """The notice's text (see `unlock_notice`)."""
    notice = unlock_notice(planner, today)
    return notice.text if notice else None


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
