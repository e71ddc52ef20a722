"""A month calendar with the days that have entries in bold, and "On this day" from earlier years."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from journal_app.core.errors import JournalError

from .entry_delegate import short_date

IdRole = Qt.ItemDataRole.UserRole + 1


def to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class CalendarView(QWidget):
    day_chosen = Signal(object)  # datetime.date
    entry_chosen = Signal(str)  # entry id from "On this day"

    def __init__(self, journal: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.on_this_day_label = QLabel()
        self.on_this_day_label.setWordWrap(True)
        self.on_this_day_list = QListWidget()
        self.on_this_day_label.setBuddy(self.on_this_day_list)
        self.bold_days: set[date] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        layout.addWidget(self.on_this_day_label)
        layout.addWidget(self.on_this_day_list, 1)
        self.calendar.currentPageChanged.connect(self._on_page_changed)
        self.calendar.activated.connect(self._on_day)
        self.calendar.clicked.connect(self._on_day)
        self.on_this_day_list.itemActivated.connect(self._on_item)
        self.on_this_day_list.itemClicked.connect(self._on_item)
        self.retranslate()

    def retranslate(self) -> None:
        # month and weekday names follow the chosen language (LanguageManager sets the default QLocale)
        self.calendar.setLocale(QLocale())
        self.calendar.setAccessibleName(self.tr("Calendar: days in bold have entries"))
        self.on_this_day_label.setText(self.tr("On this day in earlier years:"))
        self.on_this_day_list.setAccessibleName(self.tr("On this day in earlier years"))
        self.refresh()

    def refresh(self) -> None:
        """Mark the shown month's days again and reload "On this day"."""
        self._mark_days(self.calendar.yearShown(), self.calendar.monthShown())
        self._fill_on_this_day()

    def days_changed(self, days: Iterable[date]) -> None:
        """Entries were added to, moved from or removed from these days: mark them again, nothing else.

        A save changes at most two days, so only those are read (not the month), and "On this day" is read again
        only if one of them is today's date in an earlier year."""
        first, last = self._shown_range()
        today = date.today()
        on_this_day = False
        for day in set(days):
            if (day.month, day.day) == (today.month, today.day) and day.year < today.year:
                on_this_day = True
            if not first <= day <= last:
                continue
            try:
                marked = bool(self._journal.days_with_entries(day, day))
            except JournalError:
                continue
            if marked:
                self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), self._bold())
                self.bold_days.add(day)
            elif day in self.bold_days:
                self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), QTextCharFormat())
                self.bold_days.discard(day)
        if on_this_day:
            self._fill_on_this_day()

    def _shown_range(self) -> tuple[date, date]:
        # the grid also shows a few days of the neighbouring months
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        first = date(year, month, 1) - timedelta(days=7)
        last = date(year + month // 12, month % 12 + 1, 1) + timedelta(days=14)
        return first, last

    @staticmethod
    def _bold() -> QTextCharFormat:
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setFontUnderline(True)  # not only weight: visible in every style and to colour-blind users
        return bold

    def clear(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        self.bold_days = set()
        self.on_this_day_list.clear()

    def _mark_days(self, year: int, month: int) -> None:
        # the grid also shows a few days of the neighbouring months
        first = date(year, month, 1) - timedelta(days=7)
        last = date(year + month // 12, month % 12 + 1, 1) + timedelta(days=14)
        try:
            days = self._journal.days_with_entries(first, last)
        except JournalError:
            days = set()
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # forget the previous month's marks
        bold = self._bold()
        for day in days:
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), bold)
        self.bold_days = days

    def _fill_on_this_day(self) -> None:
        self.on_this_day_list.clear()
        try:
            entries = self._journal.on_this_day(date.today())
        except JournalError:
            entries = []
        for summary in entries:
            text = f"{short_date(summary.entry_date)} — {summary.title or summary.preview or self.tr('Untitled')}"
            item = QListWidgetItem(text)
            item.setData(IdRole, summary.id)
            self.on_this_day_list.addItem(item)
        if not entries:
            item = QListWidgetItem(self.tr("Nothing yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.on_this_day_list.addItem(item)

    def _on_page_changed(self, year: int, month: int) -> None:
        self._mark_days(year, month)

    def _on_day(self, qdate: QDate) -> None:
        self.day_chosen.emit(to_date(qdate))

    def _on_item(self, item: QListWidgetItem) -> None:
        entry_id = item.data(IdRole)
        if entry_id:
            self.entry_chosen.emit(entry_id)
