"""Documents, deadlines, trips and zones inside an unlocked vault, and the horizon of what is due."""

from __future__ import annotations

import calendar
import contextlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from . import bounds
from .errors import ExitBeforeEntry, InvalidInput, NoSuchItem, OutOfRange, TripOverlaps
from .journal import utc_now
from .stays import CalendarYear, PerEntry, RollingWindow, Rule, Stay, StayAnswer, calculate
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


@dataclass(frozen=True)
class Trip:
    id: str
    zone: str
    entry: date
    exit: date | None
    counts: bool
    note: str
    problem: str | None = None  # as Document.problem; such a trip is left out of stay answers


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
    deadline_id, title, due_text, due_time, remind, notes, repeat, done_at, document_id, trip_id, checklist_id = row
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
                    checklist_id, problem)  # fmt: skip


def rule_from_json(data: dict[str, Any]) -> Rule:
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


def _read_zone(row: Sequence[Any]) -> Zone:
    zone_id, name, title, rules_text, register_within, written, note = row
    problem = None
    try:
        rules = tuple(rule_from_json(r) for r in json.loads(rules_text))
        if not rules:
            raise InvalidInput("no rules")
    except (InvalidInput, TypeError, ValueError, RecursionError):
        problem, rules = problem or "rules", ()
    if register_within is not None and bounds.read_days("register_within", register_within) is None:
        problem, register_within = problem or "register_within", None
    return Zone(zone_id, name, title, rules, register_within, written, note, problem)


def _read_trip(row: Sequence[Any]) -> Trip:
    trip_id, zone, entry_text, exit_text, counts, note = row
    problem = None
    entry, exit = bounds.read_date(entry_text), bounds.read_date(exit_text)
    if entry is None:
        problem, entry = problem or "entry", bounds.MIN_DATE
    if exit_text is not None and exit is None:
        problem = problem or "exit"
    if exit is not None and exit < entry:
        problem = problem or "exit"
    return Trip(trip_id, zone, entry, exit, bool(counts), note, problem)


def _check_trip(entry: date, exit: date | None, note: str) -> None:
    bounds.check_date("entry", entry)
    bounds.check_optional_date("exit", exit)
    bounds.check_text("note", note)
    if exit is not None and exit < entry:
        raise ExitBeforeEntry()


def rule_to_json(rule: Rule) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": rule.kind, "limit": rule.limit}
    if isinstance(rule, RollingWindow):
        data["window"] = rule.window
    return data


def next_occurrence(due: date, repeat: str) -> date:
    """The next due date of a repeating deadline: yearly, monthly, or every:N (days), within bounds."""
    _check_repeat(repeat)
    bounds.check_date("due", due)
    return bounds.check_date("next_due", _next_occurrence(due, repeat))


def _next_occurrence(due: date, repeat: str) -> date:
    if repeat == "yearly":
        year = due.year + 1
        return due.replace(year=year, day=min(due.day, calendar.monthrange(year, due.month)[1]))
    if repeat == "monthly":
        year, month = (due.year + 1, 1) if due.month == 12 else (due.year, due.month + 1)
        return date(year, month, min(due.day, calendar.monthrange(year, month)[1]))
    if repeat.startswith("every:") and repeat[6:].isdigit() and int(repeat[6:]) > 0:
        return due + timedelta(days=int(repeat[6:]))
    raise InvalidInput(f"unknown repeat: {repeat} (use yearly, monthly or every:N)")


class Planner:
    """Documents, deadlines, zones and trips of one unlocked vault."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

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
                "checklist_id, repeat, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (deadline_id, title, due.isoformat(), due_time, remind_days, notes, document_id, trip_id,
                 checklist_id, repeat, now, now),
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
            f"checklist_id FROM deadlines {where} ORDER BY due_date, due_time, title",
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
                due = next_occurrence(item.due, item.repeat)
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
    ) -> Deadline:
        """Replace a deadline's fields; its checklist and done state stay, and so do its links to a document and a
        trip unless `relink` is set (then `document_id` and `trip_id` replace them, None unlinks)."""
        self.deadline(deadline_id)
        self._check_deadline(title, due, remind_days, repeat, notes)
        with self._transaction() as conn:
            conn.execute(
                "UPDATE deadlines SET title = ?, due_date = ?, due_time = ?, remind_days = ?, notes = ?, repeat = ?, "
                "updated_at = ? WHERE id = ?",
                (title, due.isoformat(), due_time, remind_days, notes, repeat, utc_now(), deadline_id),
            )
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
        self, name: str, *, title: str, rules: Sequence[Rule], register_within: int | None = None, note: str = ""
    ) -> Zone:
        """Create a zone or replace an existing zone's title, rules and note."""
        if not bounds.check_text("name", name).strip():
            raise InvalidInput("a zone needs a name")
        bounds.check_text("title", title)
        bounds.check_text("note", note)
        if not rules:
            raise InvalidInput("a zone needs at least one rule")
        for rule in rules:
            rule_from_json(rule_to_json(rule))  # the same bounds as a stored rule
        if register_within is not None:
            bounds.check_days("register_within", register_within)
        data = json.dumps([rule_to_json(r) for r in rules])
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
        return self.zone(name)

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
        registration_title: str = "Register arrival: {zone}",
        allow_overlap: bool = False,
    ) -> Trip:
        """Record a trip. In a zone with a registration rule, a deadline "register within K days of arrival" is
        created with it (K days after the entry day), titled `registration_title` (the app passes a translation).
        An exit before the entry is refused (ExitBeforeEntry); a trip sharing days with another trip of the zone is
        refused (TripOverlaps) unless `allow_overlap` (the app asks the person first)."""
        _check_trip(entry, exit, note)
        zone_row = self.zone(zone)
        self._check_overlap(zone_row.name, entry, exit, None, allow_overlap)
        trip_id, now = str(uuid.uuid4()), utc_now()
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO trips (id, zone_id, entry_date, exit_date, counts, note, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (trip_id, zone_row.id, entry.isoformat(), exit.isoformat() if exit else None, int(counts), note, now,
                 now),
            )  # fmt: skip
            if zone_row.register_within is not None and counts:
                conn.execute(
                    "INSERT INTO deadlines (id, title, due_date, trip_id, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (str(uuid.uuid4()), registration_title.format(zone=zone_row.title),
                     bounds.check_date("due", entry + timedelta(days=zone_row.register_within)).isoformat(),
                     trip_id, now, now),
                )  # fmt: skip
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
            "SELECT t.id, z.name, t.entry_date, t.exit_date, t.counts, t.note FROM trips t "  # noqa: S608
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
        allow_overlap: bool = False,
    ) -> Trip:
        """Replace a trip's fields. An open registration deadline of the trip moves with its entry day. Checked as
        `add_trip` checks a new one."""
        old = next((t for t in self.trips() if t.id == trip_id), None)
        if old is None:
            raise NoSuchItem(f"no trip with id {trip_id}")
        _check_trip(entry, exit, note or "")
        zone_row = self.zone(zone)
        self._check_overlap(zone_row.name, entry, exit, trip_id, allow_overlap)
        shift = (entry - old.entry).days
        with self._transaction() as conn:
            conn.execute(
                "UPDATE trips SET zone_id = ?, entry_date = ?, exit_date = ?, counts = ?, note = ?, updated_at = ? "
                "WHERE id = ?",
                (zone_row.id, entry.isoformat(), exit.isoformat() if exit else None, int(counts),
                 old.note if note is None else note, utc_now(), trip_id),
            )  # fmt: skip
            if shift:
                for deadline_id, due in conn.execute(
                    "SELECT id, due_date FROM deadlines WHERE trip_id = ? AND done_at IS NULL", (trip_id,)
                ).fetchall():
                    start = bounds.read_date(due)
                    if start is None:
                        continue  # an unreadable date stays as it is (named by problems())
                    moved = bounds.check_date("due", start + timedelta(days=shift))
                    conn.execute(
                        "UPDATE deadlines SET due_date = ?, updated_at = ? WHERE id = ?",
                        (moved.isoformat(), utc_now(), deadline_id),
                    )
        return next(t for t in self.trips() if t.id == trip_id)

    def delete_trip(self, trip_id: str) -> None:
        with self._transaction() as conn:
            if conn.execute("DELETE FROM trips WHERE id = ?", (trip_id,)).rowcount == 0:
                raise NoSuchItem(f"no trip with id {trip_id}")

    def stay(self, zone: str, on: date, stay_for: int | None = None) -> StayAnswer:
        bounds.check_date("on", on)
        if stay_for is not None:
            bounds.check_days("stay_for", stay_for)
        z = self.zone(zone)
        if z.problem is not None:
            raise InvalidInput(f"the rules of the zone {z.name!r} cannot be read; set them again with zone add")
        stays = [Stay(t.entry, t.exit, t.counts) for t in self.trips(z.name) if t.problem is None]
        return calculate(z.rules, stays, on, stay_for)

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
            answer = calculate(zone.rules, [Stay(t.entry, t.exit, t.counts) for t in trips], on)
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
