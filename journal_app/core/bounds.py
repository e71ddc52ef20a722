"""The range of every value a person can give the core: dates, lead times, repeat intervals, horizons, stays.

One place, used where values enter (the planner, the journal, the JSON import) and where stored values are read
back, so the app and the command line refuse the same things with the same typed error, and a value that once
slipped in (an older version, a hand-edited vault) is read in range instead of stopping the app.

The ranges are what a life needs, with room to spare: dates from 1900 to 2200, durations up to ten years. Within
them no date arithmetic of the app can leave Python's date range (years 1 to 9999).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from .errors import OutOfRange

_T = TypeVar("_T")

MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2200, 12, 31)
#: Ten years (and leap days): the longest lead, reminder, repeat interval, horizon, stay or rule window.
MAX_DAYS = 3660

#: field -> (lowest, highest) in days. The keys name the field in errors (the UI translates by key).
DAY_RANGES: dict[str, tuple[int, int]] = {
    "lead_days": (0, MAX_DAYS),  # a document's renewal lead
    "remind_days": (0, MAX_DAYS),  # a deadline's reminder lead
    "repeat_days": (1, MAX_DAYS),  # every:N
    "horizon_days": (0, MAX_DAYS),
    "stay_for": (1, MAX_DAYS),  # stay --for N
    "rule_limit": (1, MAX_DAYS),
    "rule_window": (1, MAX_DAYS),
    "register_within": (0, MAX_DAYS),
    "days_before": (0, MAX_DAYS),  # a deadline N days before a date of a stay answer
}

#: field -> what a message calls it.
LABELS: dict[str, str] = {
    "lead_days": "the renewal lead",
    "remind_days": "the reminder lead",
    "repeat_days": "the repeat interval",
    "horizon_days": "the horizon",
    "stay_for": "the length of the stay",
    "rule_limit": "a rule's limit",
    "rule_window": "a rule's window",
    "register_within": "the registration period",
    "days_before": "the days before the latest exit",
    "date": "a date",
    "entry_date": "the entry's date",
    "expires": "the expiry date",
    "issued": "the issue date",
    "due": "the due date",
    "next_due": "the next due date",
    "entry": "the entry day",
    "exit": "the exit day",
    "on": "the day",
    "anchor": "the checklist's day",
}


def label(field: str) -> str:
    return LABELS.get(field, field.replace("_", " "))


def check_date(field: str, value: date) -> date:
    """`value`, or OutOfRange when it is before MIN_DATE or after MAX_DATE."""
    if not MIN_DATE <= value <= MAX_DATE:
        raise OutOfRange(field, label(field), MIN_DATE.isoformat(), MAX_DATE.isoformat())
    return value


def check_optional_date(field: str, value: date | None) -> date | None:
    return None if value is None else check_date(field, value)


def check_days(field: str, value: int) -> int:
    """`value` (a whole number of days), or OutOfRange outside DAY_RANGES[field]."""
    low, high = DAY_RANGES[field]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise OutOfRange(field, label(field), str(low), f"{high} days")
    return value


def check_text(field: str, value: str) -> str:
    """Text that can be stored: a string without lone surrogates (what undecodable bytes turn into)."""
    if not isinstance(value, str):
        raise OutOfRange(field, label(field), "text", "text")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise OutOfRange(field, label(field), "valid text", "valid text", detail=f"character {error.start}") from None
    return value


# -- reading stored values back: never raise, say what was wrong ----------------------------------------------------


def read_date(text: object) -> date | None:
    """A stored YYYY-MM-DD in range, or None (missing, unreadable or out of range)."""
    if not isinstance(text, str) or len(text) != 10:
        return None
    try:
        value = date.fromisoformat(text)
    except ValueError:
        return None
    return value if MIN_DATE <= value <= MAX_DATE else None


def read_days(field: str, value: object) -> int | None:
    """A stored number of days in range, or None."""
    low, high = DAY_RANGES[field]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        return None
    return value


def clamp_days(field: str, value: int) -> int:
    low, high = DAY_RANGES[field]
    return max(low, min(high, value))


# -- values arriving in an import file -----------------------------------------------------------------------------

#: Keys of the JSON export whose value is a YYYY-MM-DD date the app bounds.
IMPORTED_DATES = frozenset({"entry_date", "issued", "expires", "due_date", "exit_date"})


def imported(key: str, value: _T, fail: Callable[[str, str], Exception]) -> _T:
    """`value` of `key` in an import file, or `fail(key, what)` when it is out of the app's bounds. Values of other
    types pass: the importer's own type checks name them."""
    if key in DAY_RANGES and isinstance(value, int) and not isinstance(value, bool):
        low, high = DAY_RANGES[key]
        if not low <= value <= high:
            raise fail(key, f"is out of range (from {low} to {high} days)")
    elif key in IMPORTED_DATES and isinstance(value, str) and read_date(value) is None and _is_iso_day(value):
        raise fail(key, f"is out of range (from {MIN_DATE.isoformat()} to {MAX_DATE.isoformat()})")
    elif key == "repeat" and isinstance(value, str) and value.startswith("every:") and value[6:].isdigit():
        if not 1 <= int(value[6:12]) <= MAX_DAYS or len(value) > 12:
            raise fail(key, f"is out of range (every:1 to every:{MAX_DAYS})")
    return value


def _is_iso_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10
