"""Registration after arrival, as the law asks it: within K days, working days or hours; only when the stay is longer
than M days; for each entry or for each new address.

A zone holds at most one registration rule, stored with its stay rules ({"kind": "registration", ...}). The planner
keeps one deadline per required registration and moves or removes it when the trip changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .errors import InvalidInput
from .holidays import HolidayCalendar, add_working_days

UNITS = ("days", "working_days", "hours")
PER = ("entry", "address")


@dataclass(frozen=True)
class Registration:
    within: int  # how many `unit`s after the day of arrival (or of moving in)
    unit: str = "days"  # days, working_days, hours
    if_longer_than: int | None = None  # only for stays longer than this many days (None: always)
    per: str = "entry"  # entry: every entry; address: every new address (a border run keeps the address)
    calendar: str | None = None  # country code of the public holidays, for working days
    kind: str = field(default="registration", init=False)

    def __post_init__(self) -> None:
        if self.unit not in UNITS:
            raise InvalidInput(f"unknown registration unit: {self.unit} (one of: {', '.join(UNITS)})")
        if self.per not in PER:
            raise InvalidInput(f"unknown registration basis: {self.per} (one of: {', '.join(PER)})")
        if not 0 <= self.within <= 3660:
            raise InvalidInput("the registration time must be between 0 and 3660")
        if self.if_longer_than is not None and not 0 <= self.if_longer_than <= 3660:
            raise InvalidInput("the stay length that needs registration must be between 0 and 3660 days")
        if self.unit == "working_days" and not self.calendar:
            raise InvalidInput("a registration in working days needs a country's holiday calendar")

    def required(self, entry: date, exit: date | None) -> bool:
        """Does a stay from `entry` to `exit` (None: still there, its end unknown) need registering?"""
        if self.if_longer_than is None or exit is None:
            return True
        return (exit - entry).days + 1 > self.if_longer_than

    def due(self, arrival: date, calendar: HolidayCalendar | None) -> tuple[date, bool]:
        """The last day to register after arriving on `arrival`, and whether the holidays of every day counted are
        known (always True unless the rule counts working days outside the calendar's years)."""
        if self.unit == "days":
            return arrival + timedelta(days=self.within), True
        if self.unit == "hours":
            # the arrival time is not recorded: the last day the hours can end on
            return arrival + timedelta(days=-(-self.within // 24)), True
        if calendar is None:
            raise InvalidInput(f"no holiday calendar for {self.calendar}")
        return add_working_days(arrival, self.within, calendar)


def registration_from_json(data: dict[str, Any]) -> Registration:
    try:
        longer = data.get("if_longer_than")
        return Registration(
            int(data["within"]),
            str(data.get("unit", "days")),
            None if longer is None else int(longer),
            str(data.get("per", "entry")),
            None if data.get("calendar") is None else str(data["calendar"]).upper(),
        )
    except (KeyError, TypeError, ValueError):
        raise InvalidInput("a registration rule needs 'within' (a number)") from None


def registration_to_json(reg: Registration) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": "registration", "within": reg.within, "unit": reg.unit, "per": reg.per}
    if reg.if_longer_than is not None:
        data["if_longer_than"] = reg.if_longer_than
    if reg.calendar:
        data["calendar"] = reg.calendar
    return data
