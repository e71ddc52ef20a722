"""What the window shows once unlocked: the journal and the planner (documents, deadlines, stays) as two tabs, a calm
summary of what is due, and the reminder notifier. Implements the workspace interface the main window expects."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QSystemTrayIcon, QTabWidget, QVBoxLayout, QWidget

from .icons import icon
from .journal.notice_bar import NoticeBar
from .journal.workspace import JournalWorkspace
from .planner.notifier import ReminderNotifier
from .planner.summary import broken_items, broken_summary, unlock_notice
from .planner.workspace import PlannerWorkspace


class _Notifications:
    """Shows a desktop notification through a tray icon that exists only while it is needed (the user's tray icon
    setting is off by default), with the neutral name and icon."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._icon: QSystemTrayIcon | None = None

    def showMessage(self, title: str, text: str, kind: Any) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._icon is None:
            self._icon = QSystemTrayIcon(icon("app"), self._parent)
            self._icon.setToolTip("Journal")
        self._icon.show()
        self._icon.showMessage(title, text, kind)

    def close(self) -> None:
        if self._icon is not None:
            self._icon.hide()
            self._icon.deleteLater()
            self._icon = None


class HomeWorkspace(QWidget):
    def __init__(self, vault: Any, clipboard_guard: Any = None, parent: QWidget | None = None, *,
                 today: Any = date.today, reminders: bool = True, **journal_options: Any) -> None:  # fmt: skip
        super().__init__(parent)
        self.journal = JournalWorkspace(vault, clipboard_guard, self, **journal_options)
        self.planner = PlannerWorkspace(vault, clipboard_guard, self, today=today)
        self.summary = NoticeBar(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.journal, "")
        self.tabs.addTab(self.planner, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self._notifications = _Notifications(self)
        self.notifier = ReminderNotifier(vault.planner(), self._notifications, today=today, parent=self)  # type: ignore[arg-type]
        self._today = today
        self._planner = vault.planner()
        self._summary_closed = False
        self._backup_reminder: tuple[str, str, Any] | None = None
        self.summary.close_button.clicked.connect(self._on_summary_closed)
        self.planner.planner_changed.connect(self.refresh_summary)
        self._retranslate_tabs()  # the journal and planner translated themselves while being built
        self.refresh_summary()
        if reminders:
            self.notifier.start()

    def refresh_summary(self) -> None:
        """The notice bar says what is true now: after unlock, after a planner change, a backup, a language switch.
        Closed by the person, it stays closed unless a stay rule is broken today."""
        try:
            notice = unlock_notice(self._planner, self._today())
        except Exception:  # noqa: BLE001 - the bar must never stop the window from opening (the horizon says why)
            notice = None
        problems = broken_items(self._planner)  # items that cannot be read: named, so they can be fixed or deleted
        urgent = bool(notice and notice.urgent)
        lines = [notice.text] if notice else []
        action: tuple[str, Any] | None = (self.tr("Show what is due"), self.show_horizon) if notice else None
        if problems:
            first = problems[0]
            lines.insert(1 if urgent else 0, broken_summary(problems))
            if not urgent:
                action = (self.tr("Show it"), lambda: self.show_item(first.kind, first.id))
        if self._backup_reminder is not None:
            text, action_text, callback = self._backup_reminder
            lines.append(text)
            action = action or (action_text, callback)
        if not lines or (self._summary_closed and not urgent):
            self.summary.set_urgent(False)
            self.summary.dismiss()
            return
        self.summary.set_urgent(urgent)
        self.summary.show_message("\n".join(lines), *(action or (None, None)))

    def set_backup_reminder(self, text: str | None, action_text: str = "", callback: Any = None) -> None:
        """The backup reminder's line under what is due (None: no reminder any more)."""
        self._backup_reminder = (text, action_text, callback) if text else None
        self.refresh_summary()

    def _on_summary_closed(self) -> None:
        self._summary_closed = True
        self.summary.set_urgent(False)

    def show_item(self, kind: str, item_id: str) -> None:
        """The planner page that lists the item (documents, deadlines, stays), with the item selected."""
        self.tabs.setCurrentWidget(self.planner)
        planner = self.planner
        if kind == "document":
            planner.tabs.setCurrentWidget(planner.documents)
            planner.documents.select(item_id)
        elif kind == "deadline":
            planner.tabs.setCurrentWidget(planner.deadlines)
            row = planner.deadlines.row_for(item_id)
            if row is not None:
                planner.deadlines.tree.setCurrentItem(row)
        else:
            planner.tabs.setCurrentWidget(planner.stays)
        self._summary_closed = True
        self.summary.set_urgent(False)
        self.summary.dismiss()

    def show_horizon(self) -> None:
        self.tabs.setCurrentWidget(self.planner)
        self.planner.tabs.setCurrentWidget(self.planner.horizon)
        self._summary_closed = True
        self.summary.set_urgent(False)
        self.summary.dismiss()

    # -- the window's interface ----------------------------------------------------------------------------------

    def save_now(self) -> bool:
        return self.journal.save_now() and self.planner.save_now()

    def clear(self) -> None:
        self.notifier.stop()
        self._notifications.close()
        self.summary.set_urgent(False)
        self.summary.dismiss()
        self.summary.label.clear()
        self._backup_reminder = None
        self.journal.clear()
        self.planner.clear()

    def set_editor_font_size(self, points: int) -> None:
        self.journal.set_editor_font_size(points)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.journal)
        self.journal.focus_search()

    def retranslate(self) -> None:
        self._retranslate_tabs()
        self.journal.retranslate()  # the planner answers LanguageChange itself; the journal is told here
        self.refresh_summary()

    def _retranslate_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("&Journal"))
        self.tabs.setTabText(1, self.tr("&Plans and documents"))
        self.tabs.setAccessibleName(self.tr("Journal and plans"))
        self.summary.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
