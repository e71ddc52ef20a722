"""`Journal.iter_entries` streams what `list_entries` returns, and `journal-app list --json` prints the same bytes
one entry at a time (so a million entries never sit in memory at once)."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from journal_app.cli import common


def test_iter_entries_is_list_entries_as_a_stream(journal) -> None:
    for i in range(57):
        journal.add(entry_date=date(2024, 1, 1) + timedelta(days=i // 3), title=f"e{i}", tags=["a"] if i % 2 else [])
    journal.delete(journal.list_entries(limit=1)[0].id)
    for filters in ({}, {"tag": "A"}, {"date_from": date(2024, 1, 5), "date_to": date(2024, 1, 9)}, {"tag": "zz"}):
        streamed = list(journal.iter_entries(batch=4, **filters))
        assert streamed == journal.list_entries(**filters)
    cache = journal._conn.execute("PRAGMA cache_size").fetchone()[0]
    stream = journal.iter_entries(batch=5)
    assert next(stream).title == journal.list_entries(limit=1)[0].title  # rows come before the end is read
    assert journal._conn.execute("PRAGMA cache_size").fetchone()[0] == -4096  # small while streaming
    stream.close()
    assert journal._conn.execute("PRAGMA cache_size").fetchone()[0] == cache


json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=200)
@given(items=st.lists(st.dictionaries(st.text(max_size=8), json_value, max_size=4), max_size=5))
def test_streamed_json_list_is_byte_for_byte_the_whole_list(items) -> None:
    whole, streamed = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(whole):
        common.print_json(items)
    with contextlib.redirect_stdout(streamed):
        common.print_json_list(iter(items))
    assert streamed.getvalue() == whole.getvalue()
    assert json.loads(streamed.getvalue()) == items
