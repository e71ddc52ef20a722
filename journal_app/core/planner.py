"""Documents, deadlines, trips and zones inside an unlocked vault, and the horizon of what is due."""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Literal

from . import bounds
from .errors import ExitBeforeEntry, InvalidInput, NoSuchItem, OutOfRange, TripOverlaps
from .holidays import HolidayCalendar, calendar_from_json, calendar_to_json, shipped_calendars, weekend_only
from .journal import utc_now
from .registration import Registration, registration_from_json, registration_to_json
from .stays import (
    CalendarYear,
    Documents,
    MaxEntries,
    Member,
    Members,
    MinOutside,
    PassportValidity,
    PerEntry,
    PerEntryMonths,
    RollingMonths,
    RollingWindow,
    Rule,
    Stay,
    StayAnswer,
    Visa,
    add_months,
    calculate,
)
from .templates import Template, due_dates
from .vault import damage_as_error, transaction

if TYPE_CHECKING:
    from .vault import Vault

DOCUMENT_KINDS: dict[str, int] = {
    # kind: default renewal lead time in days
    "international_passport": 180,
    "internal_passport": 90,
    "visa": 30,
    "residence_permit": 60,
    "registration": 14,
    "id_card": 90,
    "driving_licence": 60,
    "insurance": 30,
    "tax_number": 0,
    "other": 30,
}
DEFAULT_HORIZON_DAYS = 90
Day = date  # for fields declared after a field named `date`
#: Dates that are allowed but unusual enough to ask "is this right?" first (a mistyped year, a missing exit day).
LONG_TRIP_DAYS = 366
TRIP_PAST_YEARS, TRIP_FUTURE_YEARS = 5, 2
DOCUMENT_PAST_YEARS, DOCUMENT_FUTURE_YEARS = 30, 30
#: A deadline is mostly about a document (renew it, register it): its dates live on the document's scale.
DEADLINE_PAST_YEARS, DEADLINE_FUTURE_YEARS = DOCUMENT_PAST_YEARS, DOCUMENT_FUTURE_YEARS


@dataclass(frozen=True)
class Document:
    id: str
    kind: str
    title: str
    number: str
    country: str
    holder: str
    issued: date | None
    expires: date | None
    lead_days: int
    notes: str
    #: None, or the stored field that could not be read (out of range or malformed): the item is shown with that
    #: field left empty (or at its nearest allowed value) so that it can be corrected or deleted.
    problem: str | None = None

    @property
    def renew_by(self) -> date | None:
        """The day to start renewing: expiry minus the lead time."""
        return self.expires - timedelta(days=self.lead_days) if self.expires else None


@dataclass(frozen=True)
class Deadline:
    id: str
    title: str
    due: date
    due_time: str | None
    remind_days: int
    notes: str
    repeat: str | None
    done_at: str | None
    document_id: str | None
    trip_id: str | None
    checklist_id: str | None
    problem: str | None = None  # as Document.problem; an unreadable due date reads as bounds.MAX_DATE
    repeat_from: date | None = None  # the anchor of a repeating deadline (None: its due date is the anchor)
    due_rule: str | None = None  # JSON: how the due date is computed (a registration, a date of a stay answer)

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class Zone:
    id: str
    name: str
    title: str
    rules: tuple[Rule, ...]
    register_within: int | None
    written: str | None
    note: str
    problem: str | None = None  # as Document.problem; a zone whose rules cannot be read has no rules
    registration: Registration | None = None  # when and whether to register after arrival
    visas: tuple[Visa, ...] = ()  # visas for the zone; with any recorded, a stay needs one
    passport: PassportValidity | None = None  # the passport must be valid this long beyond the exit
    members: tuple[Member, ...] = ()  # countries by the date they joined (empty: every trip counts whole)


@dataclass(frozen=True)
class Trip:
    id: str
    zone: str
    entry: date
    exit: date | None
    counts: bool
    note: str
    problem: str | None = None  # as Document.problem; such a trip is left out of stay answers
    country: str = ""  # ISO code of the country entered (for zones whose members joined on different dates)
    border: str = ""  # air, sea or land ("" unknown)


BORDERS = ("", "air", "sea", "land")


@dataclass(frozen=True)
class Problem:
    """A stored item that cannot be read as it is: `kind` (document, deadline, zone, trip), its id, its title (or
    zone name) and the field at fault. The app and the CLI name it so that it can be corrected or deleted."""

    kind: str
    id: str
    title: str
    field: str


@dataclass(frozen=True)
class HorizonItem:
    date: date
    kind: str  # document, deadline, stay
    reason: str  # renew_document, document_expires, deadline, latest_exit, over_limit, over_limit_now, ...
    title: str
    overdue: bool
    ref: str
    #: over_limit_now: a stay rule is broken today. `since` is the first day over the limit, `over_by` how many days
    #: the count is over it today (the rule broken the most).
    since: Day | None = None
    over_by: int = 0

    @property
    def now(self) -> bool:
        return self.reason == "over_limit_now"


@dataclass(frozen=True)
class DateWarning:
    """Something unusual about dates the person typed; the app asks before it saves (the CLI saves)."""

    key: str  # long_trip, far_past, far_future, issued_in_future, repeat_long_past, remind_too_long
    day: date | None = None
    days: int = 0


def _years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _dates_warnings(days: Sequence[date | None], today: date, past: int, future: int) -> list[DateWarning]:
    found = []
    for day in days:
        if day is None:
            continue
        if day < _years(today, -past):
            found.append(DateWarning("far_past", day))
        elif day > _years(today, future):
            found.append(DateWarning("far_future", day))
    return found


def trip_warnings(entry: date, exit: date | None, today: date) -> list[DateWarning]:
    """What to ask about before saving a trip: longer than a year, or dates far from today."""
    found = []
    if exit is not None and (exit - entry).days + 1 > LONG_TRIP_DAYS:
        found.append(DateWarning("long_trip", days=(exit - entry).days + 1))
    return found + _dates_warnings([entry, exit], today, TRIP_PAST_YEARS, TRIP_FUTURE_YEARS)


def document_warnings(issued: date | None, expires: date | None, today: date) -> list[DateWarning]:
    """What to ask about before saving a document: issued in the future, or dates far from today. (Expiring before
    it was issued is refused by the core.)"""
    found = []
    if issued is not None and issued > today:
        found.append(DateWarning("issued_in_future", issued))
    return found + _dates_warnings([issued, expires], today, DOCUMENT_PAST_YEARS, DOCUMENT_FUTURE_YEARS)


def deadline_warnings(due: date, today: date, *, remind_days: int = 0, repeat: str | None = None) -> list[DateWarning]:
    """What to ask about before saving a deadline (or applying a checklist at `due`): a due date far from today, a
    repeating deadline whose next date after this one is already past (ticking it off once would leave it overdue),
    a reminder that would have started before today. (Out-of-range values are refused by the core.)"""
    found = _dates_warnings([due], today, DEADLINE_PAST_YEARS, DEADLINE_FUTURE_YEARS)
    if repeat is not None and due < today and _next_occurrence(due, repeat) < today:
        found.append(DateWarning("repeat_long_past", due))
    if remind_days > 0 and due >= today and (due - today).days < remind_days:
        found.append(DateWarning("remind_too_long", due, remind_days))
    return found


def _overlaps(a_entry: date, a_exit: date | None, b_entry: date, b_exit: date | None) -> bool:
    """Two trips share a day of stay; a same-day exit and re-entry (a border run) is not an overlap."""
    a_end, b_end = a_exit or date.max, b_exit or date.max
    return a_entry == b_entry or (a_entry < b_end and b_entry < a_end)


def check_crossing(country: str, border: str) -> tuple[str, str]:
    """A trip's country (an ISO code, 2 or 3 letters, or empty) and border (air, sea, land or empty)."""
    code, way = country.strip().upper(), border.strip().lower()
    if code and not (2 <= len(code) <= 3 and code.isascii() and code.isalpha()):
        raise InvalidInput("a country is a two- or three-letter code (HR, BG)")
    if way not in BORDERS:
        raise InvalidInput(f"unknown border: {border} (air, sea or land)")
    return code, way


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _read_document(row: Sequence[Any]) -> Document:
    """A stored document, with any field that cannot be read left empty (or at its default) and named."""
    doc_id, kind, title, number, country, holder, issued_text, expires_text, lead, notes = row
    problem = None
    issued, expires = bounds.read_date(issued_text), bounds.read_date(expires_text)
    if issued_text and issued is None:
        problem = problem or "issued"
    if expires_text and expires is None:
        problem = problem or "expires"
    lead_days = bounds.read_days("lead_days", lead)
    if lead_days is None:
        problem, lead_days = problem or "lead_days", DOCUMENT_KINDS.get(str(kind), 0)
    return Document(doc_id, kind, title, number, country, holder, issued, expires, lead_days, notes, problem)


def _read_deadline(row: Sequence[Any]) -> Deadline:
    """A stored deadline, read as Document is (an unreadable due date reads as bounds.MAX_DATE)."""
    deadline_id, title, due_text, due_time, remind, notes, repeat, done_at, document_id, trip_id, checklist_id = row[
        :11
    ]
    repeat_from_text, due_rule = (row[11], row[12]) if len(row) > 12 else (None, None)
    repeat_from = bounds.read_date(repeat_from_text)
    problem = None
    due = bounds.read_date(due_text)
    if due is None:
        problem, due = problem or "due", bounds.MAX_DATE
    remind_days = bounds.read_days("remind_days", remind)
    if remind_days is None:
        problem, remind_days = problem or "remind_days", 0
    try:
        _check_repeat(repeat)
    except InvalidInput:
        problem, repeat = problem or "repeat", None
    return Deadline(deadline_id, title, due, due_time, remind_days, notes, repeat, done_at, document_id, trip_id,
                    checklist_id, problem, repeat_from, due_rule if isinstance(due_rule, str) else None)  # fmt: skip


ZoneItem = Rule | Registration | Visa | PassportValidity | Member
REGISTRATION_RULE = {"kind": "registration", "from": "entry"}
REGISTRATION_TITLE = "Register arrival: {zone}"
REGISTRATION_NOTE = "Public holidays of {year} are not known: only weekends were skipped."


def rule_from_json(data: dict[str, Any]) -> Rule:
    """A stay rule from its JSON form (InvalidInput for anything else)."""
    item = zone_item_from_json(data)
    if isinstance(item, (Registration, Visa, PassportValidity, Member)):
        raise InvalidInput(f"not a stay rule: {data.get('kind')}")
    return item


def zone_item_from_json(data: dict[str, Any]) -> ZoneItem:
    """One item of a zone's rules list: a stay rule, the registration rule, a visa, the passport rule or a member."""
    if not isinstance(data, dict):
        raise InvalidInput("a rule is not an object")
    kind = data.get("kind")
    if kind == "registration":
        return registration_from_json(data)
    if kind in ("visa", "passport_valid", "member"):
        return _document_item(kind, data)
    if kind == "max_entries":
        limit = _whole(data.get("limit"), "an entry limit")
        window = bounds.check_days("rule_window", _whole(data.get("window"), "a rule's window"))
        if not 1 <= limit <= window:
            raise InvalidInput("an entry limit needs 1 or more entries in a window of at least as many days")
        return MaxEntries(limit, window)
    if kind == "min_outside":
        return MinOutside(bounds.check_days("rule_limit", _whole(data.get("days"), "the days outside")))
    if kind == "per_entry_months":
        return PerEntryMonths(_months(data))
    if kind == "rolling_months":
        limit, months = bounds.check_days("rule_limit", _whole(data.get("limit"), "a rule's limit")), _months(data)
        if limit > 31 * months:
            raise InvalidInput("a rule's limit must fit in its months")
        return RollingMonths(limit, months)
    return _basic_rule_from_json(data)


def _basic_rule_from_json(data: dict[str, Any]) -> Rule:
    if not isinstance(data, dict):
        raise InvalidInput("a rule is not an object")
    kind = data.get("kind")
    limit = bounds.check_days("rule_limit", _whole(data.get("limit"), "a rule's limit"))
    if kind == "rolling":
        window = bounds.check_days("rule_window", _whole(data.get("window"), "a rule's window"))
        if window < limit:
            raise InvalidInput("a rolling window must be at least as long as its limit")
        return RollingWindow(limit, window)
    if kind == "per_entry":
        return PerEntry(limit)
    if kind == "calendar_year":
        return CalendarYear(limit)
    raise InvalidInput(f"unknown rule kind: {kind}")


def _document_item(kind: str, data: dict[str, Any]) -> Visa | PassportValidity | Member:
    try:
        if kind == "visa":
            entries, days = data.get("entries"), data.get("days")
            visa = Visa(bounds.check_date("visa_from", date.fromisoformat(data["from"])),
                        bounds.check_date("visa_until", date.fromisoformat(data["until"])),
                        None if entries is None else _whole(entries, "a visa's entries"),
                        None if days is None else _whole(days, "a visa's days"))  # fmt: skip
            if visa.valid_until < visa.valid_from:
                raise InvalidInput("a visa cannot end before it starts")
            if (visa.entries is not None and not 1 <= visa.entries <= 99) or (
                visa.days is not None and not 1 <= visa.days <= 3660
            ):
                raise InvalidInput("a visa allows 1 to 99 entries and 1 to 3660 days")
            return visa
        if kind == "passport_valid":
            months = int(data["months"])
            if not 0 <= months <= 120:
                raise InvalidInput("a passport rule's months must be between 0 and 120")
            doc = data.get("document_id")
            return PassportValidity(months, None if doc is None else str(doc))
        border = str(data.get("border", "")).lower()
        if border not in BORDERS:
            raise InvalidInput(f"unknown border: {border} (air, sea or land)")
        country = str(data["country"]).strip().upper()
        if not country:
            raise InvalidInput("a member needs a country")
        return Member(country, bounds.check_date("member_since", date.fromisoformat(data["since"])), border)
    except (KeyError, TypeError, ValueError):
        raise InvalidInput(f"a {kind} item of a zone cannot be read") from None


def _months(data: dict[str, Any]) -> int:
    months = _whole(data.get("months"), "a rule's months")
    if not 1 <= months <= 120:
        raise InvalidInput("a rule's months must be between 1 and 120")
    return months


def _whole(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"{what} is not a whole number")
    return value


def _check_repeat(repeat: str | None) -> None:
    if repeat is None:
        return
    if not isinstance(repeat, str):
        raise InvalidInput("unknown repeat (use yearly, monthly or every:N)")
    if repeat.startswith("every:") and repeat[6:].isdigit() and repeat[6:].isascii():
        if len(repeat) > 12 or not 1 <= int(repeat[6:]) <= bounds.MAX_DAYS:
            raise OutOfRange("repeat_days", bounds.label("repeat_days"), "every:1", f"every:{bounds.MAX_DAYS}")
    elif repeat not in ("yearly", "monthly"):
        raise InvalidInput("unknown repeat (use yearly, monthly or every:N)")


def _step_months(repeat: str) -> int | None:
    return {"monthly": 1, "yearly": 12}.get(repeat)


def _read_zone(row: Sequence[Any]) -> Zone:
    zone_id, name, title, rules_text, register_within, written, note = row
    problem = None
    items: list[ZoneItem] = []
    try:
        items = [zone_item_from_json(r) for r in json.loads(rules_text)]
        rules = tuple(r for r in items if not isinstance(r, (Registration, Visa, PassportValidity, Member)))
        if not rules:
            raise InvalidInput("no rules")
    except (InvalidInput, TypeError, ValueError, RecursionError):
        problem, rules, items = problem or "rules", (), []
    if register_within is not None and bounds.read_days("register_within", register_within) is None:
        problem, register_within = problem or "register_within", None
    registration = next((r for r in items if isinstance(r, Registration)), None)
    if registration is None and register_within is not None:
        registration = Registration(register_within)  # a zone written before registration rules had conditions
    return Zone(
        zone_id, name, title, rules, register_within, written, note, problem,
        registration=registration,
        visas=tuple(r for r in items if isinstance(r, Visa)),
        passport=next((r for r in items if isinstance(r, PassportValidity)), None),
        members=tuple(r for r in items if isinstance(r, Member)),
    )  # fmt: skip


def _read_trip(row: Sequence[Any]) -> Trip:
    trip_id, zone, entry_text, exit_text, counts, note = row[:6]
    country, border = (str(row[6] or ""), str(row[7] or "")) if len(row) > 7 else ("", "")
    problem = None
    entry, exit = bounds.read_date(entry_text), bounds.read_date(exit_text)
    if entry is None:
        problem, entry = problem or "entry", bounds.MIN_DATE
    if exit_text is not None and exit is None:
        problem = problem or "exit"
    if exit is not None and exit < entry:
        problem = problem or "exit"
    try:
        country, border = check_crossing(country, border)
    except InvalidInput:
        problem, country, border = problem or "country", "", ""
    return Trip(trip_id, zone, entry, exit, bool(counts), note, problem, country, border)


def _check_trip(entry: date, exit: date | None, note: str) -> None:
    bounds.check_date("entry", entry)
    bounds.check_optional_date("exit", exit)
    bounds.check_text("note", note)
    if exit is not None and exit < entry:
        raise ExitBeforeEntry()


def rule_to_json(rule: ZoneItem) -> dict[str, Any]:
    data: dict[str, Any]
    if isinstance(rule, Registration):
        return registration_to_json(rule)
    if isinstance(rule, Visa):
        data = {"kind": "visa", "from": rule.valid_from.isoformat(), "until": rule.valid_until.isoformat()}
        if rule.entries is not None:
            data["entries"] = rule.entries
        if rule.days is not None:
            data["days"] = rule.days
        return data
    if isinstance(rule, PassportValidity):
        data = {"kind": rule.kind, "months": rule.months}
        if rule.document_id is not None:
            data["document_id"] = rule.document_id
        return data
    if isinstance(rule, Member):
        data = {"kind": "member", "country": rule.country, "since": rule.since.isoformat()}
        if rule.border:
            data["border"] = rule.border
        return data
    if isinstance(rule, MaxEntries):
        return {"kind": rule.kind, "limit": rule.limit, "window": rule.window}
    if isinstance(rule, MinOutside):
        return {"kind": rule.kind, "days": rule.days}
    if isinstance(rule, PerEntryMonths):
        return {"kind": rule.kind, "months": rule.months}
    if isinstance(rule, RollingMonths):
        return {"kind": rule.kind, "limit": rule.limit, "months": rule.months}
    data = {"kind": rule.kind, "limit": rule.limit}
    if isinstance(rule, RollingWindow):
        data["window"] = rule.window
    return data


def next_occurrence(due: date, repeat: str, anchor: date | None = None) -> date:
    """The next due date after `due` of a repeating deadline: yearly, monthly, or every:N (days), within bounds.

    Monthly and yearly dates come from the series' first date `anchor` (default `due`), never from the previous,
    perhaps shortened, date: from 31 January they are 28/29 February, 31 March, 30 April; from 29 February, 28 February
    in common years and 29 February again in leap years."""
    _check_repeat(repeat)
    bounds.check_date("due", due)
    return bounds.check_date("next_due", _next_occurrence(due, repeat, anchor))


def _next_occurrence(due: date, repeat: str, anchor: date | None = None) -> date:
    step = _step_months(repeat)
    if step is None:
        return due + timedelta(days=int(repeat[6:]))
    start = anchor if anchor is not None and anchor <= due else due
    k = max(1, ((due.year - start.year) * 12 + due.month - start.month) // step)
    while add_months(start, k * step) <= due:
        k += 1
    return add_months(start, k * step)


def occurrences(anchor: date, repeat: str, count: int) -> list[date]:
    """The first `count` dates of a series starting on `anchor` (each computed from the anchor)."""
    _check_repeat(repeat)
    step = _step_months(repeat)
    if step is None:
        every = int(repeat[6:])
        return [anchor + timedelta(days=every * k) for k in range(count)]
    return [add_months(anchor, step * k) for k in range(count)]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def stay_report(zone: Zone, answer: StayAnswer) -> dict[str, Any]:
    """The stay answer as the JSON object of `stay ZONE --json` (docs/CLI.md, docs/STAYS.md): the documented fields,
    each rule's own numbers, the binding rule and what sets the latest exit (a rule, the visa or the passport)."""
    rules = []
    for status in answer.rules:
        rules.append(rule_to_json(status.rule) | {
            "days_used": status.days_used, "days_remaining": status.days_remaining, "days_allowed": status.limit,
            "max_stay_days": status.max_stay_days, "latest_exit": _iso(status.latest_exit),
        })  # fmt: skip
    data: dict[str, Any] = {
        "zone": zone.name,
        "on": answer.on.isoformat(),
        "limit": answer.limit,
        "window": answer.window,
        "days_used": answer.days_used,
        "days_remaining": answer.days_remaining,
        "max_stay_days": answer.max_stay_days,
        "latest_exit": _iso(answer.latest_exit),
        "earliest_entry": _iso(answer.earliest_entry),
        "violations": [[v.first_day.isoformat(), v.last_day.isoformat(), v.peak] for v in answer.violations],
        "rules": rules,
        "binding_rule": answer.binding_rule,
        "exit_reason": answer.exit_reason,
        "rules_max_stay_days": answer.rules_max_stay_days,
        "visa": None,
        "passport_last_exit": _iso(answer.passport_last_exit),
        "note": zone.note,
    }
    if answer.visa is not None:
        visa = answer.visa.visa
        data["visa"] = rule_to_json(visa) | {"entries_used": answer.visa.entries_used,
                                             "days_used": answer.visa.days_used}  # fmt: skip
    if answer.stay_for is not None:
        data["earliest_entry_for"] = _iso(answer.earliest_entry_for)
    return data


class Planner:
    """Documents, deadlines, zones and trips of one unlocked vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        #: the day that deadlines computed from a stay answer are computed for (tests set it)
        self.today: Callable[[], date] = date.today

    def _transaction(self) -> contextlib.AbstractContextManager[Any]:
        return transaction(self._vault.connection)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with damage_as_error():
            return list(self._vault.connection.execute(sql, params).fetchall())

    # -- documents -----------------------------------------------------------------------------------------------

    def add_document(
        self,
        *,
        kind: str,
        title: str,
        expires: date | None,
        number: str = "",
        country: str = "",
        holder: str = "",
        issued: date | None = None,
        lead_days: int | None = None,
        notes: str = "",
    ) -> Document:
        self._check_document(kind, title, issued, expires, (number, country, holder, notes))
        lead = DOCUMENT_KINDS[kind] if lead_days is None else bounds.check_days("lead_days", lead_days)
        doc_id, now = str(uuid.uuid4()), utc_now()
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO documents (id, kind, holder, title, number, country, issued, expires, lead_days, notes, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc_id, kind, holder, title, number, country,
                    issued.isoformat() if issued else None, expires.isoformat() if expires else None,
                    lead, notes, now, now,
                ),
            )  # fmt: skip
        return self.document(doc_id)

    def document(self, doc_id: str) -> Document:
        for doc in self._documents("WHERE id = ?", (doc_id,)):
            return doc
        raise NoSuchItem(f"no document with id {doc_id}")

    def resolve_document_id(self, prefix: str) -> str:
        """The full id of the document whose id starts with `prefix` (at least 4 characters, unambiguous)."""
        prefix = prefix.strip().lower()
        rows = self._rows("SELECT id FROM documents WHERE id >= ? AND id < ? LIMIT 2", (prefix, prefix + "\uffff"))
        if len(prefix) < 4 or len(rows) != 1:
            raise NoSuchItem(f"no document with id {prefix}")
        return str(rows[0][0])

    def _documents(self, where: str = "", params: Sequence[Any] = ()) -> list[Document]:
        rows = self._rows(
            "SELECT id, kind, title, number, country, holder, issued, expires, lead_days, notes "  # noqa: S608
            f"FROM documents {where}",
            params,
        )
        return [_read_document(row) for row in rows]

    def documents(self) -> list[Document]:
        """Documents by what needs action first: earliest renewal date, then those without an expiry."""
        return sorted(self._documents(), key=lambda d: (d.renew_by is None, d.renew_by or date.max, d.title))

    def update_document(
        self,
        doc_id: str,
        *,
        kind: str,
        title: str,
        expires: date | None,
        number: str = "",
        country: str = "",
        holder: str = "",
        issued: date | None = None,
        lead_days: int | None = None,
        notes: str = "",
    ) -> Document:
        """Replace a document's fields; its id, attachments and linked deadlines stay."""
        self.document(doc_id)
        self._check_document(kind, title, issued, expires, (number, country, holder, notes))
        lead = DOCUMENT_KINDS[kind] if lead_days is None else bounds.check_days("lead_days", lead_days)
        with self._transaction() as conn:
            conn.execute(
                "UPDATE documents SET kind = ?, holder = ?, title = ?, number = ?, country = ?, issued = ?, "
                "expires = ?, lead_days = ?, notes = ?, updated_at = ? WHERE id = ?",
                (kind, holder, title, number, country, issued.isoformat() if issued else None,
                 expires.isoformat() if expires else None, lead, notes, utc_now(), doc_id),
            )  # fmt: skip
        return self.document(doc_id)

    @staticmethod
    def _check_document(
        kind: str, title: str, issued: date | None, expires: date | None, texts: Sequence[str] = ()
    ) -> None:
        if kind not in DOCUMENT_KINDS:
            raise InvalidInput(f"unknown document kind: {kind} (one of: {', '.join(DOCUMENT_KINDS)})")
        if not bounds.check_text("title", title).strip():
            raise InvalidInput("a document needs a title")
        for text in texts:
            bounds.check_text("text", text)
        bounds.check_optional_date("issued", issued)
        bounds.check_optional_date("expires", expires)
        if issued and expires and expires < issued:
            raise InvalidInput("a document cannot expire before it was issued")

    def delete_document(self, doc_id: str) -> None:
        """Delete a document and its attached files (one transaction); linked deadlines stay, unlinked."""
        self.document(doc_id)
        with self._transaction() as conn:
            files = [r[0] for r in conn.execute(
                "SELECT id FROM attachments WHERE owner_kind = 'document' AND owner_id = ?", (doc_id,))]  # fmt: skip
            for file_id in files:
                conn.execute("DELETE FROM attachment_chunks WHERE attachment_id = ?", (file_id,))
                conn.execute("DELETE FROM attachments WHERE id = ?", (file_id,))
            conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    # -- deadlines -----------------------------------------------------------------------------------------------

    def add_deadline(
        self,
        *,
        title: str,
        due: date,
        remind_days: int = 0,
        due_time: str | None = None,
        notes: str = "",
        repeat: str | None = None,
        document_id: str | None = None,
        trip_id: str | None = None,
        checklist_id: str | None = None,
    ) -> Deadline:
        self._check_deadline(title, due, remind_days, repeat, notes)
        deadline_id, now = str(uuid.uuid4()), utc_now()
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO deadlines (id, title, due_date, due_time, remind_days, notes, document_id, trip_id, "
                "checklist_id, repeat, repeat_from, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (deadline_id, title, due.isoformat(), due_time, remind_days, notes, document_id, trip_id,
                 checklist_id, repeat, due.isoformat() if repeat else None, now, now),
            )  # fmt: skip
        return self.deadline(deadline_id)

    @staticmethod
    def _check_deadline(title: str, due: date, remind_days: int, repeat: str | None, notes: str) -> None:
        if not bounds.check_text("title", title).strip():
            raise InvalidInput("a deadline needs a title")
        bounds.check_text("notes", notes)
        bounds.check_date("due", due)
        bounds.check_days("remind_days", remind_days)
        if repeat is not None:
            next_occurrence(due, repeat)  # validates the repeat, and that its next date is in range

    def _deadlines(self, where: str = "", params: Sequence[Any] = ()) -> list[Deadline]:
        rows = self._rows(
            "SELECT id, title, due_date, due_time, remind_days, notes, repeat, done_at, document_id, trip_id, "  # noqa: S608
            f"checklist_id, repeat_from, due_rule FROM deadlines {where} ORDER BY due_date, due_time, title",
            params,
        )
        return [_read_deadline(r) for r in rows]

    def deadline(self, deadline_id: str) -> Deadline:
        for item in self._deadlines("WHERE id = ?", (deadline_id,)):
            return item
        raise NoSuchItem(f"no deadline with id {deadline_id}")

    def deadlines(self, *, include_done: bool = False) -> list[Deadline]:
        return self._deadlines("" if include_done else "WHERE done_at IS NULL")

    def resolve_deadline_id(self, prefix: str) -> str:
        prefix = prefix.strip().lower()
        rows = self._rows("SELECT id FROM deadlines WHERE id >= ? AND id < ? LIMIT 2", (prefix, prefix + "\uffff"))
        if len(prefix) < 4 or len(rows) != 1:
            raise NoSuchItem(f"no deadline with id {prefix}")
        return str(rows[0][0])

    def set_done(self, deadline_id: str, done: bool = True) -> Deadline:
        """Tick off a deadline. A repeating one moves to its next date and stays open."""
        item = self.deadline(deadline_id)
        now = utc_now()
        with self._transaction() as conn:
            if done and item.repeat:
                due = next_occurrence(item.due, item.repeat, item.repeat_from)
                conn.execute(
                    "UPDATE deadlines SET due_date = ?, updated_at = ? WHERE id = ?", (due.isoformat(), now, item.id)
                )
            else:
                conn.execute(
                    "UPDATE deadlines SET done_at = ?, updated_at = ? WHERE id = ?",
                    (now if done else None, now, item.id),
                )
        return self.deadline(deadline_id)

    def update_deadline(
        self,
        deadline_id: str,
        *,
        title: str,
        due: date,
        due_time: str | None = None,
        remind_days: int = 0,
        notes: str = "",
        repeat: str | None = None,
        relink: bool = False,
        document_id: str | None = None,
        trip_id: str | None = None,
        fixed: bool = False,
    ) -> Deadline:
        """Replace a deadline's fields; its checklist and done state stay, and so do its links to a document and a
        trip unless `relink` is set (then `document_id` and `trip_id` replace them, None unlinks). A computed due
        date (a registration, a date of a stay answer) stays computed unless `due` changes or `fixed` is set."""
        old = self.deadline(deadline_id)
        self._check_deadline(title, due, remind_days, repeat, notes)
        # a date or a repeat chosen anew starts a new series; otherwise the series keeps its anchor day
        anchor = old.repeat_from if (due, repeat) == (old.due, old.repeat) else due
        with self._transaction() as conn:
            conn.execute(
                "UPDATE deadlines SET title = ?, due_date = ?, due_time = ?, remind_days = ?, notes = ?, repeat = ?, "
                "repeat_from = ?, updated_at = ? WHERE id = ?",
                (title, due.isoformat(), due_time, remind_days, notes, repeat,
                 anchor.isoformat() if repeat and anchor else None, utc_now(), deadline_id),
            )  # fmt: skip
            if fixed or due != old.due:  # a date chosen by hand is no longer computed
                conn.execute("UPDATE deadlines SET due_rule = NULL WHERE id = ?", (deadline_id,))
            if relink:
                conn.execute(
                    "UPDATE deadlines SET document_id = ?, trip_id = ? WHERE id = ?",
                    (document_id, trip_id, deadline_id),
                )
        return self.deadline(deadline_id)

    def delete_deadline(self, deadline_id: str) -> None:
        self.deadline(deadline_id)
        with self._transaction() as conn:
            conn.execute("DELETE FROM deadlines WHERE id = ?", (deadline_id,))

    # -- zones and trips -----------------------------------------------------------------------------------------

    def zones(self) -> list[Zone]:
        rows = self._rows("SELECT id, name, title, rules, register_within, written, note FROM zones ORDER BY name")
        return [_read_zone(row) for row in rows]

    def zone(self, name: str) -> Zone:
        key = name.strip().casefold()
        for zone in self.zones():
            if zone.name.casefold() == key:
                return zone
        known = ", ".join(z.name for z in self.zones())
        raise NoSuchItem(f"no zone named {name!r} (zones: {known})")

    def save_zone(
        self,
        name: str,
        *,
        title: str,
        rules: Sequence[Rule],
        register_within: int | None = None,
        note: str = "",
        registration: Registration | None = None,
        visas: Sequence[Visa] | None = None,
        passport: PassportValidity | Literal["keep"] | None = "keep",
        members: Sequence[Member] | None = None,
    ) -> Zone:
        """Create a zone or replace an existing zone's title, rules, registration rule and note. `register_within`
        is the plain form of a registration rule (K days after every arrival); `registration` the full one.

        Open registration deadlines of the zone's trips follow the new rule: moved, or removed when it no longer
        asks for them (none are created for past trips). `visas`, `passport` and `members` replace the zone's
        own when given (None, or "keep" for `passport`: keep them)."""
        if not bounds.check_text("name", name).strip():
            raise InvalidInput("a zone needs a name")
        bounds.check_text("title", title)
        bounds.check_text("note", note)
        if not rules:
            raise InvalidInput("a zone needs at least one rule")
        if any(isinstance(r, (Registration, Visa, PassportValidity, Member)) for r in rules):
            raise InvalidInput("registration, visas, the passport and members are not stay rules")
        for rule in rules:
            rule_from_json(rule_to_json(rule))  # the same bounds as a stored rule
        if register_within is not None:
            bounds.check_days("register_within", register_within)
        if registration is None and register_within is not None:
            registration = Registration(register_within)
        plain = registration is not None and registration == Registration(registration.within)
        register_within = registration.within if registration is not None and plain else None
        current = next((z for z in self.zones() if z.name == name), None)
        keep_visas = current.visas if current is not None else ()
        keep_passport = current.passport if current is not None else None
        keep_members = current.members if current is not None else ()
        items = [rule_to_json(r) for r in rules]
        if registration is not None and not plain:
            items.append(registration_to_json(registration))
        chosen_passport = keep_passport if passport == "keep" else passport
        extra: list[ZoneItem] = [*(keep_visas if visas is None else visas)]
        extra += [chosen_passport] if chosen_passport is not None else []
        extra += [*(keep_members if members is None else members)]
        items += [rule_to_json(r) for r in extra]
        data = json.dumps(items)
        with self._transaction() as conn:
            row = conn.execute("SELECT id FROM zones WHERE name = ?", (name,)).fetchone()
            if row:
                conn.execute(
                    "UPDATE zones SET title = ?, rules = ?, register_within = ?, note = ? WHERE id = ?",
                    (title, data, register_within, note, row[0]),
                )
            else:
                conn.execute(
                    "INSERT INTO zones (id, name, title, rules, register_within, note) VALUES (?, ?, ?, ?, ?, ?)",
                    (str(uuid.uuid4()), name, title, data, register_within, note),
                )
        zone = self.zone(name)
        with self._transaction() as conn:
            for trip in self.trips(zone.name):
                self._sync_registration(conn, zone, trip, create=False)
            self._refresh_stay_deadlines(conn, zone)
        return zone

    # -- registration --------------------------------------------------------------------------------------------

    # -- registration --------------------------------------------------------------------------------------------

    def holiday_calendar(self, country: str) -> HolidayCalendar:
        """A country's public holidays: the vault's edited copy, else the shipped one, else weekends only."""
        code = country.strip().upper()
        row = self._rows("SELECT value FROM settings WHERE key = ?", (f"holidays:{code}",))
        if row:
            return calendar_from_json(json.loads(row[0][0]))
        return shipped_calendars().get(code) or weekend_only(code)

    def save_holiday_calendar(self, calendar: HolidayCalendar) -> None:
        """Keep an edited copy of a country's holidays in the vault (it replaces the shipped one)."""
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                (f"holidays:{calendar.country}", json.dumps(calendar_to_json(calendar), ensure_ascii=False)),
            )

    def _registration_due(self, registration: Registration, arrival: date) -> tuple[date, bool]:
        calendar = self.holiday_calendar(registration.calendar) if registration.calendar else None
        due, covered = registration.due(arrival, calendar)
        return bounds.check_date("due", due), covered

    def _sync_registration(
        self, conn: Any, zone: Zone, trip: Trip, *, create: bool, title: str = "", note: str = ""
    ) -> None:
        """Make the trip's registration deadline (the one counted from its entry) what the zone's rule asks: moved
        to the right day, removed when not needed (done ones stay), created when needed and `create` is set."""
        rule_text = json.dumps(REGISTRATION_RULE)
        rows = conn.execute(
            "SELECT id, due_date, done_at FROM deadlines WHERE trip_id = ? AND due_rule = ?", (trip.id, rule_text)
        ).fetchall()
        registration = zone.registration
        needed = registration is not None and trip.counts and registration.required(trip.entry, trip.exit)
        if needed and registration is not None and registration.per == "address":
            # a border run keeps the address: no new registration for the new entry
            needed = not any(t.exit == trip.entry and t.id != trip.id and t.counts for t in self.trips(zone.name))
        if not needed or registration is None:
            for deadline_id, _due, done_at in rows:
                if done_at is None:
                    conn.execute("DELETE FROM deadlines WHERE id = ?", (deadline_id,))
            return
        due, covered = self._registration_due(registration, trip.entry)
        for deadline_id, due_text, done_at in rows:
            if done_at is None and due_text != due.isoformat():
                conn.execute(
                    "UPDATE deadlines SET due_date = ?, updated_at = ? WHERE id = ?",
                    (due.isoformat(), utc_now(), deadline_id),
                )
        if rows or not create:
            return
        now = utc_now()
        conn.execute(
            "INSERT INTO deadlines (id, title, due_date, notes, trip_id, due_rule, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), title.format(zone=zone.title), due.isoformat(),
             "" if covered else note.format(year=due.year), trip.id, rule_text, now, now),
        )  # fmt: skip

    def address_changed(
        self,
        trip_id: str,
        day: date,
        *,
        title: str = "Register the new address: {zone}",
        note: str = REGISTRATION_NOTE,
    ) -> Deadline | None:
        """Record a move to a new address during a trip: in a zone whose rule registers every new address, a
        registration deadline counted from `day`. Returns it, or None when the zone asks for none."""
        trip = next((t for t in self.trips() if t.id == trip_id), None)
        if trip is None:
            raise NoSuchItem(f"no trip with id {trip_id}")
        bounds.check_date("day", day)
        if day < trip.entry or (trip.exit is not None and day > trip.exit):
            raise InvalidInput("the move is outside the trip's dates")
        registration = self.zone(trip.zone).registration
        if registration is None or registration.per != "address" or not trip.counts:
            return None
        due, covered = self._registration_due(registration, day)
        deadline_id, now = str(uuid.uuid4()), utc_now()
        rule_text = json.dumps({"kind": "registration", "from": "address", "day": day.isoformat()})
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO deadlines (id, title, due_date, notes, trip_id, due_rule, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (deadline_id, title.format(zone=self.zone(trip.zone).title), due.isoformat(),
                 "" if covered else note.format(year=due.year), trip.id, rule_text, now, now),
            )  # fmt: skip
        return self.deadline(deadline_id)

    def delete_zone(self, name: str) -> int:
        """Delete a zone with its trips (the trips' deadlines stay, unlinked). Returns how many trips went with it."""
        zone = self.zone(name)
        with self._transaction() as conn:
            trips = conn.execute("DELETE FROM trips WHERE zone_id = ?", (zone.id,)).rowcount
            conn.execute("DELETE FROM zones WHERE id = ?", (zone.id,))
        return int(trips)

    def add_trip(
        self,
        *,
        zone: str,
        entry: date,
        exit: date | None = None,
        counts: bool = True,
        note: str = "",
        registration_title: str = REGISTRATION_TITLE,
        registration_note: str = REGISTRATION_NOTE,
        country: str = "",
        border: str = "",
        allow_overlap: bool = False,
    ) -> Trip:
        """Record a trip. When the zone's registration rule asks for it (a stay longer than its minimum, a new
        address), a deadline to register is created with it, titled `registration_title` (the app passes a
        translation), with `registration_note` when the holidays of the counted days are not known.
        An exit before the entry is refused (ExitBeforeEntry); a trip sharing days with another trip of the zone is
        refused (TripOverlaps) unless `allow_overlap` (the app asks the person first)."""
        _check_trip(entry, exit, note)
        country, border = check_crossing(country, border)
        zone_row = self.zone(zone)
        self._check_overlap(zone_row.name, entry, exit, None, allow_overlap)
        trip_id, now = str(uuid.uuid4()), utc_now()
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO trips (id, zone_id, entry_date, exit_date, counts, note, country, border, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (trip_id, zone_row.id, entry.isoformat(), exit.isoformat() if exit else None, int(counts), note,
                 country, border, now, now),
            )  # fmt: skip
            trip = Trip(trip_id, zone_row.name, entry, exit, counts, note, country=country, border=border)
            self._sync_registration(conn, zone_row, trip, create=True, title=registration_title,
                                    note=registration_note)  # fmt: skip
            self._refresh_stay_deadlines(conn, zone_row)
        return next(t for t in self.trips(zone_row.name) if t.id == trip_id)

    def _check_overlap(
        self, zone: str, entry: date, exit: date | None, trip_id: str | None, allow_overlap: bool
    ) -> None:
        if allow_overlap:
            return
        for other in self.trips(zone):
            if other.id != trip_id and not other.problem and _overlaps(entry, exit, other.entry, other.exit):
                raise TripOverlaps(other.entry.isoformat(), other.exit.isoformat() if other.exit else None)

    def trips(self, zone: str | None = None) -> list[Trip]:
        where, params = ("WHERE z.name = ?", (self.zone(zone).name,)) if zone else ("", ())
        rows = self._rows(
            "SELECT t.id, z.name, t.entry_date, t.exit_date, t.counts, t.note, t.country, t.border FROM trips t "  # noqa: S608
            f"JOIN zones z ON z.id = t.zone_id {where} ORDER BY t.entry_date",
            params,
        )
        return [_read_trip(row) for row in rows]

    def update_trip(
        self,
        trip_id: str,
        *,
        zone: str,
        entry: date,
        exit: date | None = None,
        counts: bool = True,
        note: str | None = None,
        country: str | None = None,
        border: str | None = None,
        registration_title: str = REGISTRATION_TITLE,
        registration_note: str = REGISTRATION_NOTE,
        allow_overlap: bool = False,
    ) -> Trip:
        """Replace a trip's fields (None for note, country, border: keep them). The trip's registration deadline
        follows the zone's rule; its other open deadlines move with its entry day. Checked as `add_trip` checks a
        new one."""
        old = next((t for t in self.trips() if t.id == trip_id), None)
        if old is None:
            raise NoSuchItem(f"no trip with id {trip_id}")
        _check_trip(entry, exit, note or "")
        zone_row = self.zone(zone)
        self._check_overlap(zone_row.name, entry, exit, trip_id, allow_overlap)
        country, border = check_crossing(old.country if country is None else country,
                                          old.border if border is None else border)  # fmt: skip
        shift = (entry - old.entry).days
        with self._transaction() as conn:
            conn.execute(
                "UPDATE trips SET zone_id = ?, entry_date = ?, exit_date = ?, counts = ?, note = ?, country = ?, "
                "border = ?, updated_at = ? WHERE id = ?",
                (zone_row.id, entry.isoformat(), exit.isoformat() if exit else None, int(counts),
                 old.note if note is None else note, country, border, utc_now(), trip_id),
            )  # fmt: skip
            if shift:
                for deadline_id, due in conn.execute(
                    "SELECT id, due_date FROM deadlines WHERE trip_id = ? AND done_at IS NULL AND due_rule IS NULL",
                    (trip_id,),
                ).fetchall():
                    start = bounds.read_date(due)
                    if start is None:
                        continue  # an unreadable date stays as it is (named by problems())
                    moved = bounds.check_date("due", start + timedelta(days=shift))
                    conn.execute(
                        "UPDATE deadlines SET due_date = ?, updated_at = ? WHERE id = ?",
                        (moved.isoformat(), utc_now(), deadline_id),
                    )
            trip = Trip(
                trip_id, zone_row.name, entry, exit, counts, old.note if note is None else note, country, border
            )
            self._sync_registration(conn, zone_row, trip, create=True, title=registration_title,
                                    note=registration_note)  # fmt: skip
            self._refresh_stay_deadlines(conn, zone_row)
            if old.zone != zone_row.name:
                self._refresh_stay_deadlines(conn, self.zone(old.zone))
        return next(t for t in self.trips() if t.id == trip_id)

    def delete_trip(self, trip_id: str) -> None:
        """Delete a trip; its open registration deadlines go with it (other linked deadlines stay, unlinked)."""
        zone = next((t.zone for t in self.trips() if t.id == trip_id), None)
        with self._transaction() as conn:
            conn.execute(
                "DELETE FROM deadlines WHERE trip_id = ? AND done_at IS NULL "
                "AND CASE WHEN json_valid(due_rule) THEN json_extract(due_rule, '$.kind') END = 'registration'",
                (trip_id,),
            )
            if conn.execute("DELETE FROM trips WHERE id = ?", (trip_id,)).rowcount == 0:
                raise NoSuchItem(f"no trip with id {trip_id}")
            if zone is not None:
                self._refresh_stay_deadlines(conn, self.zone(zone))

    # -- deadlines computed from a stay answer ------------------------------------------------------------------------

    STAY_POINTS = ("latest_exit", "earliest_entry")

    def add_stay_deadline(
        self,
        *,
        title: str,
        zone: str,
        days_before: int,
        point: str = "latest_exit",
        remind_days: int = 0,
        notes: str = "",
    ) -> Deadline:
        """A deadline `days_before` days before a date of a zone's stay answer ("apply for a residence permit 30
        days before my latest exit from Kazakhstan"). It moves when the zone's trips or rules change; a date chosen
        by hand later ends that. With no such date (no day allowed), it is due today."""
        if point not in self.STAY_POINTS:
            raise InvalidInput(f"unknown point: {point} (one of: {', '.join(self.STAY_POINTS)})")
        if not -3660 <= days_before <= 3660:
            raise InvalidInput("the days before must be between -3660 and 3660")
        z = self.zone(zone)
        rule = json.dumps({"kind": "stay", "zone": z.id, "point": point, "days_before": days_before})
        item = self.add_deadline(title=title, due=self._stay_due(z, point, days_before), remind_days=remind_days,
                                 notes=notes)  # fmt: skip
        with self._transaction() as conn:
            conn.execute("UPDATE deadlines SET due_rule = ? WHERE id = ?", (rule, item.id))
        return self.deadline(item.id)

    def _stay_due(self, zone: Zone, point: str, days_before: int) -> date:
        today = self.today()
        answer = self._answer(zone, self.trips(zone.name), today)
        day = answer.latest_exit if point == "latest_exit" else answer.earliest_entry
        return (day or today) - timedelta(days=days_before)

    def _refresh_stay_deadlines(self, conn: Any, zone: Zone) -> None:
        rows = conn.execute(
            "SELECT id, due_date, due_rule FROM deadlines WHERE done_at IS NULL "
            "AND CASE WHEN json_valid(due_rule) THEN json_extract(due_rule, '$.kind') END = 'stay' "
            "AND CASE WHEN json_valid(due_rule) THEN json_extract(due_rule, '$.zone') END = ?",
            (zone.id,),
        ).fetchall()
        for deadline_id, due_text, rule_text in rows:
            rule = json.loads(rule_text)
            days_before = rule.get("days_before")
            if rule.get("point") not in self.STAY_POINTS or not isinstance(days_before, int) or abs(days_before) > 3660:
                continue  # not as this version writes it: left as it is
            due = self._stay_due(zone, str(rule["point"]), days_before)
            if not bounds.MIN_DATE <= due <= bounds.MAX_DATE:
                continue  # out of the app's range: the deadline keeps its date
            if due.isoformat() != due_text:
                conn.execute(
                    "UPDATE deadlines SET due_date = ?, updated_at = ? WHERE id = ?",
                    (due.isoformat(), utc_now(), deadline_id),
                )

    def stay(self, zone: str, on: date, stay_for: int | None = None) -> StayAnswer:
        bounds.check_date("on", on)
        if stay_for is not None:
            bounds.check_days("stay_for", stay_for)
        z = self.zone(zone)
        if z.problem is not None:
            raise InvalidInput(f"the rules of the zone {z.name!r} cannot be read; set them again with zone add")
        return self._answer(z, self.trips(z.name), on, stay_for)

    def stay_documents(self, zone: Zone) -> Documents | None:
        """What a stay in the zone needs besides its rules: its visas, and the passport rule with the passport's
        expiry (the one named, else the international passport that expires last). None: nothing."""
        expires: date | None = None
        months = 0
        if zone.passport is not None:
            months = zone.passport.months
            if zone.passport.document_id is not None:
                docs = self._documents("WHERE id = ?", (zone.passport.document_id,))
            else:
                docs = self._documents("WHERE kind = 'international_passport' AND expires IS NOT NULL")
            expires = max((d.expires for d in docs if d.expires is not None), default=None)
        if not zone.visas and expires is None:
            return None
        return Documents(zone.visas, bool(zone.visas), expires, months)

    def _answer(self, zone: Zone, trips: Sequence[Trip], on: date, stay_for: int | None = None) -> StayAnswer:
        stays = [Stay(t.entry, t.exit, t.counts, t.country, t.border) for t in trips if t.problem is None]
        members = Members(zone.members) if zone.members else None
        return calculate(zone.rules, stays, on, stay_for, documents=self.stay_documents(zone), members=members)

    @staticmethod
    def _document_warnings(zone: Zone, answer: StayAnswer, on: date, end: date) -> list[HorizonItem]:
        """While the person is in the zone: a warning on the latest exit when the visa or the passport, not a stay
        rule, sets it (the rules alone would allow a longer stay)."""
        if answer.exit_reason not in ("visa", "passport"):
            return []
        if (answer.rules_max_stay_days or 0) <= answer.max_stay_days:
            return []
        day = answer.latest_exit or on
        if day > end:
            return []
        reason = "visa_limit" if answer.exit_reason == "visa" else "passport_limit"
        return [HorizonItem(day, "stay", reason, zone.title, answer.max_stay_days == 0, zone.id)]

    def _planned_trip_warnings(self, zone: Zone, trips: Sequence[Trip], on: date, end: date) -> list[HorizonItem]:
        """A planned trip (entering after `on`, by `end`) that no visa holds, or that ends after the passport's last
        exit day: a warning on its entry day."""
        planned = [t for t in trips if on < t.entry <= end and t.counts]
        documents = self.stay_documents(zone) if planned else None
        if documents is None:
            return []
        found = []
        for trip in planned:
            missing = documents.missing_for(trip.entry, trip.exit or trip.entry)
            if missing is not None:
                reason = "trip_needs_visa" if missing == "visa" else "trip_after_passport"
                found.append(HorizonItem(trip.entry, "stay", reason, zone.title, False, zone.id))
        return found

    # -- checklists -----------------------------------------------------------------------------------------------

    def apply_template(self, template: Template, anchor: date, language: str = "en") -> list[Deadline]:
        """Create a checklist with one editable deadline per template item, due relative to `anchor`."""
        bounds.check_date("anchor", anchor)
        dues = [(item, bounds.check_date("due", due)) for item, due in due_dates(template, anchor)]
        checklist_id, now = str(uuid.uuid4()), utc_now()
        created = []
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO checklists (id, title, created_at) VALUES (?, ?, ?)",
                (checklist_id, template.text(template.title, language), now),
            )
            for item, due in dues:
                deadline_id = str(uuid.uuid4())
                conn.execute(
                    "INSERT INTO deadlines (id, title, due_date, notes, checklist_id, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (deadline_id, template.text(item.title, language), due.isoformat(),
                     template.text(item.notes, language), checklist_id, now, now),
                )  # fmt: skip
                created.append(deadline_id)
        return [self.deadline(i) for i in created]

    def checklists(self) -> list[tuple[str, str]]:
        """(id, title) of every checklist, oldest first."""
        return [(str(i), str(t)) for i, t in self._rows("SELECT id, title FROM checklists ORDER BY created_at")]

    # -- horizon -------------------------------------------------------------------------------------------------

    def horizon(self, on: date, days: int = DEFAULT_HORIZON_DAYS) -> list[HorizonItem]:
        """Everything due up to `on + days`, overdue first (they have the earliest dates), sorted by date. A stay rule
        broken on `on` is an item of its own (reason over_limit_now, dated `on`, with `since` and `over_by`).

        An item that cannot be read (see `problems`) is left out rather than stopping the rest."""
        bounds.check_date("on", on)
        if isinstance(days, int) and not isinstance(days, bool) and days < 0:
            raise InvalidInput("the horizon cannot be negative")
        bounds.check_days("horizon_days", days)
        end = on + timedelta(days=days)
        items: list[HorizonItem] = []
        # Only the rows that can fall into the horizon leave SQLite (renewal or expiry by `end`; open deadlines due by
        # `end`): with thousands of documents and deadlines, building every row's object would take most of the time.
        docs = self._rows(
            "SELECT id, title, expires, lead_days FROM documents WHERE expires IS NOT NULL "
            "AND (expires <= ?1 OR julianday(expires) - lead_days <= julianday(?1))",
            (end.isoformat(),),
        )
        for doc_id, title, expires_text, lead in docs:
            expires, lead_days = bounds.read_date(expires_text), bounds.read_days("lead_days", lead)
            if expires is None or lead_days is None:
                continue  # named by problems()
            renew_by = expires - timedelta(days=lead_days)
            if renew_by <= end and lead_days > 0 and renew_by < expires:
                items.append(HorizonItem(renew_by, "document", "renew_document", title, renew_by < on, doc_id))
            if expires <= end:
                items.append(HorizonItem(expires, "document", "document_expires", title, expires < on, doc_id))
        due = self._rows(
            "SELECT id, title, due_date FROM deadlines WHERE done_at IS NULL AND due_date <= ? "
            "ORDER BY due_date, due_time, title",
            (end.isoformat(),),
        )
        for deadline_id, title, due_text in due:
            due_day = bounds.read_date(due_text)
            if due_day is None:
                continue
            items.append(HorizonItem(due_day, "deadline", "deadline", title, due_day < on, deadline_id))
        for zone in self.zones():
            if zone.problem == "rules":
                continue
            trips = [t for t in self.trips(zone.name) if t.problem is None]
            if not trips:
                continue
            answer = self._answer(zone, trips, on)
            here = [t for t in trips if t.entry <= on and (t.exit is None or t.exit >= on)]
            # a rule broken today: the first thing to know, with the day it started
            current = next((v for v in answer.violations if v.first_day <= on <= v.last_day), None)
            if current is not None:
                over_by = max(1, -min(status.days_remaining for status in answer.rules))
                items.append(HorizonItem(on, "stay", "over_limit_now", zone.title, True, zone.id,
                                         since=current.first_day, over_by=over_by))  # fmt: skip
            elif here:
                exit_day = answer.latest_exit or on
                if exit_day <= end:
                    overstayed = answer.max_stay_days == 0
                    items.append(HorizonItem(exit_day, "stay", "latest_exit", zone.title, overstayed, zone.id))
                items += self._document_warnings(zone, answer, on, end)
            items += self._planned_trip_warnings(zone, trips, on, end)
            # recorded (planned) trips that would break a rule on a day still ahead: warn on the first such day
            for violation in answer.violations:
                if violation.first_day > on and violation.first_day <= end:
                    items.append(HorizonItem(violation.first_day, "stay", "over_limit", zone.title, False, zone.id))
                    break
        return sorted(items, key=lambda i: (i.date, i.kind, i.title))

    def problems(self) -> list[Problem]:
        """Stored items that cannot be read as they are (a value out of range or malformed, e.g. written by an
        earlier version or by hand): each named, so that it can be corrected or deleted. Never raises for them."""
        found = [Problem("document", d.id, d.title, d.problem) for d in self._documents() if d.problem]
        found += [Problem("deadline", d.id, d.title, d.problem) for d in self._deadlines() if d.problem]
        found += [Problem("zone", z.id, z.name, z.problem) for z in self.zones() if z.problem]
        found += [Problem("trip", t.id, t.zone, t.problem) for t in self.trips() if t.problem]
        return found
