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


# -- durations in months and windows of calendar months ---------------------------------------------------------


def test_six_months_per_visit_runs_to_the_day_before_the_same_date() -> None:
    from journal_app.core.stays import PerEntryMonths

    a = calculate([PerEntryMonths(6)], [Stay(D("2026-01-15"), None)], D("2026-03-01"))
    assert a.latest_exit == D("2026-07-14") and a.rules[0].limit == 181 and a.days_used == 46
    # from 31 August six months end with February's last day: the day before is the last day of stay
    b = calculate([PerEntryMonths(6)], [Stay(D("2025-08-31"), None)], D("2025-08-31"))
    assert b.latest_exit == D("2026-02-27")


def test_one_year_is_365_or_366_days_as_the_rule_says() -> None:
    from journal_app.core.stays import PerEntryMonths

    trip = [Stay(D("2027-03-01"), None)]
    assert calculate([PerEntryMonths(12)], trip, D("2027-03-01")).max_stay_days == 366  # over 29 February 2028
    assert calculate([PerEntry(365)], trip, D("2027-03-01")).max_stay_days == 365


def test_tax_residence_183_days_in_12_months() -> None:
    from journal_app.core.stays import RollingMonths

    rule = [RollingMonths(183, 12)]
    a = calculate(rule, [Stay(D("2025-01-01"), D("2025-06-30"))], D("2025-07-01"))  # 181 days
    assert (a.days_used, a.max_stay_days, a.latest_exit) == (181, 2, D("2025-07-02"))
    # the window is the 12 calendar months ending on the day: 2 July 2024 .. 1 July 2025 holds 1 January .. 30 June
    b = calculate(rule, [Stay(D("2024-07-02"), D("2024-07-02")), Stay(D("2025-01-01"), D("2025-06-30"))],
                  D("2025-07-01"))  # fmt: skip
    assert b.days_used == 182
    c = calculate(rule, [Stay(D("2024-07-01"), D("2024-07-01")), Stay(D("2025-01-01"), D("2025-06-30"))],
                  D("2025-07-01"))  # fmt: skip
    assert c.days_used == 181


def test_months_rules_are_stored_with_the_zone_and_checked(vault) -> None:
    import pytest

    from journal_app.core.errors import InvalidInput
    from journal_app.core.planner import rule_from_json
    from journal_app.core.stays import PerEntryMonths, RollingMonths

    planner = vault.planner()
    planner.save_zone("tax", title="Tax residence", rules=[RollingMonths(183, 12), PerEntryMonths(6)])
    assert planner.zone("tax").rules == (RollingMonths(183, 12), PerEntryMonths(6))
    for bad in ({"kind": "per_entry_months", "months": 0}, {"kind": "rolling_months", "limit": 400, "months": 12},
                {"kind": "rolling_months", "limit": 0, "months": 12}, {"kind": "per_entry_months"}):  # fmt: skip
        with pytest.raises((InvalidInput, KeyError)):
            rule_from_json(bad)
