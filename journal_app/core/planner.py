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

from .errors import InvalidInput, NoSuchItem
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
    repeat_from: date | None = None  # the anchor of a repeating deadline (None: its due date is the anchor)

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


@dataclass(frozen=True)
class Trip:
    id: str
    zone: str
    entry: date
    exit: date | None
    counts: bool
    note: str


@dataclass(frozen=True)
class HorizonItem:
    date: date
    kind: str  # document, deadline, stay
    reason: str  # renew_document, document_expires, deadline, latest_exit, register_arrival
    title: str
    overdue: bool
    ref: str


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def rule_from_json(data: dict[str, Any]) -> Rule:
    kind = data.get("kind")
    limit = int(data["limit"])
    if limit < 1:
        raise InvalidInput("a rule's limit must be at least one day")
    if kind == "rolling":
        window = int(data["window"])
        if window < limit:
            raise InvalidInput("a rolling window must be at least as long as its limit")
        return RollingWindow(limit, window)
    if kind == "per_entry":
        return PerEntry(limit)
    if kind == "calendar_year":
        return CalendarYear(limit)
    raise InvalidInput(f"unknown rule kind: {kind}")


def rule_to_json(rule: Rule) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": rule.kind, "limit": rule.limit}
    if isinstance(rule, RollingWindow):
        data["window"] = rule.window
    return data


def add_months(anchor: date, months: int) -> date:
    """`anchor` moved by whole months, keeping its day or the month's last day when the month is shorter
    (31 January + 1 month = 28 or 29 February)."""
    year, month0 = divmod(anchor.year * 12 + anchor.month - 1 + months, 12)
    return date(year, month0 + 1, min(anchor.day, calendar.monthrange(year, month0 + 1)[1]))


def _step_months(repeat: str) -> int | None:
    return {"monthly": 1, "yearly": 12}.get(repeat)


def _check_repeat(repeat: str) -> None:
    if _step_months(repeat) is None and not (repeat.startswith("every:") and repeat[6:].isdigit()
                                             and int(repeat[6:]) > 0):  # fmt: skip
        raise InvalidInput(f"unknown repeat: {repeat} (use yearly, monthly or every:N)")


def next_occurrence(due: date, repeat: str, anchor: date | None = None) -> date:
    """The next due date after `due` of a repeating deadline: yearly, monthly, or every:N (days).

    Monthly and yearly dates come from the series' first date `anchor` (default `due`), never from the previous,
    perhaps shortened, date: from 31 January they are 28/29 February, 31 March, 30 April; from 29 February, 28 February
    in common years and 29 February again in leap years."""
    _check_repeat(repeat)
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
        self._check_document(kind, title, issued, expires)
        lead = DOCUMENT_KINDS[kind] if lead_days is None else lead_days
        if lead < 0:
            raise InvalidInput("the lead time cannot be negative")
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

    def _documents(self, where: str = "", params: Sequence[Any] = ()) -> list[Document]:
        rows = self._rows(
            "SELECT id, kind, title, number, country, holder, issued, expires, lead_days, notes "  # noqa: S608
            f"FROM documents {where}",
            params,
        )
        return [
            Document(i, k, t, n, c, h, _day(iss), _day(exp), lead, notes)
            for i, k, t, n, c, h, iss, exp, lead, notes in rows
        ]

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
        self._check_document(kind, title, issued, expires)
        lead = DOCUMENT_KINDS[kind] if lead_days is None else lead_days
        if lead < 0:
            raise InvalidInput("the lead time cannot be negative")
        with self._transaction() as conn:
            conn.execute(
                "UPDATE documents SET kind = ?, holder = ?, title = ?, number = ?, country = ?, issued = ?, "
                "expires = ?, lead_days = ?, notes = ?, updated_at = ? WHERE id = ?",
                (kind, holder, title, number, country, issued.isoformat() if issued else None,
                 expires.isoformat() if expires else None, lead, notes, utc_now(), doc_id),
            )  # fmt: skip
        return self.document(doc_id)

    @staticmethod
    def _check_document(kind: str, title: str, issued: date | None, expires: date | None) -> None:
        if kind not in DOCUMENT_KINDS:
            raise InvalidInput(f"unknown document kind: {kind} (one of: {', '.join(DOCUMENT_KINDS)})")
        if not title.strip():
            raise InvalidInput("a document needs a title")
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
        if not title.strip():
            raise InvalidInput("a deadline needs a title")
        if remind_days < 0:
            raise InvalidInput("the reminder lead cannot be negative")
        if repeat is not None:
            _check_repeat(repeat)
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

    def _deadlines(self, where: str = "", params: Sequence[Any] = ()) -> list[Deadline]:
        rows = self._rows(
            "SELECT id, title, due_date, due_time, remind_days, notes, repeat, done_at, document_id, trip_id, "  # noqa: S608
            f"checklist_id, repeat_from FROM deadlines {where} ORDER BY due_date, due_time, title",
            params,
        )
        return [
            Deadline(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], _day(r[11]))
            for r in rows
        ]

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
    ) -> Deadline:
        """Replace a deadline's fields; its checklist and done state stay, and so do its links to a document and a
        trip unless `relink` is set (then `document_id` and `trip_id` replace them, None unlinks)."""
        old = self.deadline(deadline_id)
        if not title.strip():
            raise InvalidInput("a deadline needs a title")
        if remind_days < 0:
            raise InvalidInput("the reminder lead cannot be negative")
        if repeat is not None:
            _check_repeat(repeat)
        # a date or a repeat chosen anew starts a new series; otherwise the series keeps its anchor day
        anchor = old.repeat_from if (due, repeat) == (old.due, old.repeat) else due
        with self._transaction() as conn:
            conn.execute(
                "UPDATE deadlines SET title = ?, due_date = ?, due_time = ?, remind_days = ?, notes = ?, repeat = ?, "
                "repeat_from = ?, updated_at = ? WHERE id = ?",
                (title, due.isoformat(), due_time, remind_days, notes, repeat,
                 anchor.isoformat() if repeat and anchor else None, utc_now(), deadline_id),
            )  # fmt: skip
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
        return [
            Zone(i, n, t, tuple(rule_from_json(r) for r in json.loads(rules)), reg, w, note)
            for i, n, t, rules, reg, w, note in rows
        ]

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
        if not name.strip():
            raise InvalidInput("a zone needs a name")
        if not rules:
            raise InvalidInput("a zone needs at least one rule")
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
    ) -> Trip:
        """Record a trip. In a zone with a registration rule, a deadline "register within K days of arrival" is
        created with it (K days after the entry day), titled `registration_title` (the app passes a translation)."""
        if exit is not None and exit < entry:
            raise InvalidInput("the exit date is before the entry date")
        zone_row = self.zone(zone)
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
                     (entry + timedelta(days=zone_row.register_within)).isoformat(), trip_id, now, now),
                )  # fmt: skip
        return next(t for t in self.trips(zone_row.name) if t.id == trip_id)

    def trips(self, zone: str | None = None) -> list[Trip]:
        where, params = ("WHERE z.name = ?", (self.zone(zone).name,)) if zone else ("", ())
        rows = self._rows(
            "SELECT t.id, z.name, t.entry_date, t.exit_date, t.counts, t.note FROM trips t "  # noqa: S608
            f"JOIN zones z ON z.id = t.zone_id {where} ORDER BY t.entry_date",
            params,
        )
        return [Trip(i, z, date.fromisoformat(e), _day(x), bool(c), n) for i, z, e, x, c, n in rows]

    def update_trip(
        self,
        trip_id: str,
        *,
        zone: str,
        entry: date,
        exit: date | None = None,
        counts: bool = True,
        note: str | None = None,
    ) -> Trip:
        """Replace a trip's fields. An open registration deadline of the trip moves with its entry day."""
        old = next((t for t in self.trips() if t.id == trip_id), None)
        if old is None:
            raise NoSuchItem(f"no trip with id {trip_id}")
        if exit is not None and exit < entry:
            raise InvalidInput("the exit date is before the entry date")
        zone_row = self.zone(zone)
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
                    moved = date.fromisoformat(due) + timedelta(days=shift)
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
        z = self.zone(zone)
        stays = [Stay(t.entry, t.exit, t.counts) for t in self.trips(z.name)]
        return calculate(z.rules, stays, on, stay_for)

    # -- checklists -----------------------------------------------------------------------------------------------

    def apply_template(self, template: Template, anchor: date, language: str = "en") -> list[Deadline]:
        """Create a checklist with one editable deadline per template item, due relative to `anchor`."""
        checklist_id, now = str(uuid.uuid4()), utc_now()
        created = []
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO checklists (id, title, created_at) VALUES (?, ?, ?)",
                (checklist_id, template.text(template.title, language), now),
            )
            for item, due in due_dates(template, anchor):
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
        """Everything due up to `on + days`, overdue first (they have the earliest dates), sorted by date."""
        if days < 0:
            raise InvalidInput("the horizon cannot be negative")
        end = on + timedelta(days=days)
        items: list[HorizonItem] = []
        # Only the rows that can fall into the horizon leave SQLite (renewal or expiry by `end`; open deadlines due by
        # `end`): with thousands of documents and deadlines, building every row's object would take most of the time.
        docs = self._rows(
            "SELECT id, title, expires, lead_days FROM documents WHERE expires IS NOT NULL "
            "AND (expires <= ?1 OR julianday(expires) - lead_days <= julianday(?1))",
            (end.isoformat(),),
        )
        for doc_id, title, expires_text, lead_days in docs:
            expires = date.fromisoformat(expires_text)
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
            due_day = date.fromisoformat(due_text)
            items.append(HorizonItem(due_day, "deadline", "deadline", title, due_day < on, deadline_id))
        for zone in self.zones():
            trips = self.trips(zone.name)
            if not trips:
                continue
            answer = calculate(zone.rules, [Stay(t.entry, t.exit, t.counts) for t in trips], on)
            here = [t for t in trips if t.entry <= on and (t.exit is None or t.exit >= on)]
            if here:
                exit_day = answer.latest_exit or on
                if exit_day <= end:
                    overstayed = answer.max_stay_days == 0
                    items.append(HorizonItem(exit_day, "stay", "latest_exit", zone.title, overstayed, zone.id))
            # recorded (planned) trips that would break a rule on a day still ahead: warn on the first such day
            for violation in answer.violations:
                if violation.last_day >= on and violation.first_day <= end:
                    first = max(violation.first_day, on)
                    items.append(HorizonItem(first, "stay", "over_limit", zone.title, False, zone.id))
                    break
        return sorted(items, key=lambda i: (i.date, i.kind, i.title))
