"""How many days a person may still stay in a zone: the counting rules of docs/STAYS.md (from DOMAIN notes).

Pure functions over trips and rules; nothing here touches the vault. Days are whole calendar days: the day of entry and
the day of exit both count, and a day counts once even if two trips touch it.

Rule types (all rules of a zone must hold at once):
    RollingWindow(limit, window)  at most `limit` days of stay in any `window` consecutive days (90 in 180)
    PerEntry(limit)               at most `limit` days from one entry to its exit
    CalendarYear(limit)           at most `limit` days within one calendar year
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate

#: How far ahead the planner looks for an earliest entry or a longest stay (ten years).
HORIZON_DAYS = 3660


@dataclass(frozen=True)
class RollingWindow:
    limit: int
    window: int
    kind: str = field(default="rolling", init=False)


@dataclass(frozen=True)
class PerEntry:
    limit: int
    kind: str = field(default="per_entry", init=False)


@dataclass(frozen=True)
class CalendarYear:
    limit: int
    kind: str = field(default="calendar_year", init=False)


Rule = RollingWindow | PerEntry | CalendarYear


@dataclass(frozen=True)
class Stay:
    """One recorded trip: entry and exit day (None: still there). `counts` is False for days under a residence
    permit or a long-stay visa, which do not count towards short-stay rules."""

    entry: date
    exit: date | None = None
    counts: bool = True


@dataclass(frozen=True)
class Violation:
    first_day: date
    last_day: date
    peak: int


@dataclass(frozen=True)
class RuleStatus:
    rule: Rule
    days_used: int
    days_remaining: int


@dataclass(frozen=True)
class StayAnswer:
    on: date
    limit: int
    window: int | None
    days_used: int
    days_remaining: int
    max_stay_days: int
    latest_exit: date | None
    earliest_entry: date | None
    violations: list[Violation]
    rules: list[RuleStatus]
    earliest_entry_for: date | None = None
    stay_for: int | None = None


class _Days:
    """Days of stay as ordinals, with prefix sums for O(1) counts in any range."""

    def __init__(self, intervals: Sequence[tuple[int, int]], lo: int, hi: int) -> None:
        self.lo, self.hi = lo, hi
        marks = bytearray(hi - lo + 2)
        for a, b in intervals:
            for d in range(max(a, lo), min(b, hi) + 1):
                marks[d - lo] = 1
        self.marks = marks
        self.prefix = [0, *accumulate(marks)]
        self.intervals = _merge(intervals)

    def has(self, d: int) -> bool:
        return self.lo <= d <= self.hi and self.marks[d - self.lo] == 1

    def count(self, a: int, b: int) -> int:
        """Days of stay in [a, b]."""
        a, b = max(a, self.lo), min(b, self.hi)
        if a > b:
            return 0
        return self.prefix[b - self.lo + 1] - self.prefix[a - self.lo]


def _merge(intervals: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping trips are one stay (a day counts once)."""
    merged: list[list[int]] = []
    for a, b in sorted(intervals):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def _year_start(d: int) -> int:
    return date(date.fromordinal(d).year, 1, 1).toordinal()


def _count(rule: Rule, days: _Days, d: int, extra: tuple[int, int] | None = None) -> int:
    """The rule's count on day d, with the days of `extra` (a planned stay) added."""

    def with_extra(a: int, b: int) -> int:
        base = days.count(a, b)
        if extra is None:
            return base
        x, y = max(a, extra[0]), min(b, extra[1])
        return base + ((y - x + 1) - days.count(x, y) if x <= y else 0)

    if isinstance(rule, RollingWindow):
        return with_extra(d - rule.window + 1, d)
    if isinstance(rule, CalendarYear):
        return with_extra(_year_start(d), d)
    intervals = days.intervals if extra is None else _merge([*days.intervals, extra])
    for a, b in intervals:
        if a <= d <= b:
            return d - a + 1
    return 0


def _reach(rule: Rule, last: int) -> int:
    """The last day whose count a stay ending on `last` can change."""
    if isinstance(rule, RollingWindow):
        return last + rule.window - 1
    if isinstance(rule, CalendarYear):
        return date(date.fromordinal(last).year, 12, 31).toordinal()
    return last  # per entry: merged later trips are checked through their own days below


def _allowed(rules: Sequence[Rule], days: _Days, start: int, length: int) -> bool:
    """May the person stay from `start` for `length` days without breaking a rule on any day from `start` on?

    Days of the planned stay must be within every limit; days of later recorded trips must be within the limit, or
    no worse than they already were (a recorded overstay does not stop the calculator from answering).
    """
    if length <= 0:
        return True
    extra = (start, start + length - 1)
    merged = _merge([*days.intervals, extra])
    for rule in rules:
        last_checked = _reach(rule, extra[1])
        if isinstance(rule, PerEntry):
            for a, b in merged:
                if a <= extra[1] and b >= extra[0]:
                    last_checked = max(last_checked, b)
        for d in range(extra[0], last_checked + 1):
            in_stay = d <= extra[1]
            if not in_stay and not days.has(d):
                continue
            after = _count(rule, days, d, extra)
            if after <= rule.limit:
                continue
            if in_stay or after > _count(rule, days, d):
                return False
    return True


def _longest(rules: Sequence[Rule], days: _Days, start: int, cap: int) -> int:
    """The longest allowed stay from `start` (binary search: a longer stay never breaks fewer rules)."""
    lo, hi = 0, cap
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _allowed(rules, days, start, mid):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _violations(rules: Sequence[Rule], days: _Days) -> list[Violation]:
    """Runs of stay days on which some rule's count is over its limit, with the highest excess count."""
    found: list[Violation] = []
    for a, b in days.intervals:
        run: list[int] | None = None  # [first, last, peak]
        for d in range(a, b + 1):
            over = [c for rule in rules if (c := _count(rule, days, d)) > rule.limit]
            if over:
                peak = max(over)
                if run is not None and run[1] == d - 1:
                    run[1], run[2] = d, max(run[2], peak)
                else:
                    if run is not None:
                        found.append(Violation(date.fromordinal(run[0]), date.fromordinal(run[1]), run[2]))
                    run = [d, d, peak]
        if run is not None:
            found.append(Violation(date.fromordinal(run[0]), date.fromordinal(run[1]), run[2]))
    return found


def _cap(rules: Sequence[Rule]) -> int:
    """No continuous stay can be longer than this (a rule as loose as its window sets no cap)."""
    caps = [HORIZON_DAYS]
    for rule in rules:
        if isinstance(rule, PerEntry) or (isinstance(rule, RollingWindow) and rule.limit < rule.window):
            caps.append(rule.limit)
        elif isinstance(rule, CalendarYear) and rule.limit < 365:
            caps.append(2 * rule.limit + 1)
    return min(caps)


def calculate(rules: Sequence[Rule], trips: Iterable[Stay], on: date, stay_for: int | None = None) -> StayAnswer:
    """Every answer of the calculator for the day `on`, counting all recorded trips, past and planned."""
    if not rules:
        raise ValueError("a zone needs at least one rule")
    if stay_for is not None and stay_for < 1:
        raise ValueError("a stay is at least one day long")
    today = on.toordinal()
    intervals = []
    for trip in trips:
        if not trip.counts:
            continue
        a = trip.entry.toordinal()
        b = trip.exit.toordinal() if trip.exit is not None else max(a, today)
        if b >= a:
            intervals.append((a, b))
    longest_rule = max((r.window for r in rules if isinstance(r, RollingWindow)), default=366)
    lo = min([a for a, _ in intervals] + [today]) - longest_rule - 366
    hi = max([b for _, b in intervals] + [today]) + HORIZON_DAYS + longest_rule + 366
    days = _Days(intervals, lo, hi)

    statuses = []
    for rule in rules:
        used = _count(rule, days, today)
        statuses.append(RuleStatus(rule, used, rule.limit - used))
    binding = min(statuses, key=lambda s: s.days_remaining)
    primary = rules[0]

    cap = _cap(rules)
    max_stay = _longest(rules, days, today, cap)

    def earliest(length: int) -> date | None:
        for start in range(today, today + HORIZON_DAYS):
            if _allowed(rules, days, start, length):
                return date.fromordinal(start)
        return None

    return StayAnswer(
        on=on,
        limit=primary.limit,
        window=primary.window if isinstance(primary, RollingWindow) else None,
        days_used=binding.days_used,
        days_remaining=binding.days_remaining,
        max_stay_days=max_stay,
        latest_exit=on + timedelta(days=max_stay - 1) if max_stay > 0 else None,
        earliest_entry=on if max_stay > 0 else earliest(1),
        violations=_violations(rules, days),
        rules=statuses,
        earliest_entry_for=earliest(stay_for) if stay_for is not None else None,
        stay_for=stay_for,
    )


def days_used_series(rules: Sequence[Rule], trips: Iterable[Stay], first: date, last: date) -> list[tuple[date, int]]:
    """For a chart: the primary rule's count on every day from `first` to `last`."""
    answer_days: list[tuple[date, int]] = []
    intervals = [(t.entry.toordinal(), (t.exit or max(t.entry, last)).toordinal()) for t in trips if t.counts]
    rule = rules[0]
    span = rule.window if isinstance(rule, RollingWindow) else 366
    days = _Days(intervals, first.toordinal() - span - 366, last.toordinal() + 1)
    for d in range(first.toordinal(), last.toordinal() + 1):
        answer_days.append((date.fromordinal(d), _count(rule, days, d)))
    return answer_days
