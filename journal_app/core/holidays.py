"""Working days: weekends and public holidays per country, for deadlines counted in working days.

The shipped calendars are data files in resources/holidays/ (one per country), each with the date it was written,
its source, the years it covers and what it leaves out; a vault may hold its own edited copy (Planner). Outside the
covered years only weekends are known: the answer says so (`covered` is False).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import InvalidInput
from .paths import resources_dir

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class HolidayCalendar:
    country: str
    title: str
    written: str
    years: tuple[int, ...]
    weekend: frozenset[int]  # date.weekday() numbers
    holidays: frozenset[date]
    working_days: frozenset[date] = field(default_factory=frozenset)  # weekend days that are working days (moved)
    source: str = ""
    not_included: str = ""

    def is_working_day(self, d: date) -> bool:
        if d in self.working_days:
            return True
        return d.weekday() not in self.weekend and d not in self.holidays

    def covers(self, d: date) -> bool:
        return d.year in self.years


def calendar_from_json(data: Any) -> HolidayCalendar:
    """A calendar from its JSON form (a shipped file or a vault's copy); InvalidInput when malformed."""
    if not isinstance(data, dict):
        raise InvalidInput("a holiday calendar is a JSON object")
    try:
        country = str(data["country"]).strip().upper()
        weekend = frozenset(WEEKDAYS.index(str(w).lower()) for w in data.get("weekend", ["saturday", "sunday"]))
        years = tuple(sorted({int(y) for y in data.get("years", [])}))
        holidays = frozenset(date.fromisoformat(str(d)) for d in data.get("holidays", []))
        working = frozenset(date.fromisoformat(str(d)) for d in data.get("working_days", []))
    except (KeyError, ValueError, TypeError) as error:
        raise InvalidInput(f"a holiday calendar cannot be read: {error}") from None
    if not country or len(weekend) > 6 or any(not 1900 <= y <= 2200 for y in years):
        raise InvalidInput("a holiday calendar needs a country, at least one working weekday and sensible years")
    text = {key: str(data.get(key, "")) for key in ("title", "written", "source", "not_included")}
    return HolidayCalendar(country, text["title"] or country, text["written"], years, weekend, holidays, working,
                           text["source"], text["not_included"])  # fmt: skip


def calendar_to_json(cal: HolidayCalendar) -> dict[str, Any]:
    return {
        "country": cal.country, "title": cal.title, "written": cal.written, "years": list(cal.years),
        "weekend": [WEEKDAYS[i] for i in sorted(cal.weekend)], "source": cal.source, "not_included": cal.not_included,
        "holidays": sorted(d.isoformat() for d in cal.holidays),
        "working_days": sorted(d.isoformat() for d in cal.working_days),
    }  # fmt: skip


@lru_cache(maxsize=1)
def _shipped(folder: Path) -> dict[str, HolidayCalendar]:
    found = {}
    for path in sorted(folder.glob("*.json")):
        with open(path, encoding="utf-8") as f:
            cal = calendar_from_json(json.load(f))
        found[cal.country] = cal
    return found


def shipped_calendars(folder: Path | None = None) -> dict[str, HolidayCalendar]:
    """The calendars shipped with the app, by country code."""
    return dict(_shipped(folder or resources_dir() / "holidays"))


def weekend_only(country: str) -> HolidayCalendar:
    """For a country without a calendar: Saturday and Sunday off, no holidays known (covers no year)."""
    return HolidayCalendar(country.upper(), country.upper(), "", (), frozenset({5, 6}), frozenset())


def add_working_days(start: date, count: int, cal: HolidayCalendar) -> tuple[date, bool]:
    """The `count`-th working day after `start` (the day of arrival does not count), and whether every day walked
    over lies in a year the calendar covers (False: holidays of some year are not known, only weekends)."""
    if count < 0:
        raise InvalidInput("a number of working days cannot be negative")
    d, left, covered = start, count, cal.covers(start)
    while left > 0:
        d += timedelta(days=1)
        covered = covered and cal.covers(d)
        if cal.is_working_day(d):
            left -= 1
    return d, covered
