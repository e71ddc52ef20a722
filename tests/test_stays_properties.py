"""The stay calculator against a brute-force, day-by-day model of the rules, for every rule type and mixes of them.

The model follows the definitions and nothing of the implementation: days are sets of dates, a rule's count on a day is
counted day by day, an entry is a group of trips that share days (trips that only touch, exit one day and entry the
next, are two entries), except a border run: when the only shared day is one trip's exit and the other's entry, the
new stamp starts a new entry (the per-entry count restarts on that day; a rolling or per-year count has the day once).
A stay of `length` days from `start` is allowed when no day from `start` on has a count above
a limit while it is a day of that stay, or while it is a recorded day whose count the stay made worse.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.core import stays
from journal_app.core.stays import (
    CalendarYear,
    Documents,
    MaxEntries,
    Member,
    Members,
    MinOutside,
    PerEntry,
    PerEntryMonths,
    RollingMonths,
    RollingWindow,
    Rule,
    Stay,
    Visa,
    calculate,
)

BASE = date(2023, 10, 1)  # trips run over the 2024 leap day and two year ends
ONE = timedelta(days=1)


# -- the model ---------------------------------------------------------------------------------------------------


def span(a: date, b: date) -> Iterator[date]:
    d = a
    while d <= b:
        yield d
        d += ONE


def trip_days(trips: list[Stay], on: date) -> list[tuple[date, date]]:
    """(first, last) day of each counting trip; an open trip lasts until `on` (or its entry day, if later)."""
    return [(t.entry, t.exit if t.exit is not None else max(t.entry, on)) for t in trips if t.counts]


def one_entry(x: tuple[date, date], y: tuple[date, date]) -> bool:
    """Two trips are one entry when they share a day, unless that day is the exit of one and the entry of the other."""
    shared = set(span(*x)) & set(span(*y))
    return bool(shared) and x[1] != y[0] and y[1] != x[0]


def entries_of(intervals: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """Entries: trips joined pairwise by `one_entry`, repeatedly (not by sorting)."""
    groups = [[t] for t in intervals]
    joined = True
    while joined:
        joined = False
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                if any(one_entry(x, y) for x in groups[i] for y in groups[j]):
                    groups[i] += groups.pop(j)
                    joined = True
                    break
            if joined:
                break
    return [(min(a for a, _ in g), max(b for _, b in g)) for g in groups]


def entry_counts(intervals: list[tuple[date, date]], d: date) -> list[tuple[date, int]]:
    """(entry day, count on d) of every entry that holds d."""
    return [(a, (d - a).days + 1) for a, b in entries_of(intervals) if a <= d <= b]


def months_later(d: date, months: int) -> date:
    """The same day `months` calendar months later (or earlier), or that month's last day: by walking months."""
    year, month = d.year, d.month
    for _ in range(abs(months)):
        year, month = (
            (year + (month == 12), month % 12 + 1) if months > 0 else (year - (month == 1), (month - 2) % 12 + 1)
        )
    day = d.day
    while True:
        try:
            return date(year, month, day)
        except ValueError:
            day -= 1


def entry_limit(rule: Rule, first: date) -> int:
    """Days allowed to an entry that starts on `first`: for months, up to the day before the same date."""
    if isinstance(rule, PerEntryMonths):
        return (months_later(first, rule.months) - first).days
    return rule.limit


def count(rule: Rule, intervals: list[tuple[date, date]], d: date) -> int:
    days = {x for a, b in intervals for x in span(a, b)}
    if isinstance(rule, RollingWindow):
        return sum(1 for k in range(rule.window) if d - timedelta(days=k) in days)
    if isinstance(rule, RollingMonths):
        return sum(1 for x in span(months_later(d, -rule.months) + ONE, d) if x in days)
    if isinstance(rule, CalendarYear):
        return sum(1 for x in span(date(d.year, 1, 1), d) if x in days)
    held = entry_counts(intervals, d)
    return max(held)[1] if held else 0  # the latest entry: a border run restarts the count


def over_count(rule: Rule, intervals: list[tuple[date, date]], d: date) -> int:
    """The count that decides whether day d is over the limit: for a per-entry rule, the highest of the entries that
    hold d (the last day of an entry before a border run is still that entry's day)."""
    if isinstance(rule, (PerEntry, PerEntryMonths)):
        return max((c for _, c in entry_counts(intervals, d)), default=0)
    return count(rule, intervals, d)


def over_by(rule: Rule, intervals: list[tuple[date, date]], d: date) -> int | None:
    """The count on d if it is over the limit (for an entry rule: the highest count of an entry over its own limit)."""
    if isinstance(rule, (PerEntry, PerEntryMonths)):
        over = [c for a, c in entry_counts(intervals, d) if c > entry_limit(rule, a)]
        return max(over) if over else None
    c = count(rule, intervals, d)
    return c if c > rule.limit else None


def stay_entry(recorded: list[tuple[date, date]], stay: tuple[date, date]) -> tuple[date, date]:
    """The entry a planned stay belongs to: staying on continues the latest entry that holds its first day; an entry
    that starts inside the stay joins it, one that starts on its last day is a border run (a new entry)."""
    first, last = stay
    entries = entries_of(recorded)
    holding = [e for e in entries if e[0] <= stay[0] <= e[1]]
    joined = [max(holding)] if holding else []
    joined += [e for e in entries if stay[0] < e[0] < stay[1]]
    for a, b in joined:
        first, last = min(first, a), max(last, b)
    return first, last


def reach(rule: Rule, last: date) -> date:
    if isinstance(rule, RollingWindow):
        return last + timedelta(days=rule.window)
    if isinstance(rule, RollingMonths):
        return months_later(last, rule.months)
    return date(last.year + 1, 12, 31)


def allowed(rules: list[Rule], recorded: list[tuple[date, date]], start: date, length: int) -> bool:
    if length <= 0:
        return True
    stay = (start, start + timedelta(days=length - 1))
    with_stay = [*recorded, stay]
    stay_days = set(span(*stay))
    recorded_days = {x for a, b in recorded for x in span(a, b)}
    end = max(reach(rule, max(b for _, b in with_stay)) for rule in rules)
    for d in span(start, end):
        if d not in stay_days and d not in recorded_days:
            continue
        for rule in rules:
            if isinstance(rule, (PerEntry, PerEntryMonths)):
                continue
            after = count(rule, with_stay, d)
            if after > rule.limit and (d in stay_days or after > count(rule, recorded, d)):
                return False
    # per entry: only the stay's own entry changes; its days from `start` on
    first, last = stay_entry(recorded, stay)
    for rule in rules:
        if not isinstance(rule, (PerEntry, PerEntryMonths)):
            continue
        for d in span(start, last):
            after = (d - first).days + 1
            if after > entry_limit(rule, first) and (d in stay_days or after > over_count(rule, recorded, d)):
                return False
    return True


def over_days(rules: list[Rule], recorded: list[tuple[date, date]]) -> dict[date, int]:
    """Every recorded day on which some rule is over its limit, with the highest such count."""
    found: dict[date, int] = {}
    for d in sorted({x for a, b in recorded for x in span(a, b)}):
        counts = [c for rule in rules if (c := over_by(rule, recorded, d)) is not None]
        if counts:
            found[d] = max(counts)
    return found


# -- strategies --------------------------------------------------------------------------------------------------

# Limits below their window (and a calendar-year limit below a year), so that every rule caps a continuous stay and
# "one more day" always exists to try.
rolling = st.integers(1, 20).flatmap(lambda n: st.integers(n + 1, n + 40).map(lambda w: RollingWindow(n, w)))
per_entry = st.integers(1, 30).map(PerEntry)
calendar_year = st.integers(1, 40).map(CalendarYear)
per_entry_months = st.integers(1, 2).map(PerEntryMonths)
rolling_months = st.tuples(st.integers(1, 40), st.integers(2, 3)).map(lambda t: RollingMonths(*t))
trip = st.tuples(st.integers(0, 560), st.one_of(st.none(), st.integers(0, 45)), st.booleans() | st.just(True)).map(
    lambda t: Stay(BASE + timedelta(days=t[0]), None if t[1] is None else BASE + timedelta(days=t[0] + t[1]), t[2])
)


def with_border_runs(trips: list[Stay], runs: list[bool]) -> list[Stay]:
    """Let some trips start on the exit day of the trip before them (a same-day exit and re-entry)."""
    out: list[Stay] = []
    for t, run in zip(trips, runs, strict=False):
        if run and out and out[-1].exit is not None:
            length = (t.exit - t.entry) if t.exit is not None else None
            entry = out[-1].exit
            t = Stay(entry, None if length is None else entry + length, t.counts)
        out.append(t)
    return out


trips_st = st.builds(with_border_runs, st.lists(trip, max_size=5), st.lists(st.booleans(), max_size=5))
on_st = st.integers(60, 600).map(lambda k: BASE + timedelta(days=k))
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_against_model(rules: list[Rule], trips: list[Stay], on: date) -> None:
    answer = calculate(rules, trips, on)
    recorded = trip_days(trips, on)
    # days used, per rule and for the binding rule
    used = [count(rule, recorded, on) for rule in rules]
    assert [s.days_used for s in answer.rules] == used
    limits = []
    for rule in rules:
        held = entry_counts(recorded, on)
        limits.append(entry_limit(rule, max(held)[0] if held else on))
    assert [s.limit for s in answer.rules] == limits
    assert answer.days_remaining == min(lim - u for lim, u in zip(limits, used, strict=True))
    # max_stay_days is allowed, and one more day breaks a limit on some day
    m = answer.max_stay_days
    assert allowed(rules, recorded, on, m)
    assert not allowed(rules, recorded, on, m + 1)
    assert answer.latest_exit == (on + timedelta(days=m - 1) if m > 0 else None)
    # violations are exactly the recorded days over a limit, with the highest count of each run
    over = over_days(rules, recorded)
    reported = {d: v.peak for v in answer.violations for d in span(v.first_day, v.last_day)}
    assert set(reported) == set(over)
    for v in answer.violations:
        assert v.peak == max(over[d] for d in span(v.first_day, v.last_day))
    # the earliest entry: the first day from `on` on that allows one day
    if m == 0:
        assert answer.earliest_entry is not None
        assert allowed(rules, recorded, answer.earliest_entry, 1)
        assert not allowed(rules, recorded, answer.earliest_entry - ONE, 1) or answer.earliest_entry == on
    else:
        assert answer.earliest_entry == on


@SETTINGS
@given(rule=per_entry, trips=trips_st, on=on_st)
def test_per_entry_rule_matches_the_model(rule: PerEntry, trips: list[Stay], on: date) -> None:
    check_against_model([rule], trips, on)


@SETTINGS
@given(rule=calendar_year, trips=trips_st, on=on_st)
def test_calendar_year_rule_matches_the_model(rule: CalendarYear, trips: list[Stay], on: date) -> None:
    check_against_model([rule], trips, on)


@SETTINGS
@given(rule=st.one_of(per_entry_months, rolling_months), trips=trips_st, on=on_st)
def test_months_rules_match_the_model(rule: Rule, trips: list[Stay], on: date) -> None:
    check_against_model([rule], trips, on)


@SETTINGS
@given(rules=st.lists(st.one_of(rolling, per_entry, calendar_year, per_entry_months, rolling_months), min_size=2,
                      max_size=3), trips=trips_st, on=on_st)  # fmt: skip
def test_combined_rules_match_the_model(rules: list[Rule], trips: list[Stay], on: date) -> None:
    check_against_model(rules, trips, on)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rules=st.lists(
        st.one_of(rolling, per_entry, calendar_year, per_entry_months, rolling_months), min_size=1, max_size=2
    ),
    trips=trips_st,
    on=on_st,
    stay_for=st.integers(1, 25),
)
def test_earliest_entry_for_a_stay_matches_the_model(rules: list[Rule], trips: list[Stay], on: date, stay_for: int):
    answer = calculate(rules, trips, on, stay_for)
    recorded = trip_days(trips, on)
    first = answer.earliest_entry_for
    if first is None:  # no day in ten years: then not within the next 400 days either
        assert not any(allowed(rules, recorded, d, stay_for) for d in span(on, on + timedelta(days=400)))
        return
    assert allowed(rules, recorded, first, stay_for)
    assert not any(allowed(rules, recorded, d, stay_for) for d in span(on, first - ONE))


# -- named cases: overlaps, open and planned trips, leap days, window edges ------------------------------------


def test_overlapping_trips_count_a_day_once_for_every_rule_type() -> None:
    trips = [Stay(date(2024, 3, 1), date(2024, 3, 10)), Stay(date(2024, 3, 5), date(2024, 3, 12))]
    on = date(2024, 3, 12)
    for rule in (RollingWindow(90, 180), CalendarYear(180), PerEntry(60)):
        assert calculate([rule], trips, on).days_used == 12


def test_touching_trips_are_two_entries_but_one_run_of_days() -> None:
    trips = [Stay(date(2024, 3, 1), date(2024, 3, 10)), Stay(date(2024, 3, 11), date(2024, 3, 15))]
    on = date(2024, 3, 15)
    assert calculate([PerEntry(60)], trips, on).days_used == 5
    assert calculate([RollingWindow(90, 180)], trips, on).days_used == 15


def test_open_trip_counts_through_today_and_a_planned_trip_limits_today() -> None:
    open_trip = [Stay(date(2024, 1, 1), None)]
    assert calculate([PerEntry(30)], open_trip, date(2024, 1, 20)).days_used == 20
    assert calculate([PerEntry(30)], open_trip, date(2024, 1, 20)).max_stay_days == 11
    planned = [Stay(date(2024, 5, 1), date(2024, 5, 20))]  # 20 planned days in the same calendar year
    assert calculate([CalendarYear(30)], planned, date(2024, 3, 1)).max_stay_days == 10


def test_leap_day_is_a_day() -> None:
    trip = [Stay(date(2024, 2, 28), date(2024, 3, 1))]
    assert calculate([RollingWindow(90, 180)], trip, date(2024, 3, 1)).days_used == 3
    assert calculate([CalendarYear(180)], trip, date(2024, 3, 1)).days_used == 3
    # a whole leap year is 366 days of one calendar year
    year = [Stay(date(2024, 1, 1), date(2024, 12, 31))]
    assert calculate([CalendarYear(366)], year, date(2024, 12, 31)).days_used == 366
    # 2024-02-29 is 180 days before 2024-08-27 counted inclusively: the window's first day
    edge = [Stay(date(2024, 2, 29), date(2024, 2, 29))]
    assert calculate([RollingWindow(90, 180)], edge, date(2024, 8, 26)).days_used == 1
    assert calculate([RollingWindow(90, 180)], edge, date(2024, 8, 27)).days_used == 0


def test_calendar_year_starts_again_on_the_first_of_january() -> None:
    trip = [Stay(date(2024, 12, 20), date(2025, 1, 5))]
    assert calculate([CalendarYear(10)], trip, date(2025, 1, 5)).days_used == 5
    violations = calculate([CalendarYear(10)], trip, date(2025, 1, 5)).violations
    assert [(v.first_day, v.last_day) for v in violations] == [(date(2024, 12, 30), date(2024, 12, 31))]


# -- time zones ----------------------------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="time.tzset is POSIX only")
def test_answers_do_not_depend_on_the_time_zone() -> None:
    trips = [Stay(date(2024, 2, 1), date(2024, 4, 15)), Stay(date(2024, 6, 1), None), Stay(date(2024, 9, 1))]
    rules = [RollingWindow(90, 180), PerEntry(60), CalendarYear(120)]
    on = date(2024, 6, 20)
    saved = os.environ.get("TZ")
    answers = []
    try:
        for zone in ("UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu", "America/St_Johns"):
            os.environ["TZ"] = zone
            time.tzset()
            answers.append(calculate(rules, trips, on, stay_for=10))
    finally:
        if saved is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = saved
        time.tzset()
    assert all(a == answers[0] for a in answers)


def test_the_calculator_never_asks_the_clock() -> None:
    """Only date objects: no today(), now(), time or time zone in the module (the caller passes `on`)."""
    source = open(stays.__file__, encoding="utf-8").read()
    for word in ("today(", "now(", "import time", "tzinfo", "timezone", "datetime("):
        assert word not in source


# -- entry rules: at most N entries in M days, at least D days outside ------------------------------------------


def crossing_allowed(rule, recorded: list[tuple[date, date]], start: date) -> bool:
    """A stay from `start` that is a new entry (no recorded entry holds `start`) must be an allowed entry."""
    entries = entries_of(recorded)
    if any(a <= start <= b for a, b in entries):
        return True
    if isinstance(rule, MinOutside):
        before = [x for a, b in recorded for x in span(a, b) if x < start]
        return not before or (start - max(before)).days - 1 >= rule.days
    for k in range(rule.window):  # every window of `window` days that holds `start`
        first = start - timedelta(days=k)
        last = first + timedelta(days=rule.window - 1)
        if sum(1 for a, _ in entries if first <= a <= last) + 1 > rule.limit:
            return False
    return True


def crossing_over(rule, recorded: list[tuple[date, date]]) -> dict[date, int]:
    found = {}
    entries = entries_of(recorded)
    days = {x for a, b in recorded for x in span(a, b)}
    for a, _ in entries:
        if isinstance(rule, MinOutside):
            before = [x for x in days if x < a]
            if before and max(0, (a - max(before)).days - 1) < rule.days:
                found[a] = max(0, (a - max(before)).days - 1)
        else:
            c = sum(1 for x, _ in entries if a - timedelta(days=rule.window - 1) <= x <= a)
            if c > rule.limit:
                found[a] = c
    return found


crossing = st.one_of(
    st.integers(1, 3).flatmap(lambda n: st.integers(n, 60).map(lambda w: MaxEntries(n, w))),
    st.integers(1, 20).map(MinOutside),
)


@SETTINGS
@given(rule=crossing, trips=trips_st, on=on_st)
def test_entry_rules_match_the_model(rule, trips: list[Stay], on: date) -> None:
    answer = calculate([rule], trips, on)
    recorded = trip_days(trips, on)
    ok = crossing_allowed(rule, recorded, on)
    assert (answer.max_stay_days > 0) == ok
    if not ok:
        assert answer.earliest_entry is not None and crossing_allowed(rule, recorded, answer.earliest_entry)
        assert not any(crossing_allowed(rule, recorded, d) for d in span(on, answer.earliest_entry - ONE))
    over = crossing_over(rule, recorded)
    assert {d for v in answer.violations for d in span(v.first_day, v.last_day)} == set(over)
    for v in answer.violations:
        assert v.peak == max(over[d] for d in span(v.first_day, v.last_day))


# -- visas and the passport: the model adds its checks to `allowed` -------------------------------------------------


def passport_last(expires: date, months: int) -> date:
    """The last exit day X with X + months (same day or the month's last) on or before `expires`, found by walking."""
    x = expires
    while months_later(x, months) > expires:
        x -= ONE
    return x


def documents_allow(docs, recorded: list[tuple[date, date]], start: date, length: int) -> bool:
    end = start + timedelta(days=length - 1)
    if docs.passport_expires is not None and end > passport_last(docs.passport_expires, docs.passport_months):
        return False
    if not docs.visa_required:
        return True
    entries = entries_of(recorded)
    holding = [e for e in entries if e[0] <= start <= e[1]]
    joined = ([max(holding)] if holding else []) + [e for e in entries if start < e[0] < end]
    first, _ = stay_entry(recorded, (start, end))
    after = [e for e in entries if e not in joined] + [(first, end)]
    stay_days = set(span(start, end)) | {x for a, b in recorded for x in span(a, b)}
    for visa in docs.visas:
        if not (visa.valid_from <= first and end <= visa.valid_until):
            continue
        used_entries = sum(1 for a, _ in after if visa.valid_from <= a <= visa.valid_until)
        if visa.entries is not None and used_entries > visa.entries:
            continue
        used_days = sum(1 for x in stay_days if visa.valid_from <= x <= visa.valid_until)
        if visa.days is not None and used_days > visa.days:
            continue
        return True
    return False


visa_st = st.tuples(st.integers(0, 560), st.integers(0, 120), st.none() | st.integers(1, 3),
                    st.none() | st.integers(5, 60)).map(
    lambda t: Visa(BASE + timedelta(days=t[0]), BASE + timedelta(days=t[0] + t[1]), t[2], t[3]))  # fmt: skip
docs_st = st.builds(
    lambda visas, required, expires, months: Documents(tuple(visas), required and bool(visas), expires, months),
    st.lists(visa_st, max_size=2), st.booleans(),
    st.none() | st.integers(100, 900).map(lambda k: BASE + timedelta(days=k)), st.integers(0, 6),
)  # fmt: skip


@SETTINGS
@given(rules=st.lists(st.one_of(rolling, per_entry, calendar_year), min_size=1, max_size=2), docs=docs_st,
       trips=trips_st, on=on_st)  # fmt: skip
def test_visas_and_the_passport_match_the_model(rules: list[Rule], docs, trips: list[Stay], on: date) -> None:
    answer = calculate(rules, trips, on, documents=docs)
    recorded = trip_days(trips, on)

    def ok(start: date, length: int) -> bool:
        return allowed(rules, recorded, start, length) and (length <= 0 or documents_allow(docs, recorded, start,
                                                                                            length))  # fmt: skip

    m = answer.max_stay_days
    assert ok(on, m) and not ok(on, m + 1)
    rules_only = calculate(rules, trips, on)
    assert answer.rules_max_stay_days == rules_only.max_stay_days and m <= rules_only.max_stay_days
    assert (answer.exit_reason == "rule") == (m > 0 and m == rules_only.max_stay_days)
    if m == 0 and answer.earliest_entry is not None:
        assert ok(answer.earliest_entry, 1)
        assert not any(ok(d, 1) for d in span(on, answer.earliest_entry - ONE))


# -- zone members by date: a trip's day counts only from its country's join date (and border) -----------------------

MEMBERS = Members((
    Member("AA", BASE - timedelta(days=1000)),
    Member("HR", BASE + timedelta(days=200)),
    Member("BG", BASE + timedelta(days=150), "air"),
    Member("BG", BASE + timedelta(days=300), "land"),
))  # fmt: skip
country_trip = st.tuples(trip, st.sampled_from(["", "AA", "HR", "BG", "RS"]), st.sampled_from(["", "air", "land"]))


@SETTINGS
@given(rules=st.lists(st.one_of(rolling, per_entry, calendar_year), min_size=1, max_size=2),
       trips=st.lists(country_trip, max_size=5), on=on_st)  # fmt: skip
def test_membership_dates_match_the_model(rules: list[Rule], trips, on: date) -> None:
    stays_ = [Stay(t.entry, t.exit, t.counts, c, b) for t, c, b in trips]
    answer = calculate(rules, stays_, on, members=MEMBERS)
    # the model: each trip keeps only the days on or after the day its country (by its border) joined
    kept = []
    for t, c, b in trips:
        if not c:
            kept.append(t)
            continue
        since = [m.since for m in MEMBERS.members if m.country == c and (not b or m.border in ("", b))]
        if not since:
            continue
        last = t.exit if t.exit is not None else max(t.entry, on)
        days = [d for d in span(t.entry, last) if d >= min(since)]
        if days and t.counts:
            kept.append(Stay(days[0], days[-1]))
    check_against_model(rules, kept, on)
    assert answer == calculate(rules, kept, on)


# -- working days: the n-th working day after arrival ---------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(start=st.dates(date(2024, 12, 1), date(2027, 12, 31)), n=st.integers(0, 40),
       country=st.sampled_from(["KZ", "RU"]))  # fmt: skip
def test_working_days_match_a_walk_over_the_calendar(start: date, n: int, country: str) -> None:
    from journal_app.core.holidays import add_working_days, shipped_calendars

    cal = shipped_calendars()[country]
    due, covered = add_working_days(start, n, cal)
    working = [d for d in span(start + ONE, start + timedelta(days=200))
               if d.weekday() < 5 and d not in cal.holidays]  # fmt: skip
    assert due == (working[n - 1] if n else start)
    assert covered == all(d.year in cal.years for d in span(start, due))
