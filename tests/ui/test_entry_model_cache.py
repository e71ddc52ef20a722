"""The list model keeps a bounded number of pages in memory and reads let-go pages again on demand."""

from __future__ import annotations

from datetime import date, timedelta

from journal_app.ui.journal import entry_model
from journal_app.ui.journal.entry_model import EntryFilter, EntryListModel, MonthRole, SummaryRole


def test_rows_let_go_come_back_the_same(journal, monkeypatch) -> None:
    monkeypatch.setattr(entry_model, "CACHED_PAGES", 2)
    for i in range(40):
        journal.add(title=f"entry {i}", body=f"body {i}", entry_date=date(2024, 1, 1) + timedelta(days=i // 3))
    model = EntryListModel(journal, page_size=5)
    model.reload()
    expected = [s.id for s in journal.list_entries()]
    rows = [model.index(r).data(SummaryRole) for r in range(model.rowCount())]
    summaries = [s for s in rows if s is not None]
    assert [s.id for s in summaries] == expected
    assert model.loaded_entries <= 2 * 5  # the rest were let go
    assert model.summary_at(model.row_of(expected[0])).title == "entry 39"
    assert model.row_of(expected[20]) is not None  # found by a count when its page is not in memory
    assert model.summary_at(model.row_of(expected[20])).id == expected[20]
    # removing an entry keeps every row's summary right
    journal.delete(expected[10])
    model.remove_entry(expected[10])
    again = [model.summary_at(r) for r in range(model.rowCount())]
    assert [s.id for s in again if s is not None] == [i for i in expected if i != expected[10]]


def test_months_and_rows_follow_filters_and_removals(journal) -> None:
    a = journal.add(title="march", entry_date=date(2024, 3, 5), tags=["x"])
    b = journal.add(title="feb", entry_date=date(2024, 2, 5))
    c = journal.add(title="feb 2", entry_date=date(2024, 2, 6), tags=["x"])
    gone = journal.add(title="trash", entry_date=date(2024, 1, 1))
    journal.delete(gone.id)
    model = EntryListModel(journal, page_size=2)
    model.reload()
    shown = [model.index(r).data(MonthRole) or model.summary_at(r).title for r in range(model.rowCount())]
    assert shown == [(2024, 3), "march", (2024, 2), "feb 2", "feb"]
    assert journal.months() == [(2024, 3, 1), (2024, 2, 2)]
    model.set_filter(EntryFilter(tag="X"))
    shown = [model.index(r).data(MonthRole) or model.summary_at(r).title for r in range(model.rowCount())]
    assert shown == [(2024, 3), "march", (2024, 2), "feb 2"]
    assert model.row_of(b.id) is None  # filtered out
    model.set_filter(EntryFilter(day=date(2024, 2, 5)))
    assert [model.summary_at(r).title for r in range(model.rowCount()) if model.summary_at(r)] == ["feb"]
    model.set_filter(EntryFilter())
    row = model.row_of(a.id)  # taken before the move to the trash, as the workspace does
    journal.delete(a.id)
    assert model.remove_entry(a.id, row)  # the month header goes with its last entry
    shown = [model.index(r).data(MonthRole) or model.summary_at(r).title for r in range(model.rowCount())]
    assert shown == [(2024, 2), "feb 2", "feb"]
    assert model.row_of(c.id) == 1


def test_counts_follow_an_added_or_moved_entry_without_counting_again(journal, monkeypatch) -> None:
    for i in range(12):
        journal.add(title=f"e{i}", entry_date=date(2024, 1 + i % 3, 10 + i))
    model = EntryListModel(journal, page_size=4)
    model.reload()
    [model.summary_at(r) for r in range(model.rowCount())]
    monkeypatch.setattr(journal, "months", lambda **_: (_ for _ in ()).throw(AssertionError("counted again")))
    moved = journal.list_entries()[0]
    journal.update(moved.id, entry_date=date(2023, 12, 5))
    assert model.entry_moved(moved.entry_date, date(2023, 12, 5))
    added = journal.add(title="new", entry_date=date(2024, 2, 1))
    assert model.entry_moved(None, added.entry_date)
    fresh = EntryListModel(journal, page_size=4)
    monkeypatch.undo()
    fresh.reload()

    def shown(m):
        return [m.index(r).data(MonthRole) or m.summary_at(r).id for r in range(m.rowCount())]

    assert shown(model) == shown(fresh)
    assert model.row_of(added.id) == fresh.row_of(added.id)
