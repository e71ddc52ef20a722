"""The planner workspace: the horizon (shown first), documents, deadlines and stays, as tabs.

The shell shows it next to the journal and uses the same small interface: `save_now()`, `clear()`, `retranslate()`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from .deadlines_view import DeadlinesView
from .documents_view import DocumentsView
from .horizon_view import HorizonView
from .stays_view import StaysView


class PlannerWorkspace(QWidget):
    planner_changed = Signal()

    def __init__(
        self,
        vault: Any,
        clipboard_guard: Any = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._planner = vault.planner()
        self._attachments = vault.attachments()
        self._stale: set[Any] = set()
        self._clipboard_guard = clipboard_guard  # standard widgets' copies are marked and timed by the guard itself
        self.horizon = HorizonView(self._planner, today)
        self.documents = DocumentsView(self._planner, self._attachments, today)
        self.deadlines = DeadlinesView(self._planner, today)
        self.stays = StaysView(self._planner, today)
        self.tabs = QTabWidget()
        for view in (self.horizon, self.documents, self.deadlines, self.stays):
            self.tabs.addTab(view, "")
            view.changed.connect(self._on_view_changed)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.horizon.item_opened.connect(self.open_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._retranslate_own()

    def _views(self) -> list[Any]:
        return [self.horizon, self.documents, self.deadlines, self.stays]

    # -- the shell's interface -----------------------------------------------------------------------------------

    def save_now(self) -> bool:
        """Every change is written to the vault when its dialog's OK is pressed: nothing waits here."""
        return True

    def clear(self) -> None:
        """Forget everything that showed personal data (before the vault is closed)."""
        for view in self._views():
            view.clear()

    def reload(self) -> None:
        for view in self._views():
            view.reload()

    def retranslate(self) -> None:
        self._retranslate_own()
        for view in self._views():
            view.retranslate()

    def _retranslate_own(self) -> None:
        self.tabs.setTabText(0, self.tr("&Horizon"))
        self.tabs.setTabText(1, self.tr("&Documents"))
        self.tabs.setTabText(2, self.tr("Dead&lines"))
        self.tabs.setTabText(3, self.tr("&Stays"))
        self.tabs.setAccessibleName(self.tr("Documents, deadlines and stays"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_own()  # each view answers the same event itself
        super().changeEvent(event)

    def open_item(self, kind: str, ref: str) -> None:
        """A horizon row opened: its document or deadline in its dialog, a stay's zone in the stays tab."""
        if kind == "document":
            self.tabs.setCurrentWidget(self.documents)
            self.documents.select(ref)
            if self.documents.current_id() == ref:
                self.documents.edit_current()
        elif kind == "deadline":
            self.tabs.setCurrentWidget(self.deadlines)
            self.deadlines.select(ref)
            if self.deadlines.current_id() == ref:
                self.deadlines.edit_current()
        elif kind == "stay":
            self.tabs.setCurrentWidget(self.stays)
            zone = next((z for z in self._planner.zones() if z.id == ref), None)
            if zone is not None:
                self.stays.select_zone(zone.name)

    # -- keeping views in step -----------------------------------------------------------------------------------

    def _on_view_changed(self) -> None:
        self._stale = {view for view in self._views() if view is not self.sender()}
        current = self.tabs.currentWidget()
        if current in self._stale:
            self._stale.discard(current)
            current.reload()  # type: ignore[attr-defined]
        self.planner_changed.emit()

    def _on_tab_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        if current in self._stale:
            self._stale.discard(current)
            current.reload()  # type: ignore[attr-defined]
