"""The journal list model: entries newest first with a header row for each month, read a page at a time on demand."""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from journal_app.core.errors import JournalError
from journal_app.core.journal import Entry, EntrySummary

PAGE_SIZE = 100  # entries read at once
PREVIEW_CHARS = 200  # as the core's list
CACHED_PAGES = 30  # pages of full summaries kept in memory (least recently used go first)


def summary_of(entry: Entry) -> EntrySummary:
    """The list row of a just-saved entry (same first-line rule as the core's list)."""
    return EntrySummary(
        id=entry.id,
        entry_date=entry.entry_date,
        title=entry.title,
        body_start=entry.body[:400],
        tags=entry.tags,
        mood=entry.mood,
        starred=entry.starred,
        updated_at=entry.updated_at,
    )


#: Custom roles. DisplayRole gives a one-line text (for accessibility and tests).
SummaryRole = Qt.ItemDataRole.UserRole + 1  # the EntrySummary, or None on a month header
MonthRole = Qt.ItemDataRole.UserRole + 2  # (year, month) on a month header, else None
EntryIdRole = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True)
class EntryFilter:
    tag: str | None = None
    day: date | None = None
    starred_only: bool = False

    @property
    def is_empty(self) -> bool:
        return self.tag is None and self.day is None and not self.starred_only


Index = QModelIndex | QPersistentModelIndex
_ENTRY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class EntryListModel(QAbstractListModel):
    """Rows are month headers (year, month) and entries, newest first.

    The model knows every row up front from one count per month (`Journal.months`), so the view's scroll bar is
    right from the start and a jump to any row costs the same: the page of PAGE_SIZE entries holding the row is read
    when the row is first shown (an OFFSET inside one month), and the CACHED_PAGES most recently used pages are kept.
    """

    def __init__(self, journal: Any, parent: Any = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._journal = journal
        self._page_size = page_size
        self._filter = EntryFilter()
        self._months: list[tuple[int, int]] = []
        self._counts: list[int] = []
        self._first_rows: list[int] = []  # the header row of each month
        self._month_index: dict[tuple[int, int], int] = {}
        self._total = 0
        self._pages: OrderedDict[tuple[tuple[int, int], int], list[EntrySummary]] = OrderedDict()
        self._where: dict[str, tuple[tuple[int, int], int]] = {}  # id -> (month, position) of cached entries
        self.load_error: JournalError | None = None

    # -- state -------------------------------------------------------------------------------------------------

    @property
    def entry_filter(self) -> EntryFilter:
        return self._filter

    def set_filter(self, entry_filter: EntryFilter) -> None:
        self._filter = entry_filter
        self.reload()

    def reload(self) -> None:
        """Count the months again and forget every page read."""
        self.beginResetModel()
        self._forget()
        self.load_error = None
        if self._journal is not None:
            f = self._filter
            try:
                months = self._journal.months(date_from=f.day, date_to=f.day, tag=f.tag, starred_only=f.starred_only)
            except JournalError as error:
                self.load_error = error
                months = []
            self._set_months([((y, m), n) for y, m, n in months])
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row (used on lock)."""
        self.beginResetModel()
        self._forget()
        self.endResetModel()

    def _forget(self) -> None:
        self._set_months([])
        self._pages.clear()
        self._where = {}

    def _set_months(self, months: list[tuple[tuple[int, int], int]]) -> None:
        self._months = [m for m, _ in months]
        self._counts = [n for _, n in months]
        self._index_months()

    def _index_months(self) -> None:
        self._first_rows = []
        row = 0
        for count in self._counts:
            self._first_rows.append(row)
            row += count + 1
        self._total = row
        self._month_index = {m: i for i, m in enumerate(self._months)}

    def set_journal(self, journal: Any) -> None:
        self._journal = journal

    @property
    def loaded_entries(self) -> int:
        """Entries whose summaries are in memory now."""
        return sum(len(page) for page in self._pages.values())

    @property
    def entry_count(self) -> int:
        return sum(self._counts)

    # Everything is known up front: nothing to fetch while scrolling (kept for callers that ask).
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        return None

    # -- rows and pages ----------------------------------------------------------------------------------------

    def _locate(self, row: int) -> tuple[int, int]:
        """(month index, position in the month) of a row; position -1 is the month's header."""
        i = bisect_right(self._first_rows, row) - 1
        return i, row - self._first_rows[i] - 1

    def _bounds(self, month: tuple[int, int]) -> tuple[date, date]:
        year, number = month
        first = date(year, number, 1)
        last = date(year + number // 12, number % 12 + 1, 1) - timedelta(days=1)
        if self._filter.day is not None:
            first = last = self._filter.day
        return first, last

    def _page(self, month: tuple[int, int], page: int) -> list[EntrySummary] | None:
        key = (month, page)
        cached = self._pages.get(key)
        if cached is not None:
            self._pages.move_to_end(key)
            return cached
        first, last = self._bounds(month)
        f = self._filter
        try:
            found: list[EntrySummary] = self._journal.list_entries(
                date_from=first,
                date_to=last,
                tag=f.tag,
                starred_only=f.starred_only,
                limit=self._page_size,
                offset=page * self._page_size,
            )
        except JournalError as error:
            self.load_error = error
            return None
        self._pages[key] = found
        for n, summary in enumerate(found):
            self._where[summary.id] = (month, page * self._page_size + n)
        while len(self._pages) > CACHED_PAGES:
            _key, old = self._pages.popitem(last=False)
            for summary in old:
                self._where.pop(summary.id, None)
        return found

    def _summary(self, row: int) -> EntrySummary | None:
        if not 0 <= row < self._total:
            return None
        i, position = self._locate(row)
        if position < 0:
            return None
        page = self._page(self._months[i], position // self._page_size)
        if page is None:
            return None
        n = position % self._page_size
        return page[n] if n < len(page) else None

    # -- Qt model API ------------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < self._total:
            return Qt.ItemFlag.NoItemFlags
        if self._locate(index.row())[1] >= 0:
            return _ENTRY_FLAGS
        return Qt.ItemFlag.ItemNeverHasChildren  # month headers: not selectable, skipped by the keyboard

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        i, position = self._locate(index.row())
        if position >= 0:
            if role not in (SummaryRole, EntryIdRole, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return None
            summary = self._summary(index.row())
            if summary is None:
                return None
            if role == SummaryRole:
                return summary
            if role == EntryIdRole:
                return summary.id
            return " — ".join(p for p in (summary.title, summary.preview) if p)
        month = self._months[i]
        if role == MonthRole:
            return month
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{month[0]}-{month[1]:02d}"
        return None

    # -- lookups and in-place updates --------------------------------------------------------------------------

    def row_of(self, entry_id: str) -> int | None:
        """The entry's row: at once if its page is in memory, else from one count inside its month."""
        where = self._where.get(entry_id)
        if where is None:
            where = self._find(entry_id)
            if where is None:
                return None
        month, position = where
        i = self._month_index.get(month)
        return None if i is None else self._first_rows[i] + 1 + position

    def _find(self, entry_id: str) -> tuple[tuple[int, int], int] | None:
        if self._journal is None or not self._months:
            return None
        f = self._filter
        try:
            found = self._journal.list_position(entry_id, date_from=f.day, date_to=f.day, tag=f.tag,
                                                starred_only=f.starred_only, same_month=True)  # fmt: skip
        except JournalError:
            return None
        if found is None:
            return None
        day, position = found
        month = (day.year, day.month)
        i = self._month_index.get(month)
        if i is None or position >= self._counts[i]:
            return None
        return month, position

    def entry_moved(self, old: date | None, new: date | None) -> bool:
        """One entry was added (`old` None), moved from day `old` to `new`, or removed (`new` None): change the
        month counts in place instead of counting again; False (nothing changed) if a filter is on, which the
        entry may or may not pass (then reload)."""
        if not self._filter.is_empty:
            return False
        self.beginResetModel()
        counts = dict(zip(self._months, self._counts, strict=True))
        for day, step in ((old, -1), (new, 1)):
            if day is None:
                continue
            month = (day.year, day.month)
            counts[month] = counts.get(month, 0) + step
            for key in [k for k in self._pages if k[0] == month]:  # its rows moved: read them again when shown
                for summary in self._pages.pop(key):
                    self._where.pop(summary.id, None)
        self._set_months(sorted(((m, n) for m, n in counts.items() if n > 0), reverse=True))
        self.endResetModel()
        return True

    def summary_at(self, row: int) -> EntrySummary | None:
        return self._summary(row)

    def replace_summary(self, summary: EntrySummary) -> bool:
        """Show the new state of an entry in place; False if its page is not in memory or its date changed."""
        where = self._where.get(summary.id)
        if where is None:
            return False
        month, position = where
        page = self._pages.get((month, position // self._page_size))
        n = position % self._page_size
        if page is None or n >= len(page) or page[n].id != summary.id or page[n].entry_date != summary.entry_date:
            return False
        page[n] = summary
        row = self.row_of(summary.id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index)
        return True

    def remove_entry(self, entry_id: str, row: int | None = None) -> bool:
        """Take a row out (after a move to the trash), with its month header if the month is now empty.

        `row`: the entry's row taken before it left the vault's list (needed when its page is not in memory).
        """
        row = self.row_of(entry_id) if row is None else row
        if row is None or not 0 <= row < self._total or self._locate(row)[1] < 0:
            return False
        i, _position = self._locate(row)
        month = self._months[i]
        first = row - 1 if self._counts[i] == 1 else row  # the month header goes too
        self.beginRemoveRows(QModelIndex(), first, row)
        for key in [k for k in self._pages if k[0] == month]:  # the month's positions moved: read them again
            for summary in self._pages.pop(key):
                self._where.pop(summary.id, None)
        if self._counts[i] == 1:
            del self._months[i], self._counts[i]
        else:
            self._counts[i] -= 1
        self._index_months()
        self.endRemoveRows()
        return True
