"""Deadlines as an iCalendar (RFC 5545) file. The file is not encrypted: callers warn the user first."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from .planner import Deadline


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
    )


def _fold(line: str) -> list[str]:
    """Lines of at most 75 octets, continuation lines starting with a space, never splitting a character."""
    out: list[str] = []
    current = ""
    for char in line:
        limit = 75 if not out else 74
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = char
        else:
            current += char
    out.append(current)
    return [out[0], *(" " + part for part in out[1:])]


def rrule_for(repeat: str | None, anchor: date) -> str | None:
    """The RRULE value that expands to the app's dates of a series whose first date is `anchor`.

    RFC 5545 skips a day a month does not have (a bare monthly rule from 31 January gives 31 March next), while the
    app clamps it to the month's last day: the rule names the day and the last day (-1) and takes the first of them
    in each month (BYSETPOS=1): 30 January gives 28 February, 30 March; 31 is simply the last day of every month."""
    if repeat == "yearly":
        if (anchor.month, anchor.day) == (2, 29):
            return "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29,-1;BYSETPOS=1"
        return "FREQ=YEARLY"
    if repeat == "monthly":
        if anchor.day == 31:
            return "FREQ=MONTHLY;BYMONTHDAY=-1"
        if anchor.day >= 29:
            return f"FREQ=MONTHLY;BYMONTHDAY={anchor.day},-1;BYSETPOS=1"
        return "FREQ=MONTHLY"
    if repeat and repeat.startswith("every:"):
        return f"FREQ=DAILY;INTERVAL={int(repeat[6:])}"
    return None


def deadlines_to_ics(deadlines: Iterable[Deadline], now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Journal//Deadlines//EN", "CALSCALE:GREGORIAN"]
    for item in deadlines:
        if item.done:
            continue
        event = [
            "BEGIN:VEVENT",
            f"UID:{item.id}@journal.invalid",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{item.due.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(item.due + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{_escape(item.title)}",
        ]
        if item.notes:
            event.append(f"DESCRIPTION:{_escape(item.notes)}")
        rule = rrule_for(item.repeat, item.repeat_from or item.due)
        if rule:
            event.append(f"RRULE:{rule}")
        if item.remind_days > 0:
            event += ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{_escape(item.title)}",
                      f"TRIGGER:-P{item.remind_days}D", "END:VALARM"]  # fmt: skip
        event.append("END:VEVENT")
        lines += event
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
