"""How many days a person may still stay in a zone: the counting rules of docs/STAYS.md (from DOMAIN notes).

Pure functions over trips and rules; nothing here touches the vault. Days are whole calendar days: the day of entry and
the day of exit both count, and a day counts once even if two trips touch it.

Rule types (all rules of a zone must hold at once):
    RollingWindow(limit, window)  at most `limit` days of stay in any `window` consecutive days (90 in 180)
    PerEntry(limit)               at most `limit` days from one entry to its exit
    CalendarYear(limit)           at most `limit` days within one calendar year
    PerEntryMonths(months)        at most `months` calendar months from one entry ("6 months per visit"): from an
                                  entry on 15 January, 6 months run to 14 July (the day before the same date)
    RollingMonths(limit, months)  at most `limit` days of stay in any `months` consecutive calendar months ending on
                                  the day (tax residence: 183 days in 12 months; the window is 365 or 366 days)
    MaxEntries(limit, window)     at most `limit` entries in any `window` consecutive days
    MinOutside(days)              at least `days` whole days outside between an exit and the next entry

The two entry rules judge a planned stay by its own entry (a new entry on the day asked for); a recorded later
entry they would make wrong shows under `violations` once recorded. They set no days used or left.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from calendar import monthrange
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import accumulate
from operator import sub

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


@dataclass(frozen=True)
class PerEntryMonths:
    months: int
    kind: str = field(default="per_entry_months", init=False)

    @property
    def limit(self) -> int:
        """The most days an entry can ever have under this rule (months of 31 days); the limit of one entry is
        `days_from(entry)`."""
        return 31 * self.months

    def days_from(self, entry: date) -> int:
        return _entry_limit(self, entry.toordinal())


@dataclass(frozen=True)
class RollingMonths:
    limit: int
    months: int = 12
    kind: str = field(default="rolling_months", init=False)


@dataclass(frozen=True)
class MaxEntries:
    limit: int
    window: int
    kind: str = field(default="max_entries", init=False)


@dataclass(frozen=True)
class MinOutside:
    days: int
    kind: str = field(default="min_outside", init=False)

    @property
    def limit(self) -> int:
        return self.days


Rule = RollingWindow | PerEntry | CalendarYear | PerEntryMonths | RollingMonths | MaxEntries | MinOutside
CrossingRule = MaxEntries | MinOutside
EntryRule = PerEntry | PerEntryMonths


def add_months(anchor: date, months: int) -> date:
    """`anchor` moved by whole calendar months, keeping its day or the month's last day when the month is shorter
    (31 January + 1 month = 28 or 29 February; 31 March - 1 month = 28 or 29 February)."""
    year, month0 = divmod(anchor.year * 12 + anchor.month - 1 + months, 12)
    return date(year, month0 + 1, min(anchor.day, monthrange(year, month0 + 1)[1]))


@lru_cache(maxsize=65536)
def _add_months_ord(d: int, months: int) -> int:
    return add_months(date.fromordinal(d), months).toordinal()


def _entry_limit(rule: EntryRule, first: int) -> int:
    """Days allowed to an entry that starts on day `first`."""
    if isinstance(rule, PerEntry):
        return rule.limit
    return _add_months_ord(first, rule.months) - first


def _window_start(rule: RollingMonths, d: int) -> int:
    """The first day of the `months` calendar months that end on day d."""
    return _add_months_ord(d, -rule.months) + 1


@dataclass(frozen=True)
class Stay:
    """One recorded trip: entry and exit day (None: still there). `counts` is False for days under a residence
    permit or a long-stay visa, which do not count towards short-stay rules. `country` and `border` (air, sea or
    land) say where and how the person entered, for zones whose members joined on different dates."""

    entry: date
    exit: date | None = None
    counts: bool = True
    country: str = ""
    border: str = ""


@dataclass(frozen=True)
class Visa:
    """A visa sticker of the zone: its validity, how many entries it allows (None: multiple) and its own limit of
    days of stay within the validity (None: only the zone's rules)."""

    valid_from: date
    valid_until: date
    entries: int | None = None
    days: int | None = None
    kind: str = field(default="visa", init=False)


@dataclass(frozen=True)
class PassportValidity:
    """A zone's rule that the passport stay valid `months` months beyond the exit (Schengen: 3). `document_id`
    names the passport (None: the international passport that expires last)."""

    months: int
    document_id: str | None = None
    kind: str = field(default="passport_valid", init=False)


@dataclass(frozen=True)
class Documents:
    """What a stay needs besides the rules: a visa of `visas` (when `visa_required`), and a passport valid
    `passport_months` months beyond the exit (`passport_expires` None: no passport rule, or none recorded)."""

    visas: tuple[Visa, ...] = ()
    visa_required: bool = False
    passport_expires: date | None = None
    passport_months: int = 0

    def missing_for(self, entry: date, exit: date) -> str | None:
        """For a planned trip: "passport" when it ends after the passport's last exit day, "visa" when no visa's
        validity holds it (its entries and days are not counted here), else None."""
        last = self.passport_last_exit()
        if last is not None and exit > last:
            return "passport"
        if self.visa_required and not any(v.valid_from <= entry and exit <= v.valid_until for v in self.visas):
            return "visa"
        return None

    def passport_last_exit(self) -> date | None:
        """The last exit day that leaves the passport valid `passport_months` months beyond it."""
        if self.passport_expires is None:
            return None
        x = add_months(self.passport_expires, -self.passport_months)
        while add_months(x + timedelta(days=1), self.passport_months) <= self.passport_expires:
            x += timedelta(days=1)
        while x > date.min and add_months(x, self.passport_months) > self.passport_expires:
            x -= timedelta(days=1)
        return x


@dataclass(frozen=True)
class Member:
    """A country of the zone from a date (by border: air, sea, land; empty: every border)."""

    country: str
    since: date
    border: str = ""
    kind: str = field(default="member", init=False)


@dataclass(frozen=True)
class Members:
    """A zone whose members changed over time (Schengen: Croatia from 2023-01-01; Bulgaria and Romania by air and
    sea from 2024-03-31, by land from 2025-01-01). A trip whose country is not listed does not count for the zone;
    a trip without a country counts whole."""

    members: tuple[Member, ...]

    def joined(self, country: str, border: str = "") -> date | None:
        """The day from which a trip to `country` through `border` counts (None: not a member). With no border
        recorded, the earliest date of any border: a day too many is safer than one too few."""
        key, way = country.strip().upper(), border.strip().lower()
        dates = [m.since for m in self.members if m.country.upper() == key and (not way or m.border in ("", way))]
        return min(dates, default=None)


@dataclass(frozen=True)
class VisaStatus:
    """The visa a stay on `on` would use, with its entries and days used (recorded trips and, for the entries, a
    stay that starts on `on`)."""

    visa: Visa
    entries_used: int
    days_used: int


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
    limit: int | None = None  # the days this rule allows on `on` (a months rule: for the current entry or window)
    max_stay_days: int | None = None  # the longest stay from `on` this rule alone allows
    latest_exit: date | None = None


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
    binding_rule: int | None = None  # index in `rules` of the rule that sets the longest stay (None: no rule does)
    exit_reason: str | None = None  # what sets latest_exit: "rule", "visa" or "passport" (None: no day allowed)
    visa: VisaStatus | None = None
    passport_last_exit: date | None = None
    rules_max_stay_days: int | None = None  # the longest stay the rules alone allow (more than max_stay_days when a
    # visa or the passport ends first: the horizon warns then)


class _Days:
    """Days of stay as ordinals, with prefix sums for O(1) counts in any range."""

    def __init__(self, intervals: Sequence[tuple[int, int]], lo: int, hi: int) -> None:
        self.lo, self.hi = lo, hi
        marks = bytearray(hi - lo + 2)
        for a, b in intervals:
            a, b = max(a, lo), min(b, hi)
            if a <= b:
                marks[a - lo : b - lo + 1] = b"\x01" * (b - a + 1)
        self.marks = marks
        self.prefix = [0, *accumulate(marks)]
        self.intervals = _merge(intervals)
        self.starts = [a for a, _ in self.intervals]
        self.entries = _entries(intervals)
        self.entry_starts = [a for a, _ in self.entries]

    def entry_count(self, d: int) -> int:
        """The per-entry count on day d: days since the latest entry that holds d (a border run restarts it)."""
        i = bisect_right(self.entry_starts, d) - 1
        # entries are sorted by start and each ends no later than the next one starts: only the last can hold d
        if i >= 0 and self.entries[i][1] >= d:
            return d - self.entries[i][0] + 1
        return 0

    def has(self, d: int) -> bool:
        return self.lo <= d <= self.hi and self.marks[d - self.lo] == 1

    def count(self, a: int, b: int) -> int:
        """Days of stay in [a, b]."""
        a, b = max(a, self.lo), min(b, self.hi)
        if a > b:
            return 0
        return self.prefix[b - self.lo + 1] - self.prefix[a - self.lo]

    def last_free(self, a: int, b: int) -> int | None:
        """The last day in [a, b] that is not a day of stay (None: every day is one)."""
        if b > self.hi:
            return b
        if a < self.lo:
            return None if self.count(self.lo, b) == b - self.lo + 1 else self._rfind(self.lo, b)
        return self._rfind(a, b)

    def _rfind(self, a: int, b: int) -> int | None:
        found = self.marks.rfind(0, a - self.lo, b - self.lo + 1)
        return None if found < 0 else found + self.lo


def _merge(intervals: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping trips are one stay (a day counts once)."""
    merged: list[list[int]] = []
    for a, b in sorted(intervals):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def _entries(intervals: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Trips grouped into entries: trips that share a day are one entry, except a border run (one trip's exit day is
    the next one's entry day: a new stamp starts a new entry). Sorted by start; two entries share at most one day."""
    groups: list[list[int]] = []
    for a, b in sorted(intervals):
        if groups and a < groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], b)
        else:
            groups.append([a, b])
    return [(a, b) for a, b in groups]


@lru_cache(maxsize=4096)
def _year_start(d: int) -> int:
    return date(date.fromordinal(d).year, 1, 1).toordinal()


@lru_cache(maxsize=4096)
def _year_end(d: int) -> int:
    return date(date.fromordinal(d).year, 12, 31).toordinal()


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
    if isinstance(rule, RollingMonths):
        return with_extra(_window_start(rule, d), d)
    if isinstance(rule, CalendarYear):
        return with_extra(_year_start(d), d)
    if isinstance(rule, MaxEntries):
        return bisect_right(days.entry_starts, d) - bisect_left(days.entry_starts, d - rule.window + 1)
    if isinstance(rule, MinOutside):
        return _days_outside(days, d)
    return days.entry_count(d)


def _days_outside(days: _Days, d: int) -> int:
    """Whole days outside between the last day of stay before d and d (0 when d follows it or holds it; when there
    is none, the days since the start of the record, a number above any rule's)."""
    if days.entry_count(d) and days.entry_starts[bisect_right(days.entry_starts, d) - 1] < d:
        return 0  # already in: the count belongs to the entry day
    if d - 1 < days.lo:
        return 0
    found = days.marks.rfind(1, 0, d - days.lo)
    return d - days.lo if found < 0 else max(0, d - (found + days.lo) - 1)


def _limit_on(rule: Rule, days: _Days, d: int) -> int:
    """The days the rule allows on day d: for a months-per-entry rule, those of the entry d is in (or one starting
    on d)."""
    if isinstance(rule, PerEntryMonths):
        i = bisect_right(days.entry_starts, d) - 1
        first = days.entries[i][0] if i >= 0 and days.entries[i][1] >= d else d
        return _entry_limit(rule, first)
    return rule.limit


def _reach(rule: Rule, last: int) -> int:
    """The last day whose count a stay ending on `last` can change."""
    if isinstance(rule, RollingWindow):
        return last + rule.window - 1
    if isinstance(rule, RollingMonths):
        return _add_months_ord(last, rule.months)
    if isinstance(rule, CalendarYear):
        return _year_end(last)
    return last  # per entry: merged later trips are checked through their own days below


def _allowed(rules: Sequence[Rule], days: _Days, start: int, length: int, docs: _Docs | None = None) -> bool:
    """May the person stay from `start` for `length` days without breaking a rule on any day from `start` on?

    Days of the planned stay must be within every limit; days of later recorded trips must be within the limit, or
    no worse than they already were (a recorded overstay does not stop the calculator from answering).

    The definition, day by day: for every day d from `start` to the last day the stay can influence, with the
    rule's count `after` (recorded days and the stay) and `before` (recorded days only), the day fails when
    `after > limit` and either d is a day of the stay, or d is a recorded day of stay and `after > before`. Each rule
    type answers that below without walking every day: counts within a calendar year or an entry only grow, and
    `after > before` on a later day exactly when the window of that day still holds a day the stay adds.
    """
    if length <= 0:
        return True
    s, e = start, start + length - 1
    if docs is not None and not docs.allows(days, s, e):
        return False  # the documents first: they are the cheaper check
    for rule in rules:
        if isinstance(rule, RollingWindow):
            ok = _rolling_allows(rule, days, s, e)
        elif isinstance(rule, RollingMonths):
            ok = _rolling_months_allows(rule, days, s, e)
        elif isinstance(rule, CalendarYear):
            ok = _calendar_year_allows(rule, days, s, e)
        elif isinstance(rule, (MaxEntries, MinOutside)):
            ok = _crossing_allows(rule, days, s)
        else:
            ok = _per_entry_allows(rule, days, s, e)
        if not ok:
            return False
    return True


class _Docs:
    """Documents as ordinals: the passport's last exit day and each visa's bounds."""

    def __init__(self, docs: Documents) -> None:
        last = docs.passport_last_exit()
        self.passport_last = last.toordinal() if last is not None else None
        self.visa_required = docs.visa_required
        self.visas = sorted(((v, v.valid_from.toordinal(), v.valid_until.toordinal()) for v in docs.visas),
                            key=lambda t: (t[1], t[2]))  # fmt: skip
        self.visa_starts = [a for _, a, _ in self.visas]
        self.until_so_far = list(accumulate((b for _, _, b in self.visas), max))  # the latest end among the first k

    def allows(self, days: _Days, s: int, e: int) -> bool:
        if self.passport_last is not None and e > self.passport_last:
            return False
        if not self.visa_required:
            return True
        return self.visa_for(days, s, e) is not None

    def visa_for(self, days: _Days, s: int, e: int) -> tuple[Visa, int, int] | None:
        """A visa that allows the stay [s, e] (with its entries and days used), or None."""
        first, _last, _later = _stay_entry(days, s, e)
        new_entry = days.entry_count(s) == 0  # else the stay continues the entry that holds s
        starts = days.entry_starts
        absorbed = max(0, bisect_left(starts, e) - bisect_right(starts, s))  # entries that join the stay's one
        i = bisect_right(self.visa_starts, first) - 1  # visas valid from `first` or earlier, latest first
        while i >= 0 and self.until_so_far[i] >= e:
            visa, a, b = self.visas[i]
            i -= 1
            if not (a <= first and e <= b):
                continue  # the entry must start within the validity and the stay end within it
            entries = bisect_right(starts, b) - bisect_left(starts, a) - absorbed + new_entry
            if visa.entries is not None and entries > visa.entries:
                continue
            used = days.count(a, b) + (e - s + 1) - days.count(s, e)
            if visa.days is not None and used > visa.days:
                continue
            return visa, entries, used
        return None


def _crossing_allows(rule: CrossingRule, days: _Days, s: int) -> bool:
    """An entry rule and a stay from s: when s starts a new entry, may the person enter that day?"""
    if days.entry_count(s):
        return True  # the stay goes on from an entry that holds s: no new entry
    if isinstance(rule, MinOutside):
        return _days_outside(days, s) >= rule.days
    # every window of `window` days that holds s may hold at most limit - 1 recorded entries
    starts, w = days.entry_starts, rule.window
    near = starts[bisect_left(starts, s - w + 1) : bisect_right(starts, s + w - 1)]
    j = 0
    for i, first in enumerate(near):  # windows beginning at a recorded entry (or at s - w + 1) are the fullest
        if first > s:
            break
        while j < len(near) and near[j] <= first + w - 1:
            j += 1
        if j - i + 1 > rule.limit:
            return False
    head = bisect_right(near, s - 1)  # the window that begins on s holds the entries from s on
    return bisect_right(near, s + w - 1) - head + 1 <= rule.limit


def _rolling_allows(rule: RollingWindow, days: _Days, s: int, e: int) -> bool:
    limit, window, lo = rule.limit, rule.window, days.lo
    # Days of the stay: on d, the recorded days in the window before `start`, plus every day from `start` to d.
    first_full = s + window - 1  # from here on the window lies inside the stay
    if e >= first_full and window > limit:
        return False
    last = min(e, first_full - 1)
    if last >= s:
        # after(d) = count(d-window+1, s-1) + (d-s+1); the first part from the prefix sums, all days at once
        before_start = days.count(lo, s - 1)
        k0 = s - window + 1
        if k0 >= lo:
            prefix = days.prefix
            offset = k0 - lo
            m = last - s + 1
            best = max(map(sub, range(1, m + 1), prefix[offset : offset + m])) + before_start
        else:
            best = max(days.count(d - window + 1, s - 1) + (d - s + 1) for d in range(s, last + 1))
        if best > limit:
            return False
    # Recorded days after the stay: only those whose window still holds a day the stay adds can get worse.
    new_last = days.last_free(s, e)
    if new_last is None:
        return True  # the stay adds no day: every later count is as it was
    for d in range(e + 1, min(e + window - 1, new_last + window - 1) + 1):
        if not days.has(d):
            continue
        a = d - window + 1
        x = max(a, s)
        after = days.count(a, d) + (e - x + 1) - days.count(x, e)
        if after > limit:
            return False
    return True


def _rolling_months_allows(rule: RollingMonths, days: _Days, s: int, e: int) -> bool:
    """As `_rolling_allows`, with a window of calendar months (its length changes from day to day)."""
    limit = rule.limit
    before_start = days.count(days.lo, s - 1)
    prefix, lo = days.prefix, days.lo
    for d in range(s, e + 1):
        a = _window_start(rule, d)
        # recorded days of the window before the stay, plus every day of the stay up to d
        after = (before_start - (prefix[a - lo] if a > lo else 0) if a <= s else 0) + (d - max(a, s) + 1)
        if after > limit:
            return False
    new_last = days.last_free(s, e)
    if new_last is None:
        return True
    for d in range(e + 1, _add_months_ord(new_last, rule.months) + 1):
        if not days.has(d):
            continue
        a = _window_start(rule, d)
        if a > new_last:
            break
        x = max(a, s)
        after = days.count(a, d) + ((e - x + 1) - days.count(x, e) if x <= e else 0)
        if after > limit:
            return False
    return True


def _calendar_year_allows(rule: CalendarYear, days: _Days, s: int, e: int) -> bool:
    limit = rule.limit
    # Days of the stay, year by year: the count only grows within a year, so the last day of the stay in each
    # year has the highest count (recorded days before the stay that year, plus the stay's days that year).
    p = s
    while p <= e:
        jan1, dec31 = _year_start(p), _year_end(p)
        q = min(e, dec31)
        if days.count(jan1, p - 1) + (q - p + 1) > limit:
            return False
        p = dec31 + 1
    # Recorded days after the stay in its last year: worse (by the stay's new days that year, the same for each)
    # only if the stay adds a day that year; the last of them has the highest count.
    jan1, dec31 = _year_start(e), _year_end(e)
    x = max(s, jan1)
    added = (e - x + 1) - days.count(x, e)
    if added > 0 and days.count(e + 1, dec31) > 0 and days.count(jan1, dec31) + added > limit:
        return False
    return True


def _stay_entry(days: _Days, s: int, e: int) -> tuple[int, int, int | None]:
    """The entry a planned stay [s, e] belongs to, as (first day, last day, start of the recorded entry that goes on
    after e or None). Staying on continues the latest entry that holds s (so a border run on s counts from s); a
    recorded entry that starts within (s, e) joins it; one that starts on e is a border run at the end of the stay."""
    first, last = s, e
    later_start: int | None = None
    starts, entries = days.entry_starts, days.entries
    i = bisect_right(starts, s) - 1
    if i >= 0 and entries[i][1] >= s:
        first = entries[i][0]
        if entries[i][1] > e:
            last, later_start = entries[i][1], entries[i][0]
    j = bisect_right(starts, s)
    while j < len(entries) and entries[j][0] < e:
        a, b = entries[j]
        if b > last:
            last, later_start = b, a
        j += 1
    return first, last, later_start


def _per_entry_allows(rule: EntryRule, days: _Days, s: int, e: int) -> bool:
    first, last, later_start = _stay_entry(days, s, e)
    limit = _entry_limit(rule, first)
    if e - first + 1 > limit:
        return False
    # Recorded days after the stay, up to the end of the entry: worse only if the entry now starts earlier.
    if later_start is not None and first < later_start and last - first + 1 > limit:
        return False
    return True


def _longest(rules: Sequence[Rule], days: _Days, start: int, cap: int, docs: _Docs | None = None) -> int:
    """The longest allowed stay from `start` (binary search: a longer stay never breaks fewer rules)."""
    lo, hi = 0, cap
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _allowed(rules, days, start, mid, docs):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _over(rule: Rule, days: _Days, a: int, b: int) -> list[int]:
    """The rule's count on each day of the recorded stay [a, b] where it is over the limit, else -1."""
    limit, lo, prefix = rule.limit, days.lo, days.prefix
    if isinstance(rule, (MaxEntries, MinOutside)):
        marks = [-1] * (b - a + 1)
        for x in days.entry_starts[bisect_left(days.entry_starts, a) : bisect_right(days.entry_starts, b)]:
            if isinstance(rule, MaxEntries):
                c = _count(rule, days, x)
                marks[x - a] = c if c > limit else -1
            else:
                gap = _days_outside(days, x)
                if gap < rule.days and days.marks.rfind(1, 0, max(0, x - lo)) >= 0:
                    marks[x - a] = gap  # the days outside before this entry, fewer than the rule asks
        return marks
    if isinstance(rule, (PerEntry, PerEntryMonths)):
        # a day held by two entries (a border run) is over when either entry is over on it
        worst = [-1] * (b - a + 1)
        i = bisect_right(days.entry_starts, b) - 1
        while i >= 0 and days.entries[i][1] >= a:
            x, y = days.entries[i]
            for d in range(max(x + _entry_limit(rule, x), a), min(y, b) + 1):
                worst[d - a] = max(worst[d - a], d - x + 1)
            i -= 1
        return worst
    counts: Iterable[int]
    if isinstance(rule, RollingMonths):
        counts = [days.count(_window_start(rule, d), d) for d in range(a, b + 1)]
    elif isinstance(rule, RollingWindow):
        w = rule.window
        if a - w + 1 >= lo and b <= days.hi:
            counts = map(sub, prefix[a - lo + 1 : b - lo + 2], prefix[a - w + 1 - lo : b - w + 2 - lo])
        else:
            counts = [days.count(d - w + 1, d) for d in range(a, b + 1)]
    else:
        parts: list[int] = []
        p = a
        while p <= b:
            jan1, q = _year_start(p), min(b, _year_end(p))
            parts += [days.count(jan1, d) for d in range(p, q + 1)]
            p = q + 1
        counts = parts
    return [c if c > limit else -1 for c in counts]


def _violations(rules: Sequence[Rule], days: _Days) -> list[Violation]:
    """Runs of stay days on which some rule's count is over its limit, with the highest excess count."""
    found: list[Violation] = []
    for a, b in days.intervals:
        per_rule = [_over(rule, days, a, b) for rule in rules]
        peaks = per_rule[0] if len(per_rule) == 1 else list(map(max, *per_rule))
        if max(peaks) < 0:
            continue
        run: list[int] | None = None  # [first, last, peak]
        for offset, peak in enumerate(peaks):
            if peak < 0:
                continue
            d = a + offset
            if run is not None and run[1] == d - 1:
                run[1], run[2] = d, max(run[2], peak)
            else:
                if run is not None:
                    found.append(Violation(date.fromordinal(run[0]), date.fromordinal(run[1]), run[2]))
                run = [d, d, peak]
        if run is not None:
            found.append(Violation(date.fromordinal(run[0]), date.fromordinal(run[1]), run[2]))
    return _join_runs(found)


def _join_runs(runs: list[Violation]) -> list[Violation]:
    """Runs on days that touch (trips exit one day and enter the next) are one run."""
    joined: list[Violation] = []
    for run in runs:
        if joined and (run.first_day - joined[-1].last_day).days <= 1:
            last = joined[-1]
            joined[-1] = Violation(last.first_day, max(last.last_day, run.last_day), max(last.peak, run.peak))
        else:
            joined.append(run)
    return joined


def _cap(rules: Sequence[Rule]) -> int:
    """No continuous stay can be longer than this (a rule as loose as its window sets no cap)."""
    caps = [HORIZON_DAYS]
    for rule in rules:
        if isinstance(rule, (PerEntry, PerEntryMonths)) or (
            isinstance(rule, RollingWindow) and rule.limit < rule.window
        ):
            caps.append(rule.limit)
        elif isinstance(rule, RollingMonths) and rule.limit < 28 * rule.months:
            caps.append(rule.limit)
        elif isinstance(rule, CalendarYear) and rule.limit < 365:
            caps.append(2 * rule.limit + 1)
    return min(caps)


def _hard_cap(rules: Sequence[Rule]) -> int | None:
    """A length no continuous stay may exceed whatever the recorded trips (None: no such bound)."""
    caps = []
    for rule in rules:
        if isinstance(rule, (PerEntry, PerEntryMonths)) or (
            isinstance(rule, RollingWindow) and rule.limit < rule.window
        ):
            caps.append(rule.limit)  # on the stay's last day the count is at least min(length, window) > limit
        elif isinstance(rule, RollingMonths) and rule.limit < 28 * rule.months:
            caps.append(rule.limit)  # every window is at least 28 days a month long
        elif isinstance(rule, CalendarYear) and rule.limit < 365:
            # a longer stay has more than `limit` days in one of the years it touches (a full year is longer)
            caps.append(2 * rule.limit)
    return min(caps, default=None)


def _window_days(rule: Rule) -> int:
    """How far back the rule's count of a day can look."""
    if isinstance(rule, RollingWindow):
        return rule.window
    if isinstance(rule, RollingMonths):
        return 31 * rule.months + 1
    if isinstance(rule, MaxEntries):
        return rule.window
    return 366


def calculate(
    rules: Sequence[Rule],
    trips: Iterable[Stay],
    on: date,
    stay_for: int | None = None,
    *,
    documents: Documents | None = None,
    members: Members | None = None,
) -> StayAnswer:
    """Every answer of the calculator for the day `on`, counting all recorded trips, past and planned.

    With `documents`, no answer lets a stay go past the end of a visa (or without one, when a visa is required) or
    past the passport's last exit day; `exit_reason` says whether a rule, the visa or the passport sets the latest
    exit. With `members`, a trip to a country counts for the zone only from the day that country joined it."""
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
        if members is not None and trip.country:
            joined = members.joined(trip.country, trip.border)
            if joined is None:
                continue  # a country that is not (or not yet recorded as) a member
            a = max(a, joined.toordinal())
        if b >= a:
            intervals.append((a, b))
    longest_rule = max([366] + [_window_days(r) for r in rules])
    lo = min([a for a, _ in intervals] + [today]) - longest_rule - 366
    hi = max([b for _, b in intervals] + [today]) + HORIZON_DAYS + longest_rule + 366
    days = _Days(intervals, lo, hi)

    statuses = []
    for rule in rules:
        used = _count(rule, days, today)
        limit = _limit_on(rule, days, today)
        statuses.append(RuleStatus(rule, used, limit - used, limit))
    counted = [st for st in statuses if not isinstance(st.rule, (MaxEntries, MinOutside))] or statuses
    binding = min(counted, key=lambda s: s.days_remaining)
    primary = rules[0]

    cap = _cap(rules)
    docs = _Docs(documents) if documents is not None else None
    rules_max = _longest(rules, days, today, cap)
    max_stay = _longest(rules, days, today, min(cap, rules_max), docs) if docs is not None else rules_max
    # each rule's own longest stay, and the rule that sets the longest stay of all of them
    for i, rule in enumerate(rules):
        own = rules_max if len(rules) == 1 else _longest([rule], days, today, _cap([rule]))
        statuses[i] = replace(statuses[i], max_stay_days=own, latest_exit=_exit(on, own))
    binding_rule = min(range(len(rules)), key=lambda i: (statuses[i].max_stay_days or 0, i))
    exit_reason: str | None = None
    passport_last = documents.passport_last_exit() if documents is not None else None
    if max_stay > 0:
        exit_reason = "rule"
        if max_stay < rules_max:
            last = today + max_stay - 1
            exit_reason = "passport" if passport_last is not None and last == passport_last.toordinal() else "visa"
    elif rules_max > 0:
        exit_reason = "passport" if passport_last is not None and passport_last < on else "visa"
    visa_status = None
    if docs is not None and docs.visa_required:
        found = docs.visa_for(days, today, today + max(max_stay, 1) - 1)
        if found is not None:
            visa_status = VisaStatus(*found)

    never_longer = _hard_cap(rules)

    def earliest(length: int) -> date | None:
        if never_longer is not None and length > never_longer:
            return None  # no start date allows a stay this long: the search below would find none
        last_start = today + HORIZON_DAYS
        if docs is not None and docs.passport_last is not None:
            last_start = min(last_start, docs.passport_last - length + 2)
        for start in range(today, last_start):
            if _allowed(rules, days, start, length, docs):
                return date.fromordinal(start)
        return None

    return StayAnswer(
        on=on,
        limit=statuses[0].limit or primary.limit,
        window=primary.window if isinstance(primary, RollingWindow) else None,
        days_used=binding.days_used,
        days_remaining=binding.days_remaining,
        max_stay_days=max_stay,
        latest_exit=_exit(on, max_stay),
        earliest_entry=on if max_stay > 0 else earliest(1),
        violations=_violations(rules, days),
        rules=statuses,
        earliest_entry_for=earliest(stay_for) if stay_for is not None else None,
        stay_for=stay_for,
        binding_rule=binding_rule if exit_reason == "rule" or (max_stay == 0 and rules_max == 0) else None,
        exit_reason=exit_reason,
        visa=visa_status,
        passport_last_exit=passport_last,
        rules_max_stay_days=rules_max,
    )


def _exit(on: date, length: int) -> date | None:
    return on + timedelta(days=length - 1) if length > 0 else None


def days_used_series(rules: Sequence[Rule], trips: Iterable[Stay], first: date, last: date) -> list[tuple[date, int]]:
    """For a chart: the primary rule's count on every day from `first` to `last`."""
    answer_days: list[tuple[date, int]] = []
    intervals = [(t.entry.toordinal(), (t.exit or max(t.entry, last)).toordinal()) for t in trips if t.counts]
    rule = rules[0]
    span = _window_days(rule)
    days = _Days(intervals, first.toordinal() - span - 366, last.toordinal() + 1)
    for d in range(first.toordinal(), last.toordinal() + 1):
        answer_days.append((date.fromordinal(d), _count(rule, days, d)))
    return answer_days
