"""The stay calculator on the worked examples, more cases, and against a day-by-day brute force."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal_app.core.stays import CalendarYear, PerEntry, RollingWindow, Stay, Violation, calculate

SCHENGEN = [RollingWindow(90, 180)]
D = date.fromisoformat


def test_example_one_past_trip() -> None:
    a = calculate(SCHENGEN, [Stay(D("2025-03-01"), D("2025-04-29"))], D("2025-05-20"))
    assert (a.days_used, a.days_remaining, a.max_stay_days, a.latest_exit) == (60, 30, 30, D("2025-06-18"))
    assert a.earliest_entry == D("2025-05-20") and a.violations == []


def test_example_two_today_is_the_last_day() -> None:
    trips = [Stay(D("2024-11-10"), D("2024-12-24")), Stay(D("2025-02-01"), None)]
    a = calculate(SCHENGEN, trips, D("2025-03-17"))
    assert (a.days_used, a.days_remaining, a.max_stay_days, a.latest_exit) == (90, 0, 1, D("2025-03-17"))


def test_example_two_with_recorded_exit() -> None:
    trips = [Stay(D("2024-11-10"), D("2024-12-24")), Stay(D("2025-02-01"), D("2025-03-17"))]
    a = calculate(SCHENGEN, trips, D("2025-03-17"))
    assert (a.days_used, a.max_stay_days, a.latest_exit) == (90, 1, D("2025-03-17"))


def test_example_three_old_days_drop_out() -> None:
    trips = [Stay(D("2025-01-05"), D("2025-02-03")), Stay(D("2025-03-10"), D("2025-05-07"))]
    a = calculate(SCHENGEN, trips, D("2025-05-07"))
    assert (a.days_used, a.max_stay_days, a.latest_exit) == (89, 2, D("2025-05-08"))


def test_window_edge_is_180_days_including_today() -> None:
    # one day of stay exactly 179 days before `on` is still in the window; 180 days before is not
    on = D("2025-06-30")
    assert calculate(SCHENGEN, [Stay(on - timedelta(days=179), on - timedelta(days=179))], on).days_used == 1
    assert calculate(SCHENGEN, [Stay(on - timedelta(days=180), on - timedelta(days=180))], on).days_used == 0


def test_overlapping_trips_count_a_day_once() -> None:
    trips = [Stay(D("2025-01-01"), D("2025-01-10")), Stay(D("2025-01-10"), D("2025-01-20"))]
    assert calculate(SCHENGEN, trips, D("2025-01-31")).days_used == 20


def test_planned_trip_limits_todays_stay() -> None:
    # 80 days planned in autumn: a stay now must leave room for it
    planned = Stay(D("2025-09-01"), D("2025-11-19"))
    a = calculate(SCHENGEN, [planned], D("2025-07-01"))
    assert a.days_used == 0
    assert a.max_stay_days < 90
    later = calculate(
        SCHENGEN, [planned, Stay(D("2025-07-01"), D("2025-07-01") + timedelta(a.max_stay_days - 1))], D("2025-12-01")
    )
    assert later.violations == []


def test_past_overstay_is_reported_and_answers_still_come() -> None:
    trips = [Stay(D("2024-01-01"), D("2024-04-30"))]  # 121 days
    a = calculate(SCHENGEN, trips, D("2024-05-10"))
    assert a.violations == [Violation(D("2024-03-31"), D("2024-04-30"), 121)]
    assert a.days_remaining < 0 and a.max_stay_days == 0 and a.latest_exit is None
    assert a.earliest_entry is not None and a.earliest_entry > D("2024-05-10")
    again = calculate(SCHENGEN, trips, a.earliest_entry)
    assert again.max_stay_days >= 1


def test_earliest_entry_for_a_stay_of_n_days() -> None:
    trips = [Stay(D("2025-01-01"), D("2025-03-31"))]  # 90 days used
    a = calculate(SCHENGEN, trips, D("2025-04-01"), stay_for=30)
    assert a.max_stay_days == 0
    assert a.earliest_entry == D("2025-06-30")  # 2025-01-01 leaves the window
    # from then on, every day of stay is matched by an old day leaving the window: 30 days fit at once
    assert a.earliest_entry_for == D("2025-06-30")
    assert calculate(SCHENGEN, trips, D("2025-06-30")).max_stay_days == 90
    assert calculate(SCHENGEN, trips, D("2025-06-29")).max_stay_days == 0


def test_per_entry_rule_georgia() -> None:
    georgia = [PerEntry(365)]
    a = calculate(georgia, [Stay(D("2025-01-01"), None)], D("2025-03-01"))
    assert a.days_used == 60 and a.max_stay_days == 306 and a.latest_exit == D("2025-12-31")
    assert a.window is None and a.limit == 365


def test_several_rules_turkey() -> None:
    turkey = [RollingWindow(90, 180), PerEntry(60)]
    a = calculate(turkey, [Stay(D("2025-01-01"), None)], D("2025-01-01"))
    assert a.max_stay_days == 60
    b = calculate(turkey, [Stay(D("2025-01-01"), D("2025-02-14")), Stay(D("2025-03-01"), None)], D("2025-03-01"))
    assert b.max_stay_days == 45  # 45 + 45 = 90 in the window, before the 60 per entry
    assert b.days_used == 46 and b.days_remaining == 44


def test_calendar_year_rule_armenia() -> None:
    armenia = [CalendarYear(180)]
    a = calculate(armenia, [Stay(D("2025-01-01"), D("2025-06-19"))], D("2025-12-01"))  # 170 days this year
    assert a.days_used == 170 and a.max_stay_days == 10  # a continuous stay may not break the limit on 11 Dec
    b = calculate(armenia, [Stay(D("2025-01-01"), D("2025-06-29"))], D("2025-12-01"))  # 180 used
    assert b.max_stay_days == 0 and b.earliest_entry == D("2026-01-01")


def test_residence_permit_days_do_not_count() -> None:
    a = calculate(SCHENGEN, [Stay(D("2025-01-01"), D("2025-06-30"), counts=False)], D("2025-07-01"))
    assert a.days_used == 0 and a.max_stay_days == 90


# -- brute force: the definitions, day by day ----------------------------------------------------------------------


def brute_days(trips: list[tuple[date, date]]) -> set[date]:
    days = set()
    for a, b in trips:
        d = a
        while d <= b:
            days.add(d)
            d += timedelta(days=1)
    return days


def brute_count(days: set[date], d: date, n_window: int) -> int:
    return sum(1 for k in range(n_window) if d - timedelta(days=k) in days)


def brute_max_stay(trips: list[tuple[date, date]], on: date, limit: int, window: int) -> int:
    base = brute_days(trips)
    best = 0
    for length in range(1, limit + 2):
        stay = brute_days([(on, on + timedelta(days=length - 1))])
        days = base | stay
        ok = True
        for d in sorted(days):
            if d < on:
                continue
            c = brute_count(days, d, window)
            if c > limit and (d in stay or c > brute_count(base, d, window)):
                ok = False
                break
        if not ok:
            break
        best = length
    return best


trip_strategy = st.lists(st.tuples(st.integers(0, 400), st.integers(0, 80)), min_size=0, max_size=5).map(
    lambda xs: [(date(2024, 1, 1) + timedelta(days=s), date(2024, 1, 1) + timedelta(days=s + n)) for s, n in xs]
)


@settings(max_examples=150, deadline=None)
@given(trips=trip_strategy, on_offset=st.integers(0, 500), limit=st.integers(1, 40), extra=st.integers(1, 60))
def test_rolling_window_matches_brute_force(trips, on_offset: int, limit: int, extra: int) -> None:
    window = limit + extra
    on = date(2024, 1, 1) + timedelta(days=on_offset)
    rules = [RollingWindow(limit, window)]
    answer = calculate(rules, [Stay(a, b) for a, b in trips], on)
    days = brute_days(trips)
    assert answer.days_used == brute_count(days, on, window)
    assert answer.max_stay_days == brute_max_stay(trips, on, limit, window)
    over = sorted(d for d in days if brute_count(days, d, window) > limit)
    assert sum((v.last_day - v.first_day).days + 1 for v in answer.violations) == len(over)


@pytest.mark.parametrize("stay_for", [1, 5, 30])
def test_earliest_entry_allows_the_stay(stay_for: int) -> None:
    trips = [Stay(D("2025-02-01"), D("2025-04-15")), Stay(D("2025-06-01"), D("2025-06-10"))]
    a = calculate(SCHENGEN, trips, D("2025-04-16"), stay_for=stay_for)
    assert a.earliest_entry_for is not None
    assert calculate(SCHENGEN, trips, a.earliest_entry_for).max_stay_days >= stay_for
    day_before = a.earliest_entry_for - timedelta(days=1)
    if day_before >= D("2025-04-16"):
        assert calculate(SCHENGEN, trips, day_before).max_stay_days < stay_for
