"""Desktop notifications while the app runs: once a minute, deadlines whose reminder falls due today, and once a day
a stay rule that is broken today (the most urgent thing the app knows).

The text is generic by default ("2 deadlines today"): a notification can be seen by anyone near the screen, and some
desktops keep a history of them. Titles are shown only when the user turned `notify_with_titles` on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from journal_app.core.errors import JournalError

from .texts import over_limit_banner, zone_title

CHECK_INTERVAL_MS = 60_000
MAX_TITLES = 5


class ReminderNotifier(QObject):
    notified = Signal(str, str)  # title, text (tests and the shell may listen; never logged)

    def __init__(
        self,
        planner: Any,
        tray: QSystemTrayIcon | None = None,
        *,
        notify_with_titles: bool = False,
        interval_ms: int = CHECK_INTERVAL_MS,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._tray = tray
        self._with_titles = notify_with_titles
        self._today = today
        self._seen: set[tuple[str, str]] = set()  # (deadline id, day): notified once per day
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        self.check_now()
        self.timer.start()

    def stop(self) -> None:
        """Before a lock: no more checks, and forget which deadlines were seen."""
        self.timer.stop()
        self._seen.clear()

    def set_notify_with_titles(self, on: bool) -> None:
        self._with_titles = bool(on)

    def due_now(self) -> list[Any]:
        today = self._today()
        due = []
        for item in self._planner.deadlines():
            try:
                if not item.done and item.due - timedelta(days=item.remind_days) <= today:
                    due.append(item)
            except (OverflowError, TypeError, ValueError):
                continue  # a value out of range (the core names it in Planner.problems): the others still remind
        return due

    def check_stays(self) -> list[str]:
        """Notify once a day about each zone whose rule is broken today; returns the zones' ids."""
        today = self._today()
        day = today.isoformat()
        try:
            now = [item for item in self._planner.horizon(today, 0) if item.now]
            zones = {zone.id: zone_title(zone) for zone in self._planner.zones()} if now else {}
        except JournalError:
            return []
        fresh = [item for item in now if ("stay:" + item.ref, day) not in self._seen]
        if not fresh:
            return []
        self._seen.update(("stay:" + item.ref, day) for item in fresh)
        title = self.tr("Journal: over a stay limit")
        if self._with_titles:
            text = "\n".join(over_limit_banner(item, zones) for item in fresh)
        else:
            text = self.tr("You are over a stay limit now. Open the journal to see where and since when.")
        self._show(title, text, QSystemTrayIcon.MessageIcon.Critical)
        return [item.ref for item in fresh]

    def _show(self, title: str, text: str, kind: QSystemTrayIcon.MessageIcon) -> None:
        if self._tray is not None and QSystemTrayIcon.isSystemTrayAvailable():
            self._tray.showMessage(title, text, kind)
        self.notified.emit(title, text)

    def check_now(self) -> list[str]:
        """Notify about a stay rule broken today and deadlines not yet notified today; returns the deadlines' ids."""
        self.check_stays()
        day = self._today().isoformat()
        try:
            fresh = [item for item in self.due_now() if (item.id, day) not in self._seen]
        except JournalError:
            self.timer.stop()  # locked or unreadable: the shell restarts us after unlock
            return []
        if not fresh:
            return []
        self._seen = {key for key in self._seen if key[1] == day}
        self._seen.update((item.id, day) for item in fresh)
        title = self.tr("Journal: reminder")
        text = self.tr("%n deadline(s) today", None, len(fresh))
        if self._with_titles:
            titles = [item.title for item in fresh[:MAX_TITLES]]
            if len(fresh) > MAX_TITLES:
                titles.append(self.tr("and %n more", None, len(fresh) - MAX_TITLES))
            text = "\n".join(titles)
        self._show(title, text, QSystemTrayIcon.MessageIcon.Information)
        return [item.id for item in fresh]
