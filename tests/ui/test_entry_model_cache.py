"""The list model keeps full summaries for a bounded number of pages and fetches let-go rows again on demand."""

from __future__ import annotations

from datetime import date, timedelta

from journal_app.ui.journal import entry_model
from journal_app.ui.journal.entry_model import EntryListModel, SummaryRole


def test_rows_let_go_come_back_the_same(journal, monkeypatch) -> None:
    monkeypatch.setattr(entry_model, "CACHED_PAGES", 2)
    for i in range(40):
        journal.add(title=f"entry {i}", body=f"body {i}", entry_date=date(2024, 1, 1) + timedelta(days=i // 3))
    model = EntryListModel(journal, page_size=5)
    model.reload()
    while model.canFetchMore():
        model.fetchMore()
    expected = [s.id for s in journal.list_entries()]
    rows = [model.index(r).data(SummaryRole) for r in range(model.rowCount())]
    summaries = [s for s in rows if s is not None]
    assert [s.id for s in summaries] == expected
    assert sum(isinstance(r, entry_model.EntrySummary) for r in model._rows) <= 2 * 5  # the rest are stubs
    assert model.summary_at(model.row_of(expected[0])).title == "entry 39"
    # removing an entry keeps every row's summary right
    journal.delete(expected[10])
    model.remove_entry(expected[10])
    again = [model.summary_at(r) for r in range(model.rowCount())]
    assert [s.id for s in again if s is not None] == [i for i in expected if i != expected[10]]
