"""The rules around the stay arithmetic (issue 15): border runs, joined violation runs, and the rule types added."""

from __future__ import annotations

from datetime import date

from journal_app.core.stays import PerEntry, RollingWindow, Stay, Violation, calculate

D = date.fromisoformat


# -- border runs: a same-day exit and re-entry -------------------------------------------------------------------


def test_georgia_border_run_restarts_the_per_entry_count() -> None:
    trips = [Stay(D("2025-03-01"), D("2026-02-28")), Stay(D("2026-02-28"), None)]
    a = calculate([PerEntry(365)], trips, D("2026-06-01"))
    assert (a.days_used, a.days_remaining) == (94, 271)
    assert a.latest_exit == D("2027-02-27")
    assert a.violations == []


def test_serbia_border_run_is_a_new_entry() -> None:
    trips = [Stay(D("2026-01-10"), D("2026-02-08")), Stay(D("2026-02-08"), D("2026-03-09"))]
    a = calculate([PerEntry(30)], trips, D("2026-03-09"))
    assert a.days_used == 30 and a.violations == []


def test_kazakhstan_border_run_keeps_the_shared_day_once_for_the_rolling_rule() -> None:
    rules = [RollingWindow(90, 180), PerEntry(30)]
    trips = [Stay(D("2026-01-01"), D("2026-01-30")), Stay(D("2026-01-30"), None)]
    a = calculate(rules, trips, D("2026-02-10"))
    per_entry, rolling = a.rules[1], a.rules[0]
    assert per_entry.days_used == 12  # 30 Jan .. 10 Feb: the new stamp
    assert rolling.days_used == 41  # 1 Jan .. 10 Feb, 30 Jan once
    assert a.latest_exit == D("2026-02-28") and a.violations == []


def test_staying_on_through_the_exit_day_is_the_same_entry() -> None:
    # asked on the recorded exit day without a new entry: staying on continues the entry
    a = calculate([PerEntry(30)], [Stay(D("2026-01-01"), D("2026-01-20"))], D("2026-01-20"))
    assert a.days_used == 20 and a.max_stay_days == 11


def test_overlapping_trips_are_still_one_entry() -> None:
    trips = [Stay(D("2026-01-01"), D("2026-01-20")), Stay(D("2026-01-15"), D("2026-02-10"))]
    a = calculate([PerEntry(30)], trips, D("2026-02-10"))
    assert a.days_used == 41 and a.violations == [Violation(D("2026-01-31"), D("2026-02-10"), 41)]


# -- violation runs that touch are one run ------------------------------------------------------------------------


def test_touching_violation_runs_are_joined() -> None:
    # 85 days, then trips 1-4 April and 5-8 April: one overstay of 1-8 April
    trips = [Stay(D("2026-01-06"), D("2026-03-31")), Stay(D("2026-04-01"), D("2026-04-04")),
             Stay(D("2026-04-05"), D("2026-04-08"))]  # fmt: skip
    a = calculate([RollingWindow(85, 180)], trips, D("2026-04-30"))
    assert a.violations == [Violation(D("2026-04-01"), D("2026-04-08"), 93)]
