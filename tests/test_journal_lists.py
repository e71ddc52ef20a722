"""The list queries that read indexes instead of every entry give what the plain definitions give."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta


def _fill(journal, count: int = 300) -> list:
    rng = random.Random(16)
    entries = []
    for i in range(count):
        day = date(2016, 2, 27) + timedelta(days=rng.randrange(3700))
        if i % 25 == 0:
            day = date(2020 + 4 * (i % 2), 2, 29)
        entries.append(journal.add(entry_date=day, title=f"e{i}", tags=rng.sample(["a", "b", "c"], rng.randint(0, 2))))
    for entry in rng.sample(entries, 20):
        journal.delete(entry.id)
    return entries


def test_on_this_day_months_and_positions_agree_with_the_plain_list(journal) -> None:
    _fill(journal)
    listed = journal.list_entries()
    for day in (date(2026, 2, 28), date(2028, 2, 29), date(2026, 3, 1), date(2026, 12, 31), date(2016, 2, 28)):
        expected = [s for s in listed if (s.entry_date.month, s.entry_date.day) == (day.month, day.day)
                    and s.entry_date < day]  # fmt: skip
        assert {s.id for s in journal.on_this_day(day)} == {s.id for s in expected}
        assert [s.entry_date for s in journal.on_this_day(day)] == [s.entry_date for s in expected]
    counts = Counter((s.entry_date.year, s.entry_date.month) for s in listed)
    assert journal.months() == sorted(((y, m, n) for (y, m), n in counts.items()), reverse=True)
    tagged = journal.list_entries(tag="A")
    counts = Counter((s.entry_date.year, s.entry_date.month) for s in tagged)
    assert journal.months(tag="a") == sorted(((y, m, n) for (y, m), n in counts.items()), reverse=True)
    for position in (0, 1, 57, len(tagged) - 1):
        assert journal.list_position(tagged[position].id, tag="a") == (tagged[position].entry_date, position)
    gone = journal.trash()[0]
    assert journal.list_position(gone.id) is None


def test_pages_deep_in_a_month_and_positions_within_it(journal) -> None:
    _fill(journal)
    listed = journal.list_entries()
    first, last = date(2018, 1, 1), date(2021, 12, 31)
    window = [s for s in listed if first <= s.entry_date <= last]
    for offset in (1, 7, 40, len(window) - 3):
        page = journal.list_entries(date_from=first, date_to=last, limit=5, offset=offset)
        assert [s.entry_date for s in page] == [s.entry_date for s in window[offset : offset + 5]]
    assert {s.id for s in journal.list_entries(limit=1000, offset=1)} == {s.id for s in listed[1:]}
    for summary in listed[::37]:
        key = (summary.entry_date.year, summary.entry_date.month)
        month = [s for s in listed if (s.entry_date.year, s.entry_date.month) == key]
        day, position = journal.list_position(summary.id, same_month=True)
        assert day == summary.entry_date and month[position].entry_date == summary.entry_date
