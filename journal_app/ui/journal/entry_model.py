"""A lazy list model over the journal: entries newest first, in pages, with a header row for each month."""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from journal_app.core.errors import JournalError
from journal_app.core.journal import Entry, EntrySummary, preview_of

PAGE_SIZE = 100
PREVIEW_CHARS = 200  # as the core's list
CACHED_PAGES = 30  # pages whose full summaries stay in memory; older ones keep only id and date per row


class _Stub:
    """A loaded row whose summary was let go to bound memory: enough to find the entry and to page on."""

    __slots__ = ("entry_date", "id")

    def __init__(self, entry_id: str, entry_date: date) -> None:
        self.id = entry_id
        self.entry_date = entry_date


@dataclass
class _Page:
    first: int  # first row of the page (header rows included)
    last: int
    date_to: date | None  # the list_entries arguments that fetched it, to fetch it again
    offset: int


def summary_of(entry: Entry) -> EntrySummary:
    """The list row of a just-saved entry (same first-line rule as the core's list)."""
    preview = preview_of(entry.body[:400])
    return EntrySummary(
        id=entry.id,
        entry_date=entry.entry_date,
        title=entry.title,
        preview=preview,
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


class EntryListModel(QAbstractListModel):
    """Rows are month headers (year, month) and EntrySummary items, loaded PAGE_SIZE entries at a time."""

    def __init__(self, journal: Any, parent: Any = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._journal = journal
        self._page_size = page_size
        self._rows: list[EntrySummary | _Stub | tuple[int, int]] = []
        self._pages: list[_Page] = []
        self._cached: OrderedDict[int, None] = OrderedDict()  # indexes into _pages, least recently used first
        self._loaded = 0  # entries fetched so far (header rows not counted)
        self._exhausted = False
        self._filter = EntryFilter()
        self._row_of_id: dict[str, int] = {}
        self.load_error: JournalError | None = None

    # -- state -------------------------------------------------------------------------------------------------

    @property
    def entry_filter(self) -> EntryFilter:
        return self._filter

    def set_filter(self, entry_filter: EntryFilter) -> None:
        self._filter = entry_filter
        self.reload()

    def reload(self) -> None:
        """Forget every loaded row and load the first page again."""
        self.beginResetModel()
        self._forget_rows()
        self._exhausted = False
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def clear(self) -> None:
        """Drop every row and fetch nothing more (used on lock)."""
        self.beginResetModel()
        self._forget_rows()
        self._exhausted = True
        self.endResetModel()

    def _forget_rows(self) -> None:
        self._rows = []
        self._pages = []
        self._cached.clear()
        self._row_of_id = {}
        self._loaded = 0

    def set_journal(self, journal: Any) -> None:
        self._journal = journal

    @property
    def loaded_entries(self) -> int:
        return self._loaded

    # -- lazy loading ------------------------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and self._journal is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        f = self._filter
        # Keyset paging over (entry_date DESC, created_at DESC): continue from the last loaded day, skipping the
        # entries of that day already loaded. A plain OFFSET makes SQLite walk every earlier row (slow at 100,000).
        date_to, offset = f.day, self._loaded
        last = self._last_summary()
        if last is not None:
            date_to = last.entry_date
            offset = self._loaded_on_day(last.entry_date)
        page_offset = offset
        try:
            page = self._journal.list_entries(
                limit=self._page_size,
                offset=offset,
                tag=f.tag,
                date_from=f.day,
                date_to=date_to,
                starred_only=f.starred_only,
            )
        except JournalError as error:
            self._exhausted = True
            self.load_error = error
            return
        if len(page) < self._page_size:
            self._exhausted = True
        if not page:
            return
        new_rows: list[EntrySummary | _Stub | tuple[int, int]] = []
        last_month = self._last_month()
        for summary in page:
            month = (summary.entry_date.year, summary.entry_date.month)
            if month != last_month:
                new_rows.append(month)
                last_month = month
            new_rows.append(summary)
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new_rows) - 1)
        for offset, row in enumerate(new_rows):
            if isinstance(row, EntrySummary):
                self._row_of_id[row.id] = first + offset
        self._rows.extend(new_rows)
        self._loaded += len(page)
        self._pages.append(_Page(first, len(self._rows) - 1, date_to, page_offset))
        self._touch(len(self._pages) - 1)
        self.endInsertRows()

    # -- the bounded cache: full summaries for the most recently used pages only -----------------------------

    def _touch(self, page_index: int) -> None:
        self._cached[page_index] = None
        self._cached.move_to_end(page_index)
        while len(self._cached) > CACHED_PAGES:
            old, _ = self._cached.popitem(last=False)
            self._evict(self._pages[old])

    def _evict(self, page: _Page) -> None:
        rows = self._rows
        for row in range(page.first, page.last + 1):
            item = rows[row]
            if isinstance(item, EntrySummary):
                rows[row] = _Stub(item.id, item.entry_date)

    def _page_of(self, row: int) -> int:
        return bisect_right([p.first for p in self._pages], row) - 1

    def _summary(self, row: int) -> EntrySummary | None:
        """The row's summary, fetched again (with the rest of its page) if it was let go."""
        item = self._rows[row]
        if isinstance(item, EntrySummary):
            page_index = self._page_of(row)
            if page_index >= 0 and page_index in self._cached:
                self._cached.move_to_end(page_index)
            return item
        if not isinstance(item, _Stub):
            return None
        page_index = self._page_of(row)
        page = self._pages[page_index]
        f = self._filter
        try:
            fresh = self._journal.list_entries(
                limit=self._page_size,
                offset=page.offset,
                tag=f.tag,
                date_from=f.day,
                date_to=page.date_to,
                starred_only=f.starred_only,
            )
            by_id = {s.id: s for s in fresh}
            for r in range(page.first, page.last + 1):
                stub = self._rows[r]
                if isinstance(stub, _Stub):
                    found = by_id.get(stub.id)
                    if found is None:  # the vault changed since the page was read: this entry alone
                        found = summary_of(self._journal.get(stub.id))
                    self._rows[r] = found
        except JournalError:
            return None
        self._touch(page_index)
        result = self._rows[row]
        return result if isinstance(result, EntrySummary) else None

    def _last_summary(self) -> EntrySummary | _Stub | None:
        for row in reversed(self._rows):
            if not isinstance(row, tuple):
                return row
        return None

    def _loaded_on_day(self, day: date) -> int:
        count = 0
        for row in reversed(self._rows):
            if not isinstance(row, tuple):
                if row.entry_date != day:
                    break
                count += 1
        return count

    def _last_month(self) -> tuple[int, int] | None:
        for row in reversed(self._rows):
            if not isinstance(row, tuple):
                return (row.entry_date.year, row.entry_date.month)
            return row
        return None

    # -- Qt model API ------------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not isinstance(self._rows[index.row()], tuple):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return Qt.ItemFlag.ItemNeverHasChildren  # month headers: not selectable, skipped by the keyboard

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if not isinstance(row, tuple):
            if role == EntryIdRole:
                return row.id
            if role not in (SummaryRole, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return None
            summary = self._summary(index.row())
            if summary is None:
                return None
            if role == SummaryRole:
                return summary
            return " — ".join(p for p in (summary.title, summary.preview) if p)
        if role == MonthRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row[0]}-{row[1]:02d}"
        return None

    # -- lookups and in-place updates --------------------------------------------------------------------------

    def row_of(self, entry_id: str) -> int | None:
        return self._row_of_id.get(entry_id)

    def summary_at(self, row: int) -> EntrySummary | None:
        if 0 <= row < len(self._rows):
            return self._summary(row)
        return None

    def replace_summary(self, summary: EntrySummary) -> bool:
        """Show the new state of an entry in place; False if its row is not loaded or its month changed."""
        row = self._row_of_id.get(summary.id)
        if row is None:
            return False
        old = self._rows[row]
        assert not isinstance(old, tuple)
        if old.entry_date != summary.entry_date:
            return False
        self._rows[row] = summary
        index = self.index(row)
        self.dataChanged.emit(index, index)
        return True

    def remove_entry(self, entry_id: str) -> bool:
        """Take a row out (after a move to the trash), with its month header if the month is now empty."""
        row = self._row_of_id.get(entry_id)
        if row is None:
            return False
        first = row
        before = self._rows[row - 1] if row > 0 else None
        after = self._rows[row + 1] if row + 1 < len(self._rows) else None
        if (before is None or isinstance(before, tuple)) and (after is None or isinstance(after, tuple)):
            first = row - 1  # the month header goes too
        self.beginRemoveRows(QModelIndex(), first, row)
        del self._rows[first : row + 1]
        self._loaded -= 1
        removed = row - first + 1
        for page in self._pages:  # the page that held the rows shrinks; the ones after it move up
            if page.first > row:
                page.first -= removed
                page.last -= removed
            elif page.last >= row:
                page.last -= removed
        self._row_of_id = {r.id: i for i, r in enumerate(self._rows) if not isinstance(r, tuple)}
        self.endRemoveRows()
        return True
