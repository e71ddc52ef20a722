"""The horizon: everything due, overdue first, then the next 14, 30 or 90 days grouped by week. Deadlines can be
ticked off here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError

from .forms import second_level, top_items
from .texts import error_text, format_date, reason_text, zone_title

ID_ROLE = Qt.ItemDataRole.UserRole + 10
URGENT = QColor(190, 20, 20)  # a rule broken today: readable on light and dark backgrounds
RANGES = (14, 30, 90)
DEFAULT_DAYS = 90


def week_start(day: date, first_weekday: int) -> date:
    """The first day of `day`'s week; `first_weekday` is Qt's (1 = Monday .. 7 = Sunday)."""
    return day - timedelta(days=(day.isoweekday() - first_weekday) % 7)


class HorizonView(QWidget):
    changed = Signal()
    item_opened = Signal(str, str)  # kind ("document", "deadline", "stay"), ref: a row double-clicked or Enter

    def __init__(self, planner: Any, today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._planner = planner
        self._today = today
        self._filling = False

        self.range_label = QLabel()
        self.range_box = QComboBox()
        self.range_label.setBuddy(self.range_box)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        top = QHBoxLayout()
        top.addWidget(self.range_label)
        top.addWidget(self.range_box)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.message)
        self.range_box.currentIndexChanged.connect(self.reload)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemActivated.connect(lambda row, _c: self.item_opened.emit(*(row.data(1, ID_ROLE) or ("", ""))))
        QWidget.setTabOrder(self.range_box, self.tree)
        self.retranslate()

    def retranslate(self) -> None:
        days = self.days()
        self.range_label.setText(self.tr("&Show:"))
        self.range_box.blockSignals(True)
        self.range_box.clear()
        for n in RANGES:
            self.range_box.addItem(self.tr("Next %n day(s)", None, n), n)
        self.range_box.setCurrentIndex(max(0, self.range_box.findData(days)))
        self.range_box.blockSignals(False)
        self.range_box.setAccessibleName(self.tr("How far ahead to look"))
        self.tree.setHeaderLabels([self.tr("What is due"), self.tr("Date")])
        self.tree.setAccessibleName(self.tr("Everything due, overdue first, then by week"))
        self.empty_label.setText(self.tr("Nothing is due in this time. Rest easy."))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def days(self) -> int:
        value = self.range_box.currentData()
        return int(value) if value else DEFAULT_DAYS

    def set_days(self, days: int) -> None:
        self.range_box.setCurrentIndex(max(0, self.range_box.findData(days)))

    def reload(self) -> None:
        self._filling = True
        self.tree.clear()
        today = self._today()
        try:
            items = self._planner.horizon(today, self.days())
            zones = {z.id: zone_title(z) for z in self._planner.zones()}
        except JournalError as error:
            self.message.setText(error_text(error))
            self.message.show()
            items, zones = [], {}
        locale = QLocale()
        first_weekday = locale.firstDayOfWeek().value
        groups: dict[Any, QTreeWidgetItem] = {}
        items = [i for i in items if i.now] + [i for i in items if not i.now]  # a rule broken today comes first
        for item in items:
            key: Any = "now" if item.now else "overdue" if item.overdue else week_start(item.date, first_weekday)
            group = groups.get(key)
            if group is None:
                if key == "now":
                    title = self.tr("Now: over the stay limit")
                elif key == "overdue":
                    title = self.tr("Overdue")
                elif key <= today:
                    title = self.tr("This week")
                else:
                    title = self.tr("Week of %1").replace("%1", format_date(key, long=True))
                group = QTreeWidgetItem([title])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(False)
                self.tree.addTopLevelItem(group)
                groups[key] = group
            row = QTreeWidgetItem([reason_text(item, zones), format_date(item.date)])
            row.setData(0, ID_ROLE, item.ref if item.kind == "deadline" else None)
            row.setData(1, ID_ROLE, (item.kind, item.ref))
            if item.kind == "deadline":
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(0, Qt.CheckState.Unchecked)
                row.setToolTip(0, self.tr("Tick when done"))
            if item.now:
                row.setText(1, self.tr("since %1").replace("%1", format_date(item.since)))
                for column in (0, 1):
                    row.setForeground(column, URGENT)
                    font = row.font(column)
                    font.setBold(True)
                    row.setFont(column, font)
                group.setForeground(0, URGENT)
            elif item.overdue:
                row.setText(1, self.tr("%1 (overdue)").replace("%1", format_date(item.date)))
            group.addChild(row)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.empty_label.setVisible(not items)
        self._filling = False

    def group_titles(self) -> list[str]:
        return [group.text(0) for group in top_items(self.tree)]

    def rows(self) -> list[QTreeWidgetItem]:
        return second_level(self.tree)

    def _on_item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        deadline_id = row.data(0, ID_ROLE)
        if self._filling or column != 0 or not deadline_id or row.checkState(0) != Qt.CheckState.Checked:
            return
        try:
            self._planner.set_done(deadline_id, True)
        except JournalError as error:
            self.message.setText(error_text(error))
            self.message.show()
        self.changed.emit()
        QTimer.singleShot(0, self, self.reload)  # not now: the tree is inside the changed item's setData

    def clear(self) -> None:
        self._filling = True
        self.tree.clear()
        self._filling = False
        self.message.clear()
