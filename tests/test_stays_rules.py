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
    from journal_app.core.planner import zone_item_from_json
    from journal_app.core.stays import PerEntryMonths, RollingMonths

    planner = vault.planner()
    planner.save_zone("tax", title="Tax residence", rules=[RollingMonths(183, 12), PerEntryMonths(6)])
    assert planner.zone("tax").rules == (RollingMonths(183, 12), PerEntryMonths(6))
    for bad in ({"kind": "per_entry_months", "months": 0}, {"kind": "rolling_months", "limit": 400, "months": 12},
                {"kind": "rolling_months", "limit": 0, "months": 12}, {"kind": "per_entry_months"}):  # fmt: skip
        with pytest.raises((InvalidInput, KeyError)):
            zone_item_from_json(bad)


# -- visas and the passport ----------------------------------------------------------------------------------------

SCHENGEN = [RollingWindow(90, 180)]


def _docs(*visas, passport=None, months=0, required=True):
    from journal_app.core.stays import Documents

    return Documents(tuple(visas), required, passport, months)


def test_the_latest_exit_never_falls_after_the_visa_ends() -> None:
    from journal_app.core.stays import Visa

    visa = Visa(D("2026-03-01"), D("2026-04-15"))
    a = calculate(SCHENGEN, [], D("2026-03-10"), documents=_docs(visa))
    assert (a.latest_exit, a.exit_reason, a.rules_max_stay_days) == (D("2026-04-15"), "visa", 90)
    assert a.binding_rule is None and a.visa is not None and a.visa.entries_used == 1


def test_a_visa_with_its_own_days_and_entries() -> None:
    from journal_app.core.stays import Visa

    trips = [Stay(D("2026-03-01"), D("2026-03-05"))]
    thirty = Visa(D("2026-03-01"), D("2026-06-30"), entries=2, days=30)
    a = calculate(SCHENGEN, trips, D("2026-03-10"), documents=_docs(thirty))
    assert (a.max_stay_days, a.latest_exit, a.exit_reason) == (25, D("2026-04-03"), "visa")
    assert (a.visa.entries_used, a.visa.days_used) == (2, 30)
    # a single-entry visa is used up by the first trip: no new entry, and no other visa to enter with
    single = Visa(D("2026-03-01"), D("2026-06-30"), entries=1)
    b = calculate(SCHENGEN, trips, D("2026-03-10"), documents=_docs(single))
    assert (b.max_stay_days, b.latest_exit, b.earliest_entry, b.exit_reason) == (0, None, None, "visa")
    # ... but a stay that goes on is the same entry
    c = calculate(SCHENGEN, [Stay(D("2026-03-01"), None)], D("2026-03-03"), documents=_docs(single))
    assert c.latest_exit == D("2026-05-29") and c.exit_reason == "rule"  # 90 days from 1 March
    # a later visa: the earliest entry is its first day
    later = Visa(D("2026-08-01"), D("2026-09-30"))
    d = calculate(SCHENGEN, trips, D("2026-03-10"), documents=_docs(single, later))
    assert d.earliest_entry == D("2026-08-01")


def test_the_passport_must_stay_valid_months_after_the_exit() -> None:
    a = calculate(SCHENGEN, [], D("2026-03-01"), documents=_docs(passport=D("2026-07-15"), months=3, required=False))
    assert (a.latest_exit, a.exit_reason, a.passport_last_exit) == (D("2026-04-15"), "passport", D("2026-04-15"))
    late = calculate(SCHENGEN, [], D("2026-05-01"), documents=_docs(passport=D("2026-07-15"), months=3,
                                                                      required=False))  # fmt: skip
    assert (late.max_stay_days, late.earliest_entry, late.exit_reason) == (0, None, "passport")
    # the end of a month: valid until 31 May, three months after the exit: the exit is on 28 February at the latest
    for expires in ("2026-05-31", "2026-05-30", "2026-05-28"):
        assert _docs(passport=D(expires), months=3).passport_last_exit() == D("2026-02-28")
    assert _docs(passport=D("2026-05-27"), months=3).passport_last_exit() == D("2026-02-27")


def test_the_rule_is_the_reason_when_documents_last_longer() -> None:
    from journal_app.core.stays import Visa

    trips = [Stay(D("2026-01-01"), D("2026-02-19"))]  # 50 days
    docs = _docs(Visa(D("2026-01-01"), D("2026-12-31")), passport=D("2030-01-01"), months=3)
    a = calculate([*SCHENGEN, PerEntry(30)], trips, D("2026-03-01"), documents=docs)
    assert (a.max_stay_days, a.exit_reason, a.binding_rule) == (30, "rule", 1)
    assert [(s.max_stay_days, s.latest_exit) for s in a.rules] == [(40, D("2026-04-09")), (30, D("2026-03-30"))]


# -- zones that change over time -------------------------------------------------------------------------------


def _schengen_members():
    from journal_app.core.stays import Member, Members

    return Members((Member("FR", D("1995-03-26")), Member("HR", D("2023-01-01")), Member("BG", D("2024-03-31"), "air"),
                    Member("BG", D("2024-03-31"), "sea"), Member("BG", D("2025-01-01"), "land")))  # fmt: skip


def test_a_trip_counts_for_the_zone_only_from_the_day_its_country_joined() -> None:
    members = _schengen_members()
    croatia = [Stay(D("2022-12-20"), D("2023-01-10"), country="HR")]
    assert calculate(SCHENGEN, croatia, D("2023-01-10"), members=members).days_used == 10
    by_land = [Stay(D("2024-06-01"), D("2024-06-10"), country="BG", border="land")]
    by_air = [Stay(D("2024-06-01"), D("2024-06-10"), country="BG", border="air")]
    unknown = [Stay(D("2024-06-01"), D("2024-06-10"), country="BG")]
    assert calculate(SCHENGEN, by_land, D("2024-06-10"), members=members).days_used == 0
    assert calculate(SCHENGEN, by_air, D("2024-06-10"), members=members).days_used == 10
    assert calculate(SCHENGEN, unknown, D("2024-06-10"), members=members).days_used == 10  # the safer count
    land_2025 = [Stay(D("2025-06-01"), D("2025-06-10"), country="BG", border="land")]
    assert calculate(SCHENGEN, land_2025, D("2025-06-10"), members=members).days_used == 10
    serbia = [Stay(D("2025-06-01"), D("2025-06-10"), country="RS")]
    assert calculate(SCHENGEN, serbia, D("2025-06-10"), members=members).days_used == 0
    no_country = [Stay(D("2025-06-01"), D("2025-06-10"))]
    assert calculate(SCHENGEN, no_country, D("2025-06-10"), members=members).days_used == 10


# -- entry limits and time outside ---------------------------------------------------------------------------------


def test_a_minimum_time_outside_before_the_next_entry() -> None:
    from journal_app.core.stays import MinOutside

    rules = [RollingWindow(90, 180), MinOutside(7)]
    trips = [Stay(D("2026-03-01"), D("2026-03-10"))]
    a = calculate(rules, trips, D("2026-03-12"))
    assert (a.max_stay_days, a.earliest_entry) == (0, D("2026-03-18"))  # 11..17 March outside: seven days
    assert a.days_used == 10  # the days used are the stay rules' own
    # staying on is no new entry
    assert calculate(rules, [Stay(D("2026-03-01"), None)], D("2026-03-12")).max_stay_days == 79
    later = calculate(rules, [*trips, Stay(D("2026-03-13"), D("2026-03-15"))], D("2026-04-01"))
    assert later.violations == [Violation(D("2026-03-13"), D("2026-03-13"), 2)]


def test_at_most_two_entries_in_30_days() -> None:
    from journal_app.core.stays import MaxEntries

    rules = [MaxEntries(2, 30)]
    trips = [Stay(D("2026-03-01"), D("2026-03-01")), Stay(D("2026-03-10"), D("2026-03-10"))]
    a = calculate(rules, trips, D("2026-03-15"))
    assert (a.max_stay_days, a.earliest_entry) == (0, D("2026-03-31"))
    three = calculate(rules, [*trips, Stay(D("2026-03-20"), D("2026-03-21"))], D("2026-04-30"))
    assert three.violations == [Violation(D("2026-03-20"), D("2026-03-20"), 3)]
    assert calculate(rules, trips, D("2026-03-10")).max_stay_days > 0  # there on 10 March: no new entry
